-module(float_special).
-export([main/0]).

id(X) -> X.

main() ->
    Z = id(0.0), NZ = id(-0.0),
    io:format("~p ~p~n", [Z, NZ]),
    io:format("~p ~p~n", [Z == NZ, Z =:= NZ]),
    io:format("~p~n", [NZ * 1.0]),
    io:format("~p~n", [Z * -1.0]),
    io:format("~p~n", [Z + NZ]),
    io:format("~p~n", [NZ - Z]),
    io:format("~p~n", [abs(NZ)]),
    io:format("~p~n", [float_to_list(NZ, [{decimals, 2}])]),
    io:format("~p~n", [term_to_binary(NZ)]),
    io:format("~p~n", [term_to_binary(Z)]),
    io:format("~p~n", [[trunc(X) || X <- [1.9, -1.9, 0.5, -0.5]]]),
    io:format("~p~n", [[round(X) || X <- [1.5, -1.5, 2.5, -2.5, 0.49999999999999994]]]),
    io:format("~p~n", [[floor(X) || X <- [1.9, -1.9, -0.0, 3]]]),
    io:format("~p~n", [[ceil(X) || X <- [1.1, -1.1, -0.0, 3]]]),
    io:format("~p~n", [trunc(1.0e20)]),
    io:format("~p~n", [round(1.23456789e30)]),
    io:format("~p~n", [float(1 bsl 1023)]),
    io:format("~p~n", [s(catch float(1 bsl 1024))]),
    io:format("~p~n", [id(5.0e-324) / 2]),
    io:format("~p~n", [id(1.0) - id(0.9)]),
    io:format("~p~n", [math:sqrt(2)]),
    io:format("~p~n", [erlang:list_to_float("1.0e-320")]),
    io:format("~p ~p~n", [1.0e16 + 1, 1.0e16 + 2]),
    ok.

s({'EXIT', {Reason, [{_, _, _, _} | _]}}) -> {'EXIT', Reason};
s(Other) -> Other.
