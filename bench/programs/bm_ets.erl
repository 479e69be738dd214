%% ETS (set): insert 200,000 tuples, look each up, update_counter each,
%% then fold over the table; twice, with a fresh table each time.
-module(bm_ets).
-export([main/0]).

-define(N, 200000).

main() ->
    T0 = erlang:monotonic_time(microsecond),
    Keys = keys(?N, 11, []),
    _ = run(Keys),
    {Size, S1, S2} = run(Keys),
    T1 = erlang:monotonic_time(microsecond),
    io:format("#time_us ~p~n", [T1 - T0]),
    io:format("ets n=~p size=~p lookup=~p fold=~p~n", [?N, Size, S1, S2]).

run(Keys) ->
    T = ets:new(bench, [set, public]),
    insert(T, Keys),
    S1 = lookup(T, Keys, 0),
    bump(T, Keys),
    S2 = ets:foldl(fun({_K, V, _}, Acc) -> (Acc + V) band 16#FFFFFFF end, 0, T),
    Size = ets:info(T, size),
    ets:delete(T),
    {Size, S1, S2}.

keys(0, _X, Acc) -> Acc;
keys(K, X, Acc) ->
    X1 = (X * 1103515245 + 12345) band 16#7FFFFFFF,
    keys(K - 1, X1, [X1 | Acc]).

insert(_T, []) -> ok;
insert(T, [K | Rest]) ->
    ets:insert(T, {K, K band 1023, <<"payload">>}),
    insert(T, Rest).

lookup(_T, [], S) -> S;
lookup(T, [K | Rest], S) ->
    [{_, V, _}] = ets:lookup(T, K),
    lookup(T, Rest, (S + V) band 16#FFFFFFF).

bump(_T, []) -> ok;
bump(T, [K | Rest]) ->
    ets:update_counter(T, K, {2, 1}),
    bump(T, Rest).
