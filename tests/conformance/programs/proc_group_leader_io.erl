-module(proc_group_leader_io).
-export([main/0]).

main() ->
    Self = self(),
    P = spawn(fun() ->
                      io:format("printed from a spawned process~n"),
                      Self ! printed
              end),
    receive printed -> ok end,
    io:format("main continues ~p~n", [is_pid(P)]),
    Pids = [spawn(fun() -> receive {go, N} -> io:format("worker ~p~n", [N]), Self ! {done, N} end end)
            || _ <- lists:seq(1, 5)],
    lists:foreach(fun({Pid, N}) ->
                          Pid ! {go, N},
                          receive {done, N} -> ok end
                  end, lists:zip(Pids, lists:seq(1, 5))),
    io:format("all done~n"),
    ok.
