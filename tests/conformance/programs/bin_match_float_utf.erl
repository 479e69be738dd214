-module(bin_match_float_utf).
-export([main/0]).

id(X) -> X.

floats(<<F:32/float, R/binary>>) -> [F | floats(R)];
floats(<<>>) -> [].

main() ->
    Bin = id(<<1.5:32/float, -0.25:32/float, 100.0:32/float>>),
    io:format("~p~n", [floats(Bin)]),
    <<D:64/float-little>> = id(<<0, 0, 0, 0, 0, 0, 240, 63>>),
    io:format("~p~n", [D]),
    io:format("~p~n", [case id(<<255, 255, 255, 255, 255, 255, 255, 255>>) of
                           <<F:64/float>> -> {float, F};
                           _ -> not_a_float
                       end]),
    io:format("~p~n", [case id(<<127, 128, 0, 0>>) of
                           <<F2:32/float>> -> {float, F2};
                           _ -> inf_no_match
                       end]),
    <<C1/utf8, C2/utf8, C3/utf8, R/binary>> = id(<<"aé€rest"/utf8>>),
    io:format("~p ~p ~p ~p~n", [C1, C2, C3, R]),
    <<U1/utf16, U2/utf16-little, U3/utf32>> = id(<<0, 65, 172, 32, 0, 1, 244, 0>>),
    io:format("~p ~p ~p~n", [U1, U2, U3]),
    <<S1/utf16, Tail/binary>> = id(<<216, 61, 222, 0, 1>>),
    io:format("~p ~p~n", [S1, Tail]),
    io:format("~p~n", [case id(<<255>>) of <<_/utf8>> -> ok; _ -> bad_utf8 end]),
    io:format("~p~n", [case id(<<0, 0, 216, 0>>) of <<_/utf32>> -> ok; _ -> surrogate end]),
    ok.
