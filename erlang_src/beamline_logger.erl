%% Reports processes that die from an uncaught error, the way erl's
%% emulator does through logger: an error report on standard_error.
-module(beamline_logger).
-export([init/0]).

init() ->
    loop().

loop() ->
    receive
        {process_crashed, Pid, Reason} ->
            report(Pid, "Error in process ~p with exit value:~n~p~n", [Pid, Reason]),
            loop();
        {emulator_error, Pid, Format, Args} ->
            %% Other emulator reports (max_heap_size, runtime/vm/gc.cc).
            report(Pid, Format, Args),
            loop();
        _ ->
            loop()
    end.

%% Through logger when it runs (as erl's emulator logs), else directly.
report(Pid, Format, Args) ->
    case whereis(logger) of
        undefined ->
            report_directly(Format, Args);
        _ ->
            logger:log(error, Format, Args,
                       #{pid => Pid, error_logger => #{emulator => true, tag => error}})
    end.

report_directly(Format, Args) ->
    {{Y, Mo, D}, {H, Mi, S}} = erlang:localtime(),
    Micro = erlang:system_time(microsecond) rem 1000000,
    Header = io_lib:format("=ERROR REPORT==== ~w-~s-~w::~2..0w:~2..0w:~2..0w.~6..0w ===~n",
                           [D, month(Mo), Y, H, Mi, S, Micro]),
    Body = io_lib:format(Format ++ "~n", Args),
    io:put_chars(standard_error, [Header, Body]).

month(M) ->
    element(M, {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}).
