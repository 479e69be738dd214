-module(proc_timeouts).
-export([main/0]).

wait_for(Tag, T) ->
    receive {Tag, V} -> {got, V}
    after T -> timeout
    end.

main() ->
    io:format("~p~n", [wait_for(x, 0)]),
    io:format("~p~n", [wait_for(x, 20)]),
    self() ! {x, 1},
    io:format("~p~n", [wait_for(x, 0)]),
    Self = self(),
    spawn(fun() -> timer:sleep(30), Self ! {delayed, yes} end),
    io:format("~p~n", [wait_for(delayed, 5000)]),
    erlang:send_after(10, self(), {timer_msg, 1}),
    io:format("~p~n", [wait_for(timer_msg, 5000)]),
    TRef = erlang:send_after(10000, self(), {never, 1}),
    Left = erlang:cancel_timer(TRef),
    io:format("~p~n", [is_integer(Left)]),
    io:format("~p~n", [wait_for(never, 20)]),
    erlang:start_timer(5, self(), tick),
    R = receive {timeout, _Ref, tick} -> tick_received after 5000 -> no_tick end,
    io:format("~p~n", [R]),
    timer:sleep(1),
    self() ! {x, 2},
    Inf = receive {x, V2} -> V2 after infinity -> bad end,
    io:format("~p~n", [Inf]),
    ok.
