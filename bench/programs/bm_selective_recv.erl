%% Selective receive: a process keeps 1000 unmatched messages queued and
%% then, 50,000 times, receives a message that sits behind all of them
%% (each receive scans the 1000 queued messages).
-module(bm_selective_recv).
-export([main/0]).

-define(QUEUED, 1000).
-define(ROUNDS, 50000).

main() ->
    T0 = erlang:monotonic_time(microsecond),
    {Sum, Left} = run(),
    T1 = erlang:monotonic_time(microsecond),
    io:format("#time_us ~p~n", [T1 - T0]),
    io:format("selective_recv queued=~p rounds=~p sum=~p left=~p~n",
              [?QUEUED, ?ROUNDS, Sum, Left]).

run() ->
    Self = self(),
    [Self ! {junk, I} || I <- lists:seq(1, ?QUEUED)],
    Echo = spawn(fun echo/0),
    Sum = loop(Echo, ?ROUNDS, 0),
    Echo ! stop,
    {Sum, drain(0)}.

%% The reply is matched on its tag, so the receive cannot skip the queued
%% {junk, _} messages (no reference-marker optimisation applies).
loop(_Echo, 0, Sum) ->
    Sum;
loop(Echo, K, Sum) ->
    Echo ! {req, self(), K},
    receive
        {reply, V} -> loop(Echo, K - 1, Sum + V)
    end.

echo() ->
    receive
        {req, From, K} ->
            From ! {reply, K rem 7},
            echo();
        stop ->
            ok
    end.

drain(N) ->
    receive
        {junk, _} -> drain(N + 1)
    after 0 ->
        N
    end.
