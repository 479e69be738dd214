-module(queue_ops).
-export([main/0]).

drain(Q, Acc) ->
    case queue:out(Q) of
        {empty, _} -> lists:reverse(Acc);
        {{value, V}, Q2} -> drain(Q2, [V | Acc])
    end.

main() ->
    Q0 = queue:new(),
    Q1 = lists:foldl(fun queue:in/2, Q0, [1, 2, 3, 4, 5]),
    io:format("~p~n", [queue:to_list(Q1)]),
    io:format("~p~n", [queue:len(Q1)]),
    io:format("~p~n", [queue:peek(Q1)]),
    io:format("~p~n", [queue:peek_r(Q1)]),
    Q2 = queue:in_r(0, Q1),
    io:format("~p~n", [queue:to_list(Q2)]),
    {{value, Last}, Q3} = queue:out_r(Q2),
    io:format("~p ~p~n", [Last, queue:to_list(Q3)]),
    io:format("~p~n", [drain(Q3, [])]),
    io:format("~p~n", [queue:is_empty(queue:new())]),
    io:format("~p~n", [queue:out(queue:new())]),
    io:format("~p~n", [queue:to_list(queue:reverse(Q1))]),
    io:format("~p~n", [queue:to_list(queue:join(Q1, queue:from_list([a, b])))]),
    io:format("~p~n", [queue:to_list(queue:filter(fun(X) -> X rem 2 =:= 1 end, Q1))]),
    io:format("~p~n", [queue:member(3, Q1)]),
    {A, B} = queue:split(2, Q1),
    io:format("~p ~p~n", [queue:to_list(A), queue:to_list(B)]),
    io:format("~p~n", [queue:get(Q1)]),
    io:format("~p~n", [queue:get_r(Q1)]),
    io:format("~p~n", [queue:to_list(queue:drop(Q1))]),
    io:format("~p~n", [Q1]),
    io:format("~p~n", [try queue:get(queue:new()) catch error:E -> E end]),
    ok.
