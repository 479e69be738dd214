-module(binary_module_misc).
-export([main/0]).

c(F) -> try F() catch C:R -> {C, R} end.

main() ->
    B = <<"hello world">>,
    io:format("~p~n", [binary:copy(B)]),
    io:format("~p~n", [binary:copy(<<"-">>, 10)]),
    io:format("~p~n", [binary:part(B, 6, 5)]),
    io:format("~p~n", [binary:part(B, {11, -5})]),
    io:format("~p~n", [binary:at(B, 4)]),
    io:format("~p~n", [c(fun() -> binary:at(B, 11) end)]),
    io:format("~p ~p~n", [binary:first(B), binary:last(B)]),
    io:format("~p~n", [c(fun() -> binary:first(<<>>) end)]),
    io:format("~p~n", [binary:decode_unsigned(<<1, 0>>)]),
    io:format("~p~n", [binary:decode_unsigned(<<1, 0>>, little)]),
    io:format("~p~n", [binary:decode_unsigned(<<255, 255, 255, 255, 255, 255, 255, 255, 255>>)]),
    io:format("~p~n", [binary:decode_unsigned(<<>>)]),
    io:format("~p~n", [binary:encode_unsigned(256)]),
    io:format("~p~n", [binary:encode_unsigned(256, little)]),
    io:format("~p~n", [binary:encode_unsigned(0)]),
    io:format("~p~n", [binary:encode_unsigned(1 bsl 80)]),
    io:format("~p~n", [binary:list_to_bin([104, "i", <<"!">>])]),
    io:format("~p~n", [binary:bin_to_list(B)]),
    io:format("~p~n", [binary:bin_to_list(B, 3, 4)]),
    io:format("~p~n", [binary:bin_to_list(B, {0, 2})]),
    io:format("~p~n", [binary:longest_common_prefix([<<"interstellar">>, <<"internet">>, <<"interval">>])]),
    io:format("~p~n", [binary:longest_common_prefix([<<"abc">>, <<"xyz">>])]),
    io:format("~p~n", [binary:longest_common_suffix([<<"running">>, <<"jumping">>])]),
    io:format("~p~n", [binary:encode_hex(<<1, 171, 255>>)]),
    io:format("~p~n", [binary:decode_hex(<<"01ABff">>)]),
    io:format("~p~n", [binary:encode_hex(<<"hi">>)]),
    ok.
