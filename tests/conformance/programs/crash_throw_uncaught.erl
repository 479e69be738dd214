-module(crash_throw_uncaught).
-export([main/0]).

main() ->
    io:format("about to throw~n"),
    R = try throw(caught_one) catch throw:X -> X end,
    io:format("~p~n", [R]),
    throw(not_caught).
