-module(maps_order_small).
-export([main/0]).

main() ->
    io:format("~p~n", [#{z => 1, a => 2, m => 3}]),
    io:format("~p~n", [#{3 => c, 1 => a, 2 => b}]),
    io:format("~p~n", [#{b => 1, 1 => 2, "str" => 3, {t} => 4, 2.5 => 5, [] => 6, <<>> => 7}]),
    io:format("~p~n", [maps:to_list(#{1.0 => f, 1 => i})]),
    io:format("~p~n", [#{-1 => a, 0 => b, 1 => c, -100000000000000000000 => big}]),
    io:format("~p~n", [maps:keys(#{ {1, 2} => x, {1} => y, {0, 0, 0} => z })]),
    M = lists:foldl(fun(K, Acc) -> Acc#{K => K} end, #{}, [q, w, e, r, t, y]),
    io:format("~p~n", [M]),
    io:format("~p~n", [maps:keys(M)]),
    io:format("~p~n", [[{K, V} || {K, V} <- maps:to_list(#{x => 1, y => 2})]]),
    io:format("~p~n", [lists:sort(maps:to_list(#{x => 1, y => 2})) =:= maps:to_list(#{y => 2, x => 1})]),
    ok.
