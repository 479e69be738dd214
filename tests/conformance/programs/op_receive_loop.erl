-module(op_receive_loop).
-export([main/0]).
%% Targets send, loop_rec, loop_rec_end, remove_message, wait,
%% wait_timeout, timeout.

collect(Tag, Acc) ->
    receive
        {Tag, V} -> collect(Tag, [V | Acc])
    after 0 ->
        lists:reverse(Acc)
    end.

wait_one() ->
    receive
        {one, X} -> X
    end.

wait_some(T) ->
    receive
        {some, X} -> {got, X};
        {other, _} = O -> {other, O}
    after T -> timeout
    end.

main() ->
    Self = self(),
    [Self ! {b, N} || N <- [1, 2, 3]],
    [Self ! {a, N} || N <- [4, 5]],
    Self ! {b, 6},
    io:format("~p~n", [collect(a, [])]),
    io:format("~p~n", [collect(b, [])]),
    spawn(fun() -> Self ! {one, from_child} end),
    io:format("~p~n", [wait_one()]),
    io:format("~p~n", [wait_some(10)]),
    Self ! {other, 1},
    io:format("~p~n", [wait_some(10)]),
    Self ! {some, 2},
    io:format("~p~n", [wait_some(infinity)]),
    io:format("~p~n", [erlang:send(Self, direct)]),
    io:format("~p~n", [receive direct -> got_direct end]),
    io:format("~p~n", [Self ! {x, y}]),
    io:format("~p~n", [collect(x, [])]),
    ok.
