-module(bin_comprehensions).
-export([main/0]).

main() ->
    B = <<"Hello, World">>,
    io:format("~p~n", [<< <<(C bxor 32)>> || <<C>> <= B, C >= $a, C =< $z >>]),
    io:format("~p~n", [<< <<(if C >= $a, C =< $z -> C - 32; true -> C end)>> || <<C>> <= B >>]),
    io:format("~p~n", [[C || <<C:8>> <= B, C > $o]]),
    io:format("~p~n", [<< <<X:16>> || X <- lists:seq(1, 5) >>]),
    io:format("~p~n", [<< <<X:1>> || X <- [1, 0, 1, 1, 0, 0, 0, 1, 1] >>]),
    io:format("~p~n", [<< <<B2:2>> || <<B2:2>> <= <<16#E4>> >>]),
    io:format("~p~n", [[{X, Y} || <<X:4, Y:4>> <= <<16#12, 16#34>>]]),
    io:format("~p~n", [<< <<Bin/binary, ",">> || Bin <- [<<"a">>, <<"bc">>, <<>>] >>]),
    io:format("~p~n", [<< << <<X>>/binary >> || X <- "xyz" >>]),
    Hex = << <<(hex(N div 16)), (hex(N rem 16))>> || <<N>> <= <<1, 171, 255, 16>> >>,
    io:format("~p~n", [Hex]),
    io:format("~p~n", [<< <<X/utf8>> || X <- [233, 8364] >>]),
    io:format("~p~n", [[X || <<X/utf8>> <= <<"héllo"/utf8>>]]),
    io:format("~p~n", [<< <<X:3>> || X <- [7, 0, 5] >>]),
    io:format("~p~n", [<< <<>> || _ <- [1, 2] >>]),
    io:format("~p~n", [<< <<X, Y>> || X <- [1, 2], Y <- [3, 4] >>]),
    io:format("~p~n", [byte_size(<< <<X:32>> || X <- lists:seq(1, 1000) >>)]),
    ok.

hex(N) when N < 10 -> $0 + N;
hex(N) -> $a + N - 10.
