-module(maps_iterator).
-export([main/0]).

walk(I, Acc) ->
    case maps:next(I) of
        none -> lists:reverse(Acc);
        {K, V, I2} -> walk(I2, [{K, V} | Acc])
    end.

main() ->
    M = #{c => 3, a => 1, b => 2},
    io:format("~p~n", [walk(maps:iterator(M), [])]),
    Big = maps:from_list([{N, N * 10} || N <- lists:seq(1, 40)]),
    L = walk(maps:iterator(Big), []),
    io:format("~w~n", [L]),
    io:format("~p~n", [L =:= maps:to_list(Big)]),
    io:format("~p~n", [maps:next(maps:iterator(#{}))]),
    {K1, V1, _} = maps:next(maps:iterator(#{only => one})),
    io:format("~p ~p~n", [K1, V1]),
    io:format("~p~n", [maps:fold(fun(K, V, A) -> A + K * V end, 0, Big)]),
    ok.
