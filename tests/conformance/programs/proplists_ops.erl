-module(proplists_ops).
-export([main/0]).

main() ->
    P = [{name, "x"}, verbose, {level, 3}, {name, "y"}, {debug, false}, compact],
    io:format("~p~n", [proplists:get_value(name, P)]),
    io:format("~p~n", [proplists:get_value(missing, P)]),
    io:format("~p~n", [proplists:get_value(missing, P, dflt)]),
    io:format("~p~n", [proplists:get_all_values(name, P)]),
    io:format("~p~n", [proplists:get_bool(verbose, P)]),
    io:format("~p~n", [proplists:get_bool(debug, P)]),
    io:format("~p~n", [proplists:is_defined(compact, P)]),
    io:format("~p~n", [proplists:lookup(level, P)]),
    io:format("~p~n", [proplists:lookup_all(name, P)]),
    io:format("~p~n", [proplists:delete(name, P)]),
    io:format("~p~n", [proplists:get_keys(P)]),
    io:format("~p~n", [proplists:compact(P)]),
    io:format("~p~n", [proplists:unfold(P)]),
    io:format("~p~n", [proplists:expand([{foo, [bar, baz]}], [foo, quux])]),
    io:format("~p~n", [proplists:substitute_aliases([{v, verbose}], [v, {v, 2}])]),
    io:format("~p~n", [proplists:normalize([a, {b, true}], [{negations, [{no_a, a}]}])]),
    io:format("~p~n", [proplists:to_map(P)]),
    io:format("~p~n", [proplists:from_map(#{k => v})]),
    io:format("~p~n", [proplists:split([{a, 1}, {b, 2}, {c, 3}, {a, 4}], [a, b])]),
    ok.
