-module(op_bs_skip_utf).
-export([main/0, first16/1]).

first16(<<C/utf16, _/binary>>) -> C;
first16(_) -> none.
%% Targets bs_skip_utf8, bs_skip_utf16, bs_skip_utf32 (matched but unused
%% code points) and bs_get_utf8, bs_get_utf16, bs_get_utf32.

skip8(<<_/utf8, R/binary>>) -> R.
skip16(<<_/utf16, R/binary>>) -> R.
skip16le(<<_/utf16-little, R/binary>>) -> R.
skip32(<<_/utf32, R/binary>>) -> R.

count16(<<>>, N) -> N;
count16(<<_/utf16, R/binary>>, N) -> count16(R, N + 1).

second8(<<_/utf8, C/utf8, _/binary>>) -> C.
second32(<<_/utf32, C/utf32-little, _/binary>>) -> C.

main() ->
    io:format("~p~n", [skip8(<<"€uro"/utf8>>)]),
    io:format("~p~n", [skip16(<<"€uro"/utf16>>)]),
    io:format("~p~n", [skip16le(<<"€uro"/utf16-little>>)]),
    io:format("~p~n", [skip32(<<"€uro"/utf32>>)]),
    io:format("~p~n", [count16(unicode:characters_to_binary("a😀b€", unicode, utf16), 0)]),
    io:format("~p~n", [[first16(B) || B <- [<<0, 65>>, <<216, 61, 222, 0>>, <<220, 0>>, <<>>]]]),
    io:format("~p~n", [second8(<<"aé"/utf8>>)]),
    io:format("~p~n", [second32(<<1:32, 233:32/little>>)]),
    io:format("~p~n", [try skip16(<<16#DC00:16>>) catch error:E -> E end]),
    io:format("~p~n", [try skip8(<<>>) catch error:E2 -> E2 end]),
    ok.
