-module(op_init_yregs_trim).
-export([main/0]).
%% Targets init_yregs, trim, allocate/deallocate: functions that keep
%% several values alive across calls, some only on some paths.

id(X) -> X.

f(A, B, C) ->
    X = id(A),
    Y = id(B),
    Z = try id(C) catch _:_ -> none end,
    W = case X of
            1 -> id(Y);
            _ -> id(Z)
        end,
    {X, Y, Z, W}.

g(L) ->
    A = id(hd(L)),
    B = id(lists:last(L)),
    C = id(length(L)),
    _ = id(ok),
    D = id(A + B),
    {C, D}.

h(N) ->
    Acc = id([]),
    R1 = id(N),
    R2 = id(R1 * 2),
    R3 = try id(R2 div (N - 3)) catch error:badarith -> div0 end,
    [R3, R2, R1 | Acc].

main() ->
    io:format("~p~n", [f(1, two, three)]),
    io:format("~p~n", [f(2, two, three)]),
    io:format("~p~n", [g([5, 6, 7, 8])]),
    io:format("~p~n", [[h(N) || N <- [1, 3, 5]]]),
    ok.
