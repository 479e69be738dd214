-module(maps_nested).
-export([main/0]).

deep_put([K], V, M) -> M#{K => V};
deep_put([K | Ks], V, M) ->
    Sub = maps:get(K, M, #{}),
    M#{K => deep_put(Ks, V, Sub)}.

deep_get([], V) -> V;
deep_get([K | Ks], M) -> deep_get(Ks, maps:get(K, M)).

main() ->
    M0 = #{},
    M1 = deep_put([a, b, c], 1, M0),
    M2 = deep_put([a, b, d], 2, M1),
    M3 = deep_put([a, x], 3, M2),
    M4 = deep_put([z], #{inner => [1, 2, #{deep => true}]}, M3),
    io:format("~p~n", [M4]),
    io:format("~p~n", [deep_get([a, b, d], M4)]),
    #{a := #{b := #{c := C}}} = M4,
    io:format("~p~n", [C]),
    Counts = lists:foldl(fun(W, Acc) -> maps:update_with(W, fun(N) -> N + 1 end, 1, Acc) end,
                         #{}, string:lexemes("the cat and the hat and the bat", " ")),
    io:format("~p~n", [Counts]),
    Inv = maps:fold(fun(K, V, Acc) -> maps:update_with(V, fun(L) -> [K | L] end, [K], Acc) end, #{}, Counts),
    io:format("~p~n", [Inv]),
    io:format("~p~n", [#{#{k => v} => #{[] => {}}}]),
    ok.
