-module(lists_keyfuns).
-export([main/0]).

main() ->
    L = [{b, 2, x}, {a, 3, y}, {c, 1, z}, {a, 1, w}],
    io:format("~p~n", [lists:keyfind(a, 1, L)]),
    io:format("~p~n", [lists:keyfind(q, 1, L)]),
    io:format("~p~n", [lists:keyfind(1, 2, L)]),
    io:format("~p~n", [lists:keysearch(c, 1, L)]),
    io:format("~p~n", [lists:keymember(z, 3, L)]),
    io:format("~p~n", [lists:keysort(1, L)]),
    io:format("~p~n", [lists:keysort(2, L)]),
    io:format("~p~n", [lists:ukeysort(1, L)]),
    io:format("~p~n", [lists:keydelete(a, 1, L)]),
    io:format("~p~n", [lists:keyreplace(c, 1, L, {c, 100, new})]),
    io:format("~p~n", [lists:keystore(d, 1, L, {d, 4, v})]),
    io:format("~p~n", [lists:keystore(b, 1, L, {b, 0, v})]),
    io:format("~p~n", [lists:keytake(b, 1, L)]),
    io:format("~p~n", [lists:keytake(zz, 1, L)]),
    io:format("~p~n", [lists:keymap(fun(X) -> X * 10 end, 2, L)]),
    io:format("~p~n", [lists:keymerge(1, [{a, 1}, {c, 3}], [{b, 2}, {d, 4}])]),
    io:format("~p~n", [lists:ukeymerge(1, [{a, 1}, {c, 3}], [{a, 2}, {d, 4}])]),
    io:format("~p~n", [proplists:get_value(a, [{a, 1}, {b, 2}])]),
    io:format("~p~n", [s(catch lists:keyfind(a, 0, L))]),
    ok.

s({'EXIT', {Reason, [{_, _, _, _} | _]}}) -> {'EXIT', Reason};
s(Other) -> Other.
