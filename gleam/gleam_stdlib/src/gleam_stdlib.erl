%% Erlang FFI for beamline's Gleam standard library.
%%
%% Written for beamline from the documented behaviour of gleam_stdlib 0.31.0.
%% The module keeps the name `gleam_stdlib` and the exported function names
%% that the real library's FFI module has, so that third-party Gleam code that
%% calls `@external(erlang, "gleam_stdlib", ...)` directly keeps working.
%% Only standard OTP modules are used.
-module(gleam_stdlib).

-export([
    identity/1, iodata_append/2, wrap_list/1, map_get/2, less_than/2,
    print/1, println/1, print_error/1, println_error/1, inspect/1,
    parse_int/1, parse_float/1, int_from_base_string/2, float_to_string/1,
    string_pop_grapheme/1, string_starts_with/2, string_ends_with/2,
    bit_string_slice/3, bit_string_concat/1, base_decode64/1,
    classify_dynamic/1, decode_bit_string/1, decode_int/1, decode_float/1,
    decode_bool/1, decode_list/1, decode_map/1, decode_field/2,
    decode_option/2, decode_result/1, decode_tuple/1, decode_tuple2/1,
    decode_tuple3/1, decode_tuple4/1, decode_tuple5/1, decode_tuple6/1,
    tuple_get/2, size_of_tuple/1,
    compile_regex/2, regex_check/2, regex_split/2, regex_scan/2,
    uri_parse/1, parse_query/1, percent_encode/1, percent_decode/1
]).

%% ---------------------------------------------------------------------------
%% Generic helpers

identity(Value) -> Value.

iodata_append(Front, Back) -> [Front, Back].

wrap_list(Value) when is_list(Value) -> Value;
wrap_list(Value) -> [Value].

map_get(Map, Key) ->
    case maps:find(Key, Map) of
        {ok, Value} -> {ok, Value};
        error -> {error, nil}
    end.

less_than(A, B) -> A < B.

%% ---------------------------------------------------------------------------
%% Output

print(Text) ->
    io:put_chars(Text),
    nil.

println(Text) ->
    io:put_chars([Text, $\n]),
    nil.

print_error(Text) ->
    io:put_chars(standard_error, Text),
    nil.

println_error(Text) ->
    io:put_chars(standard_error, [Text, $\n]),
    nil.

%% ---------------------------------------------------------------------------
%% Numbers

parse_int(Text) ->
    try binary_to_integer(Text) of
        N -> {ok, N}
    catch
        error:_ -> {error, nil}
    end.

parse_float(Text) ->
    try binary_to_float(Text) of
        F -> {ok, F}
    catch
        error:_ -> {error, nil}
    end.

int_from_base_string(Text, Base) ->
    try binary_to_integer(Text, Base) of
        N -> {ok, N}
    catch
        error:_ -> {error, nil}
    end.

float_to_string(F) when is_float(F) ->
    unicode:characters_to_binary(io_lib_format:fwrite_g(F)).

%% ---------------------------------------------------------------------------
%% Strings

string_pop_grapheme(Text) ->
    case string:next_grapheme(Text) of
        [Grapheme | Rest] ->
            {ok, {unicode:characters_to_binary([Grapheme]),
                  unicode:characters_to_binary(Rest)}};
        _ ->
            {error, nil}
    end.

string_starts_with(_Text, <<>>) -> true;
string_starts_with(Text, Prefix) when byte_size(Prefix) > byte_size(Text) -> false;
string_starts_with(Text, Prefix) ->
    binary:part(Text, 0, byte_size(Prefix)) =:= Prefix.

string_ends_with(_Text, <<>>) -> true;
string_ends_with(Text, Suffix) when byte_size(Suffix) > byte_size(Text) -> false;
string_ends_with(Text, Suffix) ->
    Size = byte_size(Suffix),
    binary:part(Text, byte_size(Text) - Size, Size) =:= Suffix.

%% ---------------------------------------------------------------------------
%% Bit strings

bit_string_slice(Bits, Position, Length) ->
    try binary:part(Bits, Position, Length) of
        Part -> {ok, Part}
    catch
        error:badarg -> {error, nil}
    end.

bit_string_concat(Parts) -> list_to_bitstring(Parts).

base_decode64(Encoded) ->
    try base64:decode(Encoded) of
        Decoded -> {ok, Decoded}
    catch
        _:_ -> {error, nil}
    end.

