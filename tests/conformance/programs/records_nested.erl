-module(records_nested).
-export([main/0]).

-record(addr, {street, city = "Nowhere", zip}).
-record(user, {id, addr = #addr{}, roles = [guest]}).
-record(tree, {left = nil, key, right = nil}).

insert(nil, K) -> #tree{key = K};
insert(T = #tree{key = K0}, K) when K < K0 -> T#tree{left = insert(T#tree.left, K)};
insert(T = #tree{key = K0}, K) when K > K0 -> T#tree{right = insert(T#tree.right, K)};
insert(T, _) -> T.

to_list(nil) -> [];
to_list(#tree{left = L, key = K, right = R}) -> to_list(L) ++ [K] ++ to_list(R).

depth(nil) -> 0;
depth(#tree{left = L, right = R}) -> 1 + max(depth(L), depth(R)).

main() ->
    U = #user{id = 1},
    io:format("~p~n", [U]),
    U2 = U#user{addr = (U#user.addr)#addr{city = "Paris", zip = 75001}},
    io:format("~p~n", [U2]),
    io:format("~p~n", [(U2#user.addr)#addr.city]),
    io:format("~p~n", [U2#user.addr#addr.zip]),
    T = lists:foldl(fun(K, Acc) -> insert(Acc, K) end, nil, [50, 30, 70, 20, 40, 60, 80, 30, 65]),
    io:format("~p~n", [to_list(T)]),
    io:format("~p~n", [depth(T)]),
    io:format("~p~n", [T]),
    ok.
