-module(bin_append_loop).
-export([main/0]).

build(0, Acc) -> Acc;
build(N, Acc) -> build(N - 1, <<Acc/binary, (N rem 256):8>>).

bits(0, Acc) -> Acc;
bits(N, Acc) -> bits(N - 1, <<Acc/bitstring, (N band 1):1>>).

join([], _Sep, Acc) -> Acc;
join([H], _Sep, Acc) -> <<Acc/binary, H/binary>>;
join([H | T], Sep, Acc) -> join(T, Sep, <<Acc/binary, H/binary, Sep/binary>>).

escape(<<>>, Acc) -> Acc;
escape(<<$", R/binary>>, Acc) -> escape(R, <<Acc/binary, "\\\"">>);
escape(<<$\\, R/binary>>, Acc) -> escape(R, <<Acc/binary, "\\\\">>);
escape(<<C, R/binary>>, Acc) -> escape(R, <<Acc/binary, C>>).

main() ->
    B = build(1000, <<>>),
    io:format("~p ~p~n", [byte_size(B), erlang:crc32(B)]),
    io:format("~w~n", [binary:part(B, 0, 10)]),
    Bits = bits(21, <<>>),
    io:format("~p ~p~n", [Bits, bit_size(Bits)]),
    io:format("~p~n", [join([<<"a">>, <<"bb">>, <<"ccc">>], <<", ">>, <<>>)]),
    io:format("~p~n", [escape(<<"say \"hi\" \\ bye">>, <<>>)]),
    Big = lists:foldl(fun(I, Acc) -> <<Acc/binary, (integer_to_binary(I))/binary, $,>> end, <<>>, lists:seq(1, 50)),
    io:format("~p~n", [Big]),
    Acc0 = <<"prefix:">>,
    A1 = <<Acc0/binary, "one">>,
    A2 = <<Acc0/binary, "two">>,
    io:format("~p ~p ~p~n", [Acc0, A1, A2]),
    ok.
