-module(t2b_compound).
-export([main/0]).

main() ->
    Terms = [{}, {a}, {1, 2, 3}, list_to_tuple(lists:seq(1, 256)),
             #{}, #{a => 1}, #{b => 2, a => 1, c => [x]},
             maps:from_list([{N, N} || N <- lists:seq(1, 33)]),
             <<>>, <<1, 2, 3>>, <<1:3>>, <<1, 2, 3:5>>, {<<"bin">>, "str", 'atom', 1.5},
             [{k, v}, {k2, [nested, {deep}]}],
             1.0, -1.0, 0.1, 3.141592653589793, 1.0e300, -0.0],
    lists:foreach(
      fun(T) -> io:format("~w~n", [term_to_binary(T)]) end, Terms),
    io:format("~w~n", [term_to_binary(abc, [{minor_version, 1}])]),
    io:format("~w~n", [term_to_binary(1.5, [{minor_version, 0}])]),
    io:format("~w~n", [term_to_binary(hello, [{minor_version, 2}])]),
    io:format("~w~n", [term_to_binary("abc", [deterministic])]),
    ok.
