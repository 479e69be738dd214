-module(proc_spawn_send).
-export([main/0, echo/0]).

echo() ->
    receive
        {From, stop} -> From ! {self(), stopped};
        {From, Msg} -> From ! {self(), {echo, Msg}}, echo()
    end.

main() ->
    Pid = spawn(?MODULE, echo, []),
    Msgs = [hello, 42, {a, tuple}, [list], <<"bin">>, #{k => v}],
    Replies = [begin
                   Pid ! {self(), M},
                   receive {Pid, R} -> R end
               end || M <- Msgs],
    io:format("~p~n", [Replies]),
    Pid ! {self(), stop},
    receive {Pid, S} -> io:format("~p~n", [S]) end,
    Parent = self(),
    Workers = [spawn(fun() -> Parent ! {result, N, N * N} end) || N <- lists:seq(1, 10)],
    Results = [receive {result, N, V} -> {N, V} end || N <- lists:seq(1, 10)],
    io:format("~p~n", [Results]),
    io:format("~p~n", [length(Workers)]),
    self() ! to_self,
    receive to_self -> io:format("got message from self~n") end,
    io:format("~p~n", [is_pid(Pid)]),
    ok.
