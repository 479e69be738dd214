-module(crash_function_clause).
-export([main/0]).

id(X) -> X.

only_positive(N) when N > 0 -> N.

main() ->
    io:format("~p~n", [only_positive(id(5))]),
    io:format("~p~n", [only_positive(id(-5))]).
