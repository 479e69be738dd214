%% Spawn + reply: 100,000 times, spawn a process that sends one message
%% back to its parent and exits; the parent waits for each reply.
-module(bm_spawn).
-export([main/0]).

-define(N, 100000).

main() ->
    T0 = erlang:monotonic_time(microsecond),
    Sum = loop(?N, self(), 0),
    T1 = erlang:monotonic_time(microsecond),
    io:format("#time_us ~p~n", [T1 - T0]),
    io:format("spawn n=~p sum=~p~n", [?N, Sum]).

loop(0, _Parent, Sum) ->
    Sum;
loop(I, Parent, Sum) ->
    spawn(fun() -> Parent ! {reply, I * 3} end),
    receive
        {reply, V} -> loop(I - 1, Parent, Sum + V)
    end.
