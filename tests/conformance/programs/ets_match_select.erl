-module(ets_match_select).
-export([main/0]).

main() ->
    T = ets:new(people, [ordered_set]),
    ets:insert(T, [{1, "alice", 30, eng}, {2, "bob", 25, ops}, {3, "carol", 35, eng},
                   {4, "dave", 40, mgmt}, {5, "eve", 28, eng}]),
    io:format("~p~n", [ets:match(T, {'$1', '$2', '_', eng})]),
    io:format("~p~n", [ets:match(T, {'_', '$1', '$2', '_'})]),
    io:format("~p~n", [ets:match_object(T, {'_', '_', '_', eng})]),
    io:format("~p~n", [ets:select(T, [{{'$1', '$2', '$3', '_'}, [{'>', '$3', 29}], [{{'$1', '$2'}}]}])]),
    io:format("~p~n", [ets:select(T, [{{'_', '$1', '$2', '$3'},
                                        [{'orelse', {'==', '$3', ops}, {'==', '$3', mgmt}}],
                                        ['$1']}])]),
    io:format("~p~n", [ets:select(T, [{{'$1', '_', '$2', '_'}, [{'andalso', {'>=', '$2', 28}, {'<', '$2', 36}}],
                                        [{'+', '$1', 100}]}])]),
    io:format("~p~n", [ets:select(T, [{{'$1', '_', '_', '_'}, [{'=:=', {'rem', '$1', 2}, 0}], ['$_']}])]),
    io:format("~p~n", [ets:select(T, [{{'$1', '$2', '_', '_'}, [], [['$1', {const, x}, '$2']]}])]),
    io:format("~p~n", [ets:select(T, [{{'$1', '_', '$3', '_'}, [{is_integer, '$3'}], [{{'$1', {element, 1, {{'$3'}}}}}]}])]),
    io:format("~p~n", [ets:select_count(T, [{{'_', '_', '$1', '_'}, [{'<', '$1', 33}], [true]}])]),
    io:format("~p~n", [ets:match_delete(T, {'_', '_', '_', mgmt})]),
    io:format("~p~n", [ets:info(T, size)]),
    MS = [{{'$1', '$2', '$3', eng}, [{'>', '$3', 29}], [{{'$2', '$1'}}]}],
    io:format("~p~n", [MS]),
    io:format("~p~n", [ets:select(T, MS)]),
    io:format("~p~n", [ets:test_ms({1, "x", 50, eng}, MS)]),
    io:format("~p~n", [ets:match_spec_run([{1, a}, {2, b}], ets:match_spec_compile([{{'$1', '$2'}, [{'>', '$1', 1}], ['$2']}]))]),
    ok.
