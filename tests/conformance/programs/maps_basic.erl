-module(maps_basic).
-export([main/0]).

id(X) -> X.

main() ->
    M = #{a => 1, b => 2, c => 3},
    io:format("~p~n", [M]),
    io:format("~p~n", [M#{d => 4}]),
    io:format("~p~n", [M#{a := 100}]),
    io:format("~p~n", [M#{a => 100, z => 26}]),
    io:format("~p~n", [maps:get(b, M)]),
    io:format("~p~n", [maps:get(q, M, default)]),
    io:format("~p~n", [map_size(M)]),
    io:format("~p~n", [maps:size(#{})]),
    io:format("~p~n", [#{}]),
    io:format("~p~n", [#{1 => one, 1.0 => float_one, "1" => str, <<"1">> => bin, '1' => atom}]),
    io:format("~p~n", [#{{a, b} => tuple, [1] => list, #{} => map}]),
    #{a := A, c := C} = M,
    io:format("~p~n", [A + C]),
    Key = id(b),
    #{Key := V} = M,
    io:format("~p~n", [V]),
    io:format("~p~n", [maps:is_key(a, M)]),
    io:format("~p~n", [is_map(M)]),
    io:format("~p~n", [M =:= #{c => 3, b => 2, a => 1}]),
    io:format("~p~n", [#{a => 1} == #{a => 1.0}]),
    io:format("~p~n", [#{a => 1} =:= #{a => 1.0}]),
    io:format("~w~n", [M]),
    ok.
