-module(t2b_roundtrip).
-export([main/0]).

main() ->
    Terms = [0, -5, 1 bsl 100, -(1 bsl 100), 3.5, atom, "string", <<"bin">>, <<7:3>>,
             {a, [b, {c}], #{d => e}}, [], {}, #{}, [1 | 2],
             maps:from_list([{N, {N}} || N <- lists:seq(1, 40)]),
             list_to_tuple(lists:seq(1, 300)), lists:seq(1, 1000),
             'atom with spaces', 'ünïcödé', [{<<>>, [<<>>]}]],
    lists:foreach(
      fun(T) ->
              B = term_to_binary(T),
              T2 = binary_to_term(B),
              io:format("~p ~p ~p~n", [T2 =:= T, byte_size(B), erlang:phash2(B)])
      end, Terms),
    io:format("~p~n", [binary_to_term(<<131, 100, 0, 3, 97, 98, 99>>)]),
    io:format("~p~n", [binary_to_term(<<131, 119, 3, 97, 98, 99>>)]),
    io:format("~p~n", [binary_to_term(<<131, 118, 0, 3, 97, 98, 99>>)]),
    io:format("~p~n", [binary_to_term(<<131, 107, 0, 2, 1, 2>>)]),
    io:format("~p~n", [binary_to_term(<<131, 110, 1, 1, 5>>)]),
    io:format("~p~n", [binary_to_term(<<131, 99, "1.50000000000000000000e+00", 0:40>>)]),
    {T3, Used} = binary_to_term(<<131, 97, 5, "extra">>, [used]),
    io:format("~p ~p~n", [T3, Used]),
    io:format("~p~n", [try binary_to_term(<<131, 200>>) catch error:R -> R end]),
    io:format("~p~n", [try binary_to_term(<<1, 2, 3>>) catch error:R2 -> R2 end]),
    io:format("~p~n", [try binary_to_term(<<131, 100, 0, 3, 97>>) catch error:R3 -> R3 end]),
    ok.
