-module(app_float_sum).
-export([main/0]).

kahan(L) -> kahan(L, 0.0, 0.0).
kahan([], S, _) -> S;
kahan([X | T], S, C) ->
    Y = X - C,
    T2 = S + Y,
    kahan(T, T2, (T2 - S) - Y).

main() ->
    L = [0.1 || _ <- lists:seq(1, 1000)],
    io:format("~p ~p~n", [lists:sum(L), kahan(L)]),
    io:format("~p~n", [lists:foldl(fun(X, A) -> A + X end, 0.0, [1.0e16, 1.0, -1.0e16])]),
    io:format("~p~n", [kahan([1.0e16, 1.0, -1.0e16])]),
    H = [1 / N || N <- lists:seq(1, 1000)],
    io:format("~p ~p~n", [lists:sum(H), kahan(H)]),
    io:format("~p~n", [math:sqrt(lists:sum([X * X || X <- [3.0, 4.0, 12.0]]))]),
    Mean = lists:sum(H) / length(H),
    Var = lists:sum([(X - Mean) * (X - Mean) || X <- H]) / length(H),
    io:format("~.12f ~.12e~n", [Mean, Var]),
    io:format("~p~n", [[X * 3 || X <- [0.1, 0.2, 0.7]]]),
    io:format("~p~n", [[round(X * 100) / 100 || X <- [1.005, 2.675, 0.125]]]),
    ok.
