-module(app_json_encode).
-export([main/0]).

enc(null) -> <<"null">>;
enc(true) -> <<"true">>;
enc(false) -> <<"false">>;
enc(N) when is_integer(N) -> integer_to_binary(N);
enc(F) when is_float(F) -> float_to_binary(F, [short]);
enc(A) when is_atom(A) -> enc(atom_to_binary(A, utf8));
enc(B) when is_binary(B) -> [$", esc(B), $"];
enc(L) when is_list(L) -> [$[, lists:join($,, [enc(X) || X <- L]), $]];
enc(M) when is_map(M) ->
    Pairs = lists:sort(maps:to_list(M)),
    [${, lists:join($,, [[enc(to_bin(K)), $:, enc(V)] || {K, V} <- Pairs]), $}].

to_bin(K) when is_atom(K) -> atom_to_binary(K, utf8);
to_bin(K) when is_binary(K) -> K;
to_bin(K) when is_integer(K) -> integer_to_binary(K).

esc(B) -> << <<(esc_char(C))/binary>> || <<C/utf8>> <= B >>.

esc_char($") -> <<"\\\"">>;
esc_char($\\) -> <<"\\\\">>;
esc_char($\n) -> <<"\\n">>;
esc_char($\t) -> <<"\\t">>;
esc_char(C) when C < 32 -> list_to_binary(io_lib:format("\\u~4.16.0B", [C]));
esc_char(C) when C > 127 -> list_to_binary(io_lib:format("\\u~4.16.0B", [C]));
esc_char(C) -> <<C>>.

main() ->
    Doc = #{name => <<"Widget">>, id => 1234, price => 9.99, tags => [<<"a">>, <<"b\"q">>],
            active => true, owner => null, dims => #{w => 1.5, h => 2, d => 0.1},
            notes => <<"line1\nline2\ttab é"/utf8>>, counts => [1, 2, 3, -4, 1 bsl 62], 7 => seven},
    io:format("~s~n", [iolist_to_binary(enc(Doc))]),
    io:format("~s~n", [iolist_to_binary(enc([]))]),
    io:format("~s~n", [iolist_to_binary(enc(#{}))]),
    io:format("~s~n", [iolist_to_binary(enc([[[]], #{k => [#{}]}]))]),
    io:format("~p~n", [iolist_size(enc(lists:seq(1, 100)))]),
    ok.
