-module(exc_in_funs_and_lc).
-export([main/0]).

safe_div(A, B) ->
    try A / B
    catch error:badarith -> infinity
    end.

main() ->
    io:format("~p~n", [[safe_div(10, X) || X <- [1, 2, 0, 5, 0.0]]]),
    Parse = fun(S) ->
                    try {ok, list_to_integer(S)}
                    catch error:badarg -> {error, S}
                    end
            end,
    io:format("~p~n", [lists:map(Parse, ["1", "x", "42", ""])]),
    Results = [try
                   case N of
                       1 -> throw(one);
                       2 -> exit(two);
                       3 -> error(three);
                       _ -> N
                   end
               catch
                   Class:Reason -> {Class, Reason}
               end || N <- [1, 2, 3, 4]],
    io:format("~p~n", [Results]),
    Acc = lists:foldl(fun(X, A) ->
                              try A + 10 div X
                              catch error:badarith -> A
                              end
                      end, 0, [1, 0, 2, 0, 5]),
    io:format("~p~n", [Acc]),
    ok.
