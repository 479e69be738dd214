-module(unicode_printing).
-export([main/0]).

main() ->
    U = [104, 233, 8364, 128512],
    io:format("~p~n", [U]),
    io:format("~tp~n", [U]),
    io:format("~w~n", [U]),
    io:format("~ts~n", [U]),
    io:format("~s~n", [[104, 233, 255]]),
    B = <<"h", 195, 169, 226, 130, 172>>,
    io:format("~p~n", [B]),
    io:format("~tp~n", [B]),
    io:format("~ts~n", [B]),
    io:format("~s~n", [B]),
    io:format("~p~n", [[233, 234]]),
    io:format("~tp~n", [[233, 234]]),
    io:format("~tp~n", [{'é', "é", <<"é"/utf8>>}]),
    io:format("~p~n", [<<"é"/utf8>>]),
    io:format("~p~n", [io_lib:format("~ts", [U])]),
    io:format("~p~n", [lists:flatten(io_lib:format("~tp", [U]))]),
    io:format("~p~n", [io_lib:printable_list(U)]),
    io:format("~p~n", [io_lib:printable_unicode_list(U)]),
    io:format("~p~n", [io_lib:printable_latin1_list([233, 10])]),
    io:format("~p~n", [io:printable_range()]),
    io:format("~10ts|~n", ["é€"]),
    io:format("~-6ts|~n", [<<"é"/utf8>>]),
    io:format("~tc~c~n", [8364, $x]),
    ok.
