-module(op_make_fun_call_fun).
-export([main/0, ext/1, apply_n/3, call_unknown/2, call_any/2]).

%% Targets make_fun3 (funs with and without free variables), call_fun,
%% call_fun2 (local funs called directly, unknown funs), is_function2.

ext(X) -> {ext, X}.

apply_n(_F, 0, X) -> X;
apply_n(F, N, X) -> apply_n(F, N - 1, F(X)).

call_unknown(F, A) when is_function(F, 1) -> F(A);
call_unknown(F, A) when is_function(F, 2) -> F(A, A);
call_unknown(_, _) -> not_callable.

call_any(F, Args) -> {called, F(Args)}.

main() ->
    K = 7,
    AddK = fun(X) -> X + K end,
    NoEnv = fun(X) -> X * 2 end,
    Multi = fun(A, B, C) -> [A, B, C, K] end,
    io:format("~p~n", [apply_n(AddK, 5, 0)]),
    io:format("~p~n", [apply_n(NoEnv, 10, 1)]),
    io:format("~p~n", [Multi(1, 2, 3)]),
    io:format("~p~n", [(fun ext/1)(x)]),
    io:format("~p~n", [(fun ?MODULE:ext/1)(y)]),
    io:format("~p~n", [[call_unknown(F, 5) || F <- [AddK, fun erlang:'*'/2, not_fun, fun ext/1]]]),
    io:format("~p~n", [call_any(fun(L) -> length(L) end, [a, b])]),
    io:format("~p~n", [try call_any(fun(A, B) -> {A, B} end, x) catch error:{badarity, {_, As}} -> {badarity, As} end]),
    Counter = fun Loop(0, Acc) -> Acc; Loop(N, Acc) -> Loop(N - 1, [N | Acc]) end,
    io:format("~p~n", [Counter(5, [])]),
    Adders = [fun(X) -> X + N end || N <- [10, 20, 30]],
    io:format("~p~n", [[A(1) || A <- Adders]]),
    io:format("~p~n", [erlang:fun_info(AddK, arity)]),
    ok.
