-module(list_comprehensions).
-export([main/0]).

main() ->
    io:format("~p~n", [[X * 2 || X <- [1, 2, 3]]]),
    io:format("~p~n", [[{X, Y} || X <- [1, 2, 3], Y <- [a, b]]]),
    io:format("~p~n", [[{X, Y} || X <- lists:seq(1, 6), X rem 2 =:= 0, Y <- lists:seq(1, X), Y > 3]]),
    io:format("~p~n", [[X || {X, true} <- [{1, true}, {2, false}, {3, true}, bad]]]),
    io:format("~p~n", [[X || X <- [1, a, 2.0, "s", {t}], is_number(X)]]),
    io:format("~p~n", [[{A, B, C} || C <- lists:seq(1, 20), B <- lists:seq(1, C), A <- lists:seq(1, B),
                                      A * A + B * B =:= C * C]]),
    io:format("~p~n", [[X || <<X>> <= <<1, 2, 3>>]]),
    io:format("~p~n", [<< <<(X + 1)>> || X <- [1, 2, 3] >>]),
    io:format("~p~n", [<< <<X:4>> || X <- [1, 2, 3, 4] >>]),
    io:format("~p~n", [[X || <<X:3>> <= <<255, 0>>]]),
    io:format("~p~n", [qsort([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])]),
    io:format("~p~n", [perms([a, b, c])]),
    N = 3,
    io:format("~p~n", [[X + N || X <- [1, 2], N > 2]]),
    io:format("~p~n", [[ok || true]]),
    io:format("~p~n", [[ok || false]]),
    io:format("~p~n", [[[Y || Y <- lists:seq(1, X)] || X <- lists:seq(1, 4)]]),
    io:format("~p~n", [[X || X <- "hello", X =/= $l]]),
    ok.

qsort([]) -> [];
qsort([P | T]) -> qsort([X || X <- T, X < P]) ++ [P] ++ qsort([X || X <- T, X >= P]).

perms([]) -> [[]];
perms(L) -> [[H | T] || H <- L, T <- perms(L -- [H])].
