-module(app_matrix_float).
-export([main/0]).

transpose([[] | _]) -> [];
transpose(M) -> [[hd(R) || R <- M] | transpose([tl(R) || R <- M])].

mul(A, B) ->
    BT = transpose(B),
    [[lists:sum([X * Y || {X, Y} <- lists:zip(Row, Col)]) || Col <- BT] || Row <- A].

det([[A]]) -> A;
det(M) ->
    [First | Rest] = M,
    lists:sum([sign(J) * X * det(minor(J, Rest)) || {J, X} <- lists:zip(lists:seq(1, length(First)), First)]).

minor(J, Rows) -> [drop(J, R) || R <- Rows].
drop(J, L) -> {A, [_ | B]} = lists:split(J - 1, L), A ++ B.
sign(J) when J rem 2 =:= 1 -> 1;
sign(_) -> -1.

identity(N) -> [[if I =:= J -> 1.0; true -> 0.0 end || J <- lists:seq(1, N)] || I <- lists:seq(1, N)].

pp(M) -> [io:format("~s~n", [string:join([io_lib:format("~10.4f", [float(X)]) || X <- R], " ")]) || R <- M].

main() ->
    A = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 10.0]],
    B = [[0.5, -1.0, 2.0], [1.5, 0.0, -0.5], [2.0, 1.0, 1.0]],
    pp(mul(A, B)),
    io:format("~p~n", [det(A)]),
    io:format("~p~n", [det([[2, 0, 1], [1, 3, 2], [1, 1, 1]])]),
    io:format("~p~n", [mul(A, identity(3)) =:= A]),
    io:format("~p~n", [transpose(A)]),
    R = lists:foldl(fun(_, M) -> mul(M, [[0.9, 0.1], [0.2, 0.8]]) end, [[1.0, 0.0]], lists:seq(1, 50)),
    io:format("~p~n", [R]),
    io:format("~.10f~n", [hd(hd(R))]),
    ok.
