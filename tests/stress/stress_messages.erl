%% 10,000,000 messages from 10 senders to one receiver, none lost: the
%% receiver checks each sender's sequence numbers arrive in order (the
%% ordering guarantee between a pair of processes) and counts them all.
-module(stress_messages).
-export([main/0]).

-define(SENDERS, 10).
-define(PER_SENDER, 1000000).

main() ->
    Self = self(),
    Receiver = spawn(fun() -> receiver(Self) end),
    [spawn(fun() -> send_seq(Receiver, Id, 1) end) || Id <- lists:seq(1, ?SENDERS)],
    receive
        {result, Total, InOrder} ->
            io:format("received ~p of ~p, every sender in order: ~p~n",
                      [Total, ?SENDERS * ?PER_SENDER, InOrder])
    end.

send_seq(_, _, N) when N > ?PER_SENDER -> ok;
send_seq(To, Id, N) ->
    To ! {Id, N},
    send_seq(To, Id, N + 1).

receiver(Parent) ->
    Next = maps:from_list([{Id, 1} || Id <- lists:seq(1, ?SENDERS)]),
    loop(Parent, Next, 0, true).

loop(Parent, _, Total, InOrder) when Total =:= ?SENDERS * ?PER_SENDER ->
    Parent ! {result, Total, InOrder};
loop(Parent, Next, Total, InOrder) ->
    receive
        {Id, N} ->
            Expected = maps:get(Id, Next),
            loop(Parent, Next#{Id := N + 1}, Total + 1, InOrder andalso N =:= Expected)
    end.
