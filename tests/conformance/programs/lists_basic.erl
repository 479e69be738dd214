-module(lists_basic).
-export([main/0]).

id(X) -> X.

main() ->
    L = id([1, 2, 3, 4, 5]),
    io:format("~p~n", [L ++ [6, 7]]),
    io:format("~p~n", [L -- [2, 4, 9]]),
    io:format("~p~n", [[1, 2, 1, 2, 1] -- [1, 2]]),
    io:format("~p~n", [[a, b] ++ c]),
    io:format("~p~n", [length(L)]),
    io:format("~p ~p~n", [hd(L), tl(L)]),
    io:format("~p~n", [s(catch hd(id([])))]),
    io:format("~p~n", [s(catch tl(id([])))]),
    io:format("~p~n", [s(catch length(id([1 | 2])))]),
    io:format("~p~n", [s(catch (id([1 | 2]) ++ [3]))]),
    [H | T] = L,
    io:format("~p ~p~n", [H, T]),
    [X, Y | Rest] = L,
    io:format("~p ~p ~p~n", [X, Y, Rest]),
    io:format("~p~n", [[0 | L]]),
    io:format("~p~n", [[[]]]),
    io:format("~p~n", [[$a, $b, $c]]),
    io:format("~p~n", [[$a, $b, 300]]),
    io:format("~p~n", [[10, 13, 9, $a]]),
    io:format("~p~n", ["tab\there"]),
    io:format("~w~n", ["abc"]),
    io:format("~p~n", [[1 | [2 | [3 | []]]]]),
    io:format("~p~n", [[a | b]]),
    io:format("~p~n", [[a, b | c]]),
    io:format("~p~n", [lists:seq(1, 40)]),
    io:format("~p~n", [[lists:seq(1, 10) || _ <- lists:seq(1, 5)]]),
    io:format("~p~n", [erlang:list_to_tuple(L)]),
    io:format("~p~n", [[] ++ []]),
    io:format("~p~n", [L -- L]),
    ok.

s({'EXIT', {Reason, [{_, _, _, _} | _]}}) -> {'EXIT', Reason};
s(Other) -> Other.
