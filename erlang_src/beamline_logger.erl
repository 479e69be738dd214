%% Reports processes that die from an uncaught error, the way erl's
%% emulator does through logger: an error report on standard_error.
-module(beamline_logger).
-export([init/0]).

init() ->
    loop().

loop() ->
    receive
        {process_crashed, Pid, Reason} ->
            report(Pid, Reason),
            loop();
        _ ->
            loop()
    end.

%% Through logger when it runs (as erl's emulator logs), else directly.
report(Pid, Reason) ->
    case whereis(logger) of
        undefined ->
            report_directly(Pid, Reason);
        _ ->
            logger:log(error, "Error in process ~p with exit value:~n~p~n",
                       [Pid, Reason],
                       #{pid => Pid, error_logger => #{emulator => true, tag => error}})
    end.

report_directly(Pid, Reason) ->
    {{Y, Mo, D}, {H, Mi, S}} = erlang:localtime(),
    Micro = erlang:system_time(microsecond) rem 1000000,
    Header = io_lib:format("=ERROR REPORT==== ~w-~s-~w::~2..0w:~2..0w:~2..0w.~6..0w ===~n",
                           [D, month(Mo), Y, H, Mi, S, Micro]),
    Body = io_lib:format("Error in process ~p with exit value:~n~p~n~n", [Pid, Reason]),
    io:put_chars(standard_error, [Header, Body]).

month(M) ->
    element(M, {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}).
