-module(nested_case_match).
-export([main/0]).

eval({num, N}) -> N;
eval({add, A, B}) -> eval(A) + eval(B);
eval({mul, A, B}) -> eval(A) * eval(B);
eval({neg, A}) -> -eval(A);
eval({'if', C, T, E}) ->
    case eval(C) of
        0 -> eval(E);
        _ -> eval(T)
    end;
eval({let_, Name, V, Body}) ->
    eval(subst(Body, Name, eval(V)));
eval({var, V}) -> error({unbound, V}).

subst({var, N}, N, V) -> {num, V};
subst(T, N, V) when is_tuple(T) ->
    list_to_tuple([case E of
                       X when is_tuple(X) -> subst(X, N, V);
                       X -> X
                   end || E <- tuple_to_list(T)]);
subst(X, _, _) -> X.

simplify({add, {num, 0}, X}) -> simplify(X);
simplify({add, X, {num, 0}}) -> simplify(X);
simplify({mul, {num, 1}, X}) -> simplify(X);
simplify({mul, {num, 0}, _}) -> {num, 0};
simplify({Op, A, B}) when Op =:= add; Op =:= mul ->
    case {simplify(A), simplify(B)} of
        {{num, X}, {num, Y}} when Op =:= add -> {num, X + Y};
        {{num, X}, {num, Y}} -> {num, X * Y};
        {SA, SB} -> {Op, SA, SB}
    end;
simplify(X) -> X.

main() ->
    E1 = {add, {num, 2}, {mul, {num, 3}, {num, 4}}},
    io:format("~p~n", [eval(E1)]),
    E2 = {'if', {add, {num, 1}, {neg, {num, 1}}}, {num, 100}, {num, 200}},
    io:format("~p~n", [eval(E2)]),
    E3 = {let_, x, {num, 5}, {mul, {var, x}, {var, x}}},
    io:format("~p~n", [eval(E3)]),
    io:format("~p~n", [simplify({add, {num, 0}, {mul, {num, 1}, {add, {num, 2}, {num, 3}}}})]),
    io:format("~p~n", [simplify({mul, {var, y}, {add, {num, 0}, {var, z}}})]),
    io:format("~p~n", [try eval({var, q}) catch error:R -> R end]),
    ok.
