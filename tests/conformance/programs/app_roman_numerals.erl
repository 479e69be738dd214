-module(app_roman_numerals).
-export([main/0]).

-define(TABLE, [{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
                {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}]).

to_roman(0) -> "";
to_roman(N) ->
    {V, S} = hd([P || {V0, _} = P <- ?TABLE, V0 =< N]),
    S ++ to_roman(N - V).

from_roman(S) -> from_roman(S, 0).
from_roman([], Acc) -> Acc;
from_roman(S, Acc) ->
    {V, Rest} = hd([{V0, lists:nthtail(length(R), S)} || {V0, R} <- ?TABLE, lists:prefix(R, S)]),
    from_roman(Rest, Acc + V).

main() ->
    Ns = [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666],
    [io:format("~p = ~s~n", [N, to_roman(N)]) || N <- Ns],
    io:format("~p~n", [[from_roman(to_roman(N)) || N <- Ns] =:= Ns]),
    io:format("~p~n", [lists:all(fun(N) -> from_roman(to_roman(N)) =:= N end, lists:seq(1, 3999))]),
    io:format("~p~n", [lists:max([{length(to_roman(N)), N} || N <- lists:seq(1, 3999)])]),
    ok.
