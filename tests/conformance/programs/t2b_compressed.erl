-module(t2b_compressed).
-export([main/0]).

main() ->
    T = lists:duplicate(200, hello),
    B0 = term_to_binary(T),
    B1 = term_to_binary(T, [compressed]),
    B9 = term_to_binary(T, [{compressed, 9}]),
    io:format("~p ~p ~p~n", [byte_size(B0), byte_size(B1), byte_size(B9)]),
    io:format("~w~n", [B1]),
    io:format("~w~n", [binary:part(B9, 0, 6)]),
    io:format("~p~n", [binary_to_term(B1) =:= T]),
    io:format("~p~n", [binary_to_term(B9) =:= T]),
    Small = term_to_binary(abc, [compressed]),
    io:format("~w~n", [Small]),
    S = term_to_binary(lists:seq(1, 100), [{compressed, 1}]),
    io:format("~w~n", [S]),
    io:format("~p~n", [binary_to_term(S)]),
    io:format("~p~n", [erlang:external_size(T)]),
    io:format("~p~n", [erlang:external_size(T, [{minor_version, 1}])]),
    ok.
