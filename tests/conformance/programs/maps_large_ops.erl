-module(maps_large_ops).
-export([main/0]).

main() ->
    M = maps:from_list([{I, I * 3} || I <- lists:seq(1, 1000)]),
    io:format("~p~n", [map_size(M)]),
    io:format("~p~n", [maps:get(777, M)]),
    io:format("~p~n", [lists:sum(maps:values(M))]),
    io:format("~p~n", [lists:sort(maps:keys(M)) =:= lists:seq(1, 1000)]),
    M2 = maps:filter(fun(K, _) -> K rem 100 =:= 0 end, M),
    io:format("~p~n", [M2]),
    M3 = lists:foldl(fun(K, Acc) -> maps:remove(K, Acc) end, M, lists:seq(1, 990)),
    io:format("~p~n", [M3]),
    M4 = maps:map(fun(K, V) -> K + V end, M3),
    io:format("~p~n", [maps:to_list(M4)]),
    S = maps:from_list([{integer_to_binary(I), I} || I <- lists:seq(1, 300)]),
    io:format("~p~n", [maps:get(<<"150">>, S)]),
    io:format("~p~n", [maps:fold(fun(_, V, A) -> A + V end, 0, S)]),
    T = maps:from_list([{{I, I rem 7}, I} || I <- lists:seq(1, 200)]),
    io:format("~p~n", [maps:with([{14, 0}, {15, 1}, {16, 3}], T)]),
    Merged = maps:merge(M3, maps:from_list([{I, new} || I <- lists:seq(995, 1005)])),
    io:format("~p~n", [Merged]),
    io:format("~p~n", [M =:= maps:from_list(lists:reverse(maps:to_list(M)))]),
    io:format("~p~n", [erlang:phash2(M)]),
    ok.
