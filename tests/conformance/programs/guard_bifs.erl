-module(guard_bifs).
-export([main/0]).

g1(X) when abs(X) > 5 -> big;
g1(_) -> small.

g2(T) when element(2, T) =:= b -> second_b;
g2(T) when tuple_size(T) =:= 3 -> triple;
g2(_) -> other.

g3(L) when hd(L) =:= x -> starts_x;
g3(L) when length(L) > 2, tl(L) =/= [] -> longish;
g3(_) -> other.

g4(M) when map_size(M) > 1, is_map_key(k, M) -> has_k;
g4(M) when is_map(M), map_get(z, M) =:= 1 -> z_is_1;
g4(_) -> other.

g5(B) when byte_size(B) > 2, binary_part(B, 0, 1) =:= <<"a">> -> a_bin;
g5(B) when bit_size(B) rem 8 =/= 0 -> unaligned;
g5(_) -> other.

g6(X) when float(X) > 2.5 -> gt;
g6(X) when round(X) =:= 2; trunc(X) =:= 1 -> near;
g6(_) -> other.

g7(X) when X rem 2 =:= 0, X div 2 > 3 -> even_big;
g7(X) when X band 1 =:= 1, X bsr 1 >= 2 -> odd_big;
g7(X) when -X < 0, +X > 0 -> pos;
g7(_) -> other.

g8(X) when is_atom(X), node() =:= nonode@nohost -> local_atom;
g8(X) when is_pid(X); is_reference(X); is_port(X) -> handle;
g8(X) when is_number(X), X >= 10, is_integer(X) -> gte10;
g8(X) when is_number(X), 0 >= X -> lte0;
g8(_) -> other.

g9(X) when is_boolean(X) -> bool;
g9(X) when is_list(X), not (length(X) > 1) -> short;
g9(X) when is_tuple(X) and (tuple_size(X) > 1) -> tup;
g9(X) when (is_integer(X) xor is_float(X)) and (X > 100) -> big_num;
g9(_) -> other.

g10(X) when is_function(X, 2) -> f2;
g10(X) when is_record(X, r, 2) -> rec;
g10(X) when floor(X) =:= 3; ceil(X) =:= 7 -> fc;
g10(_) -> other.

main() ->
    io:format("~p~n", [[g1(X) || X <- [-10, 3, 6, -2]]]),
    io:format("~p~n", [[g2(X) || X <- [{a, b}, {1, 2, 3}, {x}, notuple]]]),
    io:format("~p~n", [[g3(X) || X <- [[x], [a, b, c], [], [a]]]]),
    io:format("~p~n", [[g4(X) || X <- [#{k => 1, j => 2}, #{z => 1}, #{z => 2}, #{}]]]),
    io:format("~p~n", [[g5(X) || X <- [<<"abc">>, <<1:3>>, <<"xyz">>, <<"a">>]]]),
    io:format("~p~n", [[g6(X) || X <- [3, 2.2, 1.4, 0, a]]]),
    io:format("~p~n", [[g7(X) || X <- [8, 4, 7, 3, 1, -1]]]),
    io:format("~p~n", [[g8(X) || X <- [abc, self(), 20, -4, 5]]]),
    io:format("~p~n", [[g9(X) || X <- [true, [1], [1, 2], {1, 2}, 200, 200.5, 50]]]),
    io:format("~p~n", [[g10(X) || X <- [fun erlang:'+'/2, {r, 1}, 3.5, 6.5, 1]]]),
    ok.
