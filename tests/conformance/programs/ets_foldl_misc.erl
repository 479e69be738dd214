-module(ets_foldl_misc).
-export([main/0]).

main() ->
    T = ets:new(words, [set]),
    Words = string:lexemes("it was the best of times it was the worst of times", " "),
    lists:foreach(fun(W) -> ets:update_counter(T, W, 1, {W, 0}) end, Words),
    io:format("~p~n", [lists:sort(ets:tab2list(T))]),
    Total = ets:foldl(fun({_, C}, A) -> A + C end, 0, T),
    io:format("~p~n", [Total]),
    io:format("~p~n", [lists:sort(ets:foldr(fun({W, C}, A) when C > 1 -> [W | A]; (_, A) -> A end, [], T))]),
    io:format("~p~n", [ets:info(T, size)]),
    T2 = ets:new(copy, [ordered_set]),
    ets:insert(T2, ets:tab2list(T)),
    io:format("~p~n", [ets:tab2list(T2)]),
    io:format("~p~n", [ets:first(T2)]),
    io:format("~p~n", [ets:slot(T2, 0)]),
    io:format("~p~n", [ets:lookup(T2, "times")]),
    Cnt = ets:new(cnt, [set, public]),
    ets:insert(Cnt, {c, 0}),
    lists:foreach(fun(I) -> ets:update_counter(Cnt, c, I) end, lists:seq(1, 100)),
    io:format("~p~n", [ets:lookup(Cnt, c)]),
    io:format("~p~n", [lists:sort([ets:info(X, type) || X <- [T, T2, Cnt]])]),
    ok.
