-module(bin_sizes_parts).
-export([main/0]).

c(F) -> try F() catch C:R -> {C, R} end.

main() ->
    B = <<"0123456789">>,
    io:format("~p ~p~n", [byte_size(B), bit_size(B)]),
    io:format("~p~n", [binary_part(B, 2, 3)]),
    io:format("~p~n", [binary_part(B, {7, 3})]),
    io:format("~p~n", [binary_part(B, 10, -4)]),
    io:format("~p~n", [binary_part(B, 0, 0)]),
    io:format("~p~n", [c(fun() -> binary_part(B, 8, 5) end)]),
    io:format("~p~n", [split_binary(B, 4)]),
    io:format("~p~n", [split_binary(B, 0)]),
    io:format("~p~n", [c(fun() -> split_binary(B, 11) end)]),
    io:format("~p~n", [size(B)]),
    io:format("~p~n", [binary_to_list(B, 2, 4)]),
    io:format("~p~n", [list_to_binary(["ab", $c, <<"de">>, [[$f]]])]),
    io:format("~p~n", [iolist_to_binary(["x", [<<"y">> | <<"z">>]])]),
    io:format("~p~n", [iolist_size(["x", [<<"y">> | <<"z">>]])]),
    io:format("~p~n", [c(fun() -> list_to_binary([256]) end)]),
    io:format("~p~n", [c(fun() -> list_to_binary([-1]) end)]),
    io:format("~p~n", [c(fun() -> iolist_to_binary(atom) end)]),
    io:format("~p~n", [erlang:iolist_to_iovec(["ab", <<"cd">>])]),
    Sub = binary:part(B, 3, 4),
    io:format("~p ~p~n", [Sub, binary:referenced_byte_size(Sub) >= 4]),
    io:format("~p~n", [binary:copy(<<"ab">>, 3)]),
    ok.
