-module(app_prime_sieve).
-export([main/0]).

sieve(N) ->
    A = lists:foldl(fun(I, Arr) ->
                            case array:get(I, Arr) of
                                true -> mark(I * I, I, N, Arr);
                                false -> Arr
                            end
                    end, array:new(N + 1, {default, true}), lists:seq(2, isqrt(N))),
    [I || I <- lists:seq(2, N), array:get(I, A)].

mark(J, _, N, Arr) when J > N -> Arr;
mark(J, I, N, Arr) -> mark(J + I, I, N, array:set(J, false, Arr)).

isqrt(N) -> trunc(math:sqrt(N)).

primes_lc(N) -> [P || P <- lists:seq(2, N), lists:all(fun(D) -> P rem D =/= 0 end, lists:seq(2, isqrt(P)))].

factor(N) -> factor(N, 2, []).
factor(1, _, Acc) -> lists:reverse(Acc);
factor(N, D, Acc) when D * D > N -> lists:reverse([N | Acc]);
factor(N, D, Acc) when N rem D =:= 0 -> factor(N div D, D, [D | Acc]);
factor(N, D, Acc) -> factor(N, D + 1, Acc).

main() ->
    P = sieve(2000),
    io:format("~p primes, last ~p~n", [length(P), lists:last(P)]),
    io:format("~w~n", [lists:sublist(P, 30)]),
    io:format("~p~n", [primes_lc(100) =:= lists:takewhile(fun(X) -> X =< 100 end, P)]),
    io:format("~p~n", [[factor(N) || N <- [360, 97, 1001, 65536, 999999, 600851475143]]]),
    io:format("~p~n", [factor(1 bsl 31 - 1)]),
    ok.
