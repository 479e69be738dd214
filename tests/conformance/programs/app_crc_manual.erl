-module(app_crc_manual).
-export([main/0]).

crc32(Bin) -> crc32(Bin, 16#FFFFFFFF) bxor 16#FFFFFFFF.

crc32(<<>>, C) -> C;
crc32(<<B, Rest/binary>>, C) -> crc32(Rest, byte(8, C bxor B)).

byte(0, C) -> C;
byte(N, C) when C band 1 =:= 1 -> byte(N - 1, (C bsr 1) bxor 16#EDB88320);
byte(N, C) -> byte(N - 1, C bsr 1).

adler(Bin) -> adler(Bin, 1, 0).
adler(<<>>, A, B) -> (B bsl 16) bor A;
adler(<<X, R/binary>>, A, B) -> A2 = (A + X) rem 65521, adler(R, A2, (B + A2) rem 65521).

fnv1a(Bin) -> fnv1a(Bin, 16#811C9DC5).
fnv1a(<<>>, H) -> H;
fnv1a(<<B, R/binary>>, H) -> fnv1a(R, ((H bxor B) * 16#01000193) band 16#FFFFFFFF).

main() ->
    Ins = [<<>>, <<"a">>, <<"123456789">>, <<"The quick brown fox jumps over the lazy dog">>,
           list_to_binary(lists:seq(0, 255))],
    [io:format("~.16B ~.16B ~p ~.16B ~p~n",
               [crc32(I), erlang:crc32(I), crc32(I) =:= erlang:crc32(I), adler(I), adler(I) =:= erlang:adler32(I)])
     || I <- Ins],
    [io:format("fnv1a ~.16B~n", [fnv1a(I)]) || I <- Ins],
    ok.