%% ---------------------------------------------------------------------------
%% Dynamic values

classify_dynamic(nil) -> <<"Nil">>;
classify_dynamic(X) when is_atom(X) -> <<"Atom">>;
classify_dynamic(X) when is_binary(X) -> <<"String">>;
classify_dynamic(X) when is_bitstring(X) -> <<"BitString">>;
classify_dynamic(X) when is_integer(X) -> <<"Int">>;
classify_dynamic(X) when is_float(X) -> <<"Float">>;
classify_dynamic(X) when is_list(X) -> <<"List">>;
classify_dynamic(X) when is_map(X) -> <<"Map">>;
classify_dynamic(X) when is_tuple(X) ->
    unicode:characters_to_binary(
        ["Tuple of ", integer_to_list(tuple_size(X)), " elements"]);
classify_dynamic(X) when is_function(X) ->
    case erlang:fun_info(X, arity) of
        {arity, A} when A =< 12 -> <<"Function">>;
        _ -> <<"Some other type">>
    end;
classify_dynamic(_) -> <<"Some other type">>.

decode_error(Expected, Data) ->
    {error, [{decode_error, Expected, classify_dynamic(Data), []}]}.

decode_bit_string(X) when is_bitstring(X) -> {ok, X};
decode_bit_string(X) -> decode_error(<<"BitString">>, X).

decode_int(X) when is_integer(X) -> {ok, X};
decode_int(X) -> decode_error(<<"Int">>, X).

decode_float(X) when is_float(X) -> {ok, X};
decode_float(X) -> decode_error(<<"Float">>, X).

decode_bool(X) when X =:= true; X =:= false -> {ok, X};
decode_bool(X) -> decode_error(<<"Bool">>, X).

decode_list(X) when is_list(X) -> {ok, X};
decode_list(X) -> decode_error(<<"List">>, X).

decode_map(X) when is_map(X) -> {ok, X};
decode_map(X) -> decode_error(<<"Map">>, X).

decode_field(Data, Name) when is_map(Data) ->
    case maps:find(Name, Data) of
        {ok, Value} -> {ok, {some, Value}};
        error -> {ok, none}
    end;
decode_field(Data, _Name) ->
    decode_error(<<"Map">>, Data).

decode_option(Data, Decoder) ->
    case Data of
        nil -> {ok, none};
        none -> {ok, none};
        null -> {ok, none};
        undefined -> {ok, none};
        error -> {ok, none};
        {some, Inner} -> wrap_some(Decoder(Inner));
        _ -> wrap_some(Decoder(Data))
    end.

wrap_some({ok, Value}) -> {ok, {some, Value}};
wrap_some(Error) -> Error.

decode_result(Data) ->
    case Data of
        {ok, Inner} -> {ok, {ok, Inner}};
        ok -> {ok, {ok, nil}};
        {error, Inner} -> {ok, {error, Inner}};
        error -> {ok, {error, nil}};
        _ -> decode_error(<<"Result">>, Data)
    end.

decode_tuple(X) when is_tuple(X) -> {ok, X};
decode_tuple(X) -> decode_error(<<"Tuple">>, X).

decode_tuple2(X) -> decode_tuple_n(X, 2, <<"Tuple of 2 elements">>).
decode_tuple3(X) -> decode_tuple_n(X, 3, <<"Tuple of 3 elements">>).
decode_tuple4(X) -> decode_tuple_n(X, 4, <<"Tuple of 4 elements">>).
decode_tuple5(X) -> decode_tuple_n(X, 5, <<"Tuple of 5 elements">>).
decode_tuple6(X) -> decode_tuple_n(X, 6, <<"Tuple of 6 elements">>).

decode_tuple_n(X, N, _) when is_tuple(X), tuple_size(X) =:= N -> {ok, X};
decode_tuple_n(X, N, Expected) when is_list(X) ->
    case list_of_length(X, N) of
        true -> {ok, list_to_tuple(X)};
        false -> decode_error(Expected, X)
    end;
decode_tuple_n(X, _, Expected) -> decode_error(Expected, X).

list_of_length([], 0) -> true;
list_of_length([_ | T], N) when N > 0 -> list_of_length(T, N - 1);
list_of_length(_, _) -> false.

tuple_get(Tuple, Index) when Index >= 0, Index < tuple_size(Tuple) ->
    {ok, element(Index + 1, Tuple)};
