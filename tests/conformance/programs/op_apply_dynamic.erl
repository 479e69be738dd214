-module(op_apply_dynamic).
-export([main/0, handler/2, double/1, rev_after/1]).

rev_after(X) ->
    Y = id(X),
    lists:reverse(Y).
%% Targets apply / apply_last (M:F(Args) with variable M and F), call_ext,
%% call_ext_last, call_ext_only.

id(X) -> X.

handler(Op, Arg) -> {handled, Op, Arg}.
double(X) -> X * 2.

dispatch(M, F, A) -> M:F(A).

dispatch_nontail(M, F, A) ->
    R = M:F(A),
    {result, R}.

dispatch2(M, F, A, B) -> M:F(A, B).

main() ->
    M = id(?MODULE),
    io:format("~p~n", [rev_after([1, 2, 3])]),
    io:format("~p~n", [dispatch(M, double, 21)]),
    io:format("~p~n", [dispatch_nontail(M, double, 5)]),
    io:format("~p~n", [dispatch(id(lists), reverse, [1, 2, 3])]),
    io:format("~p~n", [dispatch2(M, handler, get, "/path")]),
    io:format("~p~n", [dispatch2(id(erlang), '+', 2, 3)]),
    io:format("~p~n", [dispatch_nontail(id(string), uppercase, "abc")]),
    io:format("~p~n", [try dispatch(M, nosuch, 1) catch error:E -> E end]),
    io:format("~p~n", [try dispatch(id(42), f, 1) catch error:E2 -> E2 end]),
    io:format("~p~n", [[apply(M, F, [3]) || F <- [double]]]),
    Fs = [{lists, sum}, {lists, max}, {erlang, length}],
    io:format("~p~n", [[Mod:Fun([4, 5, 6]) || {Mod, Fun} <- Fs]]),
    ok.
