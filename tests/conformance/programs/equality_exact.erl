-module(equality_exact).
-export([main/0]).

id(X) -> X.

main() ->
    L = [{1, 1}, {1, 1.0}, {1.0, 1.0}, {0, -0.0}, {0.0, -0.0}, {a, a}, {"a", [97]},
         {<<"a">>, "a"}, {{1, 2.0}, {1, 2}}, {[1.0], [1]}, {#{a => 1}, #{a => 1.0}},
         {#{1 => a}, #{1.0 => a}}, {1 bsl 70, (1 bsl 70) + 0}, {float(1 bsl 70), 1 bsl 70},
         {<<1:4>>, <<1:4>>}, {<<16#10:8>>, <<1:4, 0:4>>}, {[], []}, {{}, {}}],
    lists:foreach(
      fun({A, B}) ->
              X = id(A), Y = id(B),
              io:format("~w ~w: == ~p, =:= ~p, /= ~p, =/= ~p~n", [X, Y, X == Y, X =:= Y, X /= Y, X =/= Y])
      end, L),
    F = fun(X) when X == 1 -> eq; (X) when X =:= 2 -> exact; (_) -> other end,
    io:format("~p~n", [[F(id(V)) || V <- [1, 1.0, 2, 2.0, 3]]]),
    io:format("~p~n", [case id(1.0) of 1 -> int; 1.0 -> float end]),
    io:format("~p~n", [lists:member(1.0, [1, 2])]),
    io:format("~p~n", [lists:keyfind(1.0, 1, [{1, a}])]),
    io:format("~p~n", [lists:keysearch(1, 1, [{1.0, a}, {1, b}])]),
    ok.