tuple_get(_Tuple, _Index) ->
    {error, nil}.

size_of_tuple(Tuple) -> tuple_size(Tuple).

%% ---------------------------------------------------------------------------
%% Regular expressions

compile_regex(Pattern, {options, CaseInsensitive, MultiLine}) ->
    Options = [unicode, ucp]
        ++ [caseless || CaseInsensitive]
        ++ [multiline || MultiLine],
    case re:compile(Pattern, Options) of
        {ok, Compiled} -> {ok, Compiled};
        {error, {Reason, Position}} ->
            {error, {compile_error, unicode:characters_to_binary(Reason), Position}}
    end.

regex_check(Regex, Text) ->
    re:run(Text, Regex) =/= nomatch.

regex_split(Regex, Text) ->
    re:split(Text, Regex).

regex_scan(Regex, Text) ->
    case re:run(Text, Regex, [global]) of
        nomatch -> [];
        {match, Matches} -> [scan_match(Text, M) || M <- Matches]
    end.

scan_match(Text, [{Start, Length} | Groups]) ->
    {match, binary:part(Text, Start, Length), [scan_group(Text, G) || G <- Groups]}.

scan_group(_Text, {-1, _}) -> none;
scan_group(_Text, {_, 0}) -> none;
scan_group(Text, {Start, Length}) -> {some, binary:part(Text, Start, Length)}.

%% ---------------------------------------------------------------------------
%% URIs

uri_parse(Text) ->
    case uri_string:parse(Text) of
        {error, _, _} ->
            {error, nil};
        Parts when is_map(Parts) ->
            {ok, {uri,
                  optional_part(scheme, Parts),
                  optional_part(userinfo, Parts),
                  optional_part(host, Parts),
                  optional_part(port, Parts),
                  maps:get(path, Parts, <<>>),
                  optional_part(query, Parts),
                  optional_part(fragment, Parts)}}
    end.

optional_part(Key, Parts) ->
    case maps:find(Key, Parts) of
        {ok, undefined} -> none;
        {ok, Value} -> {some, Value};
        error -> none
    end.

parse_query(Query) ->
    case uri_string:dissect_query(Query) of
        {error, _, _} ->
            {error, nil};
        Pairs when is_list(Pairs) ->
            {ok, [query_pair(P) || P <- Pairs]}
    end.

query_pair({Key, true}) -> {Key, <<>>};
query_pair({Key, Value}) -> {Key, Value}.

percent_encode(Text) -> percent_encode(Text, <<>>).

percent_encode(<<>>, Acc) -> Acc;
percent_encode(<<C, Rest/binary>>, Acc) ->
    case unreserved(C) of
        true -> percent_encode(Rest, <<Acc/binary, C>>);
        false ->
            Hi = hex_digit(C bsr 4),
            Lo = hex_digit(C band 15),
            percent_encode(Rest, <<Acc/binary, $%, Hi, Lo>>)
    end.

unreserved(C) when C >= $a, C =< $z -> true;
unreserved(C) when C >= $A, C =< $Z -> true;
unreserved(C) when C >= $0, C =< $9 -> true;
unreserved(C) ->
    lists:member(C, "!$'()*+-._~").

hex_digit(N) when N < 10 -> $0 + N;
hex_digit(N) -> $A + N - 10.

percent_decode(Text) -> percent_decode(Text, <<>>).

percent_decode(<<$%, A, B, Rest/binary>>, Acc) ->
    case {hex_value(A), hex_value(B)} of
        {X, Y} when is_integer(X), is_integer(Y) ->
            percent_decode(Rest, <<Acc/binary, (X * 16 + Y)>>);
        _ ->
            {error, nil}
    end;
percent_decode(<<C, Rest/binary>>, Acc) ->
    percent_decode(Rest, <<Acc/binary, C>>);
percent_decode(<<>>, Acc) ->
    case unicode:characters_to_binary(Acc) of
        Bin when is_binary(Bin) -> {ok, Acc};
        _ -> {error, nil}
    end.

hex_value(C) when C >= $0, C =< $9 -> C - $0;
hex_value(C) when C >= $a, C =< $f -> C - $a + 10;
hex_value(C) when C >= $A, C =< $F -> C - $A + 10;
hex_value(_) -> error.

%% ---------------------------------------------------------------------------
%% inspect: renders any term using Gleam syntax, returning iodata.

