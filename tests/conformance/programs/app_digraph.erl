-module(app_digraph).
-export([main/0]).

main() ->
    G = digraph:new(),
    Vs = [a, b, c, d, e, f],
    [digraph:add_vertex(G, V) || V <- Vs],
    Es = [{a, b}, {a, c}, {b, d}, {c, d}, {d, e}, {e, f}, {b, f}],
    [digraph:add_edge(G, X, Y) || {X, Y} <- Es],
    io:format("~p~n", [lists:sort(digraph:vertices(G))]),
    io:format("~p~n", [digraph:no_edges(G)]),
    io:format("~p~n", [lists:sort(digraph:out_neighbours(G, a))]),
    io:format("~p~n", [lists:sort(digraph:in_neighbours(G, d))]),
    io:format("~p~n", [digraph:get_short_path(G, a, f)]),
    io:format("~p~n", [length(digraph:get_path(G, a, e))]),
    io:format("~p~n", [digraph_utils:topsort(G) =/= false]),
    io:format("~p~n", [digraph_utils:is_acyclic(G)]),
    io:format("~p~n", [lists:sort(digraph_utils:reachable([c], G))]),
    digraph:add_edge(G, f, a),
    io:format("~p~n", [digraph_utils:is_acyclic(G)]),
    io:format("~p~n", [[lists:sort(C) || C <- digraph_utils:strong_components(G)]]),
    digraph:delete(G),
    ok.
