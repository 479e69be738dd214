-module(round_trunc).
-export([main/0]).

main() ->
    Vals = [0.0, 0.4, 0.5, 0.6, 1.5, 2.5, -0.5, -1.5, -2.5, 7, -7, 1.0e15 + 0.5,
            4503599627370495.5, 1.0e300, -1.0e300, 12345678901234567890.0],
    lists:foreach(
      fun(V) ->
              io:format("~p: round ~p trunc ~p floor ~p ceil ~p~n",
                        [V, round(V), trunc(V), floor(V), ceil(V)])
      end, Vals),
    io:format("~p~n", [s(catch round(a))]),
    io:format("~p~n", [erlang:round(2.675 * 100)]),
    io:format("~p~n", [trunc(-0.9999)]),
    ok.

s({'EXIT', {Reason, [{_, _, _, _} | _]}}) -> {'EXIT', Reason};
s(Other) -> Other.
