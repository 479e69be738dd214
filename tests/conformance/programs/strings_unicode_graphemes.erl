-module(strings_unicode_graphemes).
-export([main/0]).

main() ->
    S = unicode:characters_to_list(<<"e\x{301}le\x{300}ve 🇫🇷 Ωmega"/utf8>>),
    io:format("~w~n", [S]),
    io:format("~p ~p~n", [length(S), string:length(S)]),
    io:format("~w~n", [string:to_graphemes(S)]),
    io:format("~w~n", [string:reverse(S)]),
    io:format("~w~n", [string:slice(S, 0, 3)]),
    io:format("~w~n", [string:uppercase(S)]),
    io:format("~w~n", [string:lowercase("ΩMEGA ÄÖÜ")]),
    io:format("~w~n", [string:titlecase("ßtraße")]),
    io:format("~w~n", [string:casefold("Straße")]),
    io:format("~p~n", [string:equal("Straße", "STRASSE", true)]),
    io:format("~w~n", [string:next_grapheme(S)]),
    io:format("~w~n", [unicode:characters_to_nfc_list(S)]),
    io:format("~w~n", [unicode:characters_to_nfkc_list("ﬁ①")]),
    io:format("~w~n", [string:split(S, " ", all)]),
    io:format("~p~n", [string:is_empty(unicode:characters_to_binary([]))]),
    B = <<"naïve résumé"/utf8>>,
    io:format("~p~n", [string:uppercase(B)]),
    io:format("~p~n", [string:length(B)]),
    io:format("~p~n", [string:find(B, "sum")]),
    ok.
