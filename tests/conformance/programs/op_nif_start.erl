-module(op_nif_start).
-export([main/0, fast_add/2]).
-nifs([fast_add/2]).
%% Targets nif_start: functions listed in -nifs() begin with nif_start;
%% without a loaded NIF library the Erlang fallback body runs.

fast_add(A, B) -> A + B.

main() ->
    io:format("~p~n", [fast_add(2, 3)]),
    io:format("~p~n", [fast_add(1 bsl 70, 1)]),
    ok.
