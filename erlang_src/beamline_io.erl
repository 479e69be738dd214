%% The I/O server behind standard_io (the group leader of every process)
%% and standard_error. It speaks Erlang's I/O protocol and writes through
%% beamline_native:write/2. Like erl's `user` server with -noshell, the
%% device encoding starts as latin1: characters above 255 in unicode output
%% are written as \x{...}.
-module(beamline_io).
-export([start/1, init/1]).

start(Fd) ->
    spawn(?MODULE, init, [Fd]).

init(Fd) ->
    put(encoding, latin1),
    loop(Fd).

loop(Fd) ->
    receive
        {io_request, From, ReplyAs, Request} ->
            Reply = request(Fd, Request),
            From ! {io_reply, ReplyAs, Reply},
            loop(Fd);
        _Other ->
            loop(Fd)
    end.

request(Fd, {put_chars, Enc, Chars}) ->
    put_chars(Fd, Enc, Chars);
request(Fd, {put_chars, Enc, M, F, A}) ->
    case catch apply(M, F, A) of
        Chars when is_list(Chars); is_binary(Chars) ->
            put_chars(Fd, Enc, Chars);
        _ ->
            {error, {error, F}}
    end;
request(Fd, {put_chars, Chars}) ->
    put_chars(Fd, latin1, Chars);
request(Fd, {put_chars, M, F, A}) ->
    request(Fd, {put_chars, latin1, M, F, A});
request(Fd, {get_line, Enc, Prompt}) ->
    prompt(Fd, Enc, Prompt),
    get_line(Enc);
request(Fd, {get_line, Prompt}) ->
    prompt(Fd, latin1, Prompt),
    get_line(latin1);
request(Fd, {get_chars, Enc, Prompt, N}) ->
    prompt(Fd, Enc, Prompt),
    get_chars(Enc, N);
request(Fd, {get_until, Enc, Prompt, M, F, As}) ->
    prompt(Fd, Enc, Prompt),
    get_until(Enc, M, F, As, []);
request(_Fd, getopts) ->
    [{binary, false}, {encoding, get(encoding)}];
request(_Fd, {setopts, Opts}) when is_list(Opts) ->
    setopts(Opts);
request(_Fd, {get_geometry, _}) ->
    {error, enotsup};
request(Fd, {requests, Requests}) ->
    requests(Fd, Requests, ok);
request(_Fd, _Other) ->
    {error, request}.

requests(_Fd, [], Last) ->
    Last;
requests(Fd, [R | Rs], _Last) ->
    case request(Fd, R) of
        {error, _} = E -> E;
        Reply -> requests(Fd, Rs, Reply)
    end.

setopts([]) ->
    ok;
setopts([{encoding, E} | T]) when E =:= latin1; E =:= unicode; E =:= utf8 ->
    put(encoding, case E of utf8 -> unicode; _ -> E end),
    setopts(T);
setopts([binary | T]) -> setopts(T);
setopts([list | T]) -> setopts(T);
setopts([{binary, _} | T]) -> setopts(T);
setopts(_) ->
    {error, enotsup}.

put_chars(Fd, Enc, Chars) ->
    case to_device(Enc, get(encoding), Chars) of
        error ->
            {error, put_chars};
        Bin ->
            beamline_native:write(Fd, Bin),
            ok
    end.

%% Converts characters in encoding `In` to bytes for a device in encoding
%% `Dev`.
to_device(latin1, latin1, Chars) ->
    case catch unicode:characters_to_binary(Chars, latin1, latin1) of
        B when is_binary(B) -> B;
        _ -> error
    end;
to_device(latin1, unicode, Chars) ->
    case catch unicode:characters_to_binary(Chars, latin1, unicode) of
        B when is_binary(B) -> B;
        _ -> error
    end;
to_device(unicode, unicode, Chars) ->
    case catch unicode:characters_to_binary(Chars, unicode, unicode) of
        B when is_binary(B) -> B;
        _ -> error
    end;
to_device(unicode, latin1, Chars) ->
    case catch unicode:characters_to_binary(Chars, unicode, latin1) of
        B when is_binary(B) ->
            B;
        _ ->
            case catch unicode:characters_to_list(Chars, unicode) of
                L when is_list(L) ->
                    list_to_binary([escape_wide(C) || C <- L]);
                _ ->
                    error
            end
    end.

escape_wide(C) when C > 255 -> ["\\x{", integer_to_list(C, 16), $}];
escape_wide(C) -> C.

%% Input: lines from standard input. Each read first writes its prompt
%% (a string, atom, binary or {format, Fmt, Args}), as erl's user server does.
prompt(Fd, Enc, Prompt) ->
    case catch io_lib:format_prompt(Prompt, Enc) of
        Chars when is_list(Chars) -> put_chars(Fd, unicode, Chars);
        _ -> ok
    end.

read_line() ->
    case get(pushback) of
        undefined -> device_line();
        <<>> -> erase(pushback), device_line();
        Bin -> erase(pushback), Bin
    end.

%% A thread of the VM reads the line, so waiting here holds up no scheduler.
device_line() ->
    ok = beamline_native:request_line(),
    receive
        {beamline_stdin, Data} -> Data
    end.

get_line(Enc) ->
    case read_line() of
        eof -> eof;
        Bin -> from_device(Enc, Bin)
    end.

get_chars(Enc, N) ->
    case read_line() of
        eof ->
            eof;
        Bin when byte_size(Bin) =< N ->
            from_device(Enc, Bin);
        Bin ->
            <<Take:N/binary, Rest/binary>> = Bin,
            put(pushback, Rest),
            from_device(Enc, Take)
    end.

get_until(Enc, M, F, As, Cont) ->
    Data = case read_line() of
               eof -> eof;
               Bin -> from_device(Enc, Bin)
           end,
    case catch apply(M, F, [Cont, Data | As]) of
        {done, Result, Rest} ->
            case Rest of
                eof -> ok;
                [] -> ok;
                _ -> put(pushback, unicode:characters_to_binary(Rest))
            end,
            Result;
        {more, Cont1} when Data =/= eof ->
            get_until(Enc, M, F, As, Cont1);
        {more, _} ->
            eof;
        _ ->
            {error, {error, F}}
    end.

from_device(_Enc, Bin) ->
    binary_to_list(Bin).
