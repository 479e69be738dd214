%% file:open/2 and the I/O on its descriptors: raw descriptors (prim_file in
%% the calling process) and file_io_server processes (io:format, io:get_line,
%% io:read, file:position, file:pread/pwrite, encodings), including a
%% descriptor closed by its owner's exit.
-module(file_api_io).
-export([main/0]).

main() ->
    Dir = "/tmp/beamline_conf_file_api_io_" ++ os:getpid(),
    rm_rf(Dir),
    ok = file:make_dir(Dir),
    F = filename:join(Dir, "f.txt"),
    %% raw
    {ok, R} = file:open(F, [raw, write, binary]),
    show(raw_write, file:write(R, <<"alpha\nbeta\n">>)),
    show(raw_position, file:position(R, cur)),
    show(raw_close, file:close(R)),
    {ok, R2} = file:open(F, [raw, read, binary, read_ahead]),
    show(raw_lines, lines(R2)),
    show(raw_pread, file:pread(R2, 6, 4)),
    file:close(R2),
    {ok, R3} = file:open(F, [raw, read]),
    show(raw_list_read, file:read(R3, 5)),
    file:close(R3),
    %% I/O server
    {ok, P} = file:open(F, [write]),
    show(io_server_is_pid, is_pid(P)),
    show(io_format, io:format(P, "~p ~s ~w~n", [{x, 1}, "str", [1, 2]])),
    show(io_put_chars, io:put_chars(P, ["chars", $\n])),
    show(io_write, file:write(P, "written\n")),
    show(io_position, file:position(P, cur)),
    show(io_close, file:close(P)),
    show(io_close_again, file:close(P)),
    show(content, file:read_file(F)),
    {ok, P2} = file:open(F, [read]),
    show(get_line, io:get_line(P2, '')),
    show(get_chars, io:get_chars(P2, '', 5)),
    show(read, file:read(P2, 3)),
    show(pos_bof, file:position(P2, bof)),
    show(io_read, io:read(P2, '')),
    show(read_line, file:read_line(P2)),
    show(pread, file:pread(P2, 0, 3)),
    show(pread_list, file:pread(P2, [{0, 1}, {100, 1}])),
    show(read_eof_pos, file:position(P2, eof)),
    show(read_at_eof, file:read(P2, 3)),
    show(get_line_eof, io:get_line(P2, '')),
    file:close(P2),
    {ok, P3} = file:open(F, [read, binary]),
    show(binary_line, io:get_line(P3, '')),
    show(binary_read, file:read(P3, 4)),
    file:close(P3),
    %% read/write with pwrite and truncate
    {ok, P4} = file:open(F, [read, write, binary]),
    show(pwrite, file:pwrite(P4, 0, <<"{X">>)),
    show(position, file:position(P4, 3)),
    show(truncate, file:truncate(P4)),
    show(sync, file:sync(P4)),
    file:close(P4),
    show(after_truncate, file:read_file(F)),
    %% unicode encoding
    U = filename:join(Dir, "u.txt"),
    {ok, P5} = file:open(U, [write, {encoding, utf8}]),
    show(utf8_format, io:format(P5, "~ts~n", [[945, 946, $!]])),
    file:close(P5),
    show(utf8_bytes, file:read_file(U)),
    {ok, P6} = file:open(U, [read, {encoding, utf8}]),
    show(utf8_line, io:get_line(P6, '')),
    file:close(P6),
    %% open errors
    show(open_missing, file:open(filename:join(Dir, "missing"), [read])),
    show(open_dir, file:open(Dir, [write])),
    {ok, Ignored} = file:open(F, [read, bogus_mode]),
    show(unknown_mode_ignored, file:read(Ignored, 2)),
    file:close(Ignored),
    show(open_bad_encoding, file:open(F, [read, {encoding, bogus}])),
    show(open_bad_name, file:open({name}, [read])),
    %% a descriptor dies with the process that opened it
    Self = self(),
    Owner = spawn(fun() ->
                          {ok, Fd} = file:open(F, [read]),
                          Self ! {fd, Fd},
                          receive stop -> ok end
                  end),
    Fd = receive {fd, X} -> X end,
    show(shared_read, file:read(Fd, 2)),
    Ref = monitor(process, Fd),
    Owner ! stop,
    receive {'DOWN', Ref, process, Fd, Why} -> show(io_server_down, Why) end,
    show(read_after_owner_exit, catch file:read(Fd, 2)),
    ok = file:del_dir_r(Dir),
    ok.

lines(Fd) ->
    case file:read_line(Fd) of
        {ok, L} -> [L | lines(Fd)];
        Other -> [Other]
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
