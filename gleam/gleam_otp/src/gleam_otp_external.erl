%% Erlang FFI for beamline's gleam_otp library.
%%
%% Written for beamline from the documented behaviour of gleam_otp 0.7.0,
%% keeping that package's FFI module name and function names. Standard OTP
%% only.
-module(gleam_otp_external).

-export([application_stopped/0, convert_system_message/2]).

application_stopped() -> ok.

%% Turns an OTP system message {system, From, Request} (received by a Gleam
%% actor through a selecting_record3 handler) into the actor's internal
%% message: {system, SystemMessage} for the requests the actor supports,
%% {unexpected, Original} for anything else. The callbacks inside the system
%% messages send the reply that sys:* functions wait for.
convert_system_message(From, Request) ->
    Reply = fun(Value) -> reply(From, Value) end,
    case Request of
        get_state ->
            {system, {get_state, fun(State) -> Reply({ok, State}) end}};
        get_status ->
            {system, {get_status, fun(Status) -> Reply(status(Status)) end}};
        suspend ->
            {system, {suspend, fun() -> Reply(ok) end}};
        resume ->
            {system, {resume, fun() -> Reply(ok) end}};
        _ ->
            {unexpected, {system, From, Request}}
    end.

reply({Pid, Tag}, Value) ->
    Pid ! {Tag, Value},
    nil.

%% The shape sys:get_status/1 expects from a process.
status({status_info, Module, Parent, Mode, DebugState, State}) ->
    Misc = [{header, "Status for Gleam process " ++ pid_to_list(self())},
            {data, [{'Status', Mode}, {'Parent', Parent}, {'State', State}]}],
    {status, self(), {module, Module}, [get(), Mode, Parent, DebugState, Misc]}.
