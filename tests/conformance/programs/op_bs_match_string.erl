-module(op_bs_match_string).
-export([main/0, method/1, magic/1, strip_prefix/2, count_ab/1]).

count_ab(<<"ab", R/binary>>) -> 1 + count_ab(R);
count_ab(<<_, R/binary>>) -> count_ab(R);
count_ab(<<>>) -> 0.
%% Targets bs_match_string (literal prefixes in binary patterns) and
%% bs_start_match3/4, bs_get_tail.

method(<<"GET ", Rest/binary>>) -> {get, Rest};
method(<<"POST ", Rest/binary>>) -> {post, Rest};
method(<<"DELETE ", Rest/binary>>) -> {delete, Rest};
method(<<"HTTP/1.", V, " ", Code:3/binary, _/binary>>) -> {status, V - $0, binary_to_integer(Code)};
method(_) -> unknown.

magic(<<16#89, "PNG", 13, 10, 26, 10, _/binary>>) -> png;
magic(<<"GIF8", V, "a", _/binary>>) -> {gif, V};
magic(<<255, 216, 255, _/binary>>) -> jpeg;
magic(<<"%PDF-", Maj, ".", Min, _/binary>>) -> {pdf, Maj - $0, Min - $0};
magic(_) -> unknown.

strip_prefix(Prefix, Bin) ->
    Size = byte_size(Prefix),
    case Bin of
        <<Prefix:Size/binary, Rest/binary>> -> {ok, Rest};
        _ -> error
    end.

main() ->
    io:format("~p~n", [[method(B) || B <- [<<"GET /x">>, <<"POST /y">>, <<"DELETE /z">>,
                                           <<"HTTP/1.1 404 Not Found">>, <<"PUT">>]]]),
    io:format("~p~n", [[magic(B) || B <- [<<16#89, "PNG", 13, 10, 26, 10, 0>>, <<"GIF89a...">>,
                                          <<255, 216, 255, 224>>, <<"%PDF-1.7">>, <<"text">>]]]),
    io:format("~p~n", [strip_prefix(<<"key:">>, <<"key:value">>)]),
    io:format("~p~n", [strip_prefix(<<"key:">>, <<"other">>)]),
    io:format("~p~n", [count_ab(<<"abcabxaab">>)]),
    ok.
