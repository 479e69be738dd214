-module(app_rle).
-export([main/0]).

encode([]) -> [];
encode([H | T]) -> encode(T, H, 1, []).
encode([H | T], H, N, Acc) -> encode(T, H, N + 1, Acc);
encode([H | T], C, N, Acc) -> encode(T, H, 1, [{N, C} | Acc]);
encode([], C, N, Acc) -> lists:reverse([{N, C} | Acc]).

decode(L) -> lists:flatten([lists:duplicate(N, C) || {N, C} <- L]).

to_string(L) -> lists:flatten([integer_to_list(N) ++ [C] || {N, C} <- L]).

bin_rle(<<>>) -> <<>>;
bin_rle(<<C, Rest/binary>>) -> bin_rle(Rest, C, 1, <<>>).
bin_rle(<<C, Rest/binary>>, C, N, Acc) when N < 255 -> bin_rle(Rest, C, N + 1, Acc);
bin_rle(<<D, Rest/binary>>, C, N, Acc) -> bin_rle(Rest, D, 1, <<Acc/binary, N, C>>);
bin_rle(<<>>, C, N, Acc) -> <<Acc/binary, N, C>>.

main() ->
    S = "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
    E = encode(S),
    io:format("~p~n", [E]),
    io:format("~s~n", [to_string(E)]),
    io:format("~p~n", [decode(E) =:= S]),
    io:format("~p~n", [encode([1, 1, 2, 3, 3, 3, a, a])]),
    io:format("~w~n", [bin_rle(list_to_binary(lists:duplicate(300, $z) ++ "ab"))]),
    ok.
