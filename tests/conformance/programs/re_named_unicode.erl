-module(re_named_unicode).
-export([main/0]).

main() ->
    Date = "Date: 2024-03-15",
    RE = "(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})",
    io:format("~p~n", [re:run(Date, RE, [{capture, [year, month, day], list}])]),
    io:format("~p~n", [re:run(Date, RE, [{capture, [day], binary}])]),
    {ok, MP} = re:compile(RE),
    io:format("~p~n", [re:inspect(MP, namelist)]),
    io:format("~p~n", [re:run(Date, MP, [{capture, all_names, list}])]),
    U = <<"naïve café €5"/utf8>>,
    io:format("~p~n", [re:run(U, "\\w+", [unicode, global, {capture, all, binary}])]),
    io:format("~p~n", [re:run(U, "é", [unicode, {capture, all, index}])]),
    io:format("~p~n", [re:run(U, "€(\\d)", [unicode, {capture, all_but_first, list}])]),
    io:format("~p~n", [re:replace(U, "é", "e", [unicode, global, {return, binary}])]),
    io:format("~p~n", [re:run("ÀÉÎ", "[a-zà-ÿ]+", [unicode, caseless, {capture, all, list}])]),
    io:format("~p~n", [re:split(U, " ", [unicode, {return, list}])]),
    io:format("~p~n", [re:run("aaa bbb", "(?i)A+", [{capture, all, list}])]),
    io:format("~p~n", [re:run("x=1;y=22", "(\\w)=(\\d+)", [global, {capture, all_but_first, list}])]),
    io:format("~p~n", [re:run("abcabc", "(?:ab)(c)", [global, {capture, all, index}])]),
    io:format("~p~n", [re:run("tEsT", "test", [caseless, {capture, first, list}])]),
    io:format("~p~n", [re:run("a\nb", "a.b", [dotall, {capture, none}])]),
    io:format("~p~n", [re:run("a\nb", "a.b", [{capture, none}])]),
    io:format("~p~n", [re:run("a b", "a b", [extended, {capture, none}])]),
    io:format("~p~n", [re:run("aaa", "a+?", [ungreedy, {capture, all, list}])]),
    io:format("~p~n", [re:run("abc", "^b", [{capture, none}, anchored])]),
    ok.
