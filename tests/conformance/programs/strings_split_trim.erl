-module(strings_split_trim).
-export([main/0]).

main() ->
    S = "  hello, world ,  foo  ",
    io:format("~p~n", [string:split(S, ",")]),
    io:format("~p~n", [string:split(S, ",", all)]),
    io:format("~p~n", [string:split(S, ",", trailing)]),
    io:format("~p~n", [string:split(<<"a=b=c">>, "=", all)]),
    io:format("~p~n", [string:trim(S)]),
    io:format("~p~n", [string:trim(S, leading)]),
    io:format("~p~n", [string:trim(S, trailing)]),
    io:format("~p~n", [string:trim("xxabcxx", both, "x")]),
    io:format("~p~n", [string:trim(<<"\t\n bin \r\n">>)]),
    io:format("~p~n", [string:lexemes("a  b\tc\nd", " \t\n")]),
    io:format("~p~n", [string:lexemes(<<"1,2,,3">>, ",")]),
    io:format("~p~n", [string:tokens("a,b;c", ",;")]),
    io:format("~p~n", [string:split("abc", "")]),
    io:format("~p~n", [string:split("", ",")]),
    io:format("~p~n", [string:split("a,b,c", ",", leading)]),
    io:format("~p~n", [[string:trim(P) || P <- string:split(S, ",", all)]]),
    io:format("~p~n", [string:join(["a", "b", "c"], "--")]),
    io:format("~p~n", [string:strip("...x..", both, $.)]),
    io:format("~p~n", [string:nth_lexeme("alpha beta gamma", 2, " ")]),
    ok.
