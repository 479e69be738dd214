-module(exc_classes).
-export([main/0]).

run(F) ->
    try F() of
        V -> {returned, V}
    catch
        throw:T -> {thrown, T};
        exit:E -> {exited, E};
        error:R -> {error, R}
    end.

main() ->
    io:format("~p~n", [run(fun() -> 42 end)]),
    io:format("~p~n", [run(fun() -> throw(ball) end)]),
    io:format("~p~n", [run(fun() -> exit(gone) end)]),
    io:format("~p~n", [run(fun() -> error(broken) end)]),
    io:format("~p~n", [run(fun() -> error({complex, [1, 2]}, [arg]) end)]),
    io:format("~p~n", [run(fun() -> exit(normal) end)]),
    io:format("~p~n", [run(fun() -> throw({nested, {tuple}}) end)]),
    io:format("~p~n", [run(fun() -> erlang:error(badarg) end)]),
    R = try throw(x) catch Class:Reason -> {Class, Reason} end,
    io:format("~p~n", [R]),
    R2 = try exit(y) catch _:What -> What end,
    io:format("~p~n", [R2]),
    R3 = try error(z) catch error:z -> matched_z end,
    io:format("~p~n", [R3]),
    R4 = try try throw(inner) catch error:_ -> wrong end catch throw:Inner -> {outer_caught, Inner} end,
    io:format("~p~n", [R4]),
    ok.
