-module(op_select_val_jump).
-export([main/0, day/1, sparse/1, color/1, small_float/1]).
%% Targets select_val on atoms and integers (dense and sparse).

day(1) -> mon; day(2) -> tue; day(3) -> wed; day(4) -> thu;
day(5) -> fri; day(6) -> sat; day(7) -> sun; day(_) -> bad.

sparse(0) -> zero; sparse(10) -> ten; sparse(100) -> hundred;
sparse(1000000) -> million; sparse(-1) -> minus_one; sparse(_) -> other.

color(red) -> 16#FF0000; color(green) -> 16#00FF00; color(blue) -> 16#0000FF;
color(white) -> 16#FFFFFF; color(_) -> 0.

small_float(0.5) -> half;
small_float(1.0) -> one;
small_float(_) -> other.

main() ->
    io:format("~p~n", [[day(N) || N <- lists:seq(0, 8)]]),
    io:format("~p~n", [[sparse(N) || N <- [0, 10, 100, 1000000, -1, 5]]]),
    io:format("~.16B~n", [lists:foldl(fun(C, A) -> A bor color(C) end, 0, [red, blue, pink])]),
    io:format("~p~n", [[small_float(X) || X <- [0.5, 1.0, 1, 2.0]]]),
    ok.
