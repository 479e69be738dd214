-module(re_basic).
-export([main/0]).

main() ->
    S = "The year 1999 and 2024, also 42.",
    io:format("~p~n", [re:run(S, "\\d+")]),
    io:format("~p~n", [re:run(S, "\\d+", [global])]),
    io:format("~p~n", [re:run(S, "\\d+", [{capture, all, list}])]),
    io:format("~p~n", [re:run(S, "\\d+", [global, {capture, all, binary}])]),
    io:format("~p~n", [re:run(S, "(\\d)(\\d)", [global, {capture, all_but_first, list}])]),
    io:format("~p~n", [re:run(S, "(\\d+)", [{capture, first, index}])]),
    io:format("~p~n", [re:run(S, "xyz")]),
    io:format("~p~n", [re:run(S, "xyz", [{capture, none}])]),
    io:format("~p~n", [re:run(S, "year", [{capture, none}])]),
    io:format("~p~n", [re:run(<<"abcABC">>, "b", [global, caseless, {capture, all, binary}])]),
    io:format("~p~n", [re:run("aaa", "a*?", [{capture, all, list}])]),
    io:format("~p~n", [re:run("foo.bar", "\\.", [{capture, all, index}])]),
    io:format("~p~n", [re:run("line1\nline2", "^line\\d$", [multiline, global, {capture, all, list}])]),
    io:format("~p~n", [re:run("a(b)c", "\\((.)\\)", [{capture, [1], list}])]),
    io:format("~p~n", [re:run("start middle end", "middle", [{offset, 3}, {capture, all, index}])]),
    io:format("~p~n", [re:run("ab", "(x)?b", [{capture, all, list}])]),
    io:format("~p~n", [re:run("ab", "(x)?b", [{capture, all, index}])]),
    {ok, MP} = re:compile("^[a-z]+@[a-z]+\\.[a-z]{2,}$"),
    io:format("~p~n", [[re:run(E, MP, [{capture, none}]) || E <- ["bob@site.com", "bad@", "x@y.zz", "UP@CASE.COM"]]]),
    {ok, MP2} = re:compile("^[a-z]+@[a-z]+\\.[a-z]{2,}$", [caseless]),
    io:format("~p~n", [re:run("UP@CASE.COM", MP2, [{capture, none}])]),
    io:format("~p~n", [re:compile("(unclosed")]),
    ok.
