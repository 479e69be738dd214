-module(op_bs_position).
-export([main/0]).
%% Targets bs_get_position / bs_set_position (backtracking between
%% clauses of a binary match), bs_test_tail2, bs_skip_bits2, bs_test_unit.

classify(<<1, X:8, _/binary>>) when X > 100 -> {one_big, X};
classify(<<1, X:16>>) -> {one_word, X};
classify(<<1, _:4, Y:4, Rest/binary>>) -> {one_nibble, Y, byte_size(Rest)};
classify(<<2, Len:8, Data:Len/binary>>) -> {two_exact, Data};
classify(<<2, Len:8, _/binary>>) -> {two_short, Len};
classify(<<_:8, Tail/bitstring>>) when bit_size(Tail) rem 8 =/= 0 -> odd_bits;
classify(<<>>) -> empty;
classify(_) -> other.

fields(<<A:3, B:5, C:8, _:8, D:8>>) -> {A, B, C, D};
fields(<<A:3, _/bitstring>>) -> {only_a, A}.

main() ->
    Bins = [<<1, 200>>, <<1, 0, 5>>, <<1, 16#3C, 9, 9>>, <<2, 3, "abc">>, <<2, 3, "ab">>,
            <<2, 3, "abcd">>, <<9, 1:3>>, <<>>, <<7>>],
    [io:format("~w -> ~p~n", [B, classify(B)]) || B <- Bins],
    io:format("~p~n", [fields(<<16#A5, 1, 2, 3>>)]),
    io:format("~p~n", [fields(<<16#A5>>)]),
    ok.
