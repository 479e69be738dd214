-module(tuples_large_update).
-export([main/0]).

fill(T, 0) -> T;
fill(T, N) -> fill(setelement(N, T, N * N), N - 1).

bump(T, []) -> T;
bump(T, [I | Is]) -> bump(setelement(I, T, element(I, T) + 1), Is).

main() ->
    T0 = erlang:make_tuple(500, 0),
    T1 = fill(T0, 500),
    io:format("~p ~p ~p~n", [element(1, T1), element(250, T1), element(500, T1)]),
    T2 = bump(T1, lists:seq(1, 500, 7)),
    io:format("~p~n", [lists:sum(tuple_to_list(T2)) - lists:sum(tuple_to_list(T1))]),
    io:format("~p~n", [tuple_size(erlang:append_element(T2, extra))]),
    io:format("~p~n", [element(501, erlang:append_element(T2, extra))]),
    Counts = lists:foldl(fun(X, T) -> I = X rem 10 + 1, setelement(I, T, element(I, T) + 1) end,
                         erlang:make_tuple(10, 0), lists:seq(1, 12345)),
    io:format("~p~n", [Counts]),
    io:format("~p~n", [list_to_tuple([element(I, Counts) * 2 || I <- lists:seq(1, 10)])]),
    ok.
