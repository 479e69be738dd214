-module(maps_errors).
-export([main/0]).

id(X) -> X.

c(F) -> try F() catch C:R -> {C, R} end.

main() ->
    M = id(#{a => 1}),
    io:format("~p~n", [c(fun() -> M#{b := 2} end)]),
    io:format("~p~n", [c(fun() -> (id(not_a_map))#{a => 1} end)]),
    io:format("~p~n", [c(fun() -> (id([1]))#{a := 1} end)]),
    io:format("~p~n", [c(fun() -> maps:get(nokey, M) end)]),
    io:format("~p~n", [c(fun() -> maps:get(a, id(notmap)) end)]),
    io:format("~p~n", [c(fun() -> maps:update(x, 1, M) end)]),
    io:format("~p~n", [c(fun() -> #{a := 2} = M end)]),
    io:format("~p~n", [c(fun() -> #{zz := _} = M end)]),
    io:format("~p~n", [c(fun() -> map_size(id(foo)) end)]),
    io:format("~p~n", [c(fun() -> maps:keys(id(<<>>)) end)]),
    io:format("~p~n", [c(fun() -> maps:from_list([a]) end)]),
    io:format("~p~n", [c(fun() -> maps:merge(M, x) end)]),
    F = fun(#{a := V}) -> V; (_) -> nomatch end,
    io:format("~p~n", [[F(X) || X <- [M, #{}, #{a => q, b => r}, [], {a, 1}]]]),
    ok.
