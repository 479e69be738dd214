%% max_heap_size: a process whose heap grows past its limit is killed with
%% the untrappable reason `killed` (links and monitors see `killed`); with
%% kill => false it runs on. Only exit reasons and booleans are printed:
%% the exact moment of the kill depends on the VM's heap sizes.
-module(gc_max_heap_kill).
-export([main/0]).

-define(LIMIT, #{size => 2000, error_logger => false}).

%% Builds a list far larger than 2000 words, then exits `finished`.
grow() -> grow(200000, []).
grow(0, Acc) -> exit({finished, length(Acc)});
grow(N, Acc) -> grow(N - 1, [N | Acc]).

main() ->
    process_flag(trap_exit, true),
    %% A link: the parent (trapping exits) gets {'EXIT', P, killed}.
    P1 = spawn_opt(fun grow/0, [link, {max_heap_size, ?LIMIT}]),
    receive {'EXIT', P1, R1} -> io:format("link: ~p~n", [R1]) end,
    %% A monitor: {'DOWN', Ref, process, P, killed}.
    {P2, M2} = spawn_opt(fun grow/0, [monitor, {max_heap_size, ?LIMIT}]),
    receive {'DOWN', M2, process, P2, R2} -> io:format("monitor: ~p~n", [R2]) end,
    %% Untrappable, and catch does not help; set with process_flag/2.
    {P3, M3} = spawn_monitor(fun() ->
                                     process_flag(trap_exit, true),
                                     _ = process_flag(max_heap_size, ?LIMIT),
                                     try grow() catch _:_ -> exit(caught) end
                             end),
    receive {'DOWN', M3, process, P3, R3} -> io:format("trapping, catching: ~p~n", [R3]) end,
    %% A linked process that does not trap exits dies with it.
    Self = self(),
    {P4, M4} = spawn_monitor(fun() ->
                                     Child = spawn_link(fun() -> receive never -> ok end end),
                                     Self ! {child, Child},
                                     receive go -> ok end,
                                     _ = process_flag(max_heap_size, ?LIMIT),
                                     grow()
                             end),
    Child = receive {child, C} -> C end,
    CM = monitor(process, Child),
    P4 ! go,
    receive {'DOWN', M4, process, P4, R4} -> io:format("owner: ~p~n", [R4]) end,
    receive {'DOWN', CM, process, Child, RC} -> io:format("linked child: ~p~n", [RC]) end,
    %% kill => false: it is only reported (here not even that) and finishes.
    {P5, M5} = spawn_opt(fun grow/0,
                         [monitor, {max_heap_size, #{size => 2000, kill => false,
                                                     error_logger => false}}]),
    receive {'DOWN', M5, process, P5, R5} -> io:format("kill => false: ~p~n", [R5]) end,
    %% A generous limit, or none: normal completion.
    {P6, M6} = spawn_opt(fun grow/0, [monitor, {max_heap_size, 100000000}]),
    receive {'DOWN', M6, process, P6, R6} -> io:format("large limit: ~p~n", [R6]) end,
    {P7, M7} = spawn_opt(fun grow/0, [monitor, {max_heap_size, 0}]),
    receive {'DOWN', M7, process, P7, R7} -> io:format("no limit: ~p~n", [R7]) end,
    %% The default report (error_logger => true) goes to the logger, not
    %% to stdout; the process is killed all the same.
    {P8, M8} = spawn_opt(fun grow/0, [monitor, {max_heap_size, 2000}]),
    receive {'DOWN', M8, process, P8, R8} -> io:format("logged: ~p~n", [R8]) end,
    %% The killed processes are gone; this one is not affected.
    io:format("alive: ~p ~p~n", [is_process_alive(P1), is_process_alive(self())]),
    receive {'EXIT', _, _} = E -> io:format("unexpected ~p~n", [E]) after 100 -> ok end,
    ok.
