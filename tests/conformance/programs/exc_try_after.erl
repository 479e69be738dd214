-module(exc_try_after).
-export([main/0]).

log(X) -> put(log, [X | get_log()]).
get_log() -> case get(log) of undefined -> []; L -> L end.

with_after(F) ->
    try F()
    after
        log(after_ran)
    end.

main() ->
    R1 = with_after(fun() -> value end),
    io:format("~p ~p~n", [R1, lists:reverse(get_log())]),
    erase(log),
    R2 = try with_after(fun() -> throw(t) end) catch throw:T -> {caught, T} end,
    io:format("~p ~p~n", [R2, lists:reverse(get_log())]),
    erase(log),
    R3 = try
             log(body),
             X = 1 + 1,
             X * 10
         of
             20 -> log(of_clause), twenty
         catch
             _:_ -> log(catch_clause), error
         after
             log(after_clause)
         end,
    io:format("~p ~p~n", [R3, lists:reverse(get_log())]),
    erase(log),
    R4 = try
             try error(inner)
             after log(inner_after)
             end
         catch error:E -> log({outer_catch, E}), E
         after log(outer_after)
         end,
    io:format("~p ~p~n", [R4, lists:reverse(get_log())]),
    erase(log),
    R5 = (catch try exit(boom) after log(after_exit) end),
    io:format("~p ~p~n", [R5, lists:reverse(get_log())]),
    erase(log),
    R6 = try ok after ok end,
    io:format("~p~n", [R6]),
    R7 = try throw(a) catch throw:a -> try throw(b) catch throw:b -> both after log(a7) end after log(b7) end,
    io:format("~p ~p~n", [R7, lists:reverse(get_log())]),
    ok.
