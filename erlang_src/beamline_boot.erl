%% How `beamline run` starts a program: call Module:Function(Args...) in the
%% first process, print the result if asked, and report an uncaught
%% exception on standard_error the way erl reports a crashed process.
-module(beamline_boot).
-export([run/6]).

%% Encoding is the standard_io/standard_error device encoding: latin1 as with
%% `erl -noshell`, or unicode (what `gleam run` sets up for Gleam programs).
%% LogTo is where logger's default handler writes: standard_io (erl's
%% default) or standard_error.
run(Module, Function, Args, PrintResult, Encoding, LogTo) ->
    case Encoding of
        unicode ->
            ok = io:setopts(standard_io, [binary, {encoding, unicode}]),
            ok = io:setopts(standard_error, [{encoding, unicode}]);
        latin1 ->
            ok
    end,
    boot(LogTo),
    try apply(Module, Function, Args) of
        Result when PrintResult ->
            io:format("~p~n", [Result]);
        _ ->
            ok
    catch
        Class:Reason:Stack ->
            report(Class, Reason, Stack),
            erlang:halt(1)
    end.

%% The system processes are started by a process of their own (as erl's
%% init starts them), so that they are not linked to the program's process.
%% It stays alive, holding the links, after the boot.
boot(LogTo) ->
    Main = self(),
    Boot = spawn(fun() ->
                         start_kernel_services(LogTo),
                         Main ! {self(), booted},
                         idle()
                 end),
    receive
        {Boot, booted} -> ok
    end.

idle() ->
    receive
        _ -> idle()
    end.

%% Starts the kernel and stdlib applications the way erl's boot script
%% does for a node without distribution: the loader process
%% (erl_prim_loader), logger's server, the application controller with the
%% kernel application loaded, stdlib loaded, then kernel and stdlib started
%% as permanent applications. Kernel's callback module is beamline_kernel
%% (see there for the supervision tree). Logger's default handler writes to
%% standard_io (erl's default) or, with LogTo = standard_error, to
%% standard_error (configured as `-kernel logger [...]` would).
start_kernel_services(LogTo) ->
    step("the loader", fun() -> {ok, _} = erl_prim_loader:start() end),
    step("logger", fun() -> {ok, _} = logger_server:start_link() end),
    step("the application controller", fun start_application_controller/0),
    step("logger", fun() -> log_to(LogTo) end),
    step("the stdlib application",
         fun() -> ok = application:load(app_spec(stdlib)) end),
    step("the kernel application",
         fun() -> ok = application:start_boot(kernel, permanent) end),
    step("the stdlib application",
         fun() -> ok = application:start_boot(stdlib, permanent) end).

step(What, Fun) ->
    try
        Fun()
    catch
        Class:Reason ->
            io:put_chars(standard_error,
                         io_lib:format("beamline: ~s did not start: ~p:~p~n",
                                       [What, Class, Reason]))
    end.

start_application_controller() ->
    {application, kernel, Keys} = app_spec(kernel),
    Kernel = {application, kernel,
              lists:keystore(mod, 1, Keys, {mod, {beamline_kernel, []}})},
    {ok, _} = application_controller:start(Kernel).

%% The application specification in APP.app, from the first code path
%% directory that has it (read without the file server, which is not
%% started yet).
app_spec(App) ->
    Name = atom_to_list(App) ++ ".app",
    app_spec(App, Name, code:get_path()).

app_spec(App, _Name, []) ->
    error({app_file_not_found, App});
app_spec(App, Name, [Dir | Dirs]) ->
    case prim_file:read_file(filename:join(Dir, Name)) of
        {ok, Bin} ->
            {ok, Tokens, _} = erl_scan:string(binary_to_list(Bin)),
            {ok, Spec} = erl_parse:parse_term(Tokens),
            Spec;
        {error, _} ->
            app_spec(App, Name, Dirs)
    end.

log_to(standard_io) ->
    ok;
log_to(Device) ->
    ok = application:set_env(kernel, logger,
                             [{handler, default, logger_std_h,
                               #{config => #{type => Device}}}]).

report(Class, Reason, Stack) ->
    Exit = case Class of
               error -> {Reason, Stack};
               exit -> Reason;
               throw -> {{nocatch, Reason}, Stack}
           end,
    Text = io_lib:format("Error in process ~p with exit value:~n~p~n~n",
                         [self(), Exit]),
    io:put_chars(standard_error, Text).
