%% Binaries: build a 1 MB binary of length-prefixed records by appending
%% (<<Acc/binary, ...>>), then parse it back with binary matching,
%% ten times over.
-module(bm_binary).
-export([main/0]).

-define(SIZE, 1048576).
-define(REPS, 10).

main() ->
    T0 = erlang:monotonic_time(microsecond),
    {Size, Records, Sum} = reps(?REPS, undefined),
    T1 = erlang:monotonic_time(microsecond),
    io:format("#time_us ~p~n", [T1 - T0]),
    io:format("binary size=~p records=~p sum=~p~n", [Size, Records, Sum]).

reps(0, R) -> R;
reps(K, _) ->
    Bin = build(<<>>, 1),
    {Records, Sum} = parse(Bin, 0, 0),
    reps(K - 1, {byte_size(Bin), Records, Sum}).

%% A record: <<Tag:8, Len:16, Payload:Len/binary, Checksum:32>>.
build(Acc, _I) when byte_size(Acc) >= ?SIZE ->
    Acc;
build(Acc, I) ->
    Len = I rem 61,
    Payload = payload(Len, I, <<>>),
    build(<<Acc/binary, (I band 255):8, Len:16, Payload/binary, (I * 7919):32>>,
          I + 1).

payload(0, _X, Acc) -> Acc;
payload(N, X, Acc) -> payload(N - 1, X + 13, <<Acc/binary, (X band 255):8>>).

parse(<<Tag:8, Len:16, Payload:Len/binary, Check:32, Rest/binary>>, N, Sum) ->
    parse(Rest, N + 1, (Sum + Tag + Check + sum_bytes(Payload, 0)) band 16#FFFFFFF);
parse(<<>>, N, Sum) ->
    {N, Sum}.

sum_bytes(<<B:8, Rest/binary>>, S) -> sum_bytes(Rest, S + B);
sum_bytes(<<>>, S) -> S.
