%% The file module's whole-file and directory functions (through the
%% file_server_2 process) and filelib helpers built on them.
-module(file_api_basic).
-export([main/0]).

main() ->
    Dir = "/tmp/beamline_conf_file_api_basic_" ++ os:getpid(),
    rm_rf(Dir),
    show(make_dir, file:make_dir(Dir)),
    show(make_dir_again, file:make_dir(Dir)),
    A = filename:join(Dir, "a.txt"),
    show(write_file, file:write_file(A, ["hello ", <<"world">>, $\n])),
    show(read_file, file:read_file(A)),
    show(write_file_append, file:write_file(A, <<"more\n">>, [append])),
    show(read_file2, file:read_file(A)),
    show(read_missing, file:read_file(filename:join(Dir, "missing"))),
    show(read_dir, file:read_file(Dir)),
    show(read_badarg, file:read_file({a, b})),
    {ok, Info} = file:read_file_info(A),
    show(info, {element(2, Info), element(3, Info), element(4, Info)}),
    show(info_missing, file:read_file_info(filename:join(Dir, "missing"))),
    show(is_file, {filelib:is_file(A), filelib:is_file(Dir),
                   filelib:is_file(filename:join(Dir, "missing"))}),
    show(is_dir, {filelib:is_dir(A), filelib:is_dir(Dir)}),
    show(is_regular, {filelib:is_regular(A), filelib:is_regular(Dir)}),
    show(file_size, filelib:file_size(A)),
    Deep = filename:join([Dir, "x", "y", "z", "file"]),
    show(ensure_dir, filelib:ensure_dir(Deep)),
    show(is_dir_deep, filelib:is_dir(filename:dirname(Deep))),
    show(write_deep, file:write_file(Deep, "deep")),
    show(list_dir, sorted(file:list_dir(Dir))),
    show(list_dir_missing, file:list_dir(filename:join(Dir, "missing"))),
    show(wildcard, filelib:wildcard(filename:join(Dir, "*.txt"))
                   =:= [A]),
    B = filename:join(Dir, "b.txt"),
    show(copy, file:copy(A, B)),
    show(copy_content, file:read_file(B)),
    show(copy_missing, file:copy(filename:join(Dir, "missing"), B)),
    C = filename:join(Dir, "c.txt"),
    show(rename, file:rename(B, C)),
    show(rename_missing, file:rename(B, C)),
    show(delete, file:delete(C)),
    show(delete_missing, file:delete(C)),
    show(del_dir_nonempty, file:del_dir(Dir)),
    show(consult_write, file:write_file(filename:join(Dir, "terms"),
                                       "{a, 1}.\n[b, \"c\"].\n#{k => v}.\n")),
    show(consult, file:consult(filename:join(Dir, "terms"))),
    show(consult_bad, begin
                          file:write_file(filename:join(Dir, "bad"), "{a,.\n"),
                          file:consult(filename:join(Dir, "bad"))
                      end),
    show(path_consult, element(1, file:path_consult([Dir], "terms"))),
    {ok, Cwd} = file:get_cwd(),
    show(set_cwd, file:set_cwd(Dir)),
    show(relative_read, file:read_file("a.txt")),
    show(set_cwd_back, file:set_cwd(Cwd)),
    show(native_name_encoding, file:native_name_encoding()),
    show(format_error, lists:flatten(file:format_error(enoent))),
    show(del_dir_r, file:del_dir_r(Dir)),
    show(gone, file:read_file_info(Dir)),
    ok.

sorted({ok, L}) -> {ok, lists:sort(L)};
sorted(Other) -> Other.

show(Tag, Value) ->
    io:format("~p: ~p~n", [Tag, Value]).

rm_rf(Path) ->
    case prim_file:read_link_info(Path) of
        {ok, Info} when element(3, Info) =:= directory ->
            {ok, Names} = prim_file:list_dir(Path),
            [rm_rf(Path ++ "/" ++ N) || N <- Names],
            ok = prim_file:del_dir(Path);
        {ok, _} ->
            ok = prim_file:delete(Path);
        {error, enoent} ->
            ok
    end.
