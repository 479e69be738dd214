-module(arith_shifts_edge).
-export([main/0]).

id(X) -> X.

main() ->
    Shifts = [0, 1, 7, 31, 32, 33, 59, 60, 61, 63, 64, 65, 127, 128, 129],
    [io:format("1 bsl ~p = ~p~n", [S, id(1) bsl S]) || S <- Shifts],
    [io:format("-1 bsl ~p = ~p~n", [S, id(-1) bsl S]) || S <- [59, 60, 64]],
    [io:format("big bsr ~p = ~p~n", [S, id(1 bsl 130) bsr S]) || S <- Shifts],
    [io:format("-big bsr ~p = ~p~n", [S, id(-(1 bsl 130) + 1) bsr S]) || S <- [1, 64, 129, 130, 131, 500]],
    io:format("~p~n", [s(catch id(1) bsl id(a))]),
    io:format("~p~n", [s(catch id(1.0) bsl id(1))]),
    io:format("~p~n", [s(catch id(1) band id(1.0))]),
    io:format("~p~n", [s(catch bnot id(1.0))]),
    io:format("~p~n", [id(5) bsr 100]),
    io:format("~p~n", [id(-5) bsr 100]),
    ok.

s({'EXIT', {Reason, [{_, _, _, _} | _]}}) -> {'EXIT', Reason};
s(Other) -> Other.
