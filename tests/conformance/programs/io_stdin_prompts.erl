%% Standard input through the I/O server: prompts (string, atom, format
%% tuple, empty) are written before each read, as erl does, and still at end
%% of input; get_chars leaves the rest of the line for the next read;
%% io:fread parses from a line.
-module(io_stdin_prompts).
-export([main/0]).

main() ->
    show(io:get_line("line> ")),
    show(io:get_chars('chars> ', 3)),
    show(io:get_line("")),
    show(io:fread({format, "~s~p> ", ["n", 1]}, "~d ~d")),
    show(io:get_line(<<"bin> ">>)),
    show(io:get_line("last> ")),
    show(io:get_line("after-eof> ")),
    show(io:get_chars("chars-eof> ", 2)),
    io:format("done~n").

show(X) -> io:format("~p~n", [X]).
