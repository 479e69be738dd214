-module(proc_links_trap_exit).
-export([main/0]).

main() ->
    process_flag(trap_exit, true),
    P1 = spawn_link(fun() -> exit(custom_reason) end),
    receive {'EXIT', P1, R1} -> io:format("~p~n", [R1]) end,
    P2 = spawn_link(fun() -> ok end),
    receive {'EXIT', P2, R2} -> io:format("~p~n", [R2]) end,
    P3 = spawn_link(fun() -> exit({shutdown, details}) end),
    receive {'EXIT', P3, R3} -> io:format("~p~n", [R3]) end,
    P4 = spawn_link(fun() -> receive never -> ok end end),
    exit(P4, kill),
    receive {'EXIT', P4, R4} -> io:format("~p~n", [R4]) end,
    P5 = spawn_link(fun() -> receive never -> ok end end),
    exit(P5, my_signal),
    receive {'EXIT', P5, R5} -> io:format("~p~n", [R5]) end,
    Self = self(),
    P6 = spawn_link(fun() -> process_flag(trap_exit, true),
                             Self ! ready,
                             receive {'EXIT', _, Why} -> exit({trapped, Why}) end
                    end),
    receive ready -> ok end,
    exit(P6, please_stop),
    receive {'EXIT', P6, R6} -> io:format("~p~n", [R6]) end,
    P7 = spawn(fun() -> receive go -> exit(later) end end),
    link(P7),
    P7 ! go,
    receive {'EXIT', P7, R7} -> io:format("~p~n", [R7]) end,
    P8 = spawn_link(fun() -> throw(uncaught) end),
    receive {'EXIT', P8, {R8, _}} -> io:format("~p~n", [R8]) end,
    io:format("~p~n", [process_flag(trap_exit, false)]),
    ok.
