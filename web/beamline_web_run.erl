%% How the browser API's vm.run(Module, Function, Args) calls a function
%% (web/beamline_host.js): the command line is
%%
%%   beamline run beamline_web_run:main -- Module Function args:ArgsText ResultFile
%%
%% ArgsText is the argument list in Erlang syntax ("[1, foo, <<104,105>>]");
%% the "args:" prefix keeps the command line parser (CLI11) from reading a
%% bracketed value as its own list syntax ("[]" would vanish).
%% The value returned is written to ResultFile, formatted as
%% io_lib:format("~p", [Value]) does, so that it does not mix with what the
%% program prints. An uncaught exception is written there too (class and
%% reason) and raised again, so that beamline_boot reports it on
%% standard_error and exits with status 1, as for `beamline run`.
%%
%% ResultFile contents (UTF-8):
%%   "ok\n" Value
%%   "error\n" Class "\n" Reason
-module(beamline_web_run).
-export([main/1]).

main([Module, Function, <<"args:", ArgsText/binary>>, ResultFile]) ->
    M = binary_to_atom(Module, utf8),
    F = binary_to_atom(Function, utf8),
    try apply(M, F, parse_args(ArgsText)) of
        Value ->
            write(ResultFile, ["ok\n", io_lib:format("~p", [Value])]),
            Value
    catch
        Class:Reason:Stack ->
            write(ResultFile, ["error\n", atom_to_list(Class), "\n",
                               io_lib:format("~p", [Reason])]),
            erlang:raise(Class, Reason, Stack)
    end.

parse_args(Text) ->
    Chars = unicode:characters_to_list(Text),
    case erl_scan:string(Chars ++ ".") of
        {ok, Tokens, _} ->
            case erl_parse:parse_term(Tokens) of
                {ok, Args} when is_list(Args) -> Args;
                {ok, Other} -> error({bad_argument_list, Other});
                {error, {_, Mod, Desc}} -> error({bad_argument_list, Mod:format_error(Desc)})
            end;
        {error, {_, Mod, Desc}, _} ->
            error({bad_argument_list, Mod:format_error(Desc)})
    end.

write(File, Chars) ->
    ok = file:write_file(File, unicode:characters_to_binary(Chars)).
