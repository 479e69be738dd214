-module(integer_print_random).
-export([main/0]).

lcg(S) -> (S * 6364136223846793005 + 1442695040888963407) band 16#FFFFFFFFFFFFFFFF.

rand_ints(0, _, Acc) -> lists:reverse(Acc);
rand_ints(N, S, Acc) ->
    S2 = lcg(S), S3 = lcg(S2),
    Big = (S2 bsl 64) bor S3,
    V = case N rem 4 of
            0 -> S2;
            1 -> -Big;
            2 -> Big * Big;
            3 -> S2 bsr (N rem 60)
        end,
    rand_ints(N - 1, S3, [V | Acc]).

main() ->
    Is = rand_ints(40, 99, []),
    [io:format("~p ~s ~s~n", [I, integer_to_list(I, 16), integer_to_list(I, 36)]) || I <- Is],
    io:format("~p~n", [lists:all(fun(I) -> list_to_integer(integer_to_list(I)) =:= I end, Is)]),
    io:format("~p~n", [lists:sum(Is)]),
    io:format("~p~n", [lists:foldl(fun(I, A) -> (A * 31 + I) rem (1 bsl 127 - 1) end, 0, Is)]),
    io:format("~p~n", [lists:sort(Is)]),
    ok.
