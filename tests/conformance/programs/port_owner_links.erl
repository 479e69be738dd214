%% A port is linked to its owner (the connected process): the owner's exit
%% closes it, its close reaches the owner's links, exit/2 and bad messages
%% close it, port_connect/2 and {Pid, {connect, New}} change the owner.
-module(port_owner_links).
-export([main/0]).

wait_down(Ref) ->
    receive {'DOWN', Ref, port, _, Reason} -> Reason after 5000 -> timeout end.

wait_exit(Port) ->
    receive {'EXIT', Port, Reason} -> Reason after 5000 -> timeout end.

catch_error(F) ->
    try F() catch C:R -> {C, R} end.

open_in_process(ExitHow) ->
    Self = self(),
    Pid = spawn(fun() ->
                        Port = open_port({spawn, "cat"}, []),
                        Self ! {port, Port},
                        receive go -> ok end,
                        case ExitHow of
                            normal -> ok;
                            crash -> exit(crashed);
                            hang -> receive after infinity -> ok end
                        end
                end),
    receive {port, Port} -> {Pid, Port} end.

main() ->
    %% The owner ends normally: the port closes (reason normal).
    {Pid1, Port1} = open_in_process(normal),
    Ref1 = erlang:monitor(port, Port1),
    io:format("monitored_by: ~p~n", [erlang:port_info(Port1, monitored_by) =:= {monitored_by, [self()]}]),
    Pid1 ! go,
    io:format("owner normal exit: ~p~n", [wait_down(Ref1)]),
    io:format("port gone: ~p~n", [erlang:port_info(Port1)]),
    %% The owner crashes: the port closes with the owner's reason.
    {Pid2, Port2} = open_in_process(crash),
    Ref2 = erlang:monitor(port, Port2),
    Pid2 ! go,
    io:format("owner crash: ~p~n", [wait_down(Ref2)]),
    %% The owner is killed.
    {Pid3, Port3} = open_in_process(hang),
    Ref3 = erlang:monitor(port, Port3),
    exit(Pid3, kill),
    io:format("owner killed: ~p~n", [wait_down(Ref3)]),
    %% Monitoring a closed port.
    Ref4 = erlang:monitor(port, Port3),
    io:format("monitor closed port: ~p~n", [wait_down(Ref4)]),
    %% A monitor that fired is gone from the watcher's monitors.
    io:format("monitors after DOWN: ~p~n", [process_info(self(), monitors)]),
    %% demonitor: no 'DOWN' afterwards.
    P5 = open_port({spawn, "cat"}, []),
    Ref5 = erlang:monitor(port, P5),
    true = erlang:demonitor(Ref5, [flush]),
    port_close(P5),
    receive {'DOWN', Ref5, _, _, _} = Down -> io:format("unexpected ~p~n", [Down])
    after 100 -> io:format("no DOWN after demonitor~n")
    end,

    process_flag(trap_exit, true),
    %% port_close: the owner (trapping exits) gets {'EXIT', Port, normal}.
    P6 = open_port({spawn, "cat"}, []),
    port_close(P6),
    io:format("port_close exit: ~p~n", [wait_exit(P6)]),
    %% exit(Port, normal) from the owner closes it ...
    P7 = open_port({spawn, "cat"}, []),
    exit(P7, normal),
    io:format("exit normal from owner: ~p~n", [wait_exit(P7)]),
    %% ... and so does exit(Port, normal) from another process, but a
    %% linked process that is not the owner ending normally does not.
    P8 = open_port({spawn, "cat"}, []),
    Linked = spawn(fun() -> link(P8), receive go -> ok end end),
    RefL = erlang:monitor(process, Linked),
    wait_until(fun() -> {links, L} = erlang:port_info(P8, links), length(L) =:= 2 end),
    Linked ! go,
    receive {'DOWN', RefL, _, _, _} -> ok end,
    receive after 50 -> ok end,
    io:format("linked other ends normally: ~p~n", [erlang:port_info(P8, name)]),
    Other = spawn(fun() -> exit(P8, normal) end),
    Ref8 = erlang:monitor(process, Other),
    receive {'DOWN', Ref8, _, _, _} -> ok end,
    io:format("exit normal from other: ~p~n", [wait_exit(P8)]),
    P8b = open_port({spawn, "cat"}, []),
    exit(P8b, kill),
    io:format("exit kill: ~p~n", [wait_exit(P8b)]),
    P9 = open_port({spawn, "cat"}, []),
    exit(P9, some_reason),
    io:format("exit other reason: ~p~n", [wait_exit(P9)]),
    %% Messages a port does not understand close it with badsig.
    P10 = open_port({spawn, "cat"}, []),
    P10 ! garbage,
    io:format("garbage: ~p~n", [wait_exit(P10)]),
    P11 = open_port({spawn, "cat"}, []),
    P11 ! {self(), {command, not_iodata}},
    io:format("bad command: ~p~n", [wait_exit(P11)]),
    P12 = open_port({spawn, "cat"}, []),
    Stranger = spawn(fun() -> receive _ -> ok end end),
    P12 ! {Stranger, {command, "x"}},
    io:format("command for another owner: ~p~n", [wait_exit(P12)]),
    %% Another process may use port_command/2 and send as the owner.
    P13 = open_port({spawn, "cat"}, []),
    Me = self(),
    spawn(fun() -> port_command(P13, "from a helper\n"), P13 ! {Me, {command, "as owner\n"}} end),
    io:format("helper data: ~p~n", [collect(P13, 23)]),
    %% {Pid, {connect, New}}: New gets the data, the old owner {Port, connected}.
    Self = self(),
    Forward = spawn(fun Loop() ->
                            receive
                                {P, {data, Fwd}} when is_port(P) -> Self ! {forwarded, Fwd}, Loop();
                                stop -> ok
                            end
                    end),
    P13 ! {self(), {connect, Forward}},
    receive {P13, connected} -> io:format("connected~n") after 5000 -> io:format("no connected~n") end,
    io:format("connected now: ~p~n", [erlang:port_info(P13, connected) =:= {connected, Forward}]),
    io:format("links after connect: ~p~n", [erlang:port_info(P13, links) =:= {links, [self()]}]),
    port_command(P13, "to the new owner\n"),
    receive {forwarded, F} -> io:format("forwarded: ~p~n", [F]) after 5000 -> io:format("not forwarded~n") end,
    %% port_connect/2 links the new owner.
    true = erlang:port_connect(P13, self()),
    io:format("port_connect: ~p~n", [erlang:port_info(P13, connected) =:= {connected, self()}]),
    port_command(P13, "back\n"),
    io:format("back: ~p~n", [collect(P13, 5)]),
    io:format("connect bad pid: ~p~n", [catch_error(fun() -> erlang:port_connect(P13, foo) end)]),
    %% link/unlink with a port.
    true = unlink(P13),
    io:format("unlinked: ~p~n", [erlang:port_info(P13, links) =:= {links, []}]),
    true = link(P13),
    io:format("linked: ~p~n", [erlang:port_info(P13, links) =:= {links, [self()]}]),
    Forward ! stop,
    true = unlink(P13),
    port_close(P13),
    receive {'EXIT', P13, _} = E -> io:format("unexpected ~p~n", [E])
    after 100 -> io:format("no exit after unlink~n")
    end,
    io:format("link closed port: ~p ~p~n", [link(P13), wait_exit(P13)]),
    io:format("port_set_data: ~p~n", [catch_error(fun() -> erlang:port_set_data(P13, x) end)]),
    P14 = open_port({spawn, "cat"}, []),
    io:format("get_data default: ~p~n", [erlang:port_get_data(P14)]),
    true = erlang:port_set_data(P14, {some, "data"}),
    io:format("get_data: ~p~n", [erlang:port_get_data(P14)]),
    port_close(P14),
    wait_exit(P14),
    ok.

wait_until(F) ->
    case F() of
        true -> ok;
        false -> receive after 5 -> wait_until(F) end
    end.

collect(Port, N) -> collect(Port, N, []).
collect(_Port, N, Acc) when N =< 0 -> lists:append(lists:reverse(Acc));
collect(Port, N, Acc) ->
    receive {Port, {data, D}} -> collect(Port, N - length(D), [D | Acc])
    after 5000 -> {timeout, lists:append(lists:reverse(Acc))}
    end.
