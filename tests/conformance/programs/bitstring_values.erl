-module(bitstring_values).
-export([main/0]).

id(X) -> X.

main() ->
    B = id(<<5:3>>),
    io:format("~p ~w~n", [B, B]),
    io:format("~p ~p~n", [bit_size(B), byte_size(B)]),
    io:format("~p~n", [is_binary(B)]),
    io:format("~p~n", [is_bitstring(B)]),
    C = <<B/bitstring, 1:1, (id(255)):8>>,
    io:format("~p~n", [C]),
    io:format("~p ~p~n", [bit_size(C), byte_size(C)]),
    <<X:3, Y:1, Z:8>> = C,
    io:format("~p ~p ~p~n", [X, Y, Z]),
    io:format("~p~n", [bitstring_to_list(<<1, 2, 3:4>>)]),
    io:format("~p~n", [list_to_bitstring([<<1>>, [<<2:4>>]])]),
    io:format("~p~n", [catch_it(fun() -> list_to_binary([<<2:4>>]) end)]),
    io:format("~p~n", [catch_it(fun() -> binary_to_list(<<2:4>>) end)]),
    io:format("~p~n", [<<1:1, 2:2, 3:3, 4:4, 5:5>>]),
    io:format("~p~n", [<<(id(<<1:7>>))/bits, (id(<<3:9>>))/bits>>]),
    io:format("~p~n", [<<(id(<<"ab">>))/binary, (id(<<1:1>>))/bitstring>>]),
    io:format("~p~n", [catch_it(fun() -> <<(id(<<1:1>>))/binary>> end)]),
    io:format("~p~n", [lists:sort([<<1:1>>, <<0:2>>, <<1>>, <<>>, <<0:1>>, <<128>>])]),
    io:format("~p~n", [<<1:1>> < <<1>>]),
    io:format("~p~n", [term_to_binary(<<5:3>>)]),
    io:format("~p~n", [binary_to_term(term_to_binary(<<1, 2, 5:3>>))]),
    io:format("~p~n", [erlang:phash2(<<5:3>>)]),
    io:format("~p~n", [iolist_to_binary([<<"a">>])]),
    io:format("~p~n", [[bit_size(<<0:N>>) || N <- [0, 1, 7, 8, 9, 63, 64, 65]]]),
    io:format("~p~n", [<<0:N/unit:1>> || N <- [13]]),
    ok.

catch_it(F) -> try F() catch C:R -> {C, R} end.
