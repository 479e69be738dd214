-module(op_is_ne_compare).
-export([main/0, ne/2, eq/2, cmp/2, not01/1]).

%% Targets is_ne / is_eq (arithmetic comparison of values of unknown type),
%% is_lt / is_ge and select_val.

ne(X, Y) when X /= Y -> different;
ne(_, _) -> same.

eq(X, Y) when X == Y -> equal;
eq(_, _) -> not_equal.

cmp(X, Y) when X < Y -> lt;
cmp(X, Y) when X >= Y, X =< Y -> eq;
cmp(_, _) -> gt.

not01(X) when X /= 0, X /= 1 -> neither;
not01(_) -> zero_or_one.

sel(1) -> one;
sel(2) -> two;
sel(3) -> three;
sel(a) -> atom_a;
sel(b) -> atom_b;
sel(_) -> other.

main() ->
    Pairs = [{1, 1}, {1, 1.0}, {1, 2}, {a, a}, {a, b}, {"x", "x"}, {{1}, {1.0}}, {0.0, -0.0},
             {1 bsl 80, 1 bsl 80}, {1 bsl 80, float(1 bsl 80)}, {[1], [1.0]}],
    [io:format("~w ~w: ~p ~p ~p~n", [A, B, ne(A, B), eq(A, B), cmp(A, B)]) || {A, B} <- Pairs],
    io:format("~p~n", [[sel(X) || X <- [1, 2, 3, 4, a, b, c, 1.0]]]),
    io:format("~p~n", [[X || X <- [1, 2.0, 3, 4.0], X /= 2]]),
    io:format("~p~n", [[not01(X) || X <- [0, 1, 0.0, 1.0, 2, a]]]),
    ok.
