-module(lists_deep).
-export([main/0]).

build(0) -> [];
build(N) -> [N, build(N - 1), [[N]]].

main() ->
    D = build(6),
    io:format("~p~n", [D]),
    io:format("~p~n", [lists:flatten(D)]),
    io:format("~p~n", [lists:flatlength(D)]),
    io:format("~p~n", [iolist_size([<<"ab">>, [$c, [<<"de">>]], $f])]),
    Long = lists:seq(1, 100000),
    io:format("~p~n", [length(Long)]),
    io:format("~p~n", [lists:sum(Long)]),
    io:format("~p~n", [lists:last(lists:reverse(Long))]),
    io:format("~p~n", [length(lists:append([Long, Long]))]),
    io:format("~p~n", [lists:nth(50000, Long)]),
    Nested = lists:foldl(fun(X, Acc) -> [Acc, X] end, [], lists:seq(1, 20)),
    io:format("~p~n", [Nested]),
    io:format("~w~n", [lists:flatten(Nested)]),
    io:format("~p~n", [length(lists:flatten(lists:duplicate(1000, [a, [b]])))]),
    ok.
