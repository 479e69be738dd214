%% Filename translation (prim_file:internal_name2native/1,
%% internal_native2name/1, is_translatable/1, file:native_name_encoding/0)
%% and files whose names are not plain ASCII, as read back by list_dir.
-module(file_prim_names).
-export([main/0]).

main() ->
    Enc = file:native_name_encoding(),
    show(encoding, Enc),
    N2N = fun(X) -> try prim_file:internal_name2native(X)
                    catch C:E -> {C, E} end end,
    show(n2n_list, N2N("abc")),
    show(n2n_empty, N2N("")),
    show(n2n_deep, N2N(["ab", [$c, [], "d"], []])),
    show(n2n_binary, N2N(<<"abc">>)),
    show(n2n_binary_nul, N2N(<<"a", 0>>)),
    show(n2n_latin1, N2N([$a, 233])),
    show(n2n_unicode, N2N([$a, 16#3b1, 16#1F600])),
    show(n2n_surrogate, N2N([16#D800])),
    show(n2n_too_big, N2N([16#110000])),
    show(n2n_negative, N2N([-1])),
    show(n2n_atom, N2N(abc)),
    show(n2n_bin_in_list, N2N(["a", <<"b">>])),
    show(n2n_improper, N2N([$a | $b])),
    show(n2n_integer, N2N(42)),
    show(n2n_bitstring, N2N(<<1:3>>)),
    Native2Name = fun(X) -> try prim_file:internal_native2name(X)
                            catch C:E -> {C, E} end end,
    show(native2name_ascii, Native2Name(<<"abc">>)),
    show(native2name_empty, Native2Name(<<>>)),
    show(native2name_nul, Native2Name(<<"a", 0, "b">>)),
    show(native2name_utf8, Native2Name(<<"a", 16#3b1/utf8>>)),
    show(native2name_invalid, Native2Name(<<255, 254>>)),
    show(native2name_overlong, Native2Name(<<16#C0, 16#80>>)),
    show(native2name_surrogate, Native2Name(<<16#ED, 16#A0, 16#80>>)),
    show(native2name_fffe, Native2Name(<<16#EF, 16#BF, 16#BE>>)),
    show(native2name_max, Native2Name(<<16#F4, 16#8F, 16#BF, 16#BF>>)),
    show(native2name_above_max, Native2Name(<<16#F4, 16#90, 16#80, 16#80>>)),
    show(native2name_truncated, Native2Name(<<"a", 16#E2, 16#82>>)),
    show(native2name_list, Native2Name("abc")),
    show(native2name_bits, Native2Name(<<1:7>>)),
    IsT = fun(X) -> try prim_file:is_translatable(X)
                    catch C:E -> {C, E} end end,
    show(is_translatable_ascii, IsT(<<"abc">>)),
    show(is_translatable_empty, IsT(<<>>)),
    show(is_translatable_invalid, IsT(<<255>>)),
    show(is_translatable_utf8, IsT(<<16#3b1/utf8>>)),
    show(is_translatable_list, IsT("abc")),
    %% file names with embedded NUL, bad types
    show(read_nul_name, prim_file:read_file("a\0b")),
    show(read_nul_binary, prim_file:read_file(<<"a", 0, "b">>)),
    show(read_atom_name, prim_file:read_file(abc)),
    show(read_int_name, prim_file:read_file(42)),
    %% files with non-ASCII names
    Dir = "/tmp/beamline_conf_file_prim_names_" ++ os:getpid(),
    rm_rf(Dir),
    ok = prim_file:make_dir(Dir),
    Latin = Dir ++ "/caf" ++ [233],
    show(write_latin1_name, prim_file:write_file(Latin, <<"1">>)),
    Greek = Dir ++ [$/, 16#3b1, 16#3b2],
    show(write_unicode_name, prim_file:write_file(Greek, <<"2">>)),
    show(read_unicode_name, prim_file:read_file(Greek)),
    Raw = list_to_binary([Dir, "/raw", 255]),
    show(write_raw_name, prim_file:write_file(Raw, <<"3">>)),
    show(list_dir, sorted(prim_file:list_dir(Dir))),
    show(list_dir_all, sorted(prim_file:list_dir_all(Dir))),
    show(set_cwd_raw, prim_file:set_cwd(Raw)),
    rm_rf(Dir),
    ok.

sorted({ok, L}) -> {ok, lists:sort(L)};
sorted(Other) -> Other.

show(Tag, Value) ->
    io:format("~p: ~w~n", [Tag, Value]).

rm_rf(Path) ->
    case prim_file:read_link_info(Path) of
        {ok, Info} when element(3, Info) =:= directory ->
            {ok, Names} = prim_file:list_dir_all(Path),
            [rm_rf(join(Path, N)) || N <- Names],
            ok = prim_file:del_dir(Path);
        {ok, _} ->
            ok = prim_file:delete(Path);
        {error, enoent} ->
            ok
    end.

join(Dir, Name) when is_binary(Name) ->
    <<(list_to_binary(Dir))/binary, "/", Name/binary>>;
join(Dir, Name) ->
    Dir ++ "/" ++ Name.
