-module(arith_small_ints).
-export([main/0]).

id(X) -> X.

main() ->
    A = id(17), B = id(5),
    io:format("~p ~p ~p ~p~n", [A + B, A - B, A * B, A div B]),
    io:format("~p ~p~n", [A rem B, A / B]),
    io:format("~p ~p ~p~n", [-A div B, -A rem B, A div -B]),
    io:format("~p ~p~n", [A band B, A bor B]),
    io:format("~p ~p~n", [A bxor B, bnot A]),
    io:format("~p ~p~n", [A bsl 3, A bsr 2]),
    io:format("~p ~p~n", [-A bsr 1, -1 bsr 10]),
    io:format("~p~n", [abs(-A)]),
    io:format("~p~n", [[X * X || X <- lists:seq(-5, 5)]]),
    io:format("~p~n", [lists:sum(lists:seq(1, 100))]),
    io:format("~w~n", [[id(I) rem 7 || I <- lists:seq(0, 20)]]),
    io:format("~p~n", [+A]),
    io:format("~p~n", [-(-A)]),
    %% Values around the small-integer boundary (60-bit signed on 64-bit).
    Big = id(576460752303423487),
    io:format("~p ~p~n", [Big + 1, Big * 2]),
    io:format("~p ~p~n", [-Big - 1, -Big - 2]),
    io:format("~p~n", [(Big + 1) - 1]),
    io:format("~p~n", [(Big + 1) div 2]),
    io:format("~p~n", [is_integer(Big + 1)]),
    io:format("~p~n", [id(134217727) * id(134217727)]),
    io:format("~p~n", [id(4294967295) * id(4294967295)]),
    io:format("~p~n", [id(1 bsl 59) + id(1 bsl 59)]),
    ok.
