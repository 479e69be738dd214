-module(lists_sort_stability).
-export([main/0]).

main() ->
    Recs = [{N rem 5, N} || N <- lists:seq(1, 30)],
    io:format("~w~n", [lists:keysort(1, Recs)]),
    io:format("~w~n", [lists:sort(fun({A, _}, {B, _}) -> A =< B end, Recs)]),
    io:format("~w~n", [lists:sort(fun({A, _}, {B, _}) -> A < B end, Recs)]),
    Pseudo = pseudo(1, 200, []),
    Sorted = lists:sort(Pseudo),
    io:format("~w~n", [lists:sublist(Sorted, 20)]),
    io:format("~w~n", [length(lists:usort(Pseudo))]),
    io:format("~w~n", [lists:reverse(lists:sort(fun erlang:'>='/2, Pseudo)) =:= Sorted]),
    Strs = ["banana", "apple", "Cherry", "apple", "date", "", "b"],
    io:format("~p~n", [lists:sort(Strs)]),
    io:format("~p~n", [lists:usort(Strs)]),
    io:format("~p~n", [lists:sort(fun(A, B) -> length(A) =< length(B) end, Strs)]),
    io:format("~p~n", [lists:ukeysort(2, [{a, 1}, {b, 2}, {c, 1}])]),
    io:format("~p~n", [lists:reverse(lists:keysort(2, [{a, 1}, {b, 2}, {c, 1}]))]),
    ok.

pseudo(_, 0, Acc) -> Acc;
pseudo(S, N, Acc) ->
    S2 = (S * 1103515245 + 12345) rem 2147483648,
    pseudo(S2, N - 1, [S2 rem 1000 | Acc]).
