-module(maps_order_large).
-export([main/0]).

main() ->
    Small = maps:from_list([{N, N} || N <- lists:seq(32, 1, -1)]),
    io:format("~w~n", [maps:keys(Small)]),
    Big = maps:from_list([{N, N} || N <- lists:seq(33, 1, -1)]),
    io:format("~w~n", [maps:keys(Big)]),
    io:format("~p~n", [Big]),
    %% Keys of large (hashed) maps are restricted to numbers, binaries,
    %% lists and tuples of those: the internal hash of an atom depends on
    %% its atom-table index, so atom-keyed iteration order is not portable.
    Floats = maps:from_list([{N / 4, N} || N <- lists:seq(1, 40)]),
    io:format("~w~n", [maps:keys(Floats)]),
    io:format("~p~n", [Floats]),
    Mixed = maps:from_list([{N, v} || N <- [1, 2.0, "s", <<"b">>, {7}, [8], -5, 100000000000000000000, [], {}]]
                           ++ [{{<<"k">>, N}, N} || N <- lists:seq(1, 30)]),
    io:format("~w~n", [maps:keys(Mixed)]),
    io:format("~w~n", [maps:to_list(Mixed)]),
    io:format("~p~n", [maps:fold(fun(K, _, A) -> [K | A] end, [], Big)]),
    Strs = maps:from_list([{integer_to_list(N), N} || N <- lists:seq(1, 50)]),
    io:format("~p~n", [maps:keys(Strs)]),
    io:format("~p~n", [lists:sum(maps:values(Strs))]),
    Big2 = maps:remove(17, Big),
    io:format("~w~n", [maps:keys(Big2)]),
    Big3 = maps:put(1000, x, Big2),
    io:format("~w~n", [maps:keys(Big3)]),
    io:format("~w~n", [maps:keys(maps:filter(fun(K, _) -> K < 10 end, Big3))]),
    ok.
