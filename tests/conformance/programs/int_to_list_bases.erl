-module(int_to_list_bases).
-export([main/0]).

main() ->
    Ns = [0, 1, -1, 7, 255, -255, 4096, 123456789, -987654321, 1 bsl 64, -(1 bsl 100), 36#ZZZZ],
    lists:foreach(
      fun(N) ->
              io:format("~p: ~s ~s ~s ~s ~s~n",
                        [N, integer_to_list(N, 2), integer_to_list(N, 8), integer_to_list(N, 16),
                         integer_to_list(N, 36), integer_to_binary(N, 7)])
      end, Ns),
    io:format("~p~n", [integer_to_binary(-42)]),
    io:format("~p~n", [integer_to_list(16#DEADBEEF, 16)]),
    io:format("~.2B ~.8B ~.16B ~.36B~n", [10, 64, 255, 1295]),
    io:format("~.16b ~.16x ~.16X~n", [255, 255, "0x", 255, "0x"]),
    io:format("~B ~b ~10B| ~-10B| ~10.16B|~n", [-99, 99, 42, 42, 255]),
    io:format("~#~n", [255]),
    io:format("~.16#~n", [255]),
    io:format("~p~n", [s(catch integer_to_list(10, 37))]),
    io:format("~p~n", [s(catch integer_to_list(10, 1))]),
    io:format("~p~n", [16#ff + 8#17 + 2#101 + 36#z]),
    ok.

s({'EXIT', {Reason, [{_, _, _, _} | _]}}) -> {'EXIT', Reason};
s(Other) -> Other.
