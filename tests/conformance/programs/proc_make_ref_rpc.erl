-module(proc_make_ref_rpc).
-export([main/0]).

server(State) ->
    receive
        {call, From, Ref, {add, N}} -> From ! {reply, Ref, State + N}, server(State + N);
        {call, From, Ref, get} -> From ! {reply, Ref, State}, server(State);
        {call, From, Ref, stop} -> From ! {reply, Ref, stopping}
    end.

call(Pid, Req) ->
    Ref = make_ref(),
    Pid ! {call, self(), Ref, Req},
    receive
        {reply, Ref, R} -> R
    after 5000 -> timeout
    end.

main() ->
    Pid = spawn(fun() -> server(0) end),
    io:format("~p~n", [call(Pid, {add, 5})]),
    io:format("~p~n", [call(Pid, {add, 10})]),
    self() ! {reply, make_ref(), stale},
    io:format("~p~n", [call(Pid, get)]),
    io:format("~p~n", [call(Pid, stop)]),
    R = receive {reply, _, Stale} -> Stale after 0 -> none end,
    io:format("~p~n", [R]),
    Ref1 = make_ref(), Ref2 = make_ref(),
    io:format("~p ~p ~p~n", [Ref1 =:= Ref1, Ref1 =:= Ref2, is_reference(Ref1)]),
    ok.
