%% Erl-side runner for the beamline differential conformance suite.
%%
%%   erl -noshell -pa WORK/NAME -pa RUNNERDIR -s conformance_runner run NAME
%%
%% Calls NAME:main() in a fresh process.  Normal return -> halt(0).
%% Uncaught exception -> an error report on stderr and halt(1).
%% Only the program itself writes to stdout.
-module(conformance_runner).
-export([run/1]).

run([Name]) when is_atom(Name) ->
    run_module(Name);
run(Name) when is_atom(Name) ->
    run_module(Name).

run_module(Mod) ->
    quiet_logger(),
    {Pid, MRef} =
        spawn_monitor(
          fun() ->
                  try Mod:main() of
                      _ -> ok
                  catch
                      Class:Reason:Stack ->
                          exit({conformance_uncaught, Class, Reason, Stack})
                  end
          end),
    receive
        {'DOWN', MRef, process, Pid, Why} ->
            finish(Pid, Why)
    end.

finish(_Pid, normal) ->
    halt(0);
finish(Pid, {conformance_uncaught, Class, Reason, Stack}) ->
    Value = case Class of
                error -> {Reason, Stack};
                exit -> Reason;
                throw -> {{nocatch, Reason}, Stack}
            end,
    io:format(standard_error, "Error in process ~p with exit value:~n~p~n",
              [Pid, Value]),
    halt(1);
finish(Pid, Other) ->
    io:format(standard_error, "Error in process ~p with exit value:~n~p~n",
              [Pid, Other]),
    halt(1).

%% Logger reports (e.g. from crashing spawned processes) would otherwise go
%% to standard_io; send them to stderr, which the harness does not compare.
quiet_logger() ->
    try
        _ = logger:remove_handler(default),
        ok = logger:add_handler(default, logger_std_h,
                                #{config => #{type => standard_error}})
    catch
        _:_ -> ok
    end.
