-module(arith_negative_divrem).
-export([main/0]).

id(X) -> X.

main() ->
    Pairs = [{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {1, 1}, {-1, 3},
             {100, 7}, {-100, 7}, {123456789012345678901234567890, 97},
             {-123456789012345678901234567890, 97},
             {123456789012345678901234567890, -987654321987654321}],
    lists:foreach(
      fun({A, B}) ->
              io:format("~p div ~p = ~p, rem = ~p~n", [A, B, id(A) div id(B), id(A) rem id(B)])
      end, Pairs),
    io:format("~p~n", [[id(X) / 4 || X <- [-8, -6, 6, 8]]]),
    io:format("~p~n", [id(-3) * id(-4)]),
    io:format("~p~n", [id(-3) - id(-4)]),
    io:format("~p~n", [abs(id(-576460752303423488))]),
    io:format("~p~n", [-id(-576460752303423488)]),
    io:format("~p~n", [id(-576460752303423488) div -1]),
    io:format("~p~n", [id(-9223372036854775808) div -1]),
    io:format("~p~n", [id(-9223372036854775808) * -1]),
    ok.
