-module(hello).
-export([main/0]).

%% A small tour: processes, messages, maps, binaries and the standard library.
main() ->
    io:format("Hello from beamline!~n"),
    Parent = self(),
    Workers = [spawn(fun() -> Parent ! {self(), N, fib(N)} end) || N <- lists:seq(20, 25)],
    Results = [receive {W, N, F} -> {N, F} end || W <- Workers],
    io:format("fib: ~p~n", [Results]),
    Words = string:lexemes("the quick brown fox jumps over the lazy dog the end", " "),
    Counts = lists:foldl(fun(W, M) -> maps:update_with(W, fun(C) -> C + 1 end, 1, M) end,
                         #{}, Words),
    io:format("word counts: ~p~n", [Counts]),
    io:format("2^100 = ~p~n", [1 bsl 100]),
    io:format("~s~n", [base64:encode(<<"beamline">>)]).

fib(0) -> 0;
fib(1) -> 1;
fib(N) -> fib(N - 1) + fib(N - 2).
