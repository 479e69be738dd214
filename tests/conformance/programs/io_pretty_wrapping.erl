-module(io_pretty_wrapping).
-export([main/0]).

main() ->
    Long = [{key, N, lists:seq(1, N rem 7), atom_name_that_is_long} || N <- lists:seq(1, 12)],
    io:format("~p~n", [Long]),
    io:format("prefix text: ~p~n", [Long]),
    io:format("~p~n", [{a_record_like_tuple, "some string value", <<"binary value here">>,
                        [1, 2, 3], #{key => value, other_key => [a, b, c]}, 3.14159}]),
    Map = maps:from_list([{list_to_atom("key_" ++ integer_to_list(I)), I * I} || I <- lists:seq(1, 15)]),
    io:format("~p~n", [Map]),
    io:format("~p~n", [lists:duplicate(30, "str")]),
    io:format("~p~n", [list_to_binary(lists:seq(1, 100))]),
    io:format("~p~n", [list_to_binary(lists:duplicate(100, $a))]),
    io:format("~80p~n", [lists:seq(1, 50)]),
    io:format("~40p~n", [lists:seq(1, 50)]),
    io:format("~p~n", [[[[[[deep, nesting, [[[here]]]]]]]]]),
    io:format("~p~n", [{{{{{{{{{{x}}}}}}}}}}]),
    io:format("~p~n", [[{"string key", "string value"} || _ <- lists:seq(1, 5)]]),
    io:format("~s~n", [io_lib:format("~p", [Long])]),
    io:format("~P~n", [Long, 10]),
    ok.
