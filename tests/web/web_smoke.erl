%% The program of the browser smoke test (tests/web/smoke.mjs), also run on
%% erl for the expected output and result.
%%
%% main(Workers, Work): Workers processes compute in parallel (each a CPU-bound
%% loop of Work steps, long enough for the schedulers to share them), a ring
%% of 200 processes passes a token around, and Gleam's standard library
%% prints a line (it is in the browser bundle). Returns a summary tuple.
-module(web_smoke).
-export([main/2, forever/0, crash/1]).

main(Workers, Work) ->
    Parent = self(),
    Pids = [spawn(fun() -> Parent ! {done, self(), I, work(I, Work, 0)} end)
            || I <- lists:seq(1, Workers)],
    Results = [receive {done, P, I, R} -> {I, R} end || P <- Pids],
    [io:format("worker ~b: ~b~n", [I, R]) || {I, R} <- Results],
    Laps = ring(200, 5),
    io:format("ring: 200 processes, token back after ~b laps~n", [Laps]),
    gleam@io:println(<<"gleam says: "/utf8, (gleam@int:to_string(Workers))/binary,
                       " workers, ünïcödé"/utf8>>),
    {ok, Workers, lists:sum([R || {_, R} <- Results]), <<"done">>}.

%% A deterministic CPU-bound loop (an LCG over Work steps).
work(_, 0, Acc) -> Acc;
work(Seed, N, Acc) ->
    work(Seed, N - 1, (Acc * 1103515245 + 12345 + Seed) band 16#7fffffff).

ring(N, Laps) ->
    Self = self(),
    First = lists:foldl(fun(_, Next) -> spawn(fun() -> relay(Next) end) end,
                        Self, lists:seq(1, N)),
    lap(First, Laps, 0).

lap(_, 0, Done) -> Done;
lap(First, Left, Done) ->
    First ! token,
    receive token -> lap(First, Left - 1, Done + 1) end.

relay(Next) ->
    receive
        token -> Next ! token, relay(Next)
    end.

%% Runs until stopped (the vm.stop() check).
forever() ->
    io:format("running forever~n"),
    spin(0).

spin(N) -> spin(N + 1).

crash(What) ->
    error({boom, What}).
