%% String formatting: io_lib:format of 50,000 mixed terms (integers,
%% floats, atoms, strings, tuples, lists) with ~p, ~w, ~s, ~f, ~e, ~b and
%% field widths, then flattened and folded into a checksum.
-module(bm_format).
-export([main/0]).

-define(N, 50000).

main() ->
    T0 = erlang:monotonic_time(microsecond),
    {Chars, Sum} = loop(1, 0, 0),
    T1 = erlang:monotonic_time(microsecond),
    io:format("#time_us ~p~n", [T1 - T0]),
    io:format("format n=~p chars=~p checksum=~p sample=~s~n",
              [?N, Chars, Sum, lists:flatten(line(12345))]).

loop(I, Chars, Sum) when I > ?N ->
    {Chars, Sum};
loop(I, Chars, Sum) ->
    S = lists:flatten(line(I)),
    loop(I + 1, Chars + length(S), fold(S, Sum)).

line(I) ->
    F = I / 7,
    Term = {I, [a, "str", {x, I * 3}], <<"bin">>, F},
    io_lib:format("~p|~w|~s|~.3f|~e|~8.16b|~-10s|~p~n",
                  [Term, [I, -I, atom_of(I)], "text" ++ integer_to_list(I),
                   F, F * 1.0e10, I, atom_to_list(atom_of(I)), F]).

atom_of(I) ->
    element(I rem 4 + 1, {alpha, 'Beta', gamma_delta, 'with space'}).

fold([], S) -> S;
fold([C | T], S) -> fold(T, (S * 33 + C) band 16#FFFFFFF).
