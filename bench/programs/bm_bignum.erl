%% Bignums: 2000! computed 200 times by repeated multiplication, then
%% printed in decimal (integer_to_list), plus big division and rem.
-module(bm_bignum).
-export([main/0]).

-define(N, 2000).
-define(REPS, 200).

main() ->
    T0 = erlang:monotonic_time(microsecond),
    F = reps(?REPS, 0),
    Digits = integer_to_list(F),
    Q = F div fact(1000, 1),
    R = F rem 1000000007,
    T1 = erlang:monotonic_time(microsecond),
    io:format("#time_us ~p~n", [T1 - T0]),
    io:format("bignum digits=~p digit_sum=~p head=~s mod=~p qbits=~p~n",
              [length(Digits), lists:sum([D - $0 || D <- Digits]),
               lists:sublist(Digits, 20), R, bits(Q, 0)]).

reps(0, F) -> F;
reps(K, _) -> reps(K - 1, fact(?N, 1)).

fact(0, Acc) -> Acc;
fact(N, Acc) -> fact(N - 1, Acc * N).

bits(0, B) -> B;
bits(X, B) -> bits(X bsr 1, B + 1).
