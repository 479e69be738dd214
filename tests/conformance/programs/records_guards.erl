-module(records_guards).
-export([main/0]).

-record(circle, {r}).
-record(rect, {w, h}).
-record(tri, {a, b, c}).

area(#circle{r = R}) when is_number(R), R >= 0 -> 3.0 * R * R;
area(#rect{w = W, h = H}) -> W * H;
area(#tri{a = A, b = B, c = C}) ->
    S = (A + B + C) / 2,
    math:sqrt(S * (S - A) * (S - B) * (S - C));
area(_) -> unknown.

kind(S) when is_record(S, circle) -> round;
kind(S) when is_record(S, rect, 3) -> boxy;
kind(S) when element(1, S) =:= tri -> pointy;
kind(_) -> other.

main() ->
    Shapes = [#circle{r = 2}, #rect{w = 3, h = 4}, #tri{a = 3, b = 4, c = 5}, {circle}, foo,
              #circle{r = -1}, {rect, 1}],
    [io:format("~p: ~p ~p~n", [S, area(S), kind(S)]) || S <- Shapes],
    io:format("~p~n", [[R || #circle{r = R} <- Shapes]]),
    ok.
