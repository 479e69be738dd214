%% 1,000,000 processes alive at the same time, each waiting for a message;
%% then every one is told to stop and reports back. Counts must be exact.
-module(stress_million).
-export([main/0]).

-define(N, 1000000).

main() ->
    Self = self(),
    Pids = spawn_all(?N, Self, []),
    Alive = erlang:system_info(process_count),
    io:format("spawned ~p, at least ~p alive: ~p~n", [length(Pids), ?N, Alive >= ?N]),
    [P ! stop || P <- Pids],
    Done = collect(?N, 0),
    io:format("stopped ~p~n", [Done]).

spawn_all(0, _, Acc) -> Acc;
spawn_all(N, Parent, Acc) ->
    P = spawn(fun() -> receive stop -> Parent ! done end end),
    spawn_all(N - 1, Parent, [P | Acc]).

collect(0, Count) -> Count;
collect(N, Count) -> receive done -> collect(N - 1, Count + 1) end.
