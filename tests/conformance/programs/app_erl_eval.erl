-module(app_erl_eval).
-export([main/0]).

eval(Src) ->
    {ok, Toks, _} = erl_scan:string(Src),
    {ok, Exprs} = erl_parse:parse_exprs(Toks),
    {value, V, _} = erl_eval:exprs(Exprs, erl_eval:new_bindings()),
    V.

main() ->
    Srcs = ["1 + 2 * 3.",
            "lists:sum([X * X || X <- lists:seq(1, 10)]).",
            "F = fun(N) -> N * 2 end, F(21).",
            "case {a, 1} of {a, N} when N > 0 -> pos; _ -> other end.",
            "#{k := V} = #{k => 42}, V + 1.",
            "<<A:4, B:4>> = <<16#5F>>, {A, B}.",
            "try throw(x) catch throw:T -> {caught, T} end.",
            "Fact = fun Fact(0) -> 1; Fact(K) -> K * Fact(K - 1) end, Fact(25).",
            "string:join([\"a\", \"b\"], \"-\").",
            "[{X, Y} || X <- [1, 2], Y <- [a, b], X =/= 2 orelse Y =:= b]."],
    [io:format("~s~n  => ~p~n", [S, eval(S)]) || S <- Srcs],
    io:format("~p~n", [try eval("1 + a.") catch error:E -> E end]),
    ok.
