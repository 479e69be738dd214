-module(re_replace_split).
-export([main/0]).

main() ->
    S = "hello world, hello erlang",
    io:format("~p~n", [re:replace(S, "hello", "bye")]),
    io:format("~p~n", [re:replace(S, "hello", "bye", [{return, list}])]),
    io:format("~p~n", [re:replace(S, "hello", "bye", [global, {return, list}])]),
    io:format("~p~n", [re:replace(S, "(\\w+) (\\w+)", "\\2 \\1", [{return, binary}])]),
    io:format("~p~n", [re:replace(S, "o", "[&]", [global, {return, list}])]),
    io:format("~p~n", [re:replace(S, "l+", "\\0\\0", [global, {return, list}])]),
    io:format("~p~n", [re:replace("a.b.c", "\\.", "\\\\", [global, {return, list}])]),
    io:format("~p~n", [re:replace("abc", "", "-", [global, {return, list}])]),
    io:format("~p~n", [re:replace(<<"CamelCaseString">>, "([A-Z])", "_\\1", [global, {return, binary}])]),
    io:format("~p~n", [re:split("a,b,,c", ",")]),
    io:format("~p~n", [re:split("a,b,,c", ",", [{return, list}])]),
    io:format("~p~n", [re:split("a,b,,c,,", ",", [{return, list}, trim])]),
    io:format("~p~n", [re:split("a1b22c333d", "\\d+", [{return, list}])]),
    io:format("~p~n", [re:split("a1b22c333d", "(\\d+)", [{return, list}])]),
    io:format("~p~n", [re:split("a b  c", " +", [{return, binary}, {parts, 2}])]),
    io:format("~p~n", [re:split("abc", "", [{return, list}])]),
    io:format("~p~n", [re:split(<<>>, ",", [{return, list}])]),
    io:format("~p~n", [re:split("one  two", "\\s", [{return, list}, group])]),
    ok.
