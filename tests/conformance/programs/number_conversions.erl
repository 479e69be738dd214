-module(number_conversions).
-export([main/0]).

c(F) -> try F() catch C:R -> {C, R} end.

main() ->
    io:format("~p~n", [integer_to_list(-12345)]),
    io:format("~p~n", [integer_to_binary(1 bsl 65)]),
    io:format("~p~n", [list_to_integer("-0")]),
    io:format("~p~n", [float_to_list(2.0)]),
    io:format("~p~n", [float_to_binary(2.0, [short])]),
    io:format("~p~n", [float_to_list(1.0e-5, [short])]),
    io:format("~p~n", [float_to_list(123456789012345.0, [short])]),
    io:format("~p~n", [list_to_float("3.0")]),
    io:format("~p~n", [c(fun() -> list_to_float("3") end)]),
    io:format("~p~n", [c(fun() -> list_to_float("3.") end)]),
    io:format("~p~n", [c(fun() -> list_to_float(".3") end)]),
    io:format("~p~n", [list_to_float("3.0e2")]),
    io:format("~p~n", [list_to_float("1.0E+2")]),
    io:format("~p~n", [float(1 bsl 62)]),
    io:format("~p~n", [trunc(float(1 bsl 62))]),
    io:format("~p~n", [erlang:float_to_list(1/3, [{decimals, 20}])]),
    io:format("~p~n", [binary_to_integer(<<"+17">>)]),
    io:format("~p~n", [c(fun() -> binary_to_integer(<<" 17">>) end)]),
    io:format("~p~n", [list_to_integer("zz", 36)]),
    io:format("~p~n", [erlang:integer_to_list(255, 16)]),
    io:format("~p~n", [erlang:list_to_integer("-FF", 16)]),
    io:format("~p~n", [c(fun() -> integer_to_list(1.0) end)]),
    io:format("~p~n", [c(fun() -> float_to_list(1) end)]),
    io:format("~p~n", [[is_integer(X) || X <- [1, 1.0, 1 bsl 70, a]]]),
    io:format("~p~n", [[is_float(X) || X <- [1, 1.0, -0.0]]]),
    io:format("~p~n", [[is_number(X) || X <- [1, 1.0, "1"]]]),
    ok.
