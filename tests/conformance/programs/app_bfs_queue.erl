-module(app_bfs_queue).
-export([main/0]).

grid() ->
    ["S.#.......",
     ".##..###..",
     "....#.....",
     "##.##.###.",
     "...#...#..",
     ".#...#...E"].

cell(Grid, {R, C}) -> lists:nth(C, lists:nth(R, Grid)).

bfs(Grid, Start, Goal) ->
    Rows = length(Grid), Cols = length(hd(Grid)),
    bfs(Grid, queue:from_list([Start]), #{Start => none}, Goal, Rows, Cols).

bfs(Grid, Q, Prev, Goal, Rows, Cols) ->
    case queue:out(Q) of
        {empty, _} -> unreachable;
        {{value, Goal}, _} -> path(Goal, Prev, []);
        {{value, {R, C} = P}, Q2} ->
            Ns = [N || {DR, DC} <- [{0, 1}, {1, 0}, {0, -1}, {-1, 0}],
                       N <- [{R + DR, C + DC}],
                       element(1, N) >= 1, element(1, N) =< Rows,
                       element(2, N) >= 1, element(2, N) =< Cols,
                       cell(Grid, N) =/= $#,
                       not maps:is_key(N, Prev)],
            Prev2 = lists:foldl(fun(N, M) -> M#{N => P} end, Prev, Ns),
            bfs(Grid, lists:foldl(fun queue:in/2, Q2, Ns), Prev2, Goal, Rows, Cols)
    end.

path(none, _, Acc) -> Acc;
path(P, Prev, Acc) -> path(maps:get(P, Prev), Prev, [P | Acc]).

main() ->
    G = grid(),
    Path = bfs(G, {1, 1}, {6, 10}),
    io:format("~p steps~n~p~n", [length(Path) - 1, Path]),
    Marked = [[case lists:member({R, C}, Path) of true when Ch =:= $. -> $*; _ -> Ch end
               || {C, Ch} <- lists:zip(lists:seq(1, length(Row)), Row)]
              || {R, Row} <- lists:zip(lists:seq(1, length(G)), G)],
    [io:format("~s~n", [L]) || L <- Marked],
    io:format("~p~n", [bfs(G, {1, 1}, {1, 4})]),
    ok.
