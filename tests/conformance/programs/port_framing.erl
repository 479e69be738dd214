%% How a port cuts the program's output: {line, N} ({eol, Line} /
%% {noeol, Part}), {packet, N} (length headers both ways) and stream.
-module(port_framing).
-export([main/0]).

drain(Port) ->
    receive
        {Port, {data, D}} -> [D | drain(Port)];
        {Port, Other} -> [Other | drain(Port)];
        {'EXIT', Port, Reason} -> [{'EXIT', Reason}]
    after 5000 -> [timeout]
    end.

show(What, Cmd, Opts) ->
    io:format("~s: ~p~n", [What, drain(open_port({spawn, Cmd}, Opts))]).

main() ->
    process_flag(trap_exit, true),
    show("lines", "printf 'one\\ntwo\\nthree\\n'", [{line, 80}]),
    show("long lines", "printf 'abc\\nabcd\\nabcdefgh\\n\\nab\\r\\nx'", [{line, 3}]),
    show("exact", "printf 'abc'", [{line, 3}]),
    show("crlf", "printf 'a\\r\\nb\\rc\\n\\r'", [{line, 10}]),
    show("lines binary", "printf 'x\\nyz'", [{line, 5}, binary]),
    show("lines exit_status", "printf 'ab\\ncdef\\ngh'", [{line, 3}, exit_status]),
    show("line wins over stream", "echo a", [{line, 2}, stream]),
    show("packet 1", "printf '\\002ab\\001c\\000'", [{packet, 1}]),
    show("packet 2 binary", "printf '\\000\\003xyz'", [{packet, 2}, binary]),
    show("partial packet", "printf '\\005ab'", [{packet, 1}, exit_status]),
    %% cat echoes the packets we send, header included.
    P = open_port({spawn, "cat"}, [{packet, 2}, binary]),
    true = port_command(P, "hello"),
    true = port_command(P, [<<"wor">>, "ld"]),
    true = port_command(P, <<>>),
    io:format("packet round trip: ~p~n", [[receive {P, {data, D}} -> D after 5000 -> timeout end
                                           || _ <- [1, 2, 3]]]),
    port_close(P),
    receive {'EXIT', P, R1} -> io:format("closed: ~p~n", [R1]) after 5000 -> ok end,
    P4 = open_port({spawn, "cat"}, [{packet, 4}]),
    true = port_command(P4, lists:duplicate(300, $z)),
    io:format("packet 4: ~p~n", [receive {P4, {data, D4}} -> length(D4) after 5000 -> timeout end]),
    port_close(P4),
    receive {'EXIT', P4, _} -> ok after 5000 -> ok end,
    %% Too big for a 1-byte header: the port closes with einval.
    P1 = open_port({spawn, "cat"}, [{packet, 1}]),
    io:format("too big: ~p~n", [port_command(P1, lists:duplicate(256, $a))]),
    receive {'EXIT', P1, R2} -> io:format("too big exit: ~p~n", [R2]) after 5000 -> ok end,
    ok.
