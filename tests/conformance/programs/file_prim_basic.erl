%% prim_file whole-file and directory operations: write_file, read_file,
%% list_dir, read_file_info / read_link_info, make_dir, del_dir, delete,
%% rename, links, cwd. Works in a fresh directory under /tmp.
-module(file_prim_basic).
-export([main/0]).

main() ->
    Dir = "/tmp/beamline_conf_file_prim_basic_" ++ os:getpid(),
    rm_rf(Dir),
    show(make_dir, prim_file:make_dir(Dir)),
    show(make_dir_again, prim_file:make_dir(Dir)),
    A = Dir ++ "/a.txt",
    B = Dir ++ "/b.bin",
    show(write_a, prim_file:write_file(A, <<"hello\nworld\n">>)),
    show(write_b_iolist, prim_file:write_file(B, [<<1,2,3>>, "abc", [[$x], <<>>], 255])),
    show(read_a, prim_file:read_file(A)),
    show(read_b, prim_file:read_file(B)),
    show(read_binary_name, prim_file:read_file(list_to_binary(A))),
    Big = binary:copy(<<"0123456789abcdef">>, 10000),
    show(write_big, prim_file:write_file(Dir ++ "/big", Big)),
    {ok, Big2} = prim_file:read_file(Dir ++ "/big"),
    show(read_big, {byte_size(Big2), Big2 =:= Big}),
    show(write_empty, prim_file:write_file(Dir ++ "/empty", <<>>)),
    show(read_empty, prim_file:read_file(Dir ++ "/empty")),
    show(read_missing, prim_file:read_file(Dir ++ "/missing")),
    show(read_dir, prim_file:read_file(Dir)),
    show(read_under_file, prim_file:read_file(A ++ "/x")),
    show(write_in_missing_dir, prim_file:write_file(Dir ++ "/no/such", <<"x">>)),
    show(write_to_dir, prim_file:write_file(Dir, <<"x">>)),
    %% directories
    Sub = Dir ++ "/sub",
    show(make_sub, prim_file:make_dir(Sub)),
    show(make_nested_missing, prim_file:make_dir(Dir ++ "/x/y")),
    show(make_dir_under_file, prim_file:make_dir(A ++ "/d")),
    show(write_sub_file, prim_file:write_file(Sub ++ "/inner", "in")),
    show(list_dir, sorted(prim_file:list_dir(Dir))),
    show(list_dir_all, sorted(prim_file:list_dir_all(Dir))),
    show(list_sub, prim_file:list_dir(Sub)),
    show(list_missing, prim_file:list_dir(Dir ++ "/missing")),
    show(list_file, prim_file:list_dir(A)),
    show(del_dir_nonempty, prim_file:del_dir(Sub)),
    show(del_dir_file, prim_file:del_dir(A)),
    show(del_dir_missing, prim_file:del_dir(Dir ++ "/missing")),
    show(delete_dir, prim_file:delete(Sub)),
    show(delete_missing, prim_file:delete(Dir ++ "/missing")),
    show(delete_inner, prim_file:delete(Sub ++ "/inner")),
    show(del_dir_empty, prim_file:del_dir(Sub)),
    %% file info
    {ok, Info} = prim_file:read_file_info(A),
    show(info_a, info(Info)),
    {ok, DInfo} = prim_file:read_file_info(Dir),
    show(info_dir, setelement(1, info(DInfo), size_varies)),
    {ok, PInfo} = prim_file:read_file_info(A, [{time, posix}]),
    show(info_posix_times, is_integer(element(6, PInfo))),
    {ok, UInfo} = prim_file:read_file_info(A, [{time, universal}]),
    show(info_universal_times, is_tuple(element(6, UInfo))),
    show(info_missing, prim_file:read_file_info(Dir ++ "/missing")),
    show(info_badarg, prim_file:read_file_info(123)),
    %% rename
    C = Dir ++ "/c.txt",
    show(rename, prim_file:rename(A, C)),
    show(rename_missing, prim_file:rename(A, C)),
    show(read_renamed, prim_file:read_file(C)),
    show(rename_over, prim_file:rename(B, C)),
    show(read_over, prim_file:read_file(C)),
    show(make_sub2, prim_file:make_dir(Sub)),
    show(rename_file_over_dir, prim_file:rename(C, Sub)),
    show(rename_dir_over_file, prim_file:rename(Sub, C)),
    %% links
    L = Dir ++ "/link",
    show(symlink, prim_file:make_symlink("c.txt", L)),
    show(symlink_exists, prim_file:make_symlink("c.txt", L)),
    show(read_link, prim_file:read_link(L)),
    show(read_link_all, prim_file:read_link_all(L)),
    show(read_link_notlink, prim_file:read_link(C)),
    show(read_via_link, prim_file:read_file(L)),
    {ok, LInfo} = prim_file:read_link_info(L),
    show(link_info_type, element(3, LInfo)),
    {ok, FInfo} = prim_file:read_file_info(L),
    show(link_target_type, element(3, FInfo)),
    H = Dir ++ "/hard",
    show(hardlink, prim_file:make_link(C, H)),
    {ok, HInfo} = prim_file:read_file_info(H),
    show(hard_links, element(9, HInfo)),
    show(hardlink_missing, prim_file:make_link(Dir ++ "/missing", Dir ++ "/h2")),
    show(dangling, prim_file:make_symlink("nowhere", Dir ++ "/dangling")),
    show(read_dangling, prim_file:read_file(Dir ++ "/dangling")),
    {ok, DLInfo} = prim_file:read_link_info(Dir ++ "/dangling"),
    show(dangling_info, {element(2, DLInfo), element(3, DLInfo)}),
    %% cwd
    {ok, Cwd} = prim_file:get_cwd(),
    show(set_cwd, prim_file:set_cwd(Dir)),
    {ok, Cwd2} = prim_file:get_cwd(),
    show(cwd_is_dir, lists:suffix("/beamline_conf_file_prim_basic_" ++ os:getpid(), Cwd2)),
    show(read_relative, prim_file:read_file("c.txt")),
    show(set_cwd_missing, prim_file:set_cwd("missing")),
    show(set_cwd_file, prim_file:set_cwd("c.txt")),
    show(set_cwd_back, prim_file:set_cwd(Cwd)),
    show(get_cwd_drive, prim_file:get_cwd("c:")),
    show(get_cwd_bad, prim_file:get_cwd("/")),
    show(altname, prim_file:altname(C)),
    show(final_list, sorted(prim_file:list_dir(Dir))),
    rm_rf(Dir),
    show(cleaned, prim_file:read_file_info(Dir)),
    ok.

show(Tag, Value) ->
    io:format("~p: ~p~n", [Tag, Value]).

sorted({ok, L}) -> {ok, lists:sort(L)};
sorted(Other) -> Other.

%% The fields of a #file_info{} that do not depend on the machine or time.
info({file_info, Size, Type, Access, _A, _M, _C, Mode, Links, _Maj, _Min,
      _Inode, _Uid, _Gid}) ->
    {Size, Type, Access, Mode band 8#170000, Links}.

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
