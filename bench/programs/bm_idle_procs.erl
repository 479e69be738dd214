%% 100,000 processes alive at once, each blocked in receive.
%% Memory per idle process = (VmRSS after spawning - VmRSS before) / N,
%% measured by the program itself from /proc/self/status (the OS process
%% reading it: beam.smp under erl, beamline itself natively, node under the
%% wasm build, whose os:getpid() is Emscripten's constant "42").
-module(bm_idle_procs).
-export([main/0]).

-define(N, 100000).

main() ->
    erlang:garbage_collect(),
    Before = vm_rss_kb(),
    T0 = erlang:monotonic_time(microsecond),
    Self = self(),
    Pids = spawn_all(?N, Self, []),
    %% Every process has reported that it is running, so each one has
    %% executed up to its blocking receive.
    wait_ready(?N),
    T1 = erlang:monotonic_time(microsecond),
    After = vm_rss_kb(),
    %% The VM's own count for one idle process, for comparison with RSS.
    Info = (catch erlang:process_info(hd(Pids), memory)),
    Alive = length([P || P <- Pids, is_process_alive(P)]),
    [P ! {stop, Self} || P <- Pids],
    Stopped = wait_stopped(?N, 0),
    T2 = erlang:monotonic_time(microsecond),
    io:format("#time_us ~p~n", [T2 - T0]),
    io:format("#spawn_us ~p~n", [T1 - T0]),
    io:format("#rss_before_kb ~p~n", [Before]),
    io:format("#rss_after_kb ~p~n", [After]),
    io:format("#bytes_per_proc ~p~n", [((After - Before) * 1024) div ?N]),
    case Info of
        {memory, Bytes} when is_integer(Bytes) ->
            io:format("#process_info_memory ~p~n", [Bytes]);
        _ ->
            ok
    end,
    io:format("idle_procs n=~p alive=~p stopped=~p~n", [?N, Alive, Stopped]).

spawn_all(0, _Parent, Acc) ->
    Acc;
spawn_all(K, Parent, Acc) ->
    P = spawn(fun() -> idle(Parent) end),
    spawn_all(K - 1, Parent, [P | Acc]).

idle(Parent) ->
    Parent ! ready,
    receive
        {stop, From} -> From ! stopped
    end.

wait_ready(0) ->
    ok;
wait_ready(K) ->
    receive
        ready -> wait_ready(K - 1)
    end.

wait_stopped(0, Count) ->
    Count;
wait_stopped(K, Count) ->
    receive
        stopped -> wait_stopped(K - 1, Count + 1)
    end.

vm_rss_kb() ->
    {ok, Bin} = file:read_file("/proc/self/status"),
    [Line] = [L || L <- binary:split(Bin, <<"\n">>, [global]),
                   binary:part(L, 0, min(6, byte_size(L))) =:= <<"VmRSS:">>],
    [_, Num | _] = binary:split(Line, [<<" ">>, <<"\t">>], [global, trim_all]),
    binary_to_integer(Num).
