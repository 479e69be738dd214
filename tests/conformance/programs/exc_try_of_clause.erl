-module(exc_try_of_clause).
-export([main/0]).

id(X) -> X.

t(V) ->
    try id(V) of
        1 -> one;
        {ok, X} -> {ok_val, X};
        L when is_list(L) -> {list, length(L)}
    catch
        error:E -> {caught, E}
    end.

main() ->
    io:format("~p~n", [t(1)]),
    io:format("~p~n", [t({ok, 5})]),
    io:format("~p~n", [t([a, b])]),
    R = try t(unexpected) catch error:E -> {outer, E} end,
    io:format("~p~n", [R]),
    R2 = try
             try id(2) of
                 1 -> one
             catch _:_ -> should_not_catch
             end
         catch error:{try_clause, V} -> {try_clause_caught, V}
         end,
    io:format("~p~n", [R2]),
    ok.