inspect(true) -> "True";
inspect(false) -> "False";
inspect(nil) -> "Nil";
inspect(Map) when is_map(Map) ->
    Entries = [["#(", inspect(K), ", ", inspect(V), ")"] || {K, V} <- maps:to_list(Map)],
    ["map.from_list([", lists:join(", ", Entries), "])"];
inspect(Atom) when is_atom(Atom) ->
    Name = atom_to_binary(Atom, utf8),
    case gleam_constructor_name(Name) of
        {ok, Pascal} -> Pascal;
        error -> ["atom.create_from_string(\"", Name, "\")"]
    end;
inspect(N) when is_integer(N) -> integer_to_list(N);
inspect(F) when is_float(F) -> io_lib_format:fwrite_g(F);
inspect(Bin) when is_binary(Bin) ->
    case inspect_string(Bin, []) of
        {ok, Chars} -> Chars;
        error ->
            ["<<", lists:join(", ", [integer_to_list(B) || <<B>> <= Bin]), ">>"]
    end;
inspect(List) when is_list(List) ->
    case inspect_list(List, []) of
        {proper, Items} -> ["[", Items, "]"];
        {improper, Items} -> ["//erl([", Items, "])"]
    end;
inspect(Tuple) when is_tuple(Tuple), tuple_size(Tuple) > 0,
                    is_atom(element(1, Tuple)),
                    element(1, Tuple) =/= true,
                    element(1, Tuple) =/= false,
                    element(1, Tuple) =/= nil ->
    [Tag | Fields] = tuple_to_list(Tuple),
    [inspect(Tag), "(", lists:join(", ", [inspect(F) || F <- Fields]), ")"];
inspect(Tuple) when is_tuple(Tuple) ->
    ["#(", lists:join(", ", [inspect(E) || E <- tuple_to_list(Tuple)]), ")"];
inspect(Fun) when is_function(Fun) ->
    {arity, Arity} = erlang:fun_info(Fun, arity),
    Params = [[$a + I] || I <- lists:seq(0, Arity - 1)],
    ["//fn(", lists:join(", ", Params), ") { ... }"];
inspect(Other) ->
    ["//erl(", io_lib:format("~p", [Other]), ")"].

inspect_list([], Acc) ->
    {proper, lists:reverse(Acc)};
inspect_list([Last], Acc) ->
    {proper, lists:reverse([inspect(Last) | Acc])};
inspect_list([H | T], Acc) when is_list(T) ->
    inspect_list(T, [", ", inspect(H) | Acc]);
inspect_list([H | T], Acc) ->
    {improper, lists:reverse([inspect(T), " | ", inspect(H) | Acc])}.

inspect_string(<<>>, Acc) ->
    {ok, [$", lists:reverse(Acc), $"]};
inspect_string(<<C/utf8, Rest/binary>>, Acc) ->
    Out = case C of
        $" -> "\\\"";
        $\\ -> "\\\\";
        $\r -> "\\r";
        $\n -> "\\n";
        $\t -> "\\t";
        _ -> <<C/utf8>>
    end,
    inspect_string(Rest, [Out | Acc]);
inspect_string(_, _) ->
    error.

%% An atom prints as a Gleam constructor name when it is snake_case made of
%% lowercase letters, digits and single underscores, starting with a letter
%% and not ending with an underscore.
gleam_constructor_name(<<First, _/binary>> = Name) when First >= $a, First =< $z ->
    constructor_chars(Name, true, []);
gleam_constructor_name(_) ->
    error.

constructor_chars(<<>>, _Upper, Acc) ->
    {ok, list_to_binary(lists:reverse(Acc))};
constructor_chars(<<$_>>, _Upper, _Acc) ->
    error;
constructor_chars(<<$_, $_, _/binary>>, _Upper, _Acc) ->
    error;
constructor_chars(<<$_, Rest/binary>>, _Upper, Acc) ->
    constructor_chars(Rest, true, Acc);
constructor_chars(<<C, Rest/binary>>, true, Acc) when C >= $a, C =< $z ->
    constructor_chars(Rest, false, [C - 32 | Acc]);
constructor_chars(<<C, Rest/binary>>, _Upper, Acc)
  when (C >= $a andalso C =< $z) orelse (C >= $0 andalso C =< $9) ->
    constructor_chars(Rest, false, [C | Acc]);
constructor_chars(_, _, _) ->
    error.
