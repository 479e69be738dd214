-module(app_huffman).
-export([main/0]).

freqs(Bin) ->
    lists:sort(maps:to_list(lists:foldl(fun(C, M) -> maps:update_with(C, fun(X) -> X + 1 end, 1, M) end,
                                        #{}, binary_to_list(Bin)))).

build([{_, T}]) -> T;
build(Q) ->
    [{W1, T1}, {W2, T2} | Rest] = lists:sort(Q),
    build([{W1 + W2, {T1, T2}} | Rest]).

codes({L, R}, Prefix) -> codes(L, <<Prefix/bitstring, 0:1>>) ++ codes(R, <<Prefix/bitstring, 1:1>>);
codes(Leaf, Prefix) -> [{Leaf, Prefix}].

encode(Bin, Codes) -> << <<(maps:get(C, Codes))/bitstring>> || <<C>> <= Bin >>.

decode(<<>>, _, _, Acc) -> lists:reverse(Acc);
decode(Bits, {L, R}, Tree, Acc) ->
    <<B:1, Rest/bitstring>> = Bits,
    Next = case B of 0 -> L; 1 -> R end,
    case Next of
        {_, _} -> decode(Rest, Next, Tree, Acc);
        C -> decode(Rest, Tree, Tree, [C | Acc])
    end.

main() ->
    Text = <<"this is an example of a huffman tree">>,
    F = freqs(Text),
    io:format("~p~n", [F]),
    Tree = build([{W, C} || {C, W} <- F]),
    Codes = maps:from_list(codes(Tree, <<>>)),
    [io:format("~c ~p~n", [C, maps:get(C, Codes)]) || {C, _} <- F],
    Enc = encode(Text, Codes),
    io:format("~p bits (vs ~p)~n", [bit_size(Enc), bit_size(Text)]),
    io:format("~p~n", [Enc]),
    io:format("~p~n", [list_to_binary(decode(Enc, Tree, Tree, [])) =:= Text]),
    ok.
