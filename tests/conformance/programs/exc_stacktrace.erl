-module(exc_stacktrace).
-export([main/0, crash_here/1]).

id(X) -> X.

frame({M, F, A, Loc}) ->
    {M, F, if is_list(A) -> {args, A}; true -> A end, proplists:get_value(line, Loc)}.

crash_here(X) ->
    Y = X + 1,
    Y / id(0).

deep(0) -> error(bottom);
deep(N) -> [deep(N - 1)].

main() ->
    try crash_here(1)
    catch error:badarith:St ->
            io:format("~p~n", [frame(hd(St))]),
            io:format("~p~n", [frame(hd(tl(St)))])
    end,
    try deep(3)
    catch error:bottom:St2 ->
            io:format("~p~n", [[frame(Fr) || Fr <- lists:sublist(St2, 2)]])
    end,
    try lists:map(fun(X) -> 10 div X end, [1, 0])
    catch error:R:St3 ->
            io:format("~p ~p~n", [R, frame(hd(St3))])
    end,
    try error(custom, [a, b])
    catch error:custom:St4 ->
            io:format("~p~n", [frame(hd(St4))])
    end,
    try throw(t)
    catch throw:t:St5 ->
            io:format("~p~n", [frame(hd(St5))])
    end,
    try atom_to_list(id(42))
    catch error:badarg:St6 ->
            {M, F, A, _} = hd(St6),
            io:format("~p~n", [{M, F, A}])
    end,
    try erlang:raise(error, fake, [{mod, fn, 2, [{line, 99}]}])
    catch error:fake:St7 -> io:format("~p~n", [St7])
    end,
    ok.
