%% Registered as code_server: answers the `code` module's requests that
%% beamline does not implement natively. Loading and the code path are
%% native (code:ensure_loaded/1, code:get_path/0, code:add_patha/1, ...), so
%% this server keeps no state: directory queries (code:lib_dir/1,2,
%% code:priv_dir/1, code:root_dir/0, code:lib_dir/0, code:compiler_dir/0)
%% are computed from the VM's current code path the way OTP's code_server
%% computes them from its name database: the first path entry whose
%% application name (directory "NAME-VSN/ebin", "NAME/ebin" or "NAME") is
%% NAME gives the application directory.
%%
%% Requests it does not implement (loading by file name, purging, sticky
%% directories, set_path/del_path/replace_path, archives) are answered with
%% {error, notsup}.
%%
%% beamline's library layout is LIB/otp/APP/ebin, so code:lib_dir/0 is the
%% directory holding kernel's application directory (LIB/otp) and
%% code:root_dir/0 its parent.
-module(beamline_code_server).
-export([start_link/0, init/1]).

start_link() ->
    proc_lib:start_link(?MODULE, init, [self()]).

init(Parent) ->
    register(code_server, self()),
    process_flag(trap_exit, true),
    proc_lib:init_ack(Parent, {ok, self()}),
    loop(Parent).

loop(Parent) ->
    receive
        {code_call, Pid, Req} ->
            Pid ! {code_server, handle(Req)},
            loop(Parent);
        {'EXIT', Parent, Reason} ->
            exit(Reason);
        _ ->
            loop(Parent)
    end.

handle({dir, Dir}) ->
    dir(Dir);
handle(get_path) ->
    code:get_path();
handle({add_paths, Where, Dirs}) when is_list(Dirs) ->
    Add = case Where of
              first -> fun code:add_patha/1;
              last -> fun code:add_pathz/1
          end,
    Ordered = case Where of
                  first -> lists:reverse(Dirs);
                  last -> Dirs
              end,
    lists:foreach(fun(D) -> Add(D) end, Ordered),
    ok;
handle(_Req) ->
    {error, notsup}.

dir(root_dir) ->
    filename:dirname(lib_dir());
dir(lib_dir) ->
    lib_dir();
dir(compiler_dir) ->
    case lookup_name("compiler") of
        {ok, Dir} -> Dir;
        false -> ""
    end;
dir({lib_dir, Name}) ->
    case catch lookup_name(to_list(Name)) of
        {ok, Dir} -> Dir;
        _ -> {error, bad_name}
    end;
dir({lib_dir, Name, SubDir}) when is_atom(SubDir) ->
    case catch lookup_name(to_list(Name)) of
        {ok, Dir} -> filename:join([Dir, atom_to_list(SubDir)]);
        _ -> {error, bad_name}
    end;
dir({priv_dir, Name}) ->
    dir({lib_dir, Name, priv});
dir(_) ->
    'bad request to code'.

lib_dir() ->
    case lookup_name("kernel") of
        {ok, Dir} -> filename:dirname(Dir);
        false -> ""
    end.

to_list(A) when is_atom(A) -> atom_to_list(A);
to_list(L) when is_list(L) -> L.

lookup_name(Name) ->
    lookup_name(Name, code:get_path()).

lookup_name(_Name, []) ->
    false;
lookup_name(Name, [Dir | Path]) ->
    Split = filename:split(filename:absname(Dir)),
    case get_name(Split) of
        Name -> {ok, filename:join(del_ebin(Split))};
        _ -> lookup_name(Name, Path)
    end.

%% As code_server: ".../NAME-VSN/ebin" and ".../NAME-VSN" name NAME.
get_name([DirName, "ebin"]) -> discard_after_hyphen(DirName);
get_name([DirName]) -> discard_after_hyphen(DirName);
get_name([_ | T]) -> get_name(T);
get_name([]) -> "".

discard_after_hyphen("-" ++ _) -> [];
discard_after_hyphen([H | T]) -> [H | discard_after_hyphen(T)];
discard_after_hyphen([]) -> [].

del_ebin([App, "ebin"]) -> [App];
del_ebin([H | T]) -> [H | del_ebin(T)];
del_ebin([]) -> [].
