-module(list_to_integer_cases).
-export([main/0]).

try_l2i(S) ->
    try list_to_integer(S) catch C:R -> {C, R} end.

try_l2i(S, B) ->
    try list_to_integer(S, B) catch C:R -> {C, R} end.

main() ->
    Cases = ["0", "123", "-123", "+45", "007", "99999999999999999999999999",
             "-99999999999999999999999999", "", "-", "12a", " 1", "1.0", "+-1"],
    [io:format("~p -> ~p~n", [S, try_l2i(S)]) || S <- Cases],
    BCases = [{"ff", 16}, {"FF", 16}, {"-ff", 16}, {"777", 8}, {"102", 2},
              {"zz", 36}, {"Zz", 36}, {"1010101010101010101010101010101010101010101010101010101010101010101", 2},
              {"g", 16}],
    [io:format("~p/~p -> ~p~n", [S, B, try_l2i(S, B)]) || {S, B} <- BCases],
    io:format("~p~n", [binary_to_integer(<<"-1234567890123456789012">>)]),
    io:format("~p~n", [binary_to_integer(<<"7fffffffffffffff">>, 16)]),
    io:format("~p~n", [s(catch binary_to_integer(<<"1_000">>))]),
    io:format("~p~n", [list_to_integer("1000000000000000000000") div 7]),
    ok.

s({'EXIT', {Reason, [{_, _, _, _} | _]}}) -> {'EXIT', Reason};
s(Other) -> Other.
