-module(function_clauses).
-export([main/0]).

area({square, S}) -> S * S;
area({rect, W, H}) -> W * H;
area({circle, R}) -> 3 * R * R;
area(_) -> unknown.

len([]) -> 0;
len([_ | T]) -> 1 + len(T).

same(X, X) -> true;
same(_, _) -> false.

first_match([{K, V} | _], K) -> V;
first_match([_ | T], K) -> first_match(T, K);
first_match([], _) -> not_found.

bin_kind(<<>>) -> empty;
bin_kind(<<0, _/binary>>) -> zero_start;
bin_kind(<<"GET ", Path/binary>>) -> {get, Path};
bin_kind(<<_:8>>) -> one_byte;
bin_kind(_) -> other.

str_kind("hello" ++ Rest) -> {hello, Rest};
str_kind([$# | Tag]) -> {tag, Tag};
str_kind(_) -> plain.

num(0) -> zero;
num(1.0) -> one_float;
num(1) -> one;
num(N) when N > 100 -> large;
num(_) -> some.

main() ->
    io:format("~p~n", [[area(S) || S <- [{square, 3}, {rect, 2, 5}, {circle, 1}, {tri, 1}]]]),
    io:format("~p~n", [len(lists:seq(1, 17))]),
    io:format("~p~n", [[same(A, B) || {A, B} <- [{1, 1}, {1, 1.0}, {a, a}, {[x], [x]}, {{}, []}]]]),
    io:format("~p~n", [[first_match([{a, 1}, {b, 2}, {a, 3}], K) || K <- [a, b, c]]]),
    io:format("~p~n", [[bin_kind(B) || B <- [<<>>, <<0, 1>>, <<"GET /index">>, <<7>>, <<1, 2>>]]]),
    io:format("~p~n", [[str_kind(S) || S <- ["hello world", "#tag", "x", "hell"]]]),
    io:format("~p~n", [[num(N) || N <- [0, 0.0, 1, 1.0, 101, 50]]]),
    ok.
