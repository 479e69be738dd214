-module(op_recv_marker).
-export([main/0]).
%% Targets recv_marker_reserve, recv_marker_bind, recv_marker_use and
%% recv_marker_clear: a receive that matches on a
%% freshly made reference lets the VM skip older messages.

request(Pid, Msg) ->
    Ref = make_ref(),
    Pid ! {self(), Ref, Msg},
    receive
        {Ref, Reply} -> Reply
    end.

request_timeout(Pid, Msg) ->
    Ref = make_ref(),
    Pid ! {self(), Ref, Msg},
    receive
        {Ref, Reply} -> {ok, Reply}
    after 2000 -> timeout
    end.

mon(Pid) ->
    MRef = monitor(process, Pid),
    Pid ! {stop, self()},
    receive
        {'DOWN', MRef, process, _, Reason} -> Reason
    end.

server() ->
    receive
        {From, Ref, {double, X}} -> From ! {Ref, 2 * X}, server();
        {From, Ref, ping} -> From ! {Ref, pong}, server();
        {stop, _} -> exit(stopped_ok)
    end.

main() ->
    [self() ! {noise, N} || N <- lists:seq(1, 20)],
    Pid = spawn(fun server/0),
    io:format("~p~n", [request(Pid, {double, 21})]),
    io:format("~p~n", [request_timeout(Pid, ping)]),
    io:format("~p~n", [mon(Pid)]),
    Noise = [receive {noise, N} -> N end || _ <- lists:seq(1, 20)],
    io:format("~p~n", [Noise]),
    ok.
