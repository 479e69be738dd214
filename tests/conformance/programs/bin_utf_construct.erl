-module(bin_utf_construct).
-export([main/0, enc8/1, enc16/1, enc32/1]).
%% Targets bs_create_bin with utf8, utf16 and utf32 segments (OTP 25 no
%% longer emits the older separate utf size and store instructions).

enc8(C) -> <<C/utf8>>.
enc16(C) -> {<<C/utf16>>, <<C/utf16-little>>}.
enc32(C) -> {<<C/utf32>>, <<C/utf32-little>>}.

main() ->
    Cps = [0, $A, 127, 128, 255, 2047, 2048, 16#FFFF, 16#10000, 16#10FFFF],
    [io:format("~.16B: ~w ~w ~w~n", [C, enc8(C), enc16(C), enc32(C)]) || C <- Cps],
    io:format("~p~n", [<<"mixed", 233/utf8, 8364/utf16, 10/utf32>>]),
    io:format("~p~n", [[try enc8(C) catch error:R -> {C, R} end || C <- [-1, 16#D800, 16#DFFF, 16#110000, a]]]),
    io:format("~p~n", [[try enc16(C) catch error:R -> {C, R} end || C <- [16#D800, 16#110000]]]),
    ok.
