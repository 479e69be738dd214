-module(op_on_load).
-export([main/0]).
-on_load(init/0).
%% Targets on_load: the loader-run function runs when the module is loaded.

init() ->
    persistent_term:put(op_on_load_ran, yes),
    ok.

main() ->
    io:format("on_load ran: ~p~n", [persistent_term:get(op_on_load_ran, no)]),
    ok.
