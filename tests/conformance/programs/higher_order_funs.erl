-module(higher_order_funs).
-export([main/0, double/1]).

double(X) -> 2 * X.

compose(F, G) -> fun(X) -> F(G(X)) end.

curry(F) -> fun(A) -> fun(B) -> F(A, B) end end.

twice(F) -> fun(X) -> F(F(X)) end.

main() ->
    Inc = fun(X) -> X + 1 end,
    Sq = fun(X) -> X * X end,
    io:format("~p~n", [(compose(Inc, Sq))(5)]),
    io:format("~p~n", [(compose(Sq, Inc))(5)]),
    Add = curry(fun(A, B) -> A + B end),
    io:format("~p~n", [(Add(3))(4)]),
    io:format("~p~n", [((twice(twice(Inc))))(0)]),
    io:format("~p~n", [lists:map(fun ?MODULE:double/1, [1, 2, 3])]),
    io:format("~p~n", [lists:map(fun double/1, [4, 5])]),
    io:format("~p~n", [lists:foldl(fun erlang:'+'/2, 0, [1, 2, 3, 4])]),
    Fs = [Inc, Sq, fun double/1, fun erlang:abs/1],
    io:format("~p~n", [[F(-3) || F <- Fs]]),
    io:format("~p~n", [lists:foldl(fun(F, Acc) -> F(Acc) end, 2, Fs)]),
    Pipeline = lists:foldr(fun compose/2, fun(X) -> X end, [Inc, Sq, Inc]),
    io:format("~p~n", [Pipeline(2)]),
    Y = fun(F) -> (fun(X) -> X(X) end)(fun(X) -> F(fun(V) -> (X(X))(V) end) end) end,
    Fact = Y(fun(Self) -> fun(0) -> 1; (N) -> N * Self(N - 1) end end),
    io:format("~p~n", [Fact(20)]),
    Fib = fun Fib(0) -> 0; Fib(1) -> 1; Fib(N) -> Fib(N - 1) + Fib(N - 2) end,
    io:format("~p~n", [[Fib(N) || N <- lists:seq(0, 15)]]),
    io:format("~p~n", [erlang:fun_info(Inc, arity)]),
    io:format("~p~n", [erlang:fun_info(fun double/1, name)]),
    io:format("~p~n", [erlang:fun_info(fun lists:map/2, module)]),
    io:format("~p~n", [erlang:fun_info(fun lists:map/2, type)]),
    io:format("~p ~p~n", [is_function(Inc), is_function(Inc, 2)]),
    ok.
