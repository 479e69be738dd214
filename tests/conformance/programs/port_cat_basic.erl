%% A `cat` port: data comes back as {Port, {data, Bytes}} (a list, or a
%% binary with the binary option); port_command/2, Port ! {Pid, {command,
%% Data}}, {Pid, close} -> {Port, closed}, port_close/1, port_info/1,2.
-module(port_cat_basic).
-export([main/0]).

%% Collects N bytes of data from Port (the program may deliver them in
%% several chunks).
recv(Port, N) -> recv(Port, N, []).
recv(_Port, N, Acc) when N =< 0 -> lists:append(lists:reverse(Acc));
recv(Port, N, Acc) ->
    receive
        {Port, {data, D}} when is_list(D) -> recv(Port, N - length(D), [D | Acc]);
        {Port, {data, D}} when is_binary(D) ->
            recv(Port, N - byte_size(D), [binary_to_list(D) | Acc])
    after 5000 -> {timeout, lists:append(lists:reverse(Acc))}
    end.

recv_bin(Port, N) -> recv_bin(Port, N, <<>>).
recv_bin(_Port, N, Acc) when byte_size(Acc) >= N -> Acc;
recv_bin(Port, N, Acc) ->
    receive
        {Port, {data, D}} when is_binary(D) -> recv_bin(Port, N, <<Acc/binary, D/binary>>);
        {Port, {data, D}} -> {not_binary, D}
    after 5000 -> {timeout, Acc}
    end.

catch_error(F) ->
    try F() catch C:R -> {C, R} end.

main() ->
    Port = open_port({spawn, "cat"}, []),
    io:format("is_port: ~p~n", [is_port(Port)]),
    io:format("listed: ~p~n", [lists:member(Port, erlang:ports())]),
    Self = self(),
    io:format("info name: ~p~n", [erlang:port_info(Port, name)]),
    io:format("info connected: ~p~n", [erlang:port_info(Port, connected) =:= {connected, Self}]),
    io:format("info links: ~p~n", [erlang:port_info(Port, links) =:= {links, [Self]}]),
    {os_pid, OsPid} = erlang:port_info(Port, os_pid),
    io:format("info os_pid: ~p~n", [is_integer(OsPid) andalso OsPid > 0]),
    io:format("info registered_name: ~p~n", [erlang:port_info(Port, registered_name)]),
    io:format("info keys: ~p~n", [[K || {K, _} <- erlang:port_info(Port)]]),
    io:format("process links: ~p~n", [element(2, process_info(self(), links)) =:= [Port]]),
    io:format("port_to_list: ~p~n", [lists:prefix("#Port<0.", erlang:port_to_list(Port))]),
    io:format("list_to_port: ~p~n", [list_to_port(erlang:port_to_list(Port)) =:= Port]),
    io:format("bad list_to_port: ~p~n",
              [[catch_error(fun() -> list_to_port(S) end)
                || S <- ["#Port<0.x>", "#Port<1.2>", "#Port<0.>", "Port<0.1>", foo]]]),
    io:format("printed: ~p~n", [lists:prefix("#Port<0.", lists:flatten(io_lib:format("~p", [Port])))]),
    true = port_command(Port, "hello\n"),
    io:format("echo: ~p~n", [recv(Port, 6)]),
    true = port_command(Port, [<<"io">>, $l, ["ist", [<<"!">>]], "\n"]),
    io:format("iolist: ~p~n", [recv(Port, 7)]),
    Port ! {self(), {command, <<"via message\n">>}},
    io:format("message command: ~p~n", [recv(Port, 12)]),
    io:format("counts: ~p~n", [[erlang:port_info(Port, K) || K <- [input, output]]]),
    io:format("port_command/3: ~p~n", [port_command(Port, "x", [nosuspend])]),
    io:format("got x: ~p~n", [recv(Port, 1)]),
    io:format("force: ~p~n", [catch_error(fun() -> port_command(Port, "y", [force]) end)]),
    io:format("bad data: ~p~n", [catch_error(fun() -> port_command(Port, foo) end)]),
    io:format("bad option: ~p~n", [catch_error(fun() -> port_command(Port, "z", [bad]) end)]),
    io:format("bad item: ~p~n", [catch_error(fun() -> erlang:port_info(Port, bogus) end)]),
    %% Lots of data, both ways.
    Big = [integer_to_list(N) ++ "\n" || N <- lists:seq(1, 20000)],
    BigLen = iolist_size(Big),
    true = port_command(Port, Big),
    Back = recv(Port, BigLen),
    io:format("big: ~p ~p~n", [length(Back), Back =:= lists:flatten(Big)]),
    Port ! {self(), close},
    receive {Port, closed} -> io:format("closed~n") after 5000 -> io:format("no closed~n") end,
    io:format("info after close: ~p ~p~n", [erlang:port_info(Port), erlang:port_info(Port, name)]),
    io:format("listed after close: ~p~n", [lists:member(Port, erlang:ports())]),
    io:format("command after close: ~p~n", [catch_error(fun() -> port_command(Port, "x") end)]),
    io:format("close after close: ~p~n", [catch_error(fun() -> port_close(Port) end)]),
    io:format("send after close: ~p~n", [(Port ! {self(), {command, "x"}}) =:= {self(), {command, "x"}}]),
    %% Binary mode.
    B = open_port({spawn, "cat"}, [binary]),
    true = port_command(B, <<1, 2, 3, 255, 0>>),
    io:format("binary: ~p~n", [recv_bin(B, 5)]),
    io:format("port_close: ~p~n", [port_close(B)]),
    io:format("closed port_info: ~p~n", [erlang:port_info(B)]),
    receive M -> io:format("unexpected: ~p~n", [M]) after 100 -> ok end,
    io:format("port_info atom: ~p~n", [erlang:port_info(no_such_port_name)]),
    io:format("port_info pid: ~p~n", [catch_error(fun() -> erlang:port_info(self()) end)]),
    io:format("port_close pid: ~p~n", [catch_error(fun() -> port_close(self()) end)]),
    ok.
