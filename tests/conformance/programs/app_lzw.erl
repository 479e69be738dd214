-module(app_lzw).
-export([main/0]).

compress(Bin) ->
    Dict = maps:from_list([{<<I>>, I} || I <- lists:seq(0, 255)]),
    compress(Bin, <<>>, Dict, 256, []).

compress(<<>>, <<>>, _, _, Acc) -> lists:reverse(Acc);
compress(<<>>, W, D, _, Acc) -> lists:reverse([maps:get(W, D) | Acc]);
compress(<<C, Rest/binary>>, W, D, Next, Acc) ->
    WC = <<W/binary, C>>,
    case maps:is_key(WC, D) of
        true -> compress(Rest, WC, D, Next, Acc);
        false -> compress(Rest, <<C>>, D#{WC => Next}, Next + 1, [maps:get(W, D) | Acc])
    end.

decompress([]) -> <<>>;
decompress([First | Codes]) ->
    Dict = maps:from_list([{I, <<I>>} || I <- lists:seq(0, 255)]),
    W = maps:get(First, Dict),
    decompress(Codes, W, Dict, 256, W).

decompress([], _, _, _, Acc) -> Acc;
decompress([K | Rest], W, D, Next, Acc) ->
    Entry = case D of
                #{K := E} -> E;
                _ when K =:= Next -> <<W/binary, (binary:first(W))>>
            end,
    decompress(Rest, Entry, D#{Next => <<W/binary, (binary:first(Entry))>>}, Next + 1, <<Acc/binary, Entry/binary>>).

main() ->
    Inputs = [<<"TOBEORNOTTOBEORTOBEORNOT">>, <<"abababababababab">>, <<>>, <<"a">>,
              list_to_binary(lists:duplicate(50, "xyz"))],
    lists:foreach(fun(In) ->
                          C = compress(In),
                          io:format("~p -> ~w (~p codes) ok=~p~n", [byte_size(In), C, length(C), decompress(C) =:= In])
                  end, Inputs),
    ok.
