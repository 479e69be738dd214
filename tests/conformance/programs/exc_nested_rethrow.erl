-module(exc_nested_rethrow).
-export([main/0]).

level3(X) -> if X > 2 -> throw({too_big, X}); true -> X end.
level2(X) ->
    try level3(X)
    catch throw:{too_big, V} when V > 5 -> throw({wrapped, V})
    end.
level1(X) ->
    try level2(X)
    catch
        throw:{wrapped, V} -> {l1_wrapped, V};
        throw:Other -> {l1_other, Other}
    end.

rethrow(C, R) ->
    try erlang:raise(C, R, [])
    catch C2:R2 -> {C2, R2}
    end.

main() ->
    io:format("~p~n", [[level1(X) || X <- [1, 2, 3, 6, 10]]]),
    io:format("~p~n", [rethrow(throw, a)]),
    io:format("~p~n", [rethrow(error, b)]),
    io:format("~p~n", [rethrow(exit, c)]),
    R = try
            try error(first)
            catch error:first:St -> erlang:raise(error, {again, first}, St)
            end
        catch error:E -> E
        end,
    io:format("~p~n", [R]),
    R2 = try
             try throw(x)
             catch Class:Reason -> erlang:raise(Class, {re, Reason}, [])
             end
         catch throw:T -> {outer, T}
         end,
    io:format("~p~n", [R2]),
    R3 = try erlang:raise(bad_class, r, []) catch C:E3 -> {C, E3} end,
    io:format("~p~n", [R3]),
    R4 = try erlang:raise(error, r, not_a_stack) catch C4:E4 -> {C4, E4} end,
    io:format("~p~n", [R4]),
    ok.
