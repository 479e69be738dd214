-module(strings_find_replace).
-export([main/0]).

main() ->
    S = "the quick brown fox jumps over the lazy dog",
    io:format("~p~n", [string:find(S, "the")]),
    io:format("~p~n", [string:find(S, "the", trailing)]),
    io:format("~p~n", [string:find(S, "cat")]),
    io:format("~p~n", [string:find(<<"abcabc">>, "ca")]),
    io:format("~p~n", [string:replace(S, "the", "a")]),
    io:format("~p~n", [string:replace(S, "the", "a", all)]),
    io:format("~p~n", [lists:flatten(string:replace(S, "o", "0", all))]),
    io:format("~p~n", [string:replace(S, "the", "THE", trailing)]),
    io:format("~p~n", [string:replace(<<"aaa">>, "a", "bb", all)]),
    io:format("~p~n", [string:take("abc123", "abc")]),
    io:format("~p~n", [string:take("abc123", "0123456789", true)]),
    io:format("~p~n", [string:take("  x", " ", false, trailing)]),
    io:format("~p~n", [string:slice(S, 4, 5)]),
    io:format("~p~n", [string:slice(S, 40)]),
    io:format("~p~n", [string:slice(<<"binary">>, 1, 3)]),
    io:format("~p~n", [string:pad("x", 5)]),
    io:format("~p~n", [string:pad("x", 5, leading)]),
    io:format("~p~n", [string:pad("x", 6, both, $*)]),
    io:format("~p~n", [lists:flatten(string:pad(<<"ab">>, 5, trailing, $-))]),
    io:format("~p~n", [string:pad("toolong", 3)]),
    io:format("~p~n", [string:to_graphemes("abc")]),
    io:format("~p~n", [string:span("aabbcc", "ab")]),
    io:format("~p~n", [string:cspan("aabbcc", "c")]),
    ok.
