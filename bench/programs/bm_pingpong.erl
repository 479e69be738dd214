%% Ping-pong: two processes bounce a message back and forth 500,000 times
%% (1,000,000 messages).
-module(bm_pingpong).
-export([main/0]).

-define(ROUNDS, 500000).

main() ->
    T0 = erlang:monotonic_time(microsecond),
    Sum = run(?ROUNDS),
    T1 = erlang:monotonic_time(microsecond),
    io:format("#time_us ~p~n", [T1 - T0]),
    io:format("pingpong rounds=~p sum=~p~n", [?ROUNDS, Sum]).

run(Rounds) ->
    Pong = spawn(fun pong/0),
    Sum = ping(Pong, Rounds, 0),
    Pong ! stop,
    Sum.

ping(_Pong, 0, Sum) ->
    Sum;
ping(Pong, K, Sum) ->
    Pong ! {ping, self(), K},
    receive
        {pong, V} -> ping(Pong, K - 1, Sum + V)
    end.

pong() ->
    receive
        {ping, From, K} ->
            From ! {pong, K band 255},
            pong();
        stop ->
            ok
    end.
