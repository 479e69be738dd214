%% '+' and '-' where the operands or the result leave the small-integer
%% range (beamline adds small integers in place, erl's JIT too), with floats,
%% and with bad operands, in bodies and in guards.
-module(arith_plus_minus_edges).
-export([main/0]).

main() ->
    Edges = [0, 1, -1, (1 bsl 27) - 1, 1 bsl 27, (1 bsl 59) - 1, 1 bsl 59,
             -(1 bsl 59), -(1 bsl 59) - 1, (1 bsl 60) - 1, 1 bsl 60,
             (1 bsl 63) - 1, 1 bsl 63, -(1 bsl 63), 1 bsl 64, -(1 bsl 64)],
    Sums = [{add(A, B), sub(A, B)} || A <- Edges, B <- Edges],
    io:format("~p~n", [erlang:phash2(Sums)]),
    io:format("~p~n", [[{add(A, 1), sub(A, 1)} || A <- Edges]]),
    io:format("~p~n", [[add(1.5, 2), sub(2, 0.5), add(1 bsl 70, 0.5)]]),
    io:format("~p~n", [[err(fun() -> add(a, 1) end), err(fun() -> sub(1, "x") end),
                        err(fun() -> add(1, []) end)]]),
    io:format("~p~n", [[guard_add(X) || X <- [1, (1 bsl 59) - 1, 1 bsl 62, 2.0, a]]]),
    io:format("~p~n", [loop(1000000, 0)]).

err(F) ->
    try F() catch C:R -> {C, R} end.

add(A, B) -> A + B.
sub(A, B) -> A - B.

guard_add(X) when X + 1 > (1 bsl 59) -> big;
guard_add(X) when X - 1 >= 0 -> small;
guard_add(_) -> other.

loop(0, Acc) -> Acc;
loop(N, Acc) -> loop(N - 1, Acc + N - 3).
