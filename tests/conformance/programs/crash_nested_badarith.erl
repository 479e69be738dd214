-module(crash_nested_badarith).
-export([main/0]).

avg(L) -> lists:sum(L) div length(L).

report(Name, L) ->
    io:format("~s: ~p~n", [Name, avg(L)]).

main() ->
    report("first", [1, 2, 3]),
    report("second", [10, 20]),
    report("empty", []),
    report("never", [1]).
