-module(closures_capture).
-export([main/0]).

make_counter(Start) ->
    fun(inc) -> make_counter(Start + 1);
       (get) -> Start
    end.

adders() -> [fun(X) -> X + N end || N <- lists:seq(1, 5)].

make_acc(Items) ->
    Len = length(Items),
    Sum = lists:sum(Items),
    fun(avg) -> Sum / Len; (len) -> Len; (sum) -> Sum; (items) -> Items end.

main() ->
    C0 = make_counter(10),
    C1 = C0(inc),
    C2 = C1(inc),
    io:format("~p ~p ~p~n", [C0(get), C1(get), C2(get)]),
    io:format("~p~n", [[F(100) || F <- adders()]]),
    A = make_acc([3, 4, 5, 6]),
    io:format("~p ~p ~p ~p~n", [A(avg), A(len), A(sum), A(items)]),
    X = 1, Y = {tuple, [list]}, Z = <<"bin">>, W = #{k => v},
    F = fun() -> {X, Y, Z, W} end,
    io:format("~p~n", [F()]),
    G = fun(P) -> fun(Q) -> fun(R) -> [X, P, Q, R] end end end,
    io:format("~p~n", [((G(2))(3))(4)]),
    Shadow = fun(X1) -> X1 * 10 end,
    io:format("~p~n", [Shadow(5)]),
    Fs = lists:map(fun(I) -> fun() -> I * I end end, [1, 2, 3]),
    io:format("~p~n", [[H() || H <- Fs]]),
    io:format("~p~n", [erlang:fun_info(F, arity)]),
    {env, Env} = erlang:fun_info(F, env),
    io:format("~p~n", [length(Env)]),
    io:format("~p~n", [F =:= F]),
    ok.
