%% The timer module's server-based functions (timer_server runs under
%% kernel_sup, started on first use).
-module(kernel_timer_server).
-export([main/0, tick/2, collect/2]).

tick(To, Tag) -> To ! {tick, Tag}.

collect(0, Acc) -> lists:reverse(Acc);
collect(N, Acc) ->
    receive
        {tick, _} = T -> collect(N - 1, [T | Acc]);
        tock = T -> collect(N - 1, [T | Acc])
    after 2000 -> lists:reverse([timeout | Acc])
    end.

flush() ->
    receive M -> [M | flush()] after 0 -> [] end.

main() ->
    Self = self(),
    {ok, T1} = timer:apply_after(30, ?MODULE, tick, [Self, after_30]),
    io:format("apply_after ref: ~p~n", [is_tuple(T1) orelse is_reference(T1)]),
    io:format("got: ~p~n", [collect(1, [])]),
    io:format("server: ~p~n", [is_pid(whereis(timer_server))]),
    io:format("sup child: ~p~n",
              [lists:keymember(timer_server, 1, supervisor:which_children(kernel_sup))]),
    {ok, T2} = timer:send_after(20, tock),
    io:format("send_after: ~p~n", [collect(1, [])]),
    io:format("cancel fired: ~p~n", [timer:cancel(T2)]),
    {ok, T3} = timer:send_interval(15, tock),
    io:format("send_interval: ~p~n", [collect(3, [])]),
    io:format("cancel interval: ~p~n", [timer:cancel(T3)]),
    receive after 60 -> ok end,
    _ = flush(),
    receive after 60 -> ok end,
    io:format("after cancel: ~p~n", [flush()]),
    {ok, T4} = timer:apply_interval(15, ?MODULE, tick, [Self, interval]),
    io:format("apply_interval: ~p~n", [collect(3, [])]),
    io:format("cancel apply_interval: ~p~n", [timer:cancel(T4)]),
    receive after 60 -> ok end,
    _ = flush(),
    {ok, T5} = timer:apply_after(10000, ?MODULE, tick, [Self, never]),
    io:format("cancel pending: ~p~n", [timer:cancel(T5)]),
    {ok, T6} = timer:send_after(10000, Self, never),
    io:format("cancel pending send: ~p~n", [timer:cancel(T6)]),
    io:format("bad cancel: ~p~n", [timer:cancel(not_a_timer)]),
    io:format("bad apply_after: ~p~n", [timer:apply_after(-1, ?MODULE, tick, [Self, x])]),
    io:format("bad send_interval: ~p~n", [timer:send_interval(a, tock)]),
    Watched = spawn(fun() -> receive stop -> ok end end),
    {ok, _} = timer:send_interval(10, Watched, tock),
    Watched ! stop,
    receive after 50 -> ok end,
    io:format("interval to dead process stopped: ~p~n", [not is_process_alive(Watched)]),
    {ok, _} = timer:exit_after(20, Victim = spawn(fun() -> receive after infinity -> ok end end),
                               stop_now),
    Ref = monitor(process, Victim),
    receive {'DOWN', Ref, process, _, Why} -> io:format("exit_after: ~p~n", [Why])
    after 2000 -> io:format("exit_after: timeout~n")
    end,
    {ok, _} = timer:kill_after(20, Victim2 = spawn(fun() -> receive after infinity -> ok end end)),
    Ref2 = monitor(process, Victim2),
    receive {'DOWN', Ref2, process, _, Why2} -> io:format("kill_after: ~p~n", [Why2])
    after 2000 -> io:format("kill_after: timeout~n")
    end,
    {Micros, Val} = timer:tc(fun() -> timer:sleep(5), done end),
    io:format("tc: ~p ~p~n", [Micros >= 5000, Val]),
    io:format("left over: ~p~n", [flush()]),
    ok.
