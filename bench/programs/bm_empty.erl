%% Baseline: VM startup and shutdown only. The runner subtracts this
%% program's wall time from every other program's.
-module(bm_empty).
-export([main/0]).

main() ->
    io:format("#time_us 0~n"),
    io:format("empty ok~n").
