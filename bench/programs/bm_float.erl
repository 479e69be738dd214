%% Float arithmetic: 5,000,000 iterations of a loop mixing +, *, / and
%% math:sqrt/sin on floats.
-module(bm_float).
-export([main/0]).

-define(N, 5000000).

main() ->
    T0 = erlang:monotonic_time(microsecond),
    {X, Y} = loop(?N, 1.0, 0.5),
    T1 = erlang:monotonic_time(microsecond),
    io:format("#time_us ~p~n", [T1 - T0]),
    io:format("float n=~p x=~s y=~s~n",
              [?N, float_to_list(X, [{scientific, 12}]),
               float_to_list(Y, [{scientific, 12}])]).

loop(0, X, Y) ->
    {X, Y};
loop(N, X, Y) ->
    X1 = X * 1.0000001 + 0.5 / (Y + 1.5),
    Y1 = math:sqrt(X1) * 0.25 + math:sin(Y) * 0.5,
    loop(N - 1, X1 - float(trunc(X1)) + 1.0, Y1).
