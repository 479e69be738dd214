-module(arith_bignum_basic).
-export([main/0]).

id(X) -> X.

pow(_, 0) -> 1;
pow(B, N) -> B * pow(B, N - 1).

main() ->
    A = pow(id(2), 100),
    B = pow(id(3), 70),
    io:format("~p~n~p~n", [A, B]),
    io:format("~p~n", [A + B]),
    io:format("~p~n", [A - B]),
    io:format("~p~n", [B - A]),
    io:format("~p~n", [A * B]),
    io:format("~p~n", [B div A]),
    io:format("~p~n", [B rem A]),
    io:format("~p~n", [-B div A]),
    io:format("~p~n", [-B rem A]),
    io:format("~p~n", [A div 7]),
    io:format("~p~n", [A rem 7]),
    io:format("~p~n", [A * A * A]),
    io:format("~p~n", [A * -1]),
    io:format("~p~n", [(A * B) div B =:= A]),
    io:format("~p ~p~n", [A > B, A < B]),
    io:format("~p~n", [{A == A + 0, A =:= pow(2, 100)}]),
    io:format("~p~n", [abs(-A)]),
    io:format("~w~n", [pow(10, 40) + 1]),
    io:format("~p~n", [pow(-7, 33)]),
    io:format("~p~n", [pow(id(16#FFFFFFFFFFFFFFFF), 2)]),
    io:format("~p~n", [id(16#FFFFFFFFFFFFFFFF) + 1]),
    io:format("~p~n", [id(-16#8000000000000000) - 1]),
    io:format("~p~n", [A / 3]),
    io:format("~p~n", [float(B)]),
    io:format("~p~n", [A - A]),
    io:format("~p~n", [integer_to_list(A * B, 16)]),
    ok.
