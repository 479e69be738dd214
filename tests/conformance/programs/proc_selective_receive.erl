-module(proc_selective_receive).
-export([main/0]).

flush() ->
    receive M -> [M | flush()]
    after 0 -> []
    end.

main() ->
    Self = self(),
    [Self ! M || M <- [{low, 1}, {high, 1}, {low, 2}, other, {high, 2}, {low, 3}]],
    High = [receive {high, N} -> N end || _ <- [1, 2]],
    io:format("~p~n", [High]),
    First = receive {low, N1} -> N1 end,
    io:format("~p~n", [First]),
    io:format("~p~n", [flush()]),
    io:format("~p~n", [flush()]),
    Self ! {tagged, 1, a}, Self ! {tagged, 2, b}, Self ! {tagged, 3, c},
    Want = 2,
    R = receive {tagged, Want, X} -> X end,
    io:format("~p~n", [R]),
    R2 = receive {tagged, K, Y} when K > 2 -> {K, Y} end,
    io:format("~p~n", [R2]),
    io:format("~p~n", [flush()]),
    Timeout = receive nothing_here -> got after 10 -> timed_out end,
    io:format("~p~n", [Timeout]),
    Self ! late,
    Z = receive late -> late_received after 1000 -> no end,
    io:format("~p~n", [Z]),
    R3 = receive after 0 -> immediate end,
    io:format("~p~n", [R3]),
    {messages, Q} = process_info(self(), messages),
    io:format("~p~n", [Q]),
    Self ! a, Self ! b,
    {message_queue_len, L} = process_info(self(), message_queue_len),
    io:format("~p~n", [L]),
    io:format("~p~n", [flush()]),
    ok.
