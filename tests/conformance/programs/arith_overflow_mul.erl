-module(arith_overflow_mul).
-export([main/0]).

id(X) -> X.

main() ->
    Vals = [16#7FFFFFFF, 16#FFFFFFFF, 16#7FFFFFFFFFFFFFF, 16#FFFFFFFFFFFFFFF,
            16#7FFFFFFFFFFFFFFF, -16#7FFFFFFFFFFFFFFF, 16#100000000],
    lists:foreach(
      fun(V) ->
              X = id(V),
              io:format("~p: sq ~p +1 ~p -neg ~p~n", [X, X * X, X + 1, -X - X])
      end, Vals),
    Prod = lists:foldl(fun(X, A) -> X * A end, 1, lists:seq(1, 30)),
    io:format("~p~n", [Prod]),
    io:format("~p~n", [Prod div lists:foldl(fun(X, A) -> X * A end, 1, lists:seq(1, 29))]),
    io:format("~p~n", [id(576460752303423488) - 1]),
    io:format("~p~n", [id(-576460752303423489) + 1]),
    io:format("~p~n", [id(1152921504606846975) + id(1152921504606846975)]),
    ok.
