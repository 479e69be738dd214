-module(exc_after_semantics).
-export([main/0]).

id(X) -> X.

after_value() ->
    try id(body_value)
    after id(after_value_ignored)
    end.

after_throws() ->
    try error(original)
    after throw(from_after)
    end.

after_in_loop(N) ->
    lists:foldl(fun(I, Acc) ->
                        try
                            case I rem 3 of 0 -> throw(skip); _ -> [I | Acc] end
                        catch throw:skip -> Acc
                        after put(count, get(count) + 1)
                        end
                end, [], lists:seq(1, N)).

nested_after() ->
    try
        try throw(a)
        after put(trail, [inner | get(trail)])
        end
    catch throw:a -> put(trail, [caught | get(trail)]), done
    after put(trail, [outer | get(trail)])
    end.

main() ->
    io:format("~p~n", [after_value()]),
    io:format("~p~n", [try after_throws() catch C:R -> {C, R} end]),
    put(count, 0),
    io:format("~p ~p~n", [after_in_loop(10), get(count)]),
    put(trail, []),
    io:format("~p ~p~n", [nested_after(), lists:reverse(get(trail))]),
    R3 = catch (try exit(e) after ok end),
    io:format("~p~n", [R3]),
    ok.
