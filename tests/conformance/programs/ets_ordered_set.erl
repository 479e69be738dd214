-module(ets_ordered_set).
-export([main/0]).

walk(_T, '$end_of_table', Acc) -> lists:reverse(Acc);
walk(T, K, Acc) -> walk(T, ets:next(T, K), [K | Acc]).

main() ->
    T = ets:new(os, [ordered_set]),
    ets:insert(T, [{N, N * N} || N <- [5, 3, 9, 1, 7, 2, 8]]),
    ets:insert(T, [{1.0, float_one}, {a, atom}, {"s", string}, {{t}, tuple}]),
    io:format("~p~n", [ets:tab2list(T)]),
    io:format("~p ~p~n", [ets:first(T), ets:last(T)]),
    io:format("~p~n", [walk(T, ets:first(T), [])]),
    io:format("~p~n", [ets:next(T, 3)]),
    io:format("~p~n", [ets:prev(T, 3)]),
    io:format("~p~n", [ets:next(T, 4)]),
    io:format("~p~n", [ets:prev(T, ets:first(T))]),
    io:format("~p~n", [ets:lookup(T, 1)]),
    io:format("~p~n", [ets:info(T, size)]),
    io:format("~p~n", [ets:select(T, [{{'$1', '$2'}, [{is_integer, '$1'}, {'>', '$1', 4}], ['$2']}])]),
    io:format("~p~n", [ets:select_reverse(T, [{{'$1', '_'}, [{is_integer, '$1'}], ['$1']}])]),
    {Sel, Cont} = ets:select(T, [{{'$1', '_'}, [], ['$1']}], 3),
    io:format("~p~n", [Sel]),
    {Sel2, _} = ets:select(Cont),
    io:format("~p~n", [Sel2]),
    io:format("~p~n", [ets:update_counter(T, 2, 10)]),
    io:format("~p~n", [ets:foldl(fun({K, _}, A) -> [K | A] end, [], T)]),
    io:format("~p~n", [ets:foldr(fun({K, _}, A) -> [K | A] end, [], T)]),
    ok.
