%% Erlang FFI for beamline's gleam_erlang library.
%%
%% Written for beamline from the documented behaviour of gleam_erlang 0.22.0,
%% keeping that package's FFI module name and function names so existing
%% Gleam code calling them directly keeps working. Standard OTP only.
-module(gleam_erlang_ffi).

-export([
    identity/1, get_line/1, rescue/1, ensure_all_started/1, priv_directory/1,
    atom_from_string/1, atom_from_dynamic/1,
    file_info/1, link_info/1, make_directory/1, list_directory/1,
    delete_directory/1, recursive_delete/1, read_file/1, write_file/2,
    append_file/2, delete_file/1,
    connect_node/1,
    get_all_env/0, get_env/1, set_env/2, unset_env/1, os_family/0,
    new_selector/0, select/1, select/2, map_selector/2, merge_selector/2,
    flush_messages/0, insert_selector_handler/3, sleep/1, sleep_forever/0,
    demonitor/1, link/1, trap_exits/1, register_process/2,
    unregister_process/1, process_named/1
]).

identity(X) -> X.

%% ---------------------------------------------------------------------------
%% gleam/erlang

get_line(Prompt) ->
    case io:get_line(Prompt) of
        eof -> {error, eof};
        {error, _} -> {error, no_data};
        Data when is_binary(Data) -> {ok, Data};
        Data when is_list(Data) -> {ok, unicode:characters_to_binary(Data)}
    end.

rescue(Fun) ->
    try
        {ok, Fun()}
    catch
        throw:Value -> {error, {thrown, Value}};
        error:Reason -> {error, {errored, Reason}};
        exit:Reason -> {error, {exited, Reason}}
    end.

ensure_all_started(App) ->
    case application:ensure_all_started(App) of
        {ok, Started} ->
            {ok, Started};
        {error, {Failed, {"no such file or directory", _}}} ->
            {error, {unknown_application, Failed}};
        {error, {Failed, Reason}} ->
            {error, {application_failed_to_start, Failed, Reason}}
    end.

priv_directory(Name) ->
    try binary_to_existing_atom(Name, utf8) of
        App ->
            case code:priv_dir(App) of
                {error, _} -> {error, nil};
                Dir -> {ok, unicode:characters_to_binary(Dir)}
            end
    catch
        error:badarg -> {error, nil}
    end.

%% ---------------------------------------------------------------------------
%% gleam/erlang/atom

atom_from_string(Name) ->
    try binary_to_existing_atom(Name, utf8) of
        Atom -> {ok, Atom}
    catch
        error:badarg -> {error, atom_not_loaded}
    end.

atom_from_dynamic(Value) when is_atom(Value) ->
    {ok, Value};
atom_from_dynamic(Value) ->
    {error, [{decode_error, <<"Atom">>, gleam_stdlib:classify_dynamic(Value), []}]}.

%% ---------------------------------------------------------------------------
%% gleam/erlang/file

posix_result(ok) -> {ok, nil};
posix_result({ok, Value}) -> {ok, Value};
posix_result({error, Reason}) -> {error, Reason}.

file_info(Path) ->
    to_gleam_file_info(file:read_file_info(Path, [{time, posix}])).

link_info(Path) ->
    to_gleam_file_info(file:read_link_info(Path, [{time, posix}])).

%% Erlang's #file_info{} has the same fields in the same order as Gleam's
%% FileInfo, except that no access is `none` rather than `no_access`.
to_gleam_file_info({ok, Info}) ->
    {file_info, Size, Type, Access, Atime, Mtime, Ctime, Mode, Links,
     Major, Minor, Inode, Uid, Gid} = Info,
    GleamAccess = case Access of
        none -> no_access;
        Other -> Other
    end,
    {ok, {file_info, Size, Type, GleamAccess, Atime, Mtime, Ctime, Mode, Links,
          Major, Minor, Inode, Uid, Gid}};
to_gleam_file_info({error, Reason}) ->
    {error, Reason}.

make_directory(Dir) -> posix_result(file:make_dir(Dir)).

list_directory(Dir) ->
    case file:list_dir(Dir) of
        {ok, Names} -> {ok, [unicode:characters_to_binary(N) || N <- Names]};
        {error, Reason} -> {error, Reason}
    end.

delete_directory(Dir) -> posix_result(file:del_dir(Dir)).

