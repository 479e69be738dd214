-module(unicode_conv).
-export([main/0]).

main() ->
    Chars = [$h, 233, 8364, 128512, $!],
    B8 = unicode:characters_to_binary(Chars),
    io:format("~p~n", [B8]),
    io:format("~w~n", [B8]),
    io:format("~p~n", [unicode:characters_to_list(B8)]),
    io:format("~p~n", [unicode:characters_to_binary(Chars, unicode, utf16)]),
    io:format("~p~n", [unicode:characters_to_binary(Chars, unicode, {utf16, little})]),
    io:format("~p~n", [unicode:characters_to_binary(Chars, unicode, utf32)]),
    io:format("~p~n", [unicode:characters_to_list(<<0, 104, 0, 233>>, utf16)]),
    io:format("~p~n", [unicode:characters_to_binary([<<"ab">>, "cd", [233]])]),
    io:format("~p~n", [unicode:characters_to_binary(<<233, 234>>, latin1)]),
    io:format("~p~n", [unicode:characters_to_binary([256], unicode, latin1)]),
    io:format("~p~n", [unicode:characters_to_binary(<<"ok", 255, 1>>)]),
    io:format("~p~n", [unicode:characters_to_list(<<16#E2, 16#82>>)]),
    io:format("~p~n", [unicode:characters_to_nfd_list("é")]),
    io:format("~p~n", [unicode:characters_to_nfc_list([$e, 769])]),
    io:format("~p~n", [unicode:bom_to_encoding(<<16#EF, 16#BB, 16#BF, $x>>)]),
    io:format("~p~n", [unicode:encoding_to_bom(utf16)]),
    io:format("~p~n", [unicode:characters_to_binary("plain")]),
    io:format("~p~n", [s(catch unicode:characters_to_binary(not_chars))]),
    io:format("~p~n", [unicode:characters_to_list([16#D800])]),
    ok.

s({'EXIT', {Reason, [{_, _, _, _} | _]}}) -> {'EXIT', Reason};
s(Other) -> Other.
