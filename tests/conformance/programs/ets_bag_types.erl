-module(ets_bag_types).
-export([main/0]).

main() ->
    B = ets:new(b, [bag]),
    ets:insert(B, [{k, 1}, {k, 2}, {k, 1}, {j, 3}]),
    io:format("~p~n", [lists:sort(ets:lookup(B, k))]),
    io:format("~p~n", [ets:info(B, size)]),
    ets:delete_object(B, {k, 1}),
    io:format("~p~n", [ets:lookup(B, k)]),
    D = ets:new(d, [duplicate_bag]),
    ets:insert(D, [{k, 1}, {k, 2}, {k, 1}, {j, 3}]),
    io:format("~p~n", [lists:sort(ets:lookup(D, k))]),
    io:format("~p~n", [ets:info(D, size)]),
    ets:delete_object(D, {k, 1}),
    io:format("~p~n", [ets:lookup(D, k)]),
    io:format("~p~n", [ets:lookup(D, j)]),
    io:format("~p~n", [lists:sort(ets:match(D, {'$1', '$2'}))]),
    ets:insert(D, {j, 3}),
    io:format("~p~n", [ets:select_count(D, [{{j, '_'}, [], [true]}])]),
    io:format("~p~n", [ets:select_delete(D, [{{j, '_'}, [], [true]}])]),
    io:format("~p~n", [lists:sort(ets:tab2list(D))]),
    io:format("~p~n", [ets:info(D, type)]),
    io:format("~p~n", [ets:lookup_element(B, k, 2)]),
    ok.
