-module(lists_module_1).
-export([main/0]).

main() ->
    L = [5, 3, 8, 1, 9, 2, 7],
    io:format("~p~n", [lists:reverse(L)]),
    io:format("~p~n", [lists:reverse(L, [a, b])]),
    io:format("~p~n", [lists:sort(L)]),
    io:format("~p~n", [lists:sort(fun(A, B) -> A >= B end, L)]),
    io:format("~p~n", [lists:usort([3, 1, 3, 2, 1])]),
    io:format("~p~n", [lists:map(fun(X) -> X * 2 end, L)]),
    io:format("~p~n", [lists:foldl(fun(X, Acc) -> [X | Acc] end, [], L)]),
    io:format("~p~n", [lists:foldr(fun(X, Acc) -> [X | Acc] end, [], L)]),
    io:format("~p~n", [lists:filter(fun(X) -> X rem 2 =:= 1 end, L)]),
    io:format("~p~n", [lists:zip([a, b, c], [1, 2, 3])]),
    io:format("~p~n", [lists:unzip([{a, 1}, {b, 2}])]),
    io:format("~p~n", [lists:zip3([a, b], [1, 2], [x, y])]),
    io:format("~p~n", [lists:zipwith(fun(A, B) -> A + B end, [1, 2], [10, 20])]),
    io:format("~p~n", [lists:seq(1, 10, 3)]),
    io:format("~p~n", [lists:seq(10, 1, -2)]),
    io:format("~p~n", [lists:seq(5, 4)]),
    io:format("~p~n", [lists:nth(3, L)]),
    io:format("~p~n", [lists:nthtail(4, L)]),
    io:format("~p~n", [lists:sublist(L, 3)]),
    io:format("~p~n", [lists:sublist(L, 2, 3)]),
    io:format("~p~n", [lists:flatten([1, [2, [3, [4]], []], 5])]),
    io:format("~p~n", [lists:flatten([a, [b]], [c])]),
    io:format("~p~n", [lists:member(8, L)]),
    io:format("~p~n", [lists:append([[1], [2, 3], []])]),
    io:format("~p~n", [lists:append([1], [2])]),
    io:format("~p~n", [lists:last(L)]),
    io:format("~p ~p ~p~n", [lists:max(L), lists:min(L), lists:sum(L)]),
    io:format("~p~n", [lists:duplicate(3, xy)]),
    io:format("~p~n", [lists:delete(8, L)]),
    io:format("~p~n", [lists:subtract(L, [1, 2])]),
    io:format("~p~n", [s(catch lists:nth(10, L))]),
    io:format("~p~n", [s(catch lists:last([]))]),
    ok.

s({'EXIT', {Reason, [{_, _, _, _} | _]}}) -> {'EXIT', Reason};
s(Other) -> Other.
