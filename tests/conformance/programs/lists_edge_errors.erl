-module(lists_edge_errors).
-export([main/0]).

c(F) -> try F() catch C:R -> {C, R} end.

main() ->
    io:format("~p~n", [c(fun() -> lists:seq(1, 0) end)]),
    io:format("~p~n", [c(fun() -> lists:seq(5, 1) end)]),
    io:format("~p~n", [c(fun() -> lists:seq(1, 10, 0) end)]),
    io:format("~p~n", [c(fun() -> lists:seq(1, 1, 0) end)]),
    io:format("~p~n", [c(fun() -> lists:nth(0, [a]) end)]),
    io:format("~p~n", [c(fun() -> lists:sublist([a, b], 5) end)]),
    io:format("~p~n", [c(fun() -> lists:sublist([a, b], 3, 1) end)]),
    io:format("~p~n", [c(fun() -> lists:split(3, [a]) end)]),
    io:format("~p~n", [c(fun() -> lists:zip([a], [1, 2]) end)]),
    io:format("~p~n", [c(fun() -> lists:duplicate(-1, x) end)]),
    io:format("~p~n", [c(fun() -> lists:max([]) end)]),
    io:format("~p~n", [c(fun() -> lists:foldl(fun(_, _) -> ok end, acc, notalist) end)]),
    io:format("~p~n", [c(fun() -> lists:reverse([]) end)]),
    io:format("~p~n", [c(fun() -> lists:flatten([]) end)]),
    io:format("~p~n", [c(fun() -> lists:sum([]) end)]),
    io:format("~p~n", [c(fun() -> lists:usort([]) end)]),
    io:format("~p~n", [c(fun() -> lists:keyfind(a, 1, []) end)]),
    io:format("~p~n", [c(fun() -> lists:map(fun(X) -> X end, [1 | 2]) end)]),
    io:format("~p~n", [c(fun() -> length(lists:seq(1, 0)) end)]),
    ok.
