-module(exc_throw_nonlocal).
-export([main/0]).

find_first(Pred, Tree) ->
    try walk(Pred, Tree), not_found
    catch throw:{found, X} -> {found, X}
    end.

walk(Pred, {node, L, V, R}) ->
    walk(Pred, L),
    case Pred(V) of true -> throw({found, V}); false -> ok end,
    walk(Pred, R);
walk(_, leaf) -> ok.

build([]) -> leaf;
build(L) ->
    {A, [M | B]} = lists:split(length(L) div 2, L),
    {node, build(A), M, build(B)}.

main() ->
    T = build(lists:seq(1, 31)),
    io:format("~p~n", [find_first(fun(X) -> X rem 7 =:= 0 end, T)]),
    io:format("~p~n", [find_first(fun(X) -> X > 100 end, T)]),
    io:format("~p~n", [find_first(fun(X) -> X > 20 end, T)]),
    Res = lists:foldl(fun(X, Acc) ->
                              try
                                  case X of
                                      bad -> throw(skip);
                                      _ -> [X | Acc]
                                  end
                              catch throw:skip -> Acc
                              end
                      end, [], [a, bad, b, bad, c]),
    io:format("~p~n", [lists:reverse(Res)]),
    ok.
