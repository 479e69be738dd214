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
    start_kernel_services(LogTo),
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

%% The parts of erl's kernel that programs rely on: the application
%% controller (application:get_env and friends, with the kernel application
%% loaded), logger with kernel's default handler (reports go to
%% standard_io, as with erl -noshell), and the file server.
start_kernel_services(LogTo) ->
    step("the file server", fun() -> {ok, _} = file_server:start() end),
    step("the application controller", fun start_application_controller/0),
    step("logger", fun() -> start_logger(LogTo) end).

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
    Apps = [App || Dir <- code:get_path(),
                   {ok, [App]} <- [file:consult(filename:join(Dir, "kernel.app"))]],
    case Apps of
        [Kernel | _] -> {ok, _} = application_controller:start(Kernel);
        [] -> error(kernel_app_file_not_found)
    end.

start_logger(LogTo) ->
    {ok, _} = logger_server:start_link(),
    ok = logger:internal_init_logger(),
    {ok, _} = logger_sup:start_link(),
    ok = logger:add_handlers(kernel),
    case LogTo of
        standard_io ->
            ok;
        _ ->
            %% The device of a handler cannot change: replace the handler.
            {ok, Config} = logger:get_handler_config(default),
            ok = logger:remove_handler(default),
            ok = logger:add_handler(default, logger_std_h,
                                    Config#{config => #{type => LogTo}})
    end.

report(Class, Reason, Stack) ->
    Exit = case Class of
               error -> {Reason, Stack};
               exit -> Reason;
               throw -> {{nocatch, Reason}, Stack}
           end,
    Text = io_lib:format("Error in process ~p with exit value:~n~p~n~n",
                         [self(), Exit]),
    io:put_chars(standard_error, Text).
