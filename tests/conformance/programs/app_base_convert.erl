-module(app_base_convert).
-export([main/0]).

to_base(0, _) -> "0";
to_base(N, B) when N < 0 -> [$- | to_base(-N, B)];
to_base(N, B) -> to_base(N, B, []).
to_base(0, _, Acc) -> Acc;
to_base(N, B, Acc) -> to_base(N div B, B, [digit(N rem B) | Acc]).

digit(D) when D < 10 -> $0 + D;
digit(D) -> $a + D - 10.

from_base(S, B) -> lists:foldl(fun(C, Acc) -> Acc * B + val(C) end, 0, S).
val(C) when C >= $0, C =< $9 -> C - $0;
val(C) when C >= $a, C =< $z -> C - $a + 10.

main() ->
    Ns = [0, 1, 255, 1000, -42, 1 bsl 64, 123456789012345678901234567890],
    [io:format("~p: ~s ~s ~s~n", [N, to_base(N, 2), to_base(N, 7), to_base(N, 36)]) || N <- Ns],
    io:format("~p~n", [[string:lowercase(integer_to_list(N, B)) =:= to_base(N, B) || N <- Ns, B <- [2, 7, 16, 36]]]),
    io:format("~p~n", [from_base("zzzzzzzzzzzzzzzzzzzz", 36)]),
    io:format("~p~n", [from_base(to_base(1 bsl 100, 3), 3) =:= 1 bsl 100]),
    ok.
