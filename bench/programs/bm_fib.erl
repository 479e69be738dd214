%% Naive doubly recursive fib(27), computed 100 times (fib(27) once is a
%% few milliseconds on erl's JIT, below the noise of VM startup).
-module(bm_fib).
-export([main/0]).

-define(N, 27).
-define(REPS, 100).

main() ->
    T0 = erlang:monotonic_time(microsecond),
    Sum = reps(?REPS, 0),
    T1 = erlang:monotonic_time(microsecond),
    io:format("#time_us ~p~n", [T1 - T0]),
    io:format("fib n=~p reps=~p sum=~p~n", [?N, ?REPS, Sum]).

reps(0, Acc) -> Acc;
reps(K, Acc) -> reps(K - 1, Acc + fib(?N)).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).
