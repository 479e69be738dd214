-module(bin_construct_mixed).
-export([main/0, pack/3]).

pack(Type, Payload, Flags) ->
    Len = byte_size(Payload),
    <<Type:4, Flags:4/bits, Len:16/little, Payload/binary, (erlang:crc32(Payload)):32>>.

main() ->
    P = pack(3, <<"payload">>, <<2#1010:4>>),
    io:format("~w~n", [P]),
    <<T:4, F:4/bits, L:16/little, Body:L/binary, Crc:32>> = P,
    io:format("~p ~p ~p ~p ~p~n", [T, F, L, Body, Crc =:= erlang:crc32(Body)]),
    Sz = 5, U = 3,
    io:format("~w~n", [<<7:Sz/unit:3>>]),
    io:format("~w~n", [<<(<<"abcdef">>):U/binary>>]),
    io:format("~w~n", [<<(<<"abcdef">>):2/binary-unit:16>>]),
    io:format("~w~n", [<<(<<1:5>>):3/bits>>]),
    io:format("~w~n", [<<1.5:64/float-native>> =:= <<1.5:64/float-little>> orelse <<1.5:64/float-native>> =:= <<1.5:64/float-big>>]),
    Parts = [<<I:I>> || I <- lists:seq(1, 8)],
    io:format("~w~n", [Parts]),
    io:format("~w~n", [list_to_bitstring(Parts)]),
    io:format("~p~n", [try <<(<<"ab">>):3/binary>> catch error:R -> R end]),
    io:format("~p~n", [try pack(1, not_bin, <<0:4>>) catch error:R2 -> R2 end]),
    ok.
