-module(improper_lists).
-export([main/0]).

id(X) -> X.

main() ->
    L = id([1, 2 | 3]),
    io:format("~p~n", [L]),
    io:format("~w~n", [L]),
    io:format("~p~n", [is_list(L)]),
    io:format("~p~n", [s(catch length(L))]),
    io:format("~p~n", [s(catch lists:reverse(L))]),
    io:format("~p~n", [[a | <<"bin">>]]),
    io:format("~p~n", [[$a, $b | $c]]),
    io:format("~p~n", [["abc" | def]]),
    io:format("~p~n", [[[] | []]]),
    io:format("~p~n", [iolist_to_binary([$a, [$b | <<"cd">>]])]),
    io:format("~p~n", [s(catch iolist_to_binary([$a | b]))]),
    io:format("~p~n", [s(catch lists:flatten(L))]),
    io:format("~p~n", [erlang:iolist_size([1, 2 | <<3, 4>>])]),
    io:format("~p~n", [term_to_binary(L)]),
    io:format("~p~n", [binary_to_term(term_to_binary(L)) =:= L]),
    io:format("~p~n", [lists:sort([[1 | 2], [1, 2], [1 | 1], [1]])]),
    io:format("~p~n", [s(catch (L -- [1]))]),
    ok.

s({'EXIT', {Reason, [{_, _, _, _} | _]}}) -> {'EXIT', Reason};
s(Other) -> Other.
