-module(app_sorting).
-export([main/0]).

msort([]) -> [];
msort([X]) -> [X];
msort(L) ->
    {A, B} = lists:split(length(L) div 2, L),
    merge(msort(A), msort(B)).

merge([], B) -> B;
merge(A, []) -> A;
merge([H1 | T1], [H2 | _] = B) when H1 =< H2 -> [H1 | merge(T1, B)];
merge(A, [H2 | T2]) -> [H2 | merge(A, T2)].

isort(L) -> lists:foldl(fun ins/2, [], L).
ins(X, []) -> [X];
ins(X, [H | T]) when X =< H -> [X, H | T];
ins(X, [H | T]) -> [H | ins(X, T)].

qsort([]) -> [];
qsort([P | T]) ->
    {Lo, Hi} = lists:partition(fun(X) -> X < P end, T),
    qsort(Lo) ++ [P | qsort(Hi)].

heapsort(L) ->
    T = lists:foldl(fun(X, Acc) -> gb_trees:enter({X, make_key(X, Acc)}, X, Acc) end, gb_trees:empty(), L),
    gb_trees:values(T).
make_key(_, T) -> gb_trees:size(T).

rand_list(0, _) -> [];
rand_list(N, S) -> S2 = (S * 16807) rem 2147483647, [S2 rem 10000 | rand_list(N - 1, S2)].

main() ->
    L = rand_list(2000, 42),
    S = lists:sort(L),
    io:format("~p ~p ~p ~p~n", [msort(L) =:= S, isort(lists:sublist(L, 300)) =:= lists:sort(lists:sublist(L, 300)),
                                qsort(L) =:= S, heapsort(L) =:= S]),
    io:format("~w~n", [lists:sublist(S, 15)]),
    io:format("~w~n", [lists:nthtail(1985, S)]),
    io:format("~p~n", [lists:sum(L)]),
    io:format("~p~n", [msort([3.0, 1, 2.5, -1, 0])]),
    io:format("~p~n", [msort(["pear", "apple", "fig"])]),
    ok.
