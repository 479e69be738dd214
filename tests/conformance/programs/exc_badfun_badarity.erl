-module(exc_badfun_badarity).
-export([main/0]).

id(X) -> X.

main() ->
    F = id(fun(A, B) -> A + B end),
    R1 = try F(1) catch error:{badarity, {Fun, Args}} -> {badarity, is_function(Fun), Args} end,
    io:format("~p~n", [R1]),
    R2 = try (id(42))(1) catch error:E2 -> E2 end,
    io:format("~p~n", [R2]),
    R3 = try (id({a, b}))() catch error:E3 -> E3 end,
    io:format("~p~n", [R3]),
    R4 = try apply(id(F), [1, 2, 3]) catch error:{badarity, {_, A4}} -> {badarity, A4} end,
    io:format("~p~n", [R4]),
    R5 = try apply(id(atom_not_fun), [1]) catch error:E5 -> E5 end,
    io:format("~p~n", [R5]),
    G = id(fun lists:reverse/1),
    R6 = try G(a, b) catch error:{badarity, {_, A6}} -> {badarity, A6} end,
    io:format("~p~n", [R6]),
    R7 = try (id(fun erlang:length/1))(notalist) catch error:E7 -> E7 end,
    io:format("~p~n", [R7]),
    io:format("~p~n", [F(2, 3)]),
    ok.
