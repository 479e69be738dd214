-module(op_float_block).
-export([main/0, poly/1, neg/1, negsum/2, mixed/2, dist/2, lerp/3, horner/3]).
%% Targets fconv, fmove, fadd, fsub, fmul, fdiv, fnegate: arithmetic on
%% values the compiler knows to be floats (is_float guards) or mixes with
%% integers (fconv).

poly(X) when is_float(X) -> 3.0 * X * X - 2.0 * X + 1.0 / (X + 10.0).

neg(X) when is_float(X) -> -X * 2.0.

negsum(X, Y) when is_float(X), is_float(Y) -> -(X + Y).

mixed(I, F) when is_integer(I), is_float(F) -> I * F + I / F - F.

dist({X1, Y1}, {X2, Y2}) when is_float(X1), is_float(Y1), is_float(X2), is_float(Y2) ->
    DX = X2 - X1, DY = Y2 - Y1,
    math:sqrt(DX * DX + DY * DY).

lerp(A, B, T) when is_float(A), is_float(B), is_float(T) -> A + (B - A) * T.

horner([], _X, Acc) -> Acc;
horner([C | Cs], X, Acc) when is_float(X), is_float(Acc) -> horner(Cs, X, Acc * X + C).

integrate(F, A, B, N) ->
    H = (B - A) / N,
    H * (F(A) / 2 + F(B) / 2 + lists:sum([F(A + I * H) || I <- lists:seq(1, N - 1)])).

main() ->
    io:format("~p~n", [[poly(X) || X <- [0.0, 1.5, -2.25, 100.0]]]),
    io:format("~p~n", [[neg(X) || X <- [0.0, 1.5, -2.25]]]),
    io:format("~p~n", [negsum(1.25, 2.5)]),
    io:format("~p~n", [mixed(3, 0.5)]),
    io:format("~p~n", [dist({0.0, 0.0}, {3.0, 4.0})]),
    io:format("~p~n", [[lerp(0.0, 10.0, T) || T <- [0.0, 0.25, 0.5, 1.0]]]),
    io:format("~p~n", [horner([1.0, -3.0, 2.0], 2.5, 0.0)]),
    io:format("~.6f~n", [integrate(fun(X) -> X * X end, 0.0, 1.0, 1000)]),
    io:format("~p~n", [try poly(1.0e308) catch error:E -> E end]),
    io:format("~p~n", [try mixed(1, 0.0) catch error:E2 -> E2 end]),
    io:format("~p~n", [try neg(1.7976931348623157e308) catch error:E3 -> E3 end]),
    ok.
