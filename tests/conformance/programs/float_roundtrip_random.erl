-module(float_roundtrip_random).
-export([main/0]).

lcg(S) -> (S * 6364136223846793005 + 1442695040888963407) band 16#FFFFFFFFFFFFFFFF.

rand_floats(0, _, Acc) -> lists:reverse(Acc);
rand_floats(N, S, Acc) ->
    S2 = lcg(S),
    <<F:64/float>> = <<(S2 band 16#7FEFFFFFFFFFFFFF):64>>,
    rand_floats(N - 1, S2, [F | Acc]).

main() ->
    Fs = rand_floats(60, 12345, []),
    [io:format("~p ~s~n", [F, float_to_list(F, [{scientific, 17}])]) || F <- lists:sublist(Fs, 30)],
    Ok = [list_to_float(float_to_list(F, [short])) =:= F || F <- Fs],
    io:format("~p~n", [lists:all(fun(X) -> X end, Ok)]),
    Ok2 = [binary_to_term(term_to_binary(F)) =:= F || F <- Fs],
    io:format("~p~n", [lists:all(fun(X) -> X end, Ok2)]),
    Small = [F / 1.0e300 || F <- lists:sublist(Fs, 31, 10)],
    io:format("~p~n", [Small]),
    Ints = [trunc(F) rem 1000 || F <- lists:sublist(Fs, 5), F < 1.0e30],
    io:format("~p~n", [Ints]),
    ok.
