%% Signals between processes running in parallel on several schedulers:
%% ordering between a pair, exit/kill seen by is_process_alive and
%% process_info right after, process_info of a process that is busy
%% computing, link/monitor races with exiting processes, unlink and
%% demonitor guarantees. Prints only facts that do not depend on timing.
-module(proc_signals_parallel).
-export([main/0]).

main() ->
    pair_order(),
    kill_then_alive(),
    info_of_busy(),
    link_to_exiting(),
    monitor_many(),
    unlink_guarantee(),
    demonitor_flush(),
    group_leader_busy(),
    ok.

%% Messages from 8 parallel senders each arrive in their own order.
pair_order() ->
    Self = self(),
    N = 20000,
    Senders = [spawn(fun() -> [Self ! {I, K} || K <- lists:seq(1, N)] end)
               || I <- lists:seq(1, 8)],
    Ok = check_order(maps:from_list([{I, 1} || I <- lists:seq(1, 8)]), 8 * N),
    io:format("pair order kept: ~p (~p senders)~n", [Ok, length(Senders)]).

check_order(_, 0) -> true;
check_order(Next, Left) ->
    receive
        {I, K} ->
            case maps:get(I, Next) of
                K -> check_order(Next#{I := K + 1}, Left - 1);
                _ -> false
            end
    end.

%% An exit signal we sent is seen by our next is_process_alive/1.
kill_then_alive() ->
    Results = [begin
                   P = spawn(fun() -> spin(0) end),
                   exit(P, kill),
                   is_process_alive(P)
               end || _ <- lists:seq(1, 200)],
    io:format("alive after kill: ~p~n", [lists:usort(Results)]),
    P2 = spawn(fun() -> receive never -> ok end end),
    exit(P2, shutdown),
    io:format("process_info after exit: ~p~n", [process_info(P2, status)]).

spin(N) -> spin(N + 1).

%% process_info of a process that is running on another scheduler.
info_of_busy() ->
    Busy = [spawn(fun() -> spin(0) end) || _ <- lists:seq(1, 4)],
    Infos = [element(1, process_info(P, reductions)) || P <- Busy,
                                                        _ <- lists:seq(1, 50)],
    Dicts = [process_info(P, dictionary) || P <- Busy],
    [exit(P, kill) || P <- Busy],
    io:format("busy info: ~p ~p~n", [lists:usort(Infos), lists:usort(Dicts)]).

%% Linking to a process that is exiting: we always hear about it, with its
%% reason or noproc, and never hang.
link_to_exiting() ->
    process_flag(trap_exit, true),
    Reasons = [begin
                   P = spawn(fun() -> exit(boom) end),
                   catch link(P),
                   receive
                       {'EXIT', P, R} -> R
                   after 2000 -> no_exit
                   end
               end || _ <- lists:seq(1, 300)],
    process_flag(trap_exit, false),
    io:format("link to exiting: ~p~n", [lists:usort(Reasons) -- [boom, noproc]]).

%% Many monitors on processes ending at the same time.
monitor_many() ->
    Ps = [spawn(fun() -> receive go -> exit(done) end end) || _ <- lists:seq(1, 1000)],
    Refs = [monitor(process, P) || P <- Ps],
    [P ! go || P <- Ps],
    Reasons = [receive {'DOWN', R, process, _, Why} -> Why end || R <- Refs],
    io:format("monitors: ~p x ~p~n", [length(Reasons), lists:usort(Reasons)]),
    Late = [begin
                P = spawn(fun() -> ok end),
                R = monitor(process, P),
                receive {'DOWN', R, process, P, W} -> W end
            end || _ <- lists:seq(1, 300)],
    io:format("monitor short-lived: ~p~n", [lists:usort(Late) -- [normal, noproc]]).

%% After unlink/1 returns, the old link's exit never takes effect.
unlink_guarantee() ->
    Outcomes = [begin
                    Self = self(),
                    P = spawn(fun() -> link(Self), Self ! linked,
                                       receive go -> exit(bad) end end),
                    receive linked -> ok end,
                    unlink(P),
                    P ! go,
                    Ref = monitor(process, P),
                    receive {'DOWN', Ref, process, P, _} -> ok end,
                    survived
                end || _ <- lists:seq(1, 200)],
    io:format("unlink: ~p~n", [lists:usort(Outcomes)]).

%% demonitor with flush leaves no 'DOWN' behind; info tells whether the
%% monitor was still active.
demonitor_flush() ->
    R = [begin
             P = spawn(fun() -> ok end),
             Ref = monitor(process, P),
             timer:sleep(1),
             Active = demonitor(Ref, [flush, info]),
             receive {'DOWN', Ref, _, _, _} -> leaked after 0 -> {clean, Active} end
         end || _ <- lists:seq(1, 50)],
    io:format("demonitor flush: ~p~n", [lists:usort(R)]).

%% group_leader/2 on a process running elsewhere.
group_leader_busy() ->
    GL = group_leader(),
    P = spawn(fun() -> spin(0) end),
    Other = spawn(fun() -> receive never -> ok end end),
    true = group_leader(Other, P),
    {group_leader, G} = process_info(P, group_leader),
    io:format("group leader set while busy: ~p~n", [G =:= Other]),
    group_leader(GL, P),
    exit(P, kill),
    exit(Other, kill).
