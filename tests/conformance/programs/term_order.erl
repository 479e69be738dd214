-module(term_order).
-export([main/0]).

main() ->
    Terms = [{1, 2}, [], [a], "abc", <<"abc">>, <<1:3>>, 1, 1.0, 0.5, -3,
             100000000000000000000, atom, 'Atom', '', {}, {a}, {a, b, c}, #{}, #{a => 1},
             #{b => 1, a => 2}, [1 | 2], [a, b], 2.0, <<>>, <<0>>, "ab", {2},
             -100000000000000000000, 'zzz', {1, 1}, [[]], #{1 => a}, #{1.0 => a}],
    io:format("~p~n", [lists:sort(Terms)]),
    io:format("~p~n", [lists:usort(Terms)]),
    io:format("~p~n", [lists:reverse(lists:sort(Terms))]),
    Pairs = [{1, 1.0}, {1, 2}, {a, 1}, {[], {}}, {{}, []}, {<<>>, []}, {#{}, {}},
             {#{}, []}, {"a", <<"a">>}, {{1, 2}, {1, 2, 3}}, {{2}, {1, 1}},
             {#{a => 1}, #{b => 0}}, {#{a => 2}, #{a => 1}}, {#{1 => x}, #{1.0 => x}},
             {[1, 2], [1 | 2]}, {1.0, 1}, {0.0, -0.0}, {<<1:1>>, <<0:2>>}],
    lists:foreach(
      fun({A, B}) ->
              io:format("~w < ~w: ~p  > ~p  == ~p  =:= ~p  =< ~p  >= ~p  /= ~p  =/= ~p~n",
                        [A, B, A < B, A > B, A == B, A =:= B, A =< B, A >= B, A /= B, A =/= B])
      end, Pairs),
    io:format("~p~n", [lists:sort([3, 2.0, 1, 2, 1.0, 3.0])]),
    io:format("~p~n", [lists:usort([3, 2.0, 1, 2, 1.0, 3.0])]),
    io:format("~p~n", [erlang:max(1, 1.0)]),
    io:format("~p~n", [erlang:min(1, 1.0)]),
    io:format("~p~n", [max(1.0, 1)]),
    ok.
