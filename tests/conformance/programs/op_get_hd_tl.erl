-module(op_get_hd_tl).
-export([main/0]).
%% Targets get_hd, get_tl, get_list, put_list, is_nonempty_list, is_nil.

heads([]) -> [];
heads([[H | _] | T]) -> [H | heads(T)].

tails([]) -> [];
tails([[_ | Tl] | T]) -> [Tl | tails(T)].

second([_, S | _]) -> S.

count([], N) -> N;
count([_ | T], N) -> count(T, N + 1).

main() ->
    L = [[1, 2, 3], [a, b], [x]],
    io:format("~p~n", [heads(L)]),
    io:format("~p~n", [tails(L)]),
    io:format("~p~n", [second([q, r, s])]),
    io:format("~p~n", [count(lists:seq(1, 1000), 0)]),
    io:format("~p~n", [try second([only]) catch error:E -> E end]),
    ok.
