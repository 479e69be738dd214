%% Loading, starting and stopping an application of our own: its .app file
%% is written to a temporary directory added to the code path; this module
%% is its callback module and its top supervisor's.
-module(kernel_app_lifecycle).
-behaviour(application).
-behaviour(supervisor).
-export([main/0, start/2, stop/1, prep_stop/1, init/1, worker_start/1, worker_loop/1]).

-define(APP, conformance_demo_app).
-define(APP2, conformance_demo_app2).

main() ->
    Dir = filename:join(tmp_dir(), "beamline_conf_app_" ++ os:getpid()),
    ok = filelib:ensure_dir(filename:join(Dir, "x")),
    write_app(Dir, ?APP, [kernel, stdlib], [{mod, {?MODULE, [demo_arg]}},
                                            {env, [{color, blue}, {size, 3}]},
                                            {registered, [conformance_demo_sup]}]),
    write_app(Dir, ?APP2, [kernel, stdlib, ?APP], [{env, [{flavour, plain}]}]),
    true = code:add_patha(Dir),
    try
        run()
    after
        _ = [file:delete(filename:join(Dir, F)) || F <- ["conformance_demo_app.app",
                                                         "conformance_demo_app2.app"]],
        file:del_dir(Dir)
    end.

run() ->
    io:format("load: ~p~n", [application:load(?APP)]),
    io:format("load again: ~p~n", [application:load(?APP)]),
    io:format("loaded: ~p~n", [lists:keymember(?APP, 1, application:loaded_applications())]),
    io:format("env before start: ~p ~p~n",
              [application:get_env(?APP, color), lists:sort(application:get_all_env(?APP))]),
    io:format("keys: ~p~n", [[application:get_key(?APP, K)
                              || K <- [description, vsn, registered, applications, mod]]]),
    io:format("running before: ~p~n", [running(?APP)]),
    io:format("start: ~p~n", [application:start(?APP)]),
    io:format("running: ~p~n", [running(?APP)]),
    Sup = whereis(conformance_demo_sup),
    io:format("sup registered: ~p~n", [is_pid(Sup)]),
    io:format("app of sup: ~p~n", [application:get_application(Sup)]),
    io:format("children: ~p~n",
              [[{Id, Type} || {Id, _, Type, _} <- supervisor:which_children(Sup)]]),
    io:format("worker says: ~p~n", [call_worker(ping)]),
    io:format("start again: ~p~n", [application:start(?APP)]),
    io:format("ensure_started: ~p~n", [application:ensure_started(?APP)]),
    io:format("start app2: ~p~n", [application:ensure_all_started(?APP2)]),
    io:format("running app2: ~p~n", [running(?APP2)]),
    io:format("stop app2: ~p~n", [application:stop(?APP2)]),
    io:format("stop: ~p~n", [application:stop(?APP)]),
    io:format("stop again: ~p~n", [application:stop(?APP)]),
    io:format("running after stop: ~p~n", [running(?APP)]),
    io:format("sup after stop: ~p~n", [whereis(conformance_demo_sup)]),
    io:format("all started: ~p~n", [application:ensure_all_started(?APP2)]),
    io:format("running both: ~p ~p~n", [running(?APP), running(?APP2)]),
    ok = application:stop(?APP2),
    ok = application:stop(?APP),
    io:format("unload: ~p~n", [application:unload(?APP)]),
    io:format("unload again: ~p~n", [application:unload(?APP)]),
    io:format("loaded after unload: ~p~n",
              [lists:keymember(?APP, 1, application:loaded_applications())]),
    io:format("env after unload: ~p~n", [application:get_env(?APP, color)]),
    ok.

running(App) -> lists:keymember(App, 1, application:which_applications()).

tmp_dir() ->
    case os:getenv("TMPDIR") of
        false -> "/tmp";
        "" -> "/tmp";
        T -> T
    end.

write_app(Dir, Name, Apps, Extra) ->
    Spec = {application, Name,
            [{description, atom_to_list(Name) ++ " for the conformance suite"},
             {vsn, "1.2.3"},
             {modules, [?MODULE]},
             {applications, Apps} | Extra]},
    File = filename:join(Dir, atom_to_list(Name) ++ ".app"),
    ok = file:write_file(File, io_lib:format("~p.~n", [Spec])).

call_worker(Msg) ->
    conformance_demo_worker ! {self(), Msg},
    receive {reply, R} -> R after 2000 -> timeout end.

%% application callbacks
start(normal, [demo_arg]) ->
    {ok, Color} = application:get_env(color),
    io:format("start callback (color ~p)~n", [Color]),
    supervisor:start_link({local, conformance_demo_sup}, ?MODULE, sup).

prep_stop(State) ->
    io:format("prep_stop callback~n"),
    State.

stop(_State) ->
    io:format("stop callback~n"),
    ok.

%% supervisor callback
init(sup) ->
    Worker = #{id => demo_worker, start => {?MODULE, worker_start, [hello]},
               restart => permanent, shutdown => 1000, type => worker},
    {ok, {#{strategy => one_for_one, intensity => 1, period => 5}, [Worker]}}.

worker_start(Greeting) ->
    Pid = spawn_link(?MODULE, worker_loop, [Greeting]),
    register(conformance_demo_worker, Pid),
    {ok, Pid}.

worker_loop(Greeting) ->
    receive
        {From, ping} ->
            From ! {reply, {Greeting, application:get_application()}},
            worker_loop(Greeting)
    end.
