-module(app_word_frequency).
-export([main/0]).

text() ->
    "It was the best of times, it was the worst of times, it was the age of wisdom, "
    "it was the age of foolishness, it was the epoch of belief, it was the epoch of "
    "incredulity, it was the season of Light, it was the season of Darkness, it was "
    "the spring of hope, it was the winter of despair.".

words(T) ->
    [string:lowercase(W) || W <- string:lexemes(T, " ,.;")].

main() ->
    Ws = words(text()),
    io:format("~p words~n", [length(Ws)]),
    Freq = lists:foldl(fun(W, M) -> maps:update_with(W, fun(C) -> C + 1 end, 1, M) end, #{}, Ws),
    Sorted = lists:sort(fun({A, CA}, {B, CB}) -> {CB, A} =< {CA, B} end, maps:to_list(Freq)),
    [io:format("~-12s ~3w ~s~n", [W, C, lists:duplicate(C, $*)]) || {W, C} <- lists:sublist(Sorted, 10)],
    io:format("~p distinct~n", [map_size(Freq)]),
    ByLen = lists:foldl(fun(W, M) -> maps:update_with(length(W), fun(L) -> lists:usort([W | L]) end, [W], M) end,
                        #{}, Ws),
    [io:format("~2w: ~p~n", [L, V]) || {L, V} <- lists:sort(maps:to_list(ByLen))],
    ok.
