-module(exc_catch_expr).
-export([main/0]).

id(X) -> X.

strip({'EXIT', {Reason, [_ | _]}}) -> {'EXIT', Reason};
strip(Other) -> Other.

main() ->
    io:format("~p~n", [catch 1 + 1]),
    io:format("~p~n", [catch throw(thrown_value)]),
    io:format("~p~n", [catch exit(exit_value)]),
    io:format("~p~n", [strip(catch error(error_value))]),
    io:format("~p~n", [strip(catch id(a) + 1)]),
    io:format("~p~n", [strip(catch list_to_atom(id(123)))]),
    io:format("~p~n", [catch exit({shutdown, reason})]),
    X = (catch throw({a, b})),
    io:format("~p~n", [X]),
    {'EXIT', {badarith, Stack}} = catch id(1) / id(0),
    io:format("~p~n", [is_list(Stack)]),
    [{M, F, A, _} | _] = Stack,
    io:format("~p~n", [{M, F, A}]),
    io:format("~p~n", [[catch throw(N) || N <- [1, 2, 3]]]),
    Y = case catch id(5) of
            5 -> five;
            _ -> other
        end,
    io:format("~p~n", [Y]),
    io:format("~p~n", [catch catch throw(double)]),
    ok.
