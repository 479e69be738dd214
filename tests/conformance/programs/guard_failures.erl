-module(guard_failures).
-export([main/0]).

%% Exceptions inside guards make the guard fail silently.
t1(X) when length(X) > 1 -> long_list;
t1(_) -> not_long_list.

t2(X) when X + 1 > 5 -> big;
t2(_) -> not_number_or_small.

t3(X) when element(3, X) =:= c -> third_is_c;
t3(_) -> no_third.

t4(X) when hd(X) =:= 1; is_atom(X) -> hd1_or_atom;
t4(_) -> none.

t5(X) when 1 / X > 0.1 -> ok;
t5(_) -> div_fail.

t6(M) when map_get(k, M) > 0 -> pos_k;
t6(_) -> no_k.

t7(X) when not is_integer(X) -> non_int;
t7(X) when X div 0 =:= 1 -> impossible;
t7(_) -> int.

t8(B) when binary_part(B, 0, 4) =:= <<"HEAD">> -> head;
t8(_) -> short_or_other.

main() ->
    io:format("~p~n", [[t1(X) || X <- [[1, 2], [1], [1 | 2], atom, <<>>]]]),
    io:format("~p~n", [[t2(X) || X <- [10, 1, a, "x", 4.5]]]),
    io:format("~p~n", [[t3(X) || X <- [{a, b, c}, {a, b}, foo, {1, 2, 3}]]]),
    io:format("~p~n", [[t4(X) || X <- [[1], [], foo, [2], 7]]]),
    io:format("~p~n", [[t5(X) || X <- [1, 0, 20, a, 0.0]]]),
    io:format("~p~n", [[t6(X) || X <- [#{k => 1}, #{}, #{k => -1}, notmap]]]),
    io:format("~p~n", [[t7(X) || X <- [1, a, 2.0]]]),
    io:format("~p~n", [[t8(X) || X <- [<<"HEADER">>, <<"HE">>, "HEAD", <<"BODY!">>]]]),
    R = if length([a | b]) > 0 -> first; true -> fallback end,
    io:format("~p~n", [R]),
    ok.
