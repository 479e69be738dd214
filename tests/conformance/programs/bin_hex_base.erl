-module(bin_hex_base).
-export([main/0]).

to_hex(Bin) -> << <<(nib(H)), (nib(L))>> || <<H:4, L:4>> <= Bin >>.
nib(N) when N < 10 -> $0 + N;
nib(N) -> $A + N - 10.

from_hex(<<>>) -> <<>>;
from_hex(<<A, B, R/binary>>) -> <<(list_to_integer([A, B], 16)), (from_hex(R))/binary>>.

main() ->
    Data = <<"The quick brown fox">>,
    H = to_hex(Data),
    io:format("~s~n", [H]),
    io:format("~p~n", [from_hex(H)]),
    io:format("~s~n", [base64:encode(Data)]),
    io:format("~p~n", [base64:decode(base64:encode(Data))]),
    io:format("~p~n", [[base64:encode(binary:part(Data, 0, N)) || N <- lists:seq(0, 5)]]),
    io:format("~p~n", [base64:encode_to_string("hi?>")]),
    io:format("~p~n", [base64:mime_decode(<<"aGVs\nbG8=">>)]),
    io:format("~p~n", [base64:decode("AAEC/w==")]),
    io:format("~s~n", [[io_lib:format("~2.16.0b", [X]) || <<X>> <= <<0, 15, 16, 255>>]]),
    ok.
