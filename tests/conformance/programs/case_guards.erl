-module(case_guards).
-export([main/0]).

classify(X) ->
    case X of
        0 -> zero;
        N when is_integer(N), N < 0 -> negative_int;
        N when is_integer(N), N > 1000000 -> big_int;
        N when is_integer(N) -> pos_int;
        F when is_float(F), F < 0.0 -> neg_float;
        F when is_float(F) -> float;
        A when is_atom(A) -> {atom, A};
        [] -> empty_list;
        [_ | _] = L when length(L) > 3 -> long_list;
        [_ | _] -> short_list;
        {} -> empty_tuple;
        {_, _} -> pair;
        T when is_tuple(T), tuple_size(T) > 2 -> {tuple, tuple_size(T)};
        B when is_binary(B), byte_size(B) =:= 0 -> empty_bin;
        B when is_binary(B) -> {bin, byte_size(B)};
        B when is_bitstring(B) -> bits;
        M when is_map(M), map_size(M) =:= 0 -> empty_map;
        M when is_map(M) -> map;
        F when is_function(F, 1) -> fun1;
        F when is_function(F) -> fun_other;
        _ -> other
    end.

main() ->
    Vals = [0, -5, 5, 10000000, -1.5, 2.5, foo, [], [1, 2], [1, 2, 3, 4], {}, {1, 2}, {1, 2, 3},
            <<>>, <<1, 2>>, <<1:1>>, #{}, #{a => 1}, fun(_) -> ok end, fun() -> ok end, self()],
    [io:format("~p~n", [classify(V)]) || V <- Vals],
    ok.
