%% erlang:garbage_collect/0,1,2: return values, errors, asynchronous
%% requests, and data that survives many minor and major collections
%% (heap terms, off-heap binaries, sub-binaries, funs, maps, the process
%% dictionary) unchanged.
-module(gc_garbage_collect).
-export([main/0]).

err(F) ->
    try F() of V -> {value, V} catch C:R -> {C, R} end.

build(N) ->
    Big = list_to_binary([I rem 256 || I <- lists:seq(1, 1000)]),
    <<_:10/binary, Sub:100/binary, _/binary>> = Big,
    #{list => lists:seq(1, N),
      tuple => list_to_tuple([{I, integer_to_list(I)} || I <- lists:seq(1, N)]),
      bin => Big, sub => Sub, small => <<"small binary">>,
      float => 3.25, big => 1 bsl 100,
      fn => fun(X) -> X + N end,
      map => maps:from_list([{I, I * I} || I <- lists:seq(1, 40)])}.

check(T, N) ->
    F = maps:get(fn, T),
    lists:sum(maps:get(list, T)) =:= N * (N + 1) div 2 andalso
        element(N, maps:get(tuple, T)) =:= {N, integer_to_list(N)} andalso
        byte_size(maps:get(bin, T)) =:= 1000 andalso
        binary:at(maps:get(sub, T), 0) =:= 11 andalso
        F(1) =:= N + 1 andalso
        maps:get(40, maps:get(map, T)) =:= 1600 andalso
        maps:get(big, T) =:= 1 bsl 100.

churn(0) -> ok;
churn(K) ->
    _ = [integer_to_list(I) || I <- lists:seq(1, 200)],
    _ = list_to_binary(lists:duplicate(300, $x)),
    case K rem 10 of
        0 -> true = erlang:garbage_collect();
        5 -> true = erlang:garbage_collect(self(), [{type, minor}]);
        _ -> ok
    end,
    churn(K - 1).

main() ->
    io:format("~p~n", [erlang:garbage_collect()]),
    io:format("~p~n", [erlang:garbage_collect(self())]),
    io:format("~p~n", [erlang:garbage_collect(self(), [])]),
    io:format("~p~n", [erlang:garbage_collect(self(), [{type, minor}])]),
    io:format("~p~n", [erlang:garbage_collect(self(), [{type, major}, {type, minor}])]),
    P = spawn(fun() -> receive stop -> ok end end),
    io:format("other: ~p ~p~n",
              [erlang:garbage_collect(P), erlang:garbage_collect(P, [{type, minor}])]),
    io:format("async: ~p~n", [erlang:garbage_collect(P, [{async, req1}])]),
    receive {garbage_collect, req1, R1} -> io:format("reply: ~p~n", [R1]) end,
    io:format("async self: ~p~n", [erlang:garbage_collect(self(), [{async, req2}, {type, minor}])]),
    receive {garbage_collect, req2, R2} -> io:format("reply: ~p~n", [R2]) end,
    M = monitor(process, P),
    P ! stop,
    receive {'DOWN', M, process, P, _} -> ok end,
    io:format("dead: ~p~n", [erlang:garbage_collect(P)]),
    io:format("dead async: ~p~n", [erlang:garbage_collect(P, [{async, req3}])]),
    receive {garbage_collect, req3, R3} -> io:format("reply: ~p~n", [R3]) end,
    io:format("~p~n", [err(fun() -> erlang:garbage_collect(foo) end)]),
    io:format("~p~n", [err(fun() -> erlang:garbage_collect(self(), [{type, foo}]) end)]),
    io:format("~p~n", [err(fun() -> erlang:garbage_collect(self(), [bad]) end)]),
    io:format("~p~n", [err(fun() -> erlang:garbage_collect(self(), foo) end)]),
    io:format("~p~n", [err(fun() -> erlang:garbage_collect(self(), [{type, minor} | x]) end)]),
    %% Long-lived data across many collections of both kinds.
    T = build(500),
    put(kept, build(300)),
    io:format("before: ~p~n", [check(T, 500)]),
    churn(200),
    io:format("after: ~p ~p~n", [check(T, 500), check(get(kept), 300)]),
    %% Another process collects while we hold a term it sent us.
    Parent = self(),
    Q = spawn(fun() -> Parent ! {data, build(200)}, receive stop -> ok end end),
    D = receive {data, X} -> X end,
    true = erlang:garbage_collect(Q),
    churn(20),
    io:format("received: ~p~n", [check(D, 200)]),
    Q ! stop,
    %% Sizes: only relations, which hold on any VM.
    [{heap_size, H}, {total_heap_size, TH}] = process_info(self(), [heap_size, total_heap_size]),
    io:format("sizes: ~p ~p~n", [is_integer(H) andalso H > 0, TH >= H]),
    {garbage_collection, GC} = process_info(self(), garbage_collection),
    io:format("keys: ~p~n", [[K || {K, _} <- GC]]),
    {garbage_collection_info, GI} = process_info(self(), garbage_collection_info),
    io:format("info keys: ~p~n", [[K || {K, _} <- GI]]),
    io:format("all integers: ~p~n", [lists:all(fun({_, V}) -> is_integer(V) andalso V >= 0 end, GI)]),
    ok.
