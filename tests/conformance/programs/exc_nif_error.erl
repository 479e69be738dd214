-module(exc_nif_error).
-export([main/0]).
%% erlang:nif_error/1,2 raise their reason like error/1, with the BIF's own
%% frame on top of the stack trace.
main() ->
    {'EXIT', {R1, [F1 | _]}} = (catch erlang:nif_error(foo)),
    io:format("~p ~p~n", [R1, element(1, F1)]),
    {'EXIT', {R2, [F2 | _]}} = (catch erlang:nif_error({bad, 1}, [x])),
    io:format("~p ~p ~p~n", [R2, element(1, F2), element(2, F2)]),
    {'EXIT', {R3, _}} = (catch lists:map(fun(X) -> X end, [a | b])),
    io:format("~p~n", [R3]).
