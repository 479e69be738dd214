-module(proc_monitors).
-export([main/0]).

main() ->
    {P1, M1} = spawn_monitor(fun() -> exit(done) end),
    receive {'DOWN', M1, process, P1, R1} -> io:format("~p~n", [R1]) end,
    {P2, M2} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', M2, process, P2, R2} -> io:format("~p~n", [R2]) end,
    {P3, M3} = spawn_monitor(fun() -> 1 = 2 end),
    receive {'DOWN', M3, process, P3, {R3, _Stack}} -> io:format("~p~n", [R3]) end,
    P4 = spawn(fun() -> receive stop -> ok end end),
    M4 = monitor(process, P4),
    P4 ! stop,
    receive {'DOWN', M4, process, P4, R4} -> io:format("~p~n", [R4]) end,
    M5 = monitor(process, P4),
    receive {'DOWN', M5, process, P4, R5} -> io:format("~p~n", [R5]) end,
    P6 = spawn(fun() -> receive stop -> ok end end),
    M6 = monitor(process, P6),
    io:format("~p~n", [demonitor(M6)]),
    P6 ! stop,
    R6 = receive {'DOWN', M6, _, _, _} -> got_down after 50 -> no_down end,
    io:format("~p~n", [R6]),
    P7 = spawn(fun() -> receive stop -> ok end end),
    M7 = monitor(process, P7),
    exit(P7, kill),
    receive {'DOWN', M7, process, P7, R7} -> io:format("~p~n", [R7]) end,
    io:format("~p~n", [demonitor(M7, [flush, info])]),
    ok.
