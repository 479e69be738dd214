-module(tuples_basic).
-export([main/0]).

id(X) -> X.

main() ->
    T = id({a, b, c, d}),
    io:format("~p ~p ~p~n", [element(1, T), element(4, T), tuple_size(T)]),
    io:format("~p~n", [setelement(2, T, x)]),
    io:format("~p~n", [T]),
    io:format("~p~n", [erlang:make_tuple(5, z)]),
    io:format("~p~n", [erlang:make_tuple(6, 0, [{2, a}, {5, b}, {2, c}])]),
    io:format("~p~n", [erlang:append_element(T, e)]),
    io:format("~p~n", [erlang:delete_element(2, T)]),
    io:format("~p~n", [erlang:insert_element(1, T, first)]),
    io:format("~p~n", [tuple_to_list(T)]),
    io:format("~p~n", [list_to_tuple([1, [2], {3}])]),
    io:format("~p~n", [{}]),
    io:format("~p~n", [tuple_size({})]),
    io:format("~p~n", [size({1, 2})]),
    io:format("~p~n", [s(catch element(5, T))]),
    io:format("~p~n", [s(catch element(0, T))]),
    io:format("~p~n", [s(catch setelement(9, T, x))]),
    io:format("~p~n", [s(catch element(1, id(notatuple)))]),
    Big = list_to_tuple(lists:seq(1, 100)),
    io:format("~p~n", [element(77, Big)]),
    io:format("~p~n", [Big]),
    {A, B, _, D} = T,
    io:format("~p~n", [[A, B, D]]),
    io:format("~p~n", [{T, {T}}]),
    io:format("~w~n", [setelement(1, setelement(3, Big, x), y) =:= Big]),
    ok.

s({'EXIT', {Reason, [{_, _, _, _} | _]}}) -> {'EXIT', Reason};
s(Other) -> Other.
