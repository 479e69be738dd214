-module(records_update).
-export([main/0]).

-record(state, {count = 0, total = 0, items = [], last, flag = false, name = <<>>}).

id(X) -> X.

step(S = #state{count = C, total = T, items = I}, V) ->
    S#state{count = C + 1, total = T + V, items = [V | I], last = V}.

main() ->
    S0 = #state{},
    S1 = lists:foldl(fun(V, S) -> step(S, V) end, S0, [5, 10, 15]),
    io:format("~p~n", [S1]),
    S2 = (id(S1))#state{flag = true},
    io:format("~p~n", [S2]),
    S3 = S2#state{name = <<"n">>, last = undefined, count = 99},
    io:format("~p~n", [S3]),
    io:format("~p~n", [S1 =:= S2]),
    io:format("~p~n", [S0]),
    Upd = fun(S) -> S#state{total = S#state.total * 2} end,
    io:format("~p~n", [Upd(S3)]),
    R = try (id(not_a_record))#state{count = 1} catch error:E -> E end,
    io:format("~p~n", [R]),
    R2 = try (id({state, 1}))#state.count catch error:E2 -> E2 end,
    io:format("~p~n", [R2]),
    R3 = try (id({other, 1, 2, 3, 4, 5, 6}))#state{count = 5} catch error:E3 -> E3 end,
    io:format("~p~n", [R3]),
    ok.
