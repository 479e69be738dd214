%% The kernel application's callback module on beamline (its `mod` in the
%% application specification beamline_boot loads) and the callback of
%% kernel_sup and kernel_safe_sup.
%%
%% It does what OTP's `kernel` module does for a node started without
%% distribution: initialise logger, start kernel_sup, add kernel's logger
%% handlers. kernel_sup supervises the parts of erl's kernel tree that
%% beamline runs: the code server stand-in (beamline_code_server: loading is
%% native), the file server, kernel_config, kernel_safe_sup (with the
%% children kernel's env asks for: pg, disk_log) and logger_sup. The timer
%% server is added on demand by timer:start/0, as in erl.
%%
%% Not started: the distribution (rex, global_name_server, net_sup,
%% global_group), inet_db, erl_signal_server (beamline delivers no OS
%% signals), kernel_refc (it needs erts_internal:scheduler_wall_time/1), and
%% standard_error / user, which are beamline_io processes started by the
%% runtime before boot.
-module(beamline_kernel).
-behaviour(supervisor).
-export([start/2, stop/1, init/1]).

start(_Type, []) ->
    ok = logger:internal_init_logger(),
    case supervisor:start_link({local, kernel_sup}, ?MODULE, []) of
        {ok, Pid} ->
            ok = logger:add_handlers(kernel),
            {ok, Pid, []};
        Error ->
            Error
    end.

stop(_State) ->
    ok.

init([]) ->
    SupFlags = #{strategy => one_for_all, intensity => 0, period => 1},
    Code = #{id => code_server,
             start => {beamline_code_server, start_link, []},
             restart => permanent, shutdown => 2000, type => worker,
             modules => [code]},
    File = #{id => file_server_2,
             start => {file_server, start_link, []},
             restart => permanent, shutdown => 2000, type => worker,
             modules => [file, file_server, file_io_server, prim_file]},
    Config = #{id => kernel_config,
               start => {kernel_config, start_link, []},
               restart => permanent, shutdown => 2000, type => worker,
               modules => [kernel_config]},
    SafeSup = #{id => kernel_safe_sup,
                start => {supervisor, start_link,
                          [{local, kernel_safe_sup}, ?MODULE, safe]},
                restart => permanent, shutdown => infinity, type => supervisor,
                modules => [?MODULE]},
    LoggerSup = #{id => logger_sup,
                  start => {logger_sup, start_link, []},
                  restart => permanent, shutdown => infinity,
                  type => supervisor, modules => [logger_sup]},
    Timer = case application:get_env(kernel, start_timer) of
                {ok, true} ->
                    [#{id => timer_server,
                       start => {timer, start_link, []},
                       restart => permanent, shutdown => 1000, type => worker,
                       modules => [timer]}];
                _ ->
                    []
            end,
    {ok, {SupFlags,
          [Code, File, Config, SafeSup, LoggerSup] ++ Timer}};
init(safe) ->
    %% As kernel:init(safe), without the boot server (it serves network
    %% boots) and without running on_load handlers (beamline runs them when
    %% a module loads).
    SupFlags = #{strategy => one_for_one, intensity => 4, period => 3600},
    DiskLog = case application:get_env(kernel, start_disk_log) of
                  {ok, true} ->
                      [#{id => disk_log_server,
                         start => {disk_log_server, start_link, []},
                         restart => permanent, shutdown => 2000, type => worker,
                         modules => [disk_log_server]},
                       #{id => disk_log_sup,
                         start => {disk_log_sup, start_link, []},
                         restart => permanent, shutdown => 1000,
                         type => supervisor, modules => [disk_log_sup]}];
                  _ ->
                      []
              end,
    Pg = case application:get_env(kernel, start_pg) of
             {ok, true} ->
                 [#{id => pg, start => {pg, start_link, []},
                    restart => permanent, shutdown => 1000, type => worker,
                    modules => [pg]}];
             _ ->
                 []
         end,
    {ok, {SupFlags, DiskLog ++ Pg}}.
