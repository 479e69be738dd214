-module(unicode_binaries).
-export([main/0]).

decode(<<>>) -> [];
decode(<<C/utf8, Rest/binary>>) -> [C | decode(Rest)].

count(<<>>, N) -> N;
count(<<_/utf8, R/binary>>, N) -> count(R, N + 1).

main() ->
    S = <<"añ€😀z"/utf8>>,
    io:format("~p~n", [S]),
    io:format("~p ~p~n", [byte_size(S), count(S, 0)]),
    io:format("~p~n", [decode(S)]),
    io:format("~p~n", [<< <<C/utf16>> || C <- decode(S) >>]),
    io:format("~p~n", [<< <<C/utf32-little>> || C <- decode(S) >>]),
    io:format("~p~n", [[C || <<C/utf16>> <= <<0, 97, 216, 61, 222, 0>>]]),
    io:format("~p~n", [<<"€"/utf16-little>>]),
    io:format("~p~n", [<<"€"/utf32>>]),
    io:format("~p~n", [<<16#10FFFF/utf8>>]),
    io:format("~p~n", [s(catch <<(id(16#110000))/utf8>>)]),
    io:format("~p~n", [s(catch <<(id(16#D800))/utf8>>)]),
    io:format("~p~n", [case <<237, 160, 128>> of <<X/utf8>> -> X; _ -> nomatch end]),
    io:format("~p~n", [case <<192, 128>> of <<Y/utf8>> -> Y; _ -> overlong end]),
    io:format("~p~n", [string:length(S)]),
    io:format("~p~n", [string:reverse(S)]),
    io:format("~p~n", [unicode:characters_to_list(string:uppercase(S))]),
    ok.

id(X) -> X.

s({'EXIT', {Reason, [{_, _, _, _} | _]}}) -> {'EXIT', Reason};
s(Other) -> Other.
