-module(op_tuple_dispatch).
-export([main/0, shape/1, msg/1, swap/1, unwrap/1]).

unwrap({ok, V}) -> V;
unwrap(_) -> none.
%% Targets select_tuple_arity, test_arity, is_tagged_tuple, is_tuple,
%% get_tuple_element, put_tuple2.

shape({point, X, Y}) -> {pt, X + Y};
shape({circle, _, R}) -> {circ, R};
shape({rect, W, H, _}) -> {rect, W * H};
shape({A}) -> {single, A};
shape({A, B}) -> {pair, A, B};
shape({}) -> empty;
shape(T) when is_tuple(T) -> {big, tuple_size(T)};
shape(_) -> not_tuple.

msg({ok, V}) -> V;
msg({error, R}) -> {failed, R};
msg({reply, To, V}) -> {To, V};
msg(_) -> ignored.

swap({A, B}) -> {B, A}.

main() ->
    Ts = [{point, 1, 2}, {circle, c, 5}, {rect, 2, 3, x}, {only}, {x, y}, {}, {1, 2, 3, 4, 5}, notuple,
          {point, 1}, {circle, 1, 2, 3}],
    io:format("~p~n", [[shape(T) || T <- Ts]]),
    io:format("~p~n", [[msg(M) || M <- [{ok, 1}, {error, e}, {reply, me, 2}, {ok, 1, 2}, ok]]]),
    io:format("~p~n", [swap({left, right})]),
    io:format("~p~n", [[unwrap(X) || X <- [{ok, 1}, {ok, 1, 2}, {error, 1}, ok]]]),
    io:format("~p~n", [[{X, Y, Z} || {X, Y, Z} <- [{1, 2, 3}, {a, b}, {x, y, z}]]]),
    ok.
