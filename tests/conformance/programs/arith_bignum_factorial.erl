-module(arith_bignum_factorial).
-export([main/0]).

fact(0) -> 1;
fact(N) when N > 0 -> N * fact(N - 1).

digits(0, Acc) -> Acc;
digits(N, Acc) -> digits(N div 10, Acc + N rem 10).

main() ->
    [io:format("~p! = ~p~n", [N, fact(N)]) || N <- [0, 1, 5, 10, 20, 21, 25, 30]],
    F100 = fact(100),
    io:format("~p~n", [F100]),
    io:format("digits ~p sum ~p~n", [length(integer_to_list(F100)), digits(F100, 0)]),
    F300 = fact(300),
    io:format("~p~n", [length(integer_to_list(F300))]),
    io:format("~p~n", [F300 div fact(298)]),
    io:format("~p~n", [F300 rem 1000000007]),
    io:format("~p~n", [fact(52) div (fact(5) * fact(47))]),
    io:format("~s~n", [integer_to_list(fact(40), 36)]),
    io:format("~p~n", [fact(1000) rem 123456789123456789]),
    ok.
