-module(op_swap_regs).
-export([main/0]).
%% Targets swap: calls that pass their arguments in exchanged order.

sub(A, B) -> A - B.
swap_call(X, Y) -> sub(Y, X).
rot3(A, B, C) -> triple(C, A, B).
triple(A, B, C) -> {A, B, C}.

gcd(A, 0) -> A;
gcd(A, B) -> gcd(B, A rem B).

loop(0, A, B) -> {A, B};
loop(N, A, B) -> loop(N - 1, B, A + B).

main() ->
    io:format("~p~n", [swap_call(10, 3)]),
    io:format("~p~n", [rot3(a, b, c)]),
    io:format("~p~n", [gcd(1071, 462)]),
    io:format("~p~n", [loop(30, 0, 1)]),
    io:format("~p~n", [lists:foldl(fun(X, {A, B}) -> {B + X, A} end, {0, 0}, lists:seq(1, 10))]),
    ok.
