-module(app_bank_processes).
-export([main/0]).

account(Balance) ->
    receive
        {deposit, Amt, From} -> From ! {ok, Balance + Amt}, account(Balance + Amt);
        {withdraw, Amt, From} when Amt =< Balance -> From ! {ok, Balance - Amt}, account(Balance - Amt);
        {withdraw, _, From} -> From ! {error, insufficient}, account(Balance);
        {balance, From} -> From ! {balance, Balance}, account(Balance);
        {transfer, Amt, To, From} when Amt =< Balance ->
            To ! {deposit, Amt, self()},
            receive {ok, _} -> ok end,
            From ! {ok, transferred},
            account(Balance - Amt);
        {transfer, _, _, From} -> From ! {error, insufficient}, account(Balance);
        stop -> ok
    end.

rpc(Pid, Msg) ->
    Pid ! erlang:append_element(Msg, self()),
    receive R -> R end.

main() ->
    A = spawn(fun() -> account(100) end),
    B = spawn(fun() -> account(50) end),
    io:format("~p~n", [rpc(A, {deposit, 25})]),
    io:format("~p~n", [rpc(A, {withdraw, 500})]),
    io:format("~p~n", [rpc(A, {withdraw, 30})]),
    io:format("~p~n", [rpc(A, {transfer, 60, B})]),
    io:format("~p~n", [rpc(A, {transfer, 600, B})]),
    io:format("~p ~p~n", [rpc(A, {balance}), rpc(B, {balance})]),
    Results = [rpc(B, {deposit, N}) || N <- lists:seq(1, 10)],
    io:format("~p~n", [Results]),
    A ! stop, B ! stop,
    ok.
