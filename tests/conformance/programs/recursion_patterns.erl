-module(recursion_patterns).
-export([main/0]).

sum_tail([], Acc) -> Acc;
sum_tail([H | T], Acc) -> sum_tail(T, Acc + H).

sum_body([]) -> 0;
sum_body([H | T]) -> H + sum_body(T).

ackermann(0, N) -> N + 1;
ackermann(M, 0) -> ackermann(M - 1, 1);
ackermann(M, N) -> ackermann(M - 1, ackermann(M, N - 1)).

hanoi(0, _, _, _, Acc) -> Acc;
hanoi(N, From, To, Via, Acc) ->
    Acc1 = hanoi(N - 1, From, Via, To, Acc),
    hanoi(N - 1, Via, To, From, [{From, To} | Acc1]).

is_even(0) -> true;
is_even(N) -> is_odd(N - 1).
is_odd(0) -> false;
is_odd(N) -> is_even(N - 1).

collatz(1, Steps) -> Steps;
collatz(N, Steps) when N rem 2 =:= 0 -> collatz(N div 2, Steps + 1);
collatz(N, Steps) -> collatz(3 * N + 1, Steps + 1).

main() ->
    L = lists:seq(1, 10000),
    io:format("~p ~p~n", [sum_tail(L, 0), sum_body(L)]),
    io:format("~p~n", [ackermann(2, 3)]),
    io:format("~p~n", [ackermann(3, 3)]),
    Moves = lists:reverse(hanoi(4, a, c, b, [])),
    io:format("~p ~p~n", [length(Moves), Moves]),
    io:format("~p ~p~n", [is_even(1001), is_odd(1001)]),
    io:format("~p~n", [[collatz(N, 0) || N <- lists:seq(1, 30)]]),
    io:format("~p~n", [lists:max([{collatz(N, 0), N} || N <- lists:seq(1, 3000)])]),
    ok.
