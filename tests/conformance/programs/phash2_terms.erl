-module(phash2_terms).
-export([main/0]).

main() ->
    Terms = [0, 1, -1, 42, 1 bsl 27, 1 bsl 32, 1 bsl 60, 1 bsl 64, -(1 bsl 64), 12345678901234567890,
             1.0, 0.5, -2.5, 0.0, 3.14159,
             a, ok, error, '', 'hello world', true,
             [], [1], [1, 2, 3], "abc", [a | b], lists:seq(1, 50),
             {}, {a}, {a, b}, {1, {2, {3}}},
             <<>>, <<1>>, <<"hello">>, <<1:3>>, <<1, 2, 3:4>>, list_to_binary(lists:seq(0, 255)),
             #{}, #{a => 1}, #{b => 2, a => 1}, maps:from_list([{N, N} || N <- lists:seq(1, 40)])],
    lists:foreach(
      fun(T) ->
              io:format("~w: ~p ~p ~p~n", [T, erlang:phash2(T), erlang:phash2(T, 1000),
                                            erlang:phash2(T, 1 bsl 32)])
      end, Terms),
    ok.