recursive_delete(Dir) -> posix_result(file:del_dir_r(Dir)).

read_file(Path) -> posix_result(file:read_file(Path)).

write_file(Contents, Path) -> posix_result(file:write_file(Path, Contents)).

append_file(Contents, Path) -> posix_result(file:write_file(Path, Contents, [append])).

delete_file(Path) -> posix_result(file:delete(Path)).

%% ---------------------------------------------------------------------------
%% gleam/erlang/node

connect_node(Node) ->
    case net_kernel:connect_node(Node) of
        true -> {ok, Node};
        false -> {error, failed_to_connect};
        ignored -> {error, local_node_is_not_alive}
    end.

%% ---------------------------------------------------------------------------
%% gleam/erlang/os

get_all_env() ->
    maps:from_list(lists:filtermap(fun env_pair/1, os:getenv())).

env_pair(Entry) ->
    case string:split(Entry, "=") of
        [Name, Value] ->
            {true, {unicode:characters_to_binary(Name), unicode:characters_to_binary(Value)}};
        _ ->
            false
    end.

get_env(Name) ->
    case os:getenv(unicode:characters_to_list(Name)) of
        false -> {error, nil};
        Value -> {ok, unicode:characters_to_binary(Value)}
    end.

set_env(Name, Value) ->
    os:putenv(unicode:characters_to_list(Name), unicode:characters_to_list(Value)),
    nil.

unset_env(Name) ->
    os:unsetenv(unicode:characters_to_list(Name)),
    nil.

os_family() ->
    case os:type() of
        {win32, nt} -> windows_nt;
        {unix, linux} -> linux;
        {unix, darwin} -> darwin;
        {unix, freebsd} -> free_bsd;
        {_, Other} -> {other, atom_to_binary(Other, utf8)}
    end.

%% ---------------------------------------------------------------------------
%% gleam/erlang/process
%%
%% A selector is {selector, Handlers}: a map from a key to a one-argument
%% function. Keys are {Tag, Arity} for tuple messages (subjects use
%% {Ref, 2}), a monitor reference for 'DOWN' messages, or the atom
%% `anything` for a catch-all handler.

new_selector() -> {selector, #{}}.

map_selector({selector, Handlers}, Fun) ->
    {selector, maps:map(fun(_Key, Handler) ->
                            fun(Message) -> Fun(Handler(Message)) end
                        end, Handlers)}.

merge_selector({selector, A}, {selector, B}) ->
    {selector, maps:merge(A, B)}.

insert_selector_handler({selector, Handlers}, Key, Fun) ->
    {selector, Handlers#{Key => Fun}}.

select(Selector) ->
    {ok, Message} = select(Selector, infinity),
    Message.

select({selector, Handlers}, Timeout) ->
    Anything = maps:get(anything, Handlers, undefined),
    receive
        {'DOWN', Ref, process, Pid, Reason} when is_map_key(Ref, Handlers) ->
            Handler = maps:get(Ref, Handlers),
            {ok, Handler({process_down, Pid, Reason})};
        Message when is_tuple(Message),
                     is_map_key({element(1, Message), tuple_size(Message)}, Handlers) ->
            Handler = maps:get({element(1, Message), tuple_size(Message)}, Handlers),
            {ok, Handler(Message)};
        Message when Anything =/= undefined ->
            {ok, Anything(Message)}
    after Timeout ->
        {error, nil}
    end.

flush_messages() ->
    receive _ -> flush_messages()
    after 0 -> nil
    end.

sleep(Milliseconds) ->
    receive after Milliseconds -> nil end.

sleep_forever() ->
    receive after infinity -> nil end.

demonitor({process_monitor, Ref}) ->
    erlang:demonitor(Ref, [flush]),
    nil.

link(Pid) ->
    try erlang:link(Pid)
    catch error:_ -> false
    end.

trap_exits(Flag) ->
    erlang:process_flag(trap_exit, Flag),
    nil.

register_process(Pid, Name) ->
    try erlang:register(Name, Pid) of
        true -> {ok, nil}
    catch
        error:badarg -> {error, nil}
    end.

unregister_process(Name) ->
    try erlang:unregister(Name) of
        true -> {ok, nil}
    catch
        error:badarg -> {error, nil}
    end.

process_named(Name) ->
    case erlang:whereis(Name) of
        Pid when is_pid(Pid) -> {ok, Pid};
        _ -> {error, nil}
    end.
