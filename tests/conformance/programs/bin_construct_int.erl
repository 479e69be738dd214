-module(bin_construct_int).
-export([main/0]).

id(X) -> X.

main() ->
    N = id(16#1234), Neg = id(-2),
    io:format("~w~n", [<<N:16>>]),
    io:format("~w~n", [<<N:16/little>>]),
    io:format("~w~n", [<<N:16/native-unsigned>> =:= <<N:16/little>> orelse <<N:16/native>> =:= <<N:16/big>>]),
    io:format("~w~n", [<<N:32/big-unsigned-integer>>]),
    io:format("~w~n", [<<Neg:8>>]),
    io:format("~w~n", [<<Neg:16/signed-little>>]),
    io:format("~w~n", [<<Neg:12>>]),
    io:format("~w~n", [<<N:4>>]),
    io:format("~w~n", [<<1:1, 0:1, 1:1, 1:5>>]),
    io:format("~w~n", [<<300:8>>]),
    io:format("~w~n", [<<(id(1 bsl 70)):80>>]),
    io:format("~w~n", [<<(id(-(1 bsl 70))):80/little>>]),
    io:format("~w~n", [<<(id(16#0102030405060708)):64/little>>]),
    Size = id(24),
    io:format("~w~n", [<<N:Size>>]),
    io:format("~w~n", [<<N:(Size div 2)/unit:2>>]),
    io:format("~w~n", [<<N:3/unit:8>>]),
    io:format("~w~n", [<<1, 2, 3, (id(4)), (id(5)):8>>]),
    io:format("~w~n", [<<"abc", $d, "ef">>]),
    io:format("~w~n", [<<0:0>>]),
    io:format("~w~n", [<<(id(255)):0>>]),
    io:format("~w~n", [<<(id(7)):3, (id(1)):5>>]),
    io:format("~w~n", [<<(id(-1)):65>>]),
    io:format("~w~n", [<<(id(12345678901234567890)):64>>]),
    io:format("~w~n", [<<(id(5)):7/little>>]),
    io:format("~w~n", [<<(id(16#ABC)):12/little>>]),
    io:format("~p~n", [catch_it(fun() -> <<(id(a)):8>> end)]),
    io:format("~p~n", [catch_it(fun() -> <<(id(1)):(id(-1))>> end)]),
    io:format("~p~n", [catch_it(fun() -> <<(id(1.5)):8>> end)]),
    ok.

catch_it(F) -> try F() catch C:R -> {C, R} end.
