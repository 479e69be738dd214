%% os:cmd/1,2 run through a port (/bin/sh reading the command).
-module(port_os_cmd).
-export([main/0]).

main() ->
    io:format("~p~n", [os:cmd("echo hello")]),
    io:format("~p~n", [os:cmd("printf 'a\\nb'")]),
    io:format("~p~n", [os:cmd("echo out; echo err 1>&2")]),
    io:format("~p~n", [os:cmd("exit 3")]),
    io:format("~p~n", [os:cmd("cd / && pwd")]),
    io:format("~p~n", [os:cmd("for i in 1 2 3; do echo $i; done")]),
    io:format("~p~n", [length(os:cmd("seq 1 20000"))]),
    io:format("~p~n", [os:cmd("echo max size", #{max_size => 3})]),
    io:format("~p~n", [os:cmd('echo atom')]),
    io:format("~p~n", [os:cmd("printf '\\303\\251t\\303\\251'")]),
    io:format("~p~n", [try os:cmd(42) catch C:R -> {C, R} end]),
    io:format("left: ~p~n", [receive M -> M after 100 -> none end]),
    ok.
