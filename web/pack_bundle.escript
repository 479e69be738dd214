#!/usr/bin/env escript
%% Packs the library modules of the browser build into one file
%% (cmake/Wasm.cmake runs it at build time):
%%
%%   escript pack_bundle.escript OUT PREFIX=DIR...
%%
%% Every regular file below each DIR is stored as PREFIX/<path below DIR>.
%% .beam files lose their debug-information chunks ("Dbgi", "Docs": more than
%% half of OTP's library size, used only by tools such as the debugger or
%% `beam_lib:chunks(M, [abstract_code])`); every other chunk is kept as is.
%%
%% Format, the whole gzip-compressed (web/beamline_host.js unpacks it):
%%   "BLB1"  u32 count  then count times:  u32 path_size path  u32 size data
%% (u32 little-endian, paths UTF-8, sorted).
-mode(compile).

main([Out | Specs]) when Specs =/= [] ->
    Entries = lists:sort(lists:append([collect(Spec) || Spec <- Specs])),
    Body = [<<"BLB1", (length(Entries)):32/little>>
            | [[<<(byte_size(P)):32/little>>, P, <<(byte_size(D)):32/little>>, D]
               || {P, D} <- Entries]],
    Raw = iolist_to_binary(Body),
    ok = filelib:ensure_dir(Out),
    ok = file:write_file(Out, zlib:gzip(Raw)),
    io:format("pack_bundle: ~s: ~b files, ~.1f MB (~.1f MB unpacked)~n",
              [Out, length(Entries), filelib:file_size(Out) / 1.0e6,
               byte_size(Raw) / 1.0e6]);
main(_) ->
    io:format(standard_error, "usage: pack_bundle.escript OUT PREFIX=DIR...~n", []),
    halt(2).

collect(Spec) ->
    {Prefix, [$= | Dir]} = lists:splitwith(fun(C) -> C =/= $= end, Spec),
    Files = filelib:wildcard("**", Dir),
    [{unicode:characters_to_binary(Prefix ++ "/" ++ F), contents(filename:join(Dir, F))}
     || F <- Files, filelib:is_regular(filename:join(Dir, F))].

contents(File) ->
    {ok, Data} = file:read_file(File),
    case filename:extension(File) of
        ".beam" -> strip(File, Data);
        _ -> Data
    end.

strip(File, Data) ->
    case beam_lib:all_chunks(Data) of
        {ok, _, Chunks} ->
            Kept = [C || {Id, _} = C <- Chunks, Id =/= "Dbgi", Id =/= "Docs"],
            {ok, Stripped} = beam_lib:build_module(Kept),
            Stripped;
        {error, beam_lib, Reason} ->
            io:format(standard_error, "pack_bundle: ~s: ~p~n", [File, Reason]),
            halt(1)
    end.
