-module(ets_named_counters).
-export([main/0]).

main() ->
    conf_named_tab = ets:new(conf_named_tab, [named_table, public, set]),
    ets:insert(conf_named_tab, {hits, 0}),
    [ets:update_counter(conf_named_tab, hits, 1) || _ <- lists:seq(1, 10)],
    io:format("~p~n", [ets:lookup(conf_named_tab, hits)]),
    io:format("~p~n", [ets:update_counter(conf_named_tab, hits, {2, 5})]),
    io:format("~p~n", [ets:update_counter(conf_named_tab, hits, {2, 100, 50, 0})]),
    io:format("~p~n", [ets:update_counter(conf_named_tab, hits, {2, -1000, 0, -1})]),
    ets:insert(conf_named_tab, {multi, 1, 2, 3}),
    io:format("~p~n", [ets:update_counter(conf_named_tab, multi, [{2, 1}, {4, 10}])]),
    io:format("~p~n", [ets:update_counter(conf_named_tab, newkey, 5, {newkey, 100})]),
    io:format("~p~n", [try ets:update_counter(conf_named_tab, absent, 1) catch error:E -> E end]),
    io:format("~p~n", [ets:whereis(conf_named_tab) =/= undefined]),
    io:format("~p~n", [ets:info(conf_named_tab, named_table)]),
    io:format("~p~n", [ets:info(conf_named_tab, protection)]),
    io:format("~p~n", [ets:info(conf_named_tab, keypos)]),
    io:format("~p~n", [try ets:new(conf_named_tab, [named_table]) catch error:E2 -> E2 end]),
    io:format("~p~n", [lists:sort(ets:tab2list(conf_named_tab))]),
    ets:delete(conf_named_tab),
    io:format("~p~n", [ets:info(conf_named_tab)]),
    io:format("~p~n", [ets:whereis(conf_named_tab)]),
    ok.
