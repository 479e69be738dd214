%% ETS (ordered_set): insert 200,000 integer keys, look each up, walk the
%% table in order with ets:next/2; twice, with a fresh table each time.
-module(bm_ets_ordered).
-export([main/0]).

-define(N, 200000).

main() ->
    T0 = erlang:monotonic_time(microsecond),
    Keys = keys(?N, 5, []),
    _ = run(Keys),
    {Count, S1, S2} = run(Keys),
    T1 = erlang:monotonic_time(microsecond),
    io:format("#time_us ~p~n", [T1 - T0]),
    io:format("ets_ordered n=~p count=~p lookup=~p walk=~p~n",
              [?N, Count, S1, S2]).

run(Keys) ->
    T = ets:new(bench, [ordered_set]),
    [ets:insert(T, {K, K rem 977}) || K <- Keys],
    S1 = lookup(T, Keys, 0),
    {Count, S2} = walk(T, ets:first(T), 0, 0),
    ets:delete(T),
    {Count, S1, S2}.

keys(0, _X, Acc) -> Acc;
keys(K, X, Acc) ->
    X1 = (X * 1103515245 + 12345) band 16#7FFFFFFF,
    keys(K - 1, X1, [X1 | Acc]).

lookup(_T, [], S) -> S;
lookup(T, [K | Rest], S) ->
    [{_, V}] = ets:lookup(T, K),
    lookup(T, Rest, (S + V) band 16#FFFFFFF).

walk(_T, '$end_of_table', N, S) -> {N, S};
walk(T, K, N, S) -> walk(T, ets:next(T, K), N + 1, (S * 3 + K) band 16#FFFFFFF).
