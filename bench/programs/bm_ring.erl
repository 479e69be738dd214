%% Message ring: 1000 processes in a ring pass one token 1000 laps
%% (1,000,000 messages in all).
-module(bm_ring).
-export([main/0]).

-define(PROCS, 1000).
-define(LAPS, 1000).

main() ->
    T0 = erlang:monotonic_time(microsecond),
    Visits = run(?PROCS, ?LAPS),
    T1 = erlang:monotonic_time(microsecond),
    io:format("#time_us ~p~n", [T1 - T0]),
    io:format("ring procs=~p laps=~p messages=~p first_visits=~p~n",
              [?PROCS, ?LAPS, ?PROCS * ?LAPS, Visits]).

run(N, Laps) ->
    Self = self(),
    %% Build a chain P1 -> P2 -> ... -> PN -> P1.
    First = spawn(fun() -> first(Self) end),
    Last = chain(N - 1, First),
    First ! {next, Last},
    First ! {token, N * Laps},
    receive
        {done, Visits} ->
            First ! stop,
            Visits
    end.

chain(0, Next) ->
    Next;
chain(K, Next) ->
    P = spawn(fun() -> relay(Next) end),
    chain(K - 1, P).

first(Parent) ->
    receive
        {next, Next} -> first_loop(Parent, Next, 0)
    end.

first_loop(Parent, Next, Count) ->
    receive
        {token, 0} ->
            Parent ! {done, Count + 1},
            wait_stop(Next);
        {token, K} ->
            Next ! {token, K - 1},
            first_loop(Parent, Next, Count + 1)
    end.

wait_stop(Next) ->
    receive
        stop -> Next ! stop
    end.

relay(Next) ->
    receive
        {token, K} ->
            Next ! {token, K - 1},
            relay(Next);
        stop ->
            Next ! stop
    end.
