-module(crash_error_boom).
-export([main/0]).

main() ->
    io:format("before the crash~n"),
    io:format("~p~n", [lists:seq(1, 5)]),
    error(boom).
