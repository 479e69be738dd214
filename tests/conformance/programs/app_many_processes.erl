-module(app_many_processes).
-export([main/0]).

main() ->
    Self = self(),
    N = 2000,
    Pids = [spawn(fun() -> receive {go, X} -> Self ! {done, X, X * X} end end) || _ <- lists:seq(1, N)],
    lists:foldl(fun(P, I) -> P ! {go, I}, I + 1 end, 1, Pids),
    Sum = collect(N, 0),
    io:format("~p~n", [Sum]),
    io:format("~p~n", [lists:sum([X * X || X <- lists:seq(1, N)])]),
    Chain = lists:foldl(fun(_, Next) -> spawn(fun() -> receive V -> Next ! V + 1 end end) end, Self, lists:seq(1, 500)),
    Chain ! 0,
    receive V -> io:format("chain result ~p~n", [V]) end,
    ok.

collect(0, Acc) -> Acc;
collect(N, Acc) -> receive {done, _, Sq} -> collect(N - 1, Acc + Sq) end.
