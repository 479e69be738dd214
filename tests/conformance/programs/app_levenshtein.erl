-module(app_levenshtein).
-export([main/0]).

lev(A, B) ->
    {D, _} = lev(A, B, #{}),
    D.

lev([], B, M) -> {length(B), M};
lev(A, [], M) -> {length(A), M};
lev([X | A] = AA, [Y | B] = BB, M) ->
    Key = {length(AA), length(BB)},
    case M of
        #{Key := V} -> {V, M};
        _ ->
            {D1, M1} = lev(A, BB, M),
            {D2, M2} = lev(AA, B, M1),
            {D3, M3} = lev(A, B, M2),
            Cost = if X =:= Y -> 0; true -> 1 end,
            V = lists:min([D1 + 1, D2 + 1, D3 + Cost]),
            {V, M3#{Key => V}}
    end.

lcs(A, B) ->
    T = lists:foldl(
          fun(X, Prev) ->
                  {Row, _} = lists:foldl(
                               fun({Y, Diag, Up}, {Acc, Left}) ->
                                       V = if X =:= Y -> Diag + 1; true -> max(Left, Up) end,
                                       {[V | Acc], V}
                               end, {[], 0}, lists:zip3(B, [0 | lists:droplast(Prev)], Prev)),
                  lists:reverse(Row)
          end, lists:duplicate(length(B), 0), A),
    lists:last(T).

main() ->
    Pairs = [{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"same", "same"},
             {"intention", "execution"}, {"erlang", "beamline"}],
    [io:format("~s / ~s: lev ~p lcs ~p~n", [A, B, lev(A, B), lcs(A, B)]) || {A, B} <- Pairs],
    ok.
