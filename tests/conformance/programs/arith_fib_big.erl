-module(arith_fib_big).
-export([main/0]).

fib(N) -> fib(N, 0, 1).
fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).

isqrt(N) when N < 2 -> N;
isqrt(N) -> isqrt_iter(N, N).
isqrt_iter(N, X) ->
    Y = (X + N div X) div 2,
    if Y >= X -> X; true -> isqrt_iter(N, Y) end.

powmod(_, 0, _) -> 1;
powmod(B, E, M) when E rem 2 =:= 0 -> H = powmod(B, E div 2, M), (H * H) rem M;
powmod(B, E, M) -> (B * powmod(B, E - 1, M)) rem M.

gcd(A, 0) -> A;
gcd(A, B) -> gcd(B, A rem B).

main() ->
    [io:format("fib(~p) = ~p~n", [N, fib(N)]) || N <- [10, 50, 90, 91, 92, 93, 100, 200]],
    F500 = fib(500),
    io:format("~p~n", [F500]),
    io:format("~p~n", [isqrt(F500)]),
    io:format("~p~n", [isqrt(1 bsl 200)]),
    io:format("~p~n", [powmod(3, 1000, 1000000007)]),
    io:format("~p~n", [powmod(2, 521, 1 bsl 600)]),
    io:format("~p~n", [gcd(fib(300), fib(200))]),
    io:format("~p~n", [gcd(1 bsl 90 * 3, 1 bsl 70 * 9)]),
    io:format("~p~n", [(1 bsl 127 - 1) rem 1000000]),
    ok.
