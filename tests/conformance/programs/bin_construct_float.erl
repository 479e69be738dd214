-module(bin_construct_float).
-export([main/0]).

id(X) -> X.

main() ->
    Fs = [0.0, 1.0, -1.0, 0.1, 3.14159, 1.0e100, -0.0, 1.0e-45, 65504.0, 2.5],
    [io:format("~p: ~w ~w ~w~n", [F, <<F:64/float>>, <<F:32/float>>, <<F:64/float-little>>])
     || F <- Fs],
    io:format("~w~n", [<<(id(3)):64/float>>]),
    io:format("~w~n", [<<(id(1 bsl 40)):32/float>>]),
    io:format("~w~n", [<<(id(1.5)):16/float>>]),
    io:format("~w~n", [<<(id(-2.0)):16/float-little>>]),
    io:format("~p~n", [try <<(id(1.0e300)):32/float>> catch error:R -> R end]),
    io:format("~p~n", [try <<(id(1.0)):24/float>> catch error:R2 -> R2 end]),
    <<A:64/float>> = <<(id(0.1)):64/float>>,
    io:format("~p~n", [A]),
    <<B:32/float>> = <<(id(0.1)):32/float>>,
    io:format("~p~n", [B]),
    <<C:16/float>> = <<(id(0.1)):16/float>>,
    io:format("~p~n", [C]),
    ok.
