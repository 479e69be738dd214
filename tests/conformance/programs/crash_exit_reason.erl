-module(crash_exit_reason).
-export([main/0]).

main() ->
    io:format("exiting with a reason~n"),
    io:put_chars(<<"partial line without newline">>),
    exit({shutdown, because}).
