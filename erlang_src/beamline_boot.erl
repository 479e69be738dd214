%% How `beamline run` starts a program: call Module:Function(Args...) in the
%% first process, print the result if asked, and report an uncaught
%% exception on standard_error the way erl reports a crashed process.
-module(beamline_boot).
-export([run/5]).

%% Encoding is the standard_io/standard_error device encoding: latin1 as with
%% `erl -noshell`, or unicode (what `gleam run` sets up for Gleam programs).
run(Module, Function, Args, PrintResult, Encoding) ->
    case Encoding of
        unicode ->
            ok = io:setopts(standard_io, [binary, {encoding, unicode}]),
            ok = io:setopts(standard_error, [{encoding, unicode}]);
        latin1 ->
            ok
    end,
    start_file_server(),
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

%% The file module talks to the file server (file_server_2), as on erl.
start_file_server() ->
    case catch file_server:start() of
        {ok, _} ->
            ok;
        Other ->
            io:put_chars(standard_error,
                         io_lib:format("beamline: the file server did not start: ~p~n",
                                       [Other]))
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
