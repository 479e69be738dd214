-module(app_rpn_calc).
-export([main/0]).

rpn(Expr) ->
    try lists:foldl(fun step/2, [], string:lexemes(Expr, " ")) of
        [Result] -> {ok, Result};
        Stack -> {error, {leftover, Stack}}
    catch
        throw:Reason -> {error, Reason};
        error:badarith -> {error, arithmetic}
    end.

step("+", [B, A | S]) -> [A + B | S];
step("-", [B, A | S]) -> [A - B | S];
step("*", [B, A | S]) -> [A * B | S];
step("/", [B, A | S]) -> [A / B | S];
step("^", [B, A | S]) -> [math:pow(A, B) | S];
step("neg", [A | S]) -> [-A | S];
step("sum", S) -> [lists:sum(S)];
step(Op, S) when Op =:= "+"; Op =:= "-"; Op =:= "*"; Op =:= "/"; Op =:= "^"; Op =:= "neg" ->
    throw({stack_underflow, Op, length(S)});
step(Tok, S) ->
    case string:to_integer(Tok) of
        {N, []} -> [N | S];
        _ -> case string:to_float(Tok) of
                 {F, []} -> [F | S];
                 _ -> throw({bad_token, Tok})
             end
    end.

main() ->
    Exprs = ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 ^", "10 4 /", "1.5 2 *", "1 2 3 4 sum",
             "1 +", "1 0 /", "1 2", "foo", "7 neg 2 *", "99999999999999999999 2 *"],
    [io:format("~-28s => ~p~n", [E, rpn(E)]) || E <- Exprs],
    ok.
