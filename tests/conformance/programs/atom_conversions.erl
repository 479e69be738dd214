-module(atom_conversions).
-export([main/0]).

c(F) -> try F() catch C:R -> {C, R} end.

main() ->
    io:format("~p~n", [atom_to_list(hello)]),
    io:format("~p~n", [atom_to_binary(hello)]),
    io:format("~p~n", [list_to_atom("Hello World")]),
    io:format("~p~n", [binary_to_atom(<<"x-y">>)]),
    io:format("~p~n", [binary_to_atom(<<"latin", 233>>, latin1)]),
    io:format("~p~n", [list_to_existing_atom("ok")]),
    io:format("~p~n", [binary_to_existing_atom(<<"error">>, utf8)]),
    io:format("~p~n", [c(fun() -> list_to_atom([a]) end)]),
    io:format("~p~n", [c(fun() -> binary_to_atom(<<255>>, utf8) end)]),
    io:format("~p~n", [c(fun() -> atom_to_list("str") end)]),
    io:format("~p~n", [list_to_atom([1000, 2000])]),
    io:format("~p~n", [atom_to_binary(list_to_atom([1000]), utf8)]),
    io:format("~p~n", [c(fun() -> atom_to_binary(list_to_atom([1000]), latin1) end)]),
    io:format("~p~n", [[list_to_atom(integer_to_list(N)) || N <- lists:seq(1, 5)]]),
    io:format("~p~n", [erlang:list_to_atom("with\nnewline")]),
    io:format("~p~n", [[A || A <- ['a', 'A', '_a', 'a1', '1a', 'a-b', 'é', 'aé', '$', 'nil', 'catch']]]),
    ok.
