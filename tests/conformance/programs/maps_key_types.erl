-module(maps_key_types).
-export([main/0]).

main() ->
    M = #{0 => int_zero, 0.0 => float_zero, -0.0 => neg_float_zero, 1 => one,
          1.0 => one_float, <<>> => empty_bin, [] => nil, {} => empty_tuple,
          #{} => empty_map, "" => also_nil_dup, self_key => atom},
    io:format("~p~n", [map_size(M)]),
    io:format("~p~n", [M]),
    io:format("~p~n", [maps:get(0.0, M)]),
    io:format("~p~n", [maps:get(-0.0, M)]),
    io:format("~p~n", [maps:find(0, M)]),
    io:format("~p~n", [maps:is_key(2.0, M#{2 => two})]),
    io:format("~p~n", [maps:keys(M)]),
    Big = maps:from_list([{X, X} || X <- [1, 1.0, 2, 2.0, 3, 3.0] ++ lists:seq(10, 40)]),
    io:format("~p~n", [map_size(Big)]),
    io:format("~p~n", [maps:get(1.0, Big)]),
    io:format("~p~n", [lists:sort(maps:keys(Big))]),
    ok.
