-module(maps_fold_filter).
-export([main/0]).

main() ->
    Inventory = #{apple => {3, 0.5}, banana => {12, 0.25}, cherry => {100, 0.1},
                  durian => {1, 15.0}, elderberry => {0, 2.0}},
    Total = maps:fold(fun(_, {N, P}, Acc) -> Acc + N * P end, 0, Inventory),
    io:format("total ~.2f~n", [Total]),
    InStock = maps:filter(fun(_, {N, _}) -> N > 0 end, Inventory),
    io:format("~p~n", [maps:keys(InStock)]),
    Prices = maps:map(fun(_, {_, P}) -> P end, Inventory),
    io:format("~p~n", [Prices]),
    Sorted = lists:keysort(2, maps:to_list(Prices)),
    io:format("~p~n", [Sorted]),
    io:format("~p~n", [maps:fold(fun(K, _, Acc) when K > banana -> Acc + 1; (_, _, Acc) -> Acc end, 0, Inventory)]),
    Grouped = maps:groups_from_list(fun({_, {N, _}}) -> N > 10 end, fun({K, _}) -> K end,
                                    maps:to_list(Inventory)),
    io:format("~p~n", [Grouped]),
    ok.
