-module(op_catch_instr).
-export([main/0, c1/1, c2/1, c3/1, rethrow/1, with_stack/1, reraise/1, try_of/1]).

reraise(F) -> try F() catch C:R:St -> erlang:raise(C, {reraised, R}, St) end.

try_of(F) -> try F() of 1 -> one catch _:_ -> caught end.
%% Targets catch / catch_end, try / try_end / try_case / try_case_end,
%% raise, build_stacktrace, raw_raise.

id(X) -> X.

c1(X) -> catch id(X).
c2(X) -> (catch throw(X)) + 0.
c3(X) -> case catch 10 div X of {'EXIT', {R, _}} -> {error, R}; V -> {ok, V} end.

rethrow(F) ->
    try F()
    catch
        throw:keep -> kept
    end.

with_stack(F) ->
    try F()
    catch Class:Reason:Stack ->
            {Class, Reason, length(Stack) > 0}
    end.

main() ->
    io:format("~p~n", [c1(5)]),
    io:format("~p~n", [try c2(a) catch error:E -> {c2_error, E} end]),
    io:format("~p~n", [c2(4)]),
    io:format("~p~n", [[c3(X) || X <- [2, 0, a]]]),
    io:format("~p~n", [rethrow(fun() -> throw(keep) end)]),
    io:format("~p~n", [try rethrow(fun() -> throw(other) end) catch throw:T -> {outer, T} end]),
    io:format("~p~n", [try rethrow(fun() -> error(bad) end) catch error:E2 -> {outer, E2} end]),
    io:format("~p~n", [with_stack(fun() -> error(x) end)]),
    io:format("~p~n", [try reraise(fun() -> throw(t) end) catch throw:RR -> RR end]),
    io:format("~p~n", [try_of(fun() -> 1 end)]),
    io:format("~p~n", [try_of(fun() -> error(e) end)]),
    io:format("~p~n", [try try_of(fun() -> 2 end) catch error:TC -> TC end]),
    io:format("~p~n", [with_stack(fun() -> exit(y) end)]),
    ok.
