%% How `beamline run` starts a program: call Module:Function(Args...) in the
%% first process, print the result if asked, and report an uncaught
%% exception on standard_error the way erl reports a crashed process.
-module(beamline_boot).
-export([run/4]).

run(Module, Function, Args, PrintResult) ->
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

report(Class, Reason, Stack) ->
    Exit = case Class of
               error -> {Reason, Stack};
               exit -> Reason;
               throw -> {{nocatch, Reason}, Stack}
           end,
    Text = io_lib:format("Error in process ~p with exit value:~n~p~n~n",
                         [self(), Exit]),
    io:put_chars(standard_error, Text).
