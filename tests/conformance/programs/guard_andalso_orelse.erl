-module(guard_andalso_orelse).
-export([main/0]).

id(X) -> X.

f(X) when is_integer(X) andalso X > 0 andalso X < 10 -> digit;
f(X) when is_atom(X) orelse is_binary(X) -> name;
f(X) when (is_list(X) andalso length(X) =:= 2) orelse (is_tuple(X) andalso size(X) =:= 2) -> pair;
f(_) -> other.

g(X) when X > 5, X < 10; X =:= 0 -> in_range_or_zero;
g(_) -> no.

main() ->
    io:format("~p~n", [[f(X) || X <- [5, 50, a, <<"b">>, [1, 2], {1, 2}, [1], "ab"]]]),
    io:format("~p~n", [[g(X) || X <- [0, 6, 10, 3, a]]]),
    io:format("~p~n", [id(true) andalso id(false)]),
    io:format("~p~n", [id(false) orelse id(true)]),
    io:format("~p~n", [id(false) andalso id(crash)]),
    io:format("~p~n", [id(true) orelse id(crash)]),
    io:format("~p~n", [id(true) andalso id(not_bool)]),
    io:format("~p~n", [try id(not_bool) andalso true catch error:E -> E end]),
    io:format("~p~n", [try id(1) orelse true catch error:E2 -> E2 end]),
    io:format("~p~n", [try id(1) and true catch error:E3 -> E3 end]),
    io:format("~p~n", [try not id(1) catch error:E4 -> E4 end]),
    io:format("~p~n", [id(true) xor id(true)]),
    io:format("~p~n", [[A and B || A <- [true, false], B <- [true, false]]]),
    io:format("~p~n", [[A or B || A <- [true, false], B <- [true, false]]]),
    io:format("~p~n", [lists:all(fun(X) -> X > 0 andalso X < 100 end, [1, 50, 99])]),
    ok.
