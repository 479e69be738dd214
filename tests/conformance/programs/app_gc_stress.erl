-module(app_gc_stress).
-export([main/0]).

churn(0, Acc) -> Acc;
churn(N, Acc) ->
    L = lists:seq(1, 200),
    T = list_to_tuple(L),
    B = list_to_binary([N rem 256 || _ <- lists:seq(1, 100)]),
    M = maps:from_list([{K, K * N} || K <- lists:seq(1, 20)]),
    churn(N - 1, Acc + element(100, T) + byte_size(B) + maps:get(20, M) + length(L)).

deep(0) -> [];
deep(N) -> [N | deep(N - 1)].

main() ->
    io:format("~p~n", [churn(1000, 0)]),
    D = deep(100000),
    io:format("~p ~p~n", [length(D), lists:sum(D)]),
    Big = lists:foldl(fun(I, Acc) -> [{I, integer_to_list(I)} | Acc] end, [], lists:seq(1, 100000)),
    io:format("~p~n", [length(Big)]),
    io:format("~p~n", [lists:sum([length(S) || {_, S} <- Big])]),
    Bins = [<<I:32, (list_to_binary(integer_to_list(I)))/binary>> || I <- lists:seq(1, 20000)],
    io:format("~p~n", [iolist_size(Bins)]),
    io:format("~p~n", [erlang:crc32(Bins)]),
    ok.
