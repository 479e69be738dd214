-module(records_basic).
-export([main/0]).

-record(point, {x = 0, y = 0}).
-record(person, {name, age = 0 :: integer(), email = "none", tags = []}).
-record(empty, {}).

main() ->
    P = #point{x = 3},
    io:format("~p~n", [P]),
    io:format("~p ~p~n", [P#point.x, P#point.y]),
    Q = P#point{y = 7},
    io:format("~p~n", [Q]),
    Alice = #person{name = "Alice", age = 30},
    io:format("~p~n", [Alice]),
    io:format("~p~n", [Alice#person.email]),
    io:format("~p~n", [#person.age]),
    io:format("~p~n", [record_info(fields, person)]),
    io:format("~p~n", [record_info(size, person)]),
    io:format("~p~n", [record_info(fields, empty)]),
    io:format("~p~n", [#empty{}]),
    io:format("~p~n", [is_record(P, point)]),
    io:format("~p~n", [is_record(P, person)]),
    io:format("~p~n", [is_record(P, point, 3)]),
    io:format("~p~n", [is_record({point, 1}, point)]),
    #point{x = X, y = Y} = Q,
    io:format("~p~n", [X + Y]),
    io:format("~p~n", [[N || #person{name = N} <- [Alice, #person{name = "Bob"}, {other}]]]),
    io:format("~p~n", [element(1, Alice)]),
    io:format("~p~n", [setelement(#point.y, P, 100)]),
    io:format("~p~n", [tuple_to_list(Q)]),
    io:format("~p~n", [#person{name = "Z", _ = x}]),
    io:format("~p~n", [older(Alice#person{age = 70})]),
    io:format("~p~n", [older(Alice)]),
    ok.

older(#person{age = A}) when A > 65 -> senior;
older(#person{}) -> adult.
