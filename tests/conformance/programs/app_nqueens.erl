-module(app_nqueens).
-export([main/0]).

queens(N) -> queens(N, N, [[]]).
queens(_, 0, Sols) -> Sols;
queens(N, K, Sols) ->
    queens(N, K - 1, [[Col | Qs] || Qs <- Sols, Col <- lists:seq(1, N), safe(Col, Qs, 1)]).

safe(_, [], _) -> true;
safe(C, [Q | Qs], D) -> C =/= Q andalso abs(C - Q) =/= D andalso safe(C, Qs, D + 1).

board(Sol) ->
    N = length(Sol),
    [io:format("~s~n", [[if C =:= Q -> $Q; true -> $. end || C <- lists:seq(1, N)]]) || Q <- Sol].

main() ->
    [io:format("~p queens: ~p solutions~n", [N, length(queens(N))]) || N <- lists:seq(1, 8)],
    First = hd(queens(8)),
    io:format("~p~n", [First]),
    board(First),
    ok.
