%% A ring of 10,000 processes; a token goes round 100 times, then every
%% process is stopped through its link with the starter's exit.
-module(stress_ring).
-export([main/0]).

-define(N, 10000).
-define(LAPS, 100).

main() ->
    Self = self(),
    First = spawn(fun() -> first(Self) end),
    receive {ring_ready, First} -> ok end,
    First ! {token, 0},
    receive
        {done, Hops} -> io:format("ring of ~p, ~p laps: ~p hops~n", [?N, ?LAPS, Hops])
    end,
    Ref = monitor(process, First),
    exit(First, shutdown),
    receive {'DOWN', Ref, process, _, Why} -> io:format("first ended: ~p~n", [Why]) end,
    wait_gone(100).

first(Parent) ->
    Next = build(?N - 1, self()),
    Parent ! {ring_ready, self()},
    first_loop(Parent, Next, 0).

first_loop(Parent, Next, Laps) ->
    receive
        {token, Hops} when Laps + 1 =:= ?LAPS ->
            Parent ! {done, Hops + 1},
            receive after infinity -> ok end;
        {token, Hops} ->
            Next ! {token, Hops + 1},
            first_loop(Parent, Next, Laps + 1)
    end.

%% Each member is linked to its successor, so one exit takes the ring down.
build(0, First) -> First;
build(N, First) ->
    Next = build(N - 1, First),
    spawn_link(fun() -> relay(Next) end).

relay(Next) ->
    receive {token, Hops} -> Next ! {token, Hops + 1}, relay(Next) end.

%% Every ring member goes down with the first: only the few boot processes
%% stay.
wait_gone(0) -> io:format("ring still alive~n");
wait_gone(Tries) ->
    case erlang:system_info(process_count) < 50 of
        true -> io:format("ring gone~n");
        false -> timer:sleep(20), wait_gone(Tries - 1)
    end.
