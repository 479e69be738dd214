-module(t2b_basic_terms).
-export([main/0]).

main() ->
    Terms = [0, 1, 255, 256, -1, 2147483647, 2147483648, -2147483648, -2147483649,
             1 bsl 64, -(1 bsl 64), 1 bsl 300, 12345678901234567890123,
             a, 'hello', '', 'ü', true, [], "abc", [1, 2, 3], [300, 400], [a | b],
             lists:seq(1, 300)],
    lists:foreach(
      fun(T) -> io:format("~w~n", [term_to_binary(T)]) end, Terms),
    ok.
