-module(proc_registered).
-export([main/0]).

loop(N) ->
    receive
        {inc, From} -> From ! {count, N + 1}, loop(N + 1);
        stop -> ok
    end.

main() ->
    Pid = spawn(fun() -> loop(0) end),
    io:format("~p~n", [register(conf_counter, Pid)]),
    io:format("~p~n", [whereis(conf_counter) =:= Pid]),
    [conf_counter ! {inc, self()} || _ <- lists:seq(1, 3)],
    io:format("~p~n", [[receive {count, C} -> C end || _ <- lists:seq(1, 3)]]),
    io:format("~p~n", [lists:member(conf_counter, registered())]),
    io:format("~p~n", [try register(conf_counter, self()) catch error:E -> E end]),
    io:format("~p~n", [try conf_not_registered ! hi catch error:E2 -> E2 end]),
    io:format("~p~n", [unregister(conf_counter)]),
    io:format("~p~n", [whereis(conf_counter)]),
    Pid ! stop,
    register(conf_self_name, self()),
    conf_self_name ! {via_name, 1},
    receive {via_name, X} -> io:format("~p~n", [X]) end,
    {registered_name, Name} = process_info(self(), registered_name),
    io:format("~p~n", [Name]),
    unregister(conf_self_name),
    io:format("~p~n", [process_info(self(), registered_name)]),
    ok.
