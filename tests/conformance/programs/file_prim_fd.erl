%% prim_file file descriptors: open modes, read/write, read_line with and
%% without read-ahead, position, pread/pwrite, truncate, sync, allocate,
%% advise, read_handle_info, close (twice), the owner check, ipread.
-module(file_prim_fd).
-export([main/0]).

main() ->
    Dir = "/tmp/beamline_conf_file_prim_fd_" ++ os:getpid(),
    rm_rf(Dir),
    ok = prim_file:make_dir(Dir),
    F = Dir ++ "/f",
    %% write, then read back
    {ok, W} = prim_file:open(F, [write, binary]),
    show(write1, prim_file:write(W, <<"line one\r\nline two\n">>)),
    show(write2, prim_file:write(W, ["line ", [<<"three">>], $\n, "no newline"])),
    show(write_bad, prim_file:write(W, [a])),
    show(position_cur, prim_file:position(W, cur)),
    show(read_on_write_only, prim_file:read(W, 5)),
    show(close, prim_file:close(W)),
    show(close_again, prim_file:close(W)),
    show(write_closed, prim_file:write(W, <<"x">>)),
    show(read_closed, prim_file:read(W, 1)),
    {ok, R} = prim_file:open(F, [read, binary]),
    show(read5, prim_file:read(R, 5)),
    show(read0, prim_file:read(R, 0)),
    show(line, prim_file:read_line(R)),
    show(line, prim_file:read_line(R)),
    show(line, prim_file:read_line(R)),
    show(line, prim_file:read_line(R)),
    show(line_eof, prim_file:read_line(R)),
    show(read_eof, prim_file:read(R, 10)),
    show(pos_bof, prim_file:position(R, bof)),
    show(read_all, prim_file:read(R, 1000)),
    show(pos_eof, prim_file:position(R, eof)),
    show(pos_back, prim_file:position(R, {eof, -10})),
    show(read_tail, prim_file:read(R, 100)),
    show(pos_abs, prim_file:position(R, 5)),
    show(pos_cur_rel, prim_file:position(R, {cur, 2})),
    show(read_mid, prim_file:read(R, 4)),
    show(pos_negative, prim_file:position(R, {bof, -1})),
    show(pos_bad, prim_file:position(R, {middle, 1})),
    show(pread, prim_file:pread(R, 0, 4)),
    show(pread_past_eof, prim_file:pread(R, 1000, 4)),
    show(pread_list, prim_file:pread(R, [{0, 2}, {5, 3}, {999, 1}])),
    show(pread_neg, prim_file:pread(R, -1, 4)),
    show(write_on_read_only, prim_file:write(R, <<"x">>)),
    show(read_bad_size, prim_file:read(R, -1)),
    {ok, Info} = prim_file:read_handle_info(R),
    show(handle_info, {element(2, Info), element(3, Info), element(4, Info)}),
    show(close_r, prim_file:close(R)),
    %% read-ahead
    {ok, RA} = prim_file:open(F, [read, binary, {read_ahead, 8}]),
    show(ra_read, prim_file:read(RA, 3)),
    show(ra_line, prim_file:read_line(RA)),
    show(ra_pos, prim_file:position(RA, cur)),
    show(ra_read, prim_file:read(RA, 20)),
    show(ra_line, prim_file:read_line(RA)),
    prim_file:close(RA),
    {ok, RA2} = prim_file:open(F, [read, binary, read_ahead]),
    show(ra2_lines, read_lines(RA2, [])),
    prim_file:close(RA2),
    %% read_write: no truncation, writes at position
    {ok, RW} = prim_file:open(F, [read, write, binary]),
    show(rw_read, prim_file:read(RW, 4)),
    show(rw_write, prim_file:write(RW, <<"ONE">>)),
    show(rw_pwrite, prim_file:pwrite(RW, 0, <<"LI">>)),
    show(rw_pwrite_list, prim_file:pwrite(RW, [{10, <<"L">>}, {11, "I"}])),
    show(rw_pwrite_past_eof, prim_file:pwrite(RW, 60, <<"end">>)),
    show(rw_pos, prim_file:position(RW, 0)),
    show(rw_all, prim_file:read(RW, 100)),
    show(rw_truncate_pos, prim_file:position(RW, 9)),
    show(rw_truncate, prim_file:truncate(RW)),
    show(rw_sync, prim_file:sync(RW)),
    show(rw_datasync, prim_file:datasync(RW)),
    show(rw_advise, prim_file:advise(RW, 0, 0, sequential)),
    show(rw_advise_bad, prim_file:advise(RW, 0, 0, sideways)),
    show(rw_advise_neg, prim_file:advise(RW, -1, 0, normal)),
    show(rw_allocate, prim_file:allocate(RW, 0, 100)),
    {ok, RWInfo} = prim_file:read_handle_info(RW),
    show(rw_size_after_allocate, element(2, RWInfo)),
    prim_file:close(RW),
    show(after_truncate, prim_file:read_file(F)),
    %% append
    {ok, Ap} = prim_file:open(F, [append, binary]),
    show(append_write, prim_file:write(Ap, <<"+more">>)),
    prim_file:close(Ap),
    {ok, After} = prim_file:read_file(F),
    show(appended, binary:part(After, byte_size(After), -5)),
    %% write truncates
    {ok, W2} = prim_file:open(F, [write]),
    prim_file:close(W2),
    show(truncated_by_write, prim_file:read_file(F)),
    %% exclusive
    show(exclusive_existing, prim_file:open(F, [write, exclusive])),
    {ok, Ex} = prim_file:open(Dir ++ "/new", [exclusive]),
    show(exclusive_new_write, prim_file:write(Ex, <<"fresh">>)),
    prim_file:close(Ex),
    show(exclusive_content, prim_file:read_file(Dir ++ "/new")),
    %% default mode is read
    {ok, D} = prim_file:open(Dir ++ "/new", []),
    show(default_read, prim_file:read(D, 100)),
    show(default_write, prim_file:write(D, <<"x">>)),
    prim_file:close(D),
    %% open errors
    show(open_missing, prim_file:open(Dir ++ "/missing", [read])),
    show(open_dir, prim_file:open(Dir, [read])),
    show(open_dir_write, prim_file:open(Dir, [write])),
    show(open_bad_modes, prim_file:open(F, bad)),
    show(open_bad_name, prim_file:open(foo, [read])),
    {ok, DirFd} = prim_file:open(Dir, [read, directory]),
    show(dir_fd_read, prim_file:read(DirFd, 10)),
    prim_file:close(DirFd),
    show(open_file_as_dir, prim_file:open(F, [read, directory])),
    %% another process may not use the descriptor
    {ok, Mine} = prim_file:open(F, [read]),
    Self = self(),
    spawn(fun() ->
                  Self ! {other, try prim_file:read(Mine, 1)
                                 catch C:E -> {C, E} end}
          end),
    receive {other, Res} -> show(other_process, Res) end,
    prim_file:close(Mine),
    %% ipread_s32bu_p32bu: <<Size:32, Pointer:32>> then the data
    P = Dir ++ "/ip",
    ok = prim_file:write_file(P, <<5:32, 12:32, 0:32, "hello world">>),
    {ok, IP} = prim_file:open(P, [read, binary]),
    show(ipread, prim_file:ipread_s32bu_p32bu(IP, 0, 100)),
    show(ipread_infinity, prim_file:ipread_s32bu_p32bu(IP, 0, infinity)),
    show(ipread_too_big, prim_file:ipread_s32bu_p32bu(IP, 0, 4)),
    show(ipread_short, prim_file:ipread_s32bu_p32bu(IP, 16, 100)),
    show(ipread_bad, prim_file:ipread_s32bu_p32bu(IP, x, 100)),
    prim_file:close(IP),
    show(get_handle_size, byte_size(get_handle(F))),
    show(copy, copy(F, Dir ++ "/copy")),
    rm_rf(Dir),
    ok.

get_handle(F) ->
    {ok, Fd} = prim_file:open(F, [read]),
    H = prim_file:get_handle(Fd),
    prim_file:close(Fd),
    H.

copy(From, To) ->
    ok = prim_file:write_file(From, <<"copy me please">>),
    {ok, S} = prim_file:open(From, [read, binary]),
    {ok, D} = prim_file:open(To, [write, binary]),
    R = prim_file:copy(S, D, 7),
    prim_file:close(S),
    prim_file:close(D),
    {R, prim_file:read_file(To)}.

read_lines(Fd, Acc) ->
    case prim_file:read_line(Fd) of
        {ok, L} -> read_lines(Fd, [L | Acc]);
        eof -> lists:reverse(Acc)
    end.

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
