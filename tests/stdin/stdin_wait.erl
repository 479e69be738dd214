%% A process waiting for standard input holds up no scheduler: while main
%% waits a second for its line, a ticker process keeps running (with one
%% scheduler too). run_stdin_wait.sh sends the line a second after the
%% program says it is waiting.
-module(stdin_wait).
-export([main/0]).

main() ->
    Self = self(),
    Ticker = spawn(fun() -> tick(0) end),
    io:format("waiting~n"),
    Line = io:get_line(""),
    Ticker ! {count, Self},
    receive
        {ticks, N} ->
            io:format("line ~p, ticker ran while waiting: ~p~n", [Line, N >= 5])
    end.

tick(N) ->
    receive
        {count, From} -> From ! {ticks, N}
    after 20 ->
        tick(N + 1)
    end.
