-module(fun_mfa_apply).
-export([main/0, add/2, greet/1]).

add(A, B) -> A + B.
greet(Name) -> "Hello, " ++ Name.

id(X) -> X.

main() ->
    M = id(?MODULE), F = id(add),
    io:format("~p~n", [M:F(1, 2)]),
    io:format("~p~n", [apply(M, F, [3, 4])]),
    io:format("~p~n", [erlang:apply(fun_mfa_apply, greet, ["World"])]),
    io:format("~p~n", [apply(fun add/2, [5, 6])]),
    io:format("~p~n", [apply(fun(X) -> X * 3 end, [7])]),
    Fun = fun ?MODULE:add/2,
    io:format("~p~n", [Fun(10, 20)]),
    Ext = fun lists:reverse/1,
    io:format("~p~n", [Ext([1, 2, 3])]),
    DynFun = erlang:make_fun(lists, seq, 2),
    io:format("~p~n", [DynFun(1, 5)]),
    io:format("~p~n", [(id(fun erlang:atom_to_list/1))(hello)]),
    io:format("~p~n", [[apply(lists, Fn, [[3, 1, 2]]) || Fn <- [sort, reverse, max, min, sum, last]]]),
    Mod = id(lists), Fn = id(foldl),
    io:format("~p~n", [Mod:Fn(fun(X, Acc) -> X + Acc end, 0, [1, 2, 3])]),
    io:format("~p~n", [erlang:function_exported(?MODULE, add, 2)]),
    io:format("~p~n", [erlang:function_exported(?MODULE, id, 1)]),
    io:format("~p~n", [try apply(M, nonexist, []) catch error:E -> E end]),
    io:format("~p~n", [try (id(lists)):nonexist(1) catch error:E2 -> E2 end]),
    ok.
