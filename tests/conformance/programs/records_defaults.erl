-module(records_defaults).
-export([main/0]).

-record(inner, {v = 0, w = [x]}).
-record(outer, {id = make_id(), inner = #inner{v = 5}, list = lists:seq(1, 3), name = atom_to_list(?MODULE),
                calc = 6 * 7, undef}).

make_id() -> put(ids, case get(ids) of undefined -> 1; N -> N + 1 end), get(ids).

main() ->
    A = #outer{},
    B = #outer{},
    io:format("~p~n~p~n", [A, B]),
    C = #outer{inner = #inner{}, calc = none},
    io:format("~p~n", [C]),
    io:format("~p~n", [(C#outer.inner)#inner.w]),
    D = #outer{_ = default_all, id = 99},
    io:format("~p~n", [D]),
    io:format("~p~n", [record_info(fields, outer)]),
    io:format("~p~n", [[#inner.v, #inner.w, #outer.calc]]),
    io:format("~p~n", [A#outer{list = []} =:= A]),
    ok.
