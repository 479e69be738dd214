-module(gc_fragment_garbage).
-export([main/0]).
%% Garbage made by arithmetic and BIF results (heap fragments) is collected
%% even in loops that allocate nothing themselves.
main() ->
    loop(100000, 1 bsl 4000),
    {memory, M} = erlang:process_info(self(), memory),
    io:format("~p~n", [M < 1000000]),
    M2 = lists:foldl(fun(I, Acc) -> maps:put(I rem 1000, I, Acc) end, #{}, lists:seq(1, 300000)),
    io:format("~p~n", [map_size(M2)]).
loop(0, _) -> ok;
loop(N, B) -> _ = B * N, loop(N - 1, B).
