-module(crash_undef_call).
-export([main/0]).

id(X) -> X.

main() ->
    io:format("~p~n", [lists:reverse([1, 2, 3])]),
    M = id(no_such_module_here),
    M:missing(1, 2).
