-module(op_bif0_node_self).
-export([main/0]).
%% Targets bif0 (self/0, node/0), bif1/bif2 in bodies and guards,
%% gc_bif1/gc_bif2/gc_bif3.

id(X) -> X.

main() ->
    Me = self(),
    io:format("~p~n", [is_pid(Me)]),
    io:format("~p~n", [node()]),
    io:format("~p~n", [node(Me)]),
    io:format("~p~n", [Me =:= self()]),
    L = id([1, 2, 3]),
    io:format("~p ~p ~p~n", [length(L), hd(L), tl(L)]),
    T = id({a, b, c}),
    io:format("~p ~p~n", [element(2, T), tuple_size(T)]),
    B = id(<<"binary!">>),
    io:format("~p ~p ~p~n", [byte_size(B), bit_size(B), binary_part(B, 1, 3)]),
    N = id(-7),
    io:format("~p ~p ~p~n", [abs(N), float(N), N band 3]),
    io:format("~p~n", [[trunc(id(2.7)), round(id(2.5)), floor(id(-0.5)), ceil(id(-0.5))]]),
    M = id(#{k => v}),
    io:format("~p ~p~n", [map_size(M), map_get(k, M)]),
    io:format("~p~n", [is_map_key(k, M)]),
    ok.
