%% Parallel CPU work for scheduler scaling: 8 independent processes each
%% compute fib(27) ten times; the parent waits for all of them.
-module(bm_parallel).
-export([main/0]).

-define(WORKERS, 8).
-define(REPS, 10).

main() ->
    T0 = erlang:monotonic_time(microsecond),
    Sum = run(),
    T1 = erlang:monotonic_time(microsecond),
    io:format("#time_us ~p~n", [T1 - T0]),
    io:format("parallel workers=~p sum=~p~n", [?WORKERS, Sum]).

run() ->
    Self = self(),
    [spawn(fun() -> Self ! {done, work(?REPS, 0)} end)
     || _ <- lists:seq(1, ?WORKERS)],
    collect(?WORKERS, 0).

collect(0, Sum) ->
    Sum;
collect(K, Sum) ->
    receive
        {done, V} -> collect(K - 1, Sum + V)
    end.

work(0, Acc) -> Acc;
work(K, Acc) -> work(K - 1, Acc + fib(27)).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).
