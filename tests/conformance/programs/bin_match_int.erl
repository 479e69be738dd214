-module(bin_match_int).
-export([main/0]).

id(X) -> X.

main() ->
    B = id(<<1, 2, 3, 4, 5, 6, 7, 8, 255, 254>>),
    <<A:8, Bv:16, C:32/little, Rest/binary>> = B,
    io:format("~p ~p ~p ~p~n", [A, Bv, C, Rest]),
    <<S1:8/signed, S2:16/signed-little, _/binary>> = <<255, 254, 255, 0>>,
    io:format("~p ~p~n", [S1, S2]),
    <<X:4, Y:4, Z:3, W:5>> = <<16#AB, 16#CD>>,
    io:format("~p ~p ~p ~p~n", [X, Y, Z, W]),
    <<Big:80>> = <<1:80>>,
    io:format("~p~n", [Big]),
    <<Big2:72/little>> = <<255, 255, 255, 255, 255, 255, 255, 255, 1>>,
    io:format("~p~n", [Big2]),
    <<Neg:72/signed>> = <<255, 255, 255, 255, 255, 255, 255, 255, 0>>,
    io:format("~p~n", [Neg]),
    Len = id(3),
    <<Hdr:Len/binary, Tail/bits>> = <<"abcdefg">>,
    io:format("~p ~p~n", [Hdr, Tail]),
    <<N:8, Payload:N/binary, More/binary>> = <<3, "xyz", "rest">>,
    io:format("~p ~p ~p~n", [N, Payload, More]),
    <<U:2/unit:8, _/binary>> = <<1, 0, 9>>,
    io:format("~p~n", [U]),
    io:format("~p~n", [parse_varints(<<172, 2, 1, 150, 1, 0>>, [])]),
    io:format("~p~n", [case id(<<1, 2>>) of <<1, Q>> -> {one, Q}; <<2, Q>> -> {two, Q} end]),
    io:format("~p~n", [case id(<<5, 1:1>>) of <<_:8>> -> bytes; <<_:8, _:1>> -> nine_bits end]),
    io:format("~p~n", [[V || <<V:12>> <= <<1, 2, 3, 4, 5, 6>>]]),
    io:format("~p~n", [sum16(<<1, 0, 2, 0, 3, 0>>, 0)]),
    ok.

parse_varints(<<>>, Acc) -> lists:reverse(Acc);
parse_varints(Bin, Acc) -> {V, R} = varint(Bin, 0, 0), parse_varints(R, [V | Acc]).

varint(<<1:1, B:7, Rest/binary>>, Shift, Acc) -> varint(Rest, Shift + 7, Acc bor (B bsl Shift));
varint(<<0:1, B:7, Rest/binary>>, Shift, Acc) -> {Acc bor (B bsl Shift), Rest}.

sum16(<<V:16/little, R/binary>>, Acc) -> sum16(R, Acc + V);
sum16(<<>>, Acc) -> Acc.
