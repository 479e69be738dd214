%% The code server's directory queries (code:priv_dir/1, lib_dir/1,2) and
%% application directories found through the code path.
-module(kernel_code_dirs).
-export([main/0]).

main() ->
    Priv = code:priv_dir(kernel),
    io:format("priv_dir kernel: ~p~n", [{is_list(Priv), filename:basename(Priv)}]),
    Lib = code:lib_dir(kernel),
    io:format("lib_dir kernel: ~p~n", [lists:prefix("kernel", filename:basename(Lib))]),
    io:format("priv under lib: ~p~n", [filename:dirname(Priv) =:= Lib]),
    io:format("lib_dir/2: ~p~n", [code:lib_dir(stdlib, ebin) =:= filename:join(code:lib_dir(stdlib), "ebin")]),
    io:format("lib_dir string: ~p~n", [code:lib_dir("stdlib") =:= code:lib_dir(stdlib)]),
    io:format("missing priv_dir: ~p~n", [code:priv_dir(no_such_app_xyz)]),
    io:format("missing lib_dir: ~p~n", [code:lib_dir(no_such_app_xyz)]),
    io:format("missing lib_dir/2: ~p~n", [code:lib_dir(no_such_app_xyz, priv)]),
    io:format("bad priv_dir: ~p~n", [catch_error(fun() -> code:priv_dir(42) end)]),
    %% A directory on the code path named APP/ebin is application APP.
    Dir = filename:join([tmp_dir(), "beamline_conf_code_" ++ os:getpid(), "conf_dir_app", "ebin"]),
    ok = filelib:ensure_dir(filename:join(Dir, "x")),
    true = code:add_pathz(Dir),
    AppDir = code:lib_dir(conf_dir_app),
    io:format("added app lib_dir: ~p~n", [AppDir =:= filename:dirname(Dir)]),
    io:format("added app priv_dir: ~p~n",
              [code:priv_dir(conf_dir_app) =:= filename:join(filename:dirname(Dir), "priv")]),
    ok = file:del_dir(Dir),
    ok = file:del_dir(filename:dirname(Dir)),
    ok = file:del_dir(filename:dirname(filename:dirname(Dir))),
    io:format("where_is_file: ~p~n", [filename:basename(code:where_is_file("kernel.app"))]),
    io:format("where_is_file missing: ~p~n", [code:where_is_file("no_such_file_xyz.app")]),
    ok.

catch_error(F) ->
    try F() catch C:R -> {C, R} end.

tmp_dir() ->
    case os:getenv("TMPDIR") of
        false -> "/tmp";
        "" -> "/tmp";
        T -> T
    end.
