-module(atoms_basic).
-export([main/0]).

main() ->
    As = [a, 'B', 'hello world', '', 'with\'quote', 'üñí', '123', 'a.b', 'a@b', true, false,
          undefined, 'ok', '[]', 'fun', 'case', 'end', 'when', aB_9, 'é'],
    lists:foreach(fun(A) -> io:format("~p ~w ~s ~ts~n", [A, A, A, A]) end, As),
    io:format("~p~n", [[atom_to_list(A) || A <- [abc, 'X y']]]),
    io:format("~p~n", [atom_to_binary('hello', utf8)]),
    io:format("~p~n", [atom_to_binary('é', latin1)]),
    io:format("~p~n", [atom_to_binary('é', utf8)]),
    io:format("~p~n", [list_to_atom("new_atom_" ++ integer_to_list(42))]),
    io:format("~p~n", [binary_to_atom(<<"from_bin">>, utf8)]),
    io:format("~p~n", [binary_to_atom(<<"caf", 195, 169>>, utf8)]),
    io:format("~p~n", [list_to_existing_atom("atoms_basic")]),
    io:format("~p~n", [s(catch list_to_existing_atom("surely_this_atom_does_not_exist_xyz_123"))]),
    io:format("~p~n", [s(catch binary_to_existing_atom(<<"nope_nope_nope_987">>, utf8))]),
    io:format("~p~n", [is_atom(true)]),
    io:format("~p~n", [lists:sort([zeta, alpha, 'Alpha', '_x', beta])]),
    io:format("~p~n", [length(atom_to_list('a_long_atom_name_with_many_characters_in_it'))]),
    io:format("~p~n", [s(catch list_to_atom(lists:duplicate(256, $a)))]),
    io:format("~p~n", [length(atom_to_list(list_to_atom(lists:duplicate(255, $a))))]),
    ok.

s({'EXIT', {Reason, [{_, _, _, _} | _]}}) -> {'EXIT', Reason};
s(Other) -> Other.
