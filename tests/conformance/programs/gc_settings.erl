%% The GC settings: process_flag/2, spawn_opt/2 and system_flag/2 for
%% min_heap_size, min_bin_vheap_size, fullsweep_after and max_heap_size,
%% and how process_info/2 and system_info/1 show them (sizes are rounded to
%% erl's heap size table, which beamline shares).
-module(gc_settings).
-export([main/0]).

err(F) ->
    try F() of V -> {value, V} catch C:R -> {C, R} end.

flag(Flag, Value) ->
    io:format("process_flag(~p, ~p) -> ~p~n", [Flag, Value, err(fun() -> process_flag(Flag, Value) end)]).

spawn_info(Opts) ->
    case err(fun() -> spawn_opt(fun() -> receive stop -> ok end end, Opts) end) of
        {value, P} ->
            I = process_info(P, [min_heap_size, min_bin_vheap_size, fullsweep_after, max_heap_size]),
            {garbage_collection, GC} = process_info(P, garbage_collection),
            P ! stop,
            io:format("~p -> ~p ~p~n", [Opts, I, lists:keydelete(minor_gcs, 1, GC)]);
        Other ->
            io:format("~p -> ~p~n", [Opts, Other])
    end.

main() ->
    Self = self(),
    %% In a fresh process: erl's boot process has its own settings.
    spawn(fun() -> process_flags(), Self ! done end),
    receive done -> ok end,
    [spawn_info(O) || O <- [[], [{min_heap_size, 500}], [{min_heap_size, 10}],
                            [{min_bin_vheap_size, 100000}], [{min_bin_vheap_size, 10}],
                            [{fullsweep_after, 0}], [{fullsweep_after, 7}],
                            [{fullsweep_after, 70000}],
                            [{max_heap_size, 5000}],
                            [{max_heap_size, #{size => 5000, kill => false}}],
                            [{max_heap_size, #{size => 5000, error_logger => false}}],
                            [{max_heap_size, 100}], [{min_heap_size, 100}, {max_heap_size, 200}],
                            [{min_heap_size, 1000}, {max_heap_size, 1000}],
                            [{max_heap_size, #{kill => true}}], [{max_heap_size, foo}],
                            [{fullsweep_after, -1}], [{min_heap_size, -1}],
                            [{min_bin_vheap_size, x}]]],
    io:format("~p~n", [[erlang:system_info(I) || I <- [fullsweep_after, min_heap_size,
                                                      min_bin_vheap_size, max_heap_size,
                                                      garbage_collection]]]),
    io:format("~p~n", [lists:sublist(erlang:system_info(heap_sizes), 30)]),
    io:format("~p~n", [erlang:system_flag(fullsweep_after, 20)]),
    io:format("~p~n", [erlang:system_flag(min_heap_size, 1000)]),
    io:format("~p~n", [erlang:system_flag(max_heap_size, #{size => 100000, kill => false})]),
    io:format("~p~n", [err(fun() -> erlang:system_flag(max_heap_size, 10) end)]),
    spawn_info([]),
    io:format("~p~n", [erlang:system_flag(fullsweep_after, 65535)]),
    io:format("~p~n", [erlang:system_flag(min_heap_size, 233)]),
    io:format("~p~n", [erlang:system_flag(max_heap_size, 0)]),
    spawn_info([]),
    ok.

process_flags() ->
    flag(min_heap_size, 1000),
    flag(min_heap_size, 100000),
    flag(min_heap_size, 10),
    flag(min_heap_size, -1),
    flag(min_bin_vheap_size, 50000),
    flag(min_bin_vheap_size, 10),
    flag(fullsweep_after, 10),
    flag(fullsweep_after, 70000),
    flag(fullsweep_after, 65535),
    flag(fullsweep_after, -1),
    flag(max_heap_size, 100000),
    flag(max_heap_size, #{size => 200000, kill => false}),
    flag(max_heap_size, #{size => 300000, error_logger => false, kill => true}),
    flag(max_heap_size, 100),
    flag(max_heap_size, #{kill => false}),
    flag(max_heap_size, #{size => 1000, other => 1}),
    flag(max_heap_size, #{size => 1000, kill => maybe}),
    flag(max_heap_size, 0),
    io:format("~p~n", [process_info(self(), [min_heap_size, min_bin_vheap_size,
                                             fullsweep_after, max_heap_size])]).
