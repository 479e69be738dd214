%% Programs that end: {Port, {exit_status, N}} with the exit_status option
%% (128 + signal for a killed program), end of file closing the port
%% ({'EXIT', Port, normal} when trapping exits), the eof option, and the
%% errors of open_port/2.
-module(port_exit_status).
-export([main/0]).

%% Everything a port sends until it is gone.
drain(Port) ->
    receive
        {Port, {data, D}} -> [{data, D} | drain(Port)];
        {Port, eof} -> [eof | drain_eof(Port)];
        {Port, Other} -> [Other | drain(Port)];
        {'EXIT', Port, Reason} -> [{'EXIT', Reason}]
    after 5000 -> [timeout]
    end.

%% With the eof option the port stays open: close it ourselves.
drain_eof(Port) ->
    receive
        {Port, Other} -> [Other | drain_eof(Port)]
    after 100 ->
            Closed = port_close(Port),
            receive {'EXIT', Port, R} -> [{closed, Closed}, {'EXIT', R}]
            after 5000 -> [{closed, Closed}, timeout]
            end
    end.

show(What, Name, Opts) ->
    try open_port(Name, Opts) of
        Port -> io:format("~s: ~p~n", [What, drain(Port)])
    catch
        C:R -> io:format("~s: ~p~n", [What, {C, R}])
    end.

main() ->
    process_flag(trap_exit, true),
    show("exit 3", {spawn, "sh -c 'exit 3'"}, [exit_status]),
    show("exit 0", {spawn, "true"}, [exit_status]),
    show("echo", {spawn, "echo hello world"}, [exit_status]),
    show("echo binary", {spawn, "echo hello"}, [exit_status, binary]),
    show("no exit_status", {spawn, "echo quiet"}, []),
    show("killed", {spawn, "kill -9 $$"}, [exit_status]),
    show("not found", {spawn, "no_such_command_xyz 2>/dev/null"}, [exit_status]),
    show("executable", {spawn_executable, "/bin/sh"},
         [{args, ["-c", "echo $0 $1; exit 7", "zero", "one"]}, exit_status]),
    show("arg0", {spawn_executable, "/bin/sh"},
         [{arg0, "renamed"}, {args, ["-c", "echo $0"]}, exit_status]),
    show("binary name", {spawn_executable, <<"/bin/echo">>}, [{args, [<<"bin">>, "arg"]}]),
    show("eof", {spawn, "echo before eof"}, [eof]),
    show("eof status", {spawn, "echo x; exit 5"}, [eof, exit_status]),
    show("stderr", {spawn, "echo to-stderr 1>&2; echo to-stdout"},
         [stderr_to_stdout, exit_status]),
    show("env", {spawn, "echo ${CONF_VAR_A:-unset} ${HOME:+home-set}"},
         [{env, [{"CONF_VAR_A", "a value"}, {"HOME", false}]}]),
    show("cd", {spawn, "pwd"}, [{cd, "/"}]),
    show("missing executable", {spawn_executable, "/no/such/file"}, []),
    show("relative executable", {spawn_executable, "no_such_relative_xyz"}, []),
    show("bad option", {spawn, "true"}, [no_such_option]),
    show("bad options", {spawn, "true"}, not_a_list),
    show("bad line", {spawn, "true"}, [{line, 0}]),
    show("bad packet", {spawn, "true"}, [{packet, 3}]),
    show("line and packet", {spawn, "true"}, [{line, 2}, {packet, 1}]),
    show("bad env", {spawn, "true"}, [{env, [{"X", 1}]}]),
    show("bad cd", {spawn, "true"}, [{cd, 1}]),
    show("empty command", {spawn, ""}, []),
    show("args with spawn", {spawn, "true"}, [{args, ["x"]}]),
    show("bad name", {spawn_nothing, "true"}, []),
    show("driver", {spawn_driver, "no_such_driver"}, []),
    show("atom command", {spawn, true}, [exit_status]),
    %% An input-only port cannot take output: it fails with ebadf.
    In = open_port({spawn, "sleep 1"}, [in]),
    io:format("in only: ~p ~p~n", [port_command(In, "x"),
                                   receive {'EXIT', In, R} -> R after 5000 -> timeout end]),
    ok.
