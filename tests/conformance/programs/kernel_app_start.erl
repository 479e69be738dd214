%% The kernel and stdlib applications are started at boot, as erl's boot
%% script starts them: ensure_all_started finds nothing to do, and
%% which_applications / loaded_applications list them.
-module(kernel_app_start).
-export([main/0]).

main() ->
    io:format("kernel: ~p~n", [application:ensure_all_started(kernel)]),
    io:format("stdlib: ~p~n", [application:ensure_all_started(stdlib)]),
    io:format("kernel again: ~p~n", [application:ensure_all_started(kernel, permanent)]),
    io:format("ensure_started: ~p~n", [application:ensure_started(kernel)]),
    io:format("start: ~p~n", [application:start(kernel)]),
    Running = lists:sort(application:which_applications()),
    io:format("which_applications: ~p~n", [Running]),
    io:format("which_applications/1: ~p~n",
              [lists:sort(application:which_applications(5000))]),
    Loaded = lists:sort(application:loaded_applications()),
    io:format("loaded: ~p~n", [[App || {App, _, _} <- Loaded]]),
    io:format("missing: ~p~n", [application:ensure_all_started(no_such_app_xyz)]),
    io:format("missing start: ~p~n", [application:start(no_such_app_xyz)]),
    io:format("missing load: ~p~n", [application:load(no_such_app_xyz)]),
    io:format("kernel keys: ~p~n",
              [[application:get_key(kernel, K) || K <- [description, vsn, applications]]]),
    io:format("stdlib keys: ~p~n",
              [[application:get_key(stdlib, K) || K <- [description, applications]]]),
    io:format("logger_level: ~p~n", [application:get_env(kernel, logger_level)]),
    io:format("no env: ~p~n", [application:get_env(kernel, no_such_key_xyz)]),
    io:format("default env: ~p~n", [application:get_env(kernel, no_such_key_xyz, dflt)]),
    ok = application:set_env(kernel, conformance_key, 42),
    io:format("set env: ~p~n", [application:get_env(kernel, conformance_key)]),
    ok = application:unset_env(kernel, conformance_key),
    io:format("unset env: ~p~n", [application:get_env(kernel, conformance_key)]),
    %% The processes of the kernel application belong to it.
    io:format("kernel_sup app: ~p~n",
              [application:get_application(whereis(kernel_sup))]),
    io:format("own app: ~p~n", [application:get_application()]),
    io:format("registered: ~p~n",
              [[{N, is_pid(whereis(N))} || N <- [application_controller, kernel_sup,
                                                  kernel_safe_sup, code_server,
                                                  file_server_2, logger, logger_sup,
                                                  erl_prim_loader, user,
                                                  standard_error]]]),
    ok.
