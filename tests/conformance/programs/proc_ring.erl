-module(proc_ring).
-export([main/0]).

node_loop(Next) ->
    receive
        {token, 0, Acc, Origin} -> Origin ! {done, lists:reverse(Acc)};
        {token, N, Acc, Origin} -> Next ! {token, N - 1, [N | Acc], Origin}, node_loop(Next);
        stop -> Next ! stop
    end.

build(1, First) -> First;
build(N, First) ->
    Next = build(N - 1, First),
    spawn(fun() -> node_loop(Next) end).

main() ->
    Self = self(),
    Last = spawn(fun() -> receive {set_next, Nx} -> node_loop(Nx) end end),
    Head = build(10, Last),
    Last ! {set_next, Head},
    Head ! {token, 25, [], Self},
    receive {done, L} -> io:format("~p~n", [L]) end,
    Procs = [spawn(fun() -> receive {sq, From, X} -> From ! {res, self(), X * X} end end) || _ <- lists:seq(1, 20)],
    lists:foreach(fun({P, I}) -> P ! {sq, Self, I} end, lists:zip(Procs, lists:seq(1, 20))),
    Res = [receive {res, P, V} -> V end || P <- Procs],
    io:format("~p~n", [Res]),
    io:format("~p~n", [lists:sum(Res)]),
    ok.
