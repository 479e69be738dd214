-module(phash_range).
-export([main/0]).

main() ->
    io:format("~p~n", [[erlang:phash2(N, 7) || N <- lists:seq(1, 40)]]),
    io:format("~p~n", [[erlang:phash2({key, N}, 16) || N <- lists:seq(1, 40)]]),
    io:format("~p~n", [[erlang:phash(N, 100) || N <- lists:seq(1, 20)]]),
    io:format("~p~n", [[erlang:phash(T, 1 bsl 32) || T <- [a, "abc", {1, 2}, <<"x">>, 1.5, -7]]]),
    io:format("~p~n", [erlang:phash2(lists:seq(1, 10000))]),
    io:format("~p~n", [erlang:phash2(list_to_tuple(lists:seq(1, 1000)))]),
    Buckets = lists:foldl(fun(N, Acc) -> B = erlang:phash2(N, 10),
                                         setelement(B + 1, Acc, element(B + 1, Acc) + 1)
                          end, erlang:make_tuple(10, 0), lists:seq(1, 10000)),
    io:format("~p~n", [Buckets]),
    io:format("~p~n", [try erlang:phash2(a, 0) catch error:R -> R end]),
    ok.
