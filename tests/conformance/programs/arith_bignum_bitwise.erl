-module(arith_bignum_bitwise).
-export([main/0]).

id(X) -> X.

main() ->
    A = id(16#123456789ABCDEF0123456789ABCDEF0),
    B = id(16#0F0F0F0F0F0F0F0F0F0F0F0F0F0F0F0F0F),
    io:format("~.16B~n", [A band B]),
    io:format("~.16B~n", [A bor B]),
    io:format("~.16B~n", [A bxor B]),
    io:format("~p~n", [bnot A]),
    io:format("~p~n", [(-A) band B]),
    io:format("~p~n", [(-A) bor B]),
    io:format("~p~n", [(-A) bxor (-B)]),
    io:format("~p~n", [A band -1]),
    io:format("~p~n", [A bsl 100]),
    io:format("~p~n", [A bsr 64]),
    io:format("~p~n", [(-A) bsr 64]),
    io:format("~p~n", [A bsr 200]),
    io:format("~p~n", [(-A) bsr 200]),
    io:format("~p~n", [id(1) bsl 64]),
    io:format("~p~n", [id(1) bsl 200]),
    io:format("~p~n", [id(-1) bsl 70]),
    io:format("~p~n", [A bsl -4]),
    io:format("~p~n", [A bsr -4]),
    io:format("~p~n", [id(255) band id(-256)]),
    io:format("~p~n", [[X bxor 16#5A || X <- [0, 1, 255, 1 bsl 62, -1]]]),
    io:format("~p~n", [bnot (1 bsl 80)]),
    io:format("~p~n", [(1 bsl 80) band ((1 bsl 80) - 1)]),
    io:format("~p~n", [((1 bsl 80) - 1) bxor (1 bsl 79)]),
    ok.
