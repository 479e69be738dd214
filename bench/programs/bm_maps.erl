%% Maps: insert 200,000 integer keys one at a time (maps:put), look every
%% key up (maps:get and map pattern matching), update each, fold over it.
-module(bm_maps).
-export([main/0]).

-define(N, 200000).

main() ->
    T0 = erlang:monotonic_time(microsecond),
    Keys = keys(?N, 7, []),
    M = insert(Keys, #{}),
    S1 = lookup(Keys, M, 0),
    S2 = match(Keys, M, 0),
    M2 = update(Keys, M),
    S3 = maps:fold(fun(K, V, Acc) -> (Acc + K * 3 + V) band 16#FFFFFFF end, 0, M2),
    T1 = erlang:monotonic_time(microsecond),
    io:format("#time_us ~p~n", [T1 - T0]),
    io:format("maps n=~p size=~p lookup=~p match=~p fold=~p~n",
              [?N, maps:size(M), S1, S2, S3]).

keys(0, _X, Acc) -> Acc;
keys(K, X, Acc) ->
    X1 = (X * 1103515245 + 12345) band 16#7FFFFFFF,
    keys(K - 1, X1, [X1 | Acc]).

insert([], M) -> M;
insert([K | T], M) -> insert(T, maps:put(K, K band 1023, M)).

lookup([], _M, S) -> S;
lookup([K | T], M, S) -> lookup(T, M, S + maps:get(K, M)).

match([], _M, S) -> S;
match([K | T], M, S) ->
    #{K := V} = M,
    match(T, M, S + V).

update([], M) -> M;
update([K | T], M) -> update(T, M#{K := 1}).
