-module(op_map_instrs).
-export([main/0]).
%% Targets put_map_assoc, put_map_exact, get_map_elements, has_map_fields,
%% is_map.

id(X) -> X.

has_ab(#{a := _, b := _}) -> yes;
has_ab(_) -> no.

get_ab(#{a := A, b := B}) -> A + B;
get_ab(#{a := A}) -> A;
get_ab(_) -> none.

upd(M) -> M#{count := maps:get(count, M) + 1, last := now_ish}.
add(M, K, V) -> M#{K => V, added => true}.

main() ->
    Ms = [#{a => 1, b => 2}, #{a => 5}, #{b => 3}, #{}, #{a => 1, b => 2, c => 3}],
    io:format("~p~n", [[has_ab(M) || M <- Ms]]),
    io:format("~p~n", [[get_ab(M) || M <- Ms]]),
    io:format("~p~n", [upd(id(#{count => 0, last => never}))]),
    io:format("~p~n", [try upd(id(#{count => 0})) catch error:E -> E end]),
    io:format("~p~n", [add(id(#{}), k, v)]),
    io:format("~p~n", [add(id(#{k => old}), k, new)]),
    io:format("~p~n", [try add(id(nomap), k, v) catch error:E2 -> E2 end]),
    Key = id(dyn),
    #{Key := Val} = id(#{dyn => 42}),
    io:format("~p~n", [Val]),
    io:format("~p~n", [[is_map(X) || X <- [#{}, [], {}]]]),
    ok.
