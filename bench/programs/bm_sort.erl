%% lists:sort of 200,000 pseudo-random integers (a fixed LCG, so both VMs
%% sort the same list), done 5 times, plus a usort and a sort with a fun.
-module(bm_sort).
-export([main/0]).

-define(N, 200000).
-define(REPS, 5).

main() ->
    L = lcg_list(?N, 42, []),
    T0 = erlang:monotonic_time(microsecond),
    Sorted = reps(?REPS, L, []),
    Unique = lists:usort(L),
    Desc = lists:sort(fun(A, B) -> A >= B end, L),
    T1 = erlang:monotonic_time(microsecond),
    io:format("#time_us ~p~n", [T1 - T0]),
    io:format("sort n=~p checksum=~p first=~p last=~p unique=~p desc_head=~p~n",
              [?N, checksum(Sorted, 0), hd(Sorted), lists:last(Sorted),
               length(Unique), hd(Desc)]).

reps(0, _L, Last) -> Last;
reps(K, L, _) -> reps(K - 1, L, lists:sort(L)).

lcg_list(0, _X, Acc) -> Acc;
lcg_list(K, X, Acc) ->
    X1 = (X * 1103515245 + 12345) band 16#7FFFFFFF,
    lcg_list(K - 1, X1, [X1 rem 1000000 | Acc]).

checksum([], C) -> C;
checksum([X | T], C) -> checksum(T, (C * 31 + X) band 16#FFFFFFF).
