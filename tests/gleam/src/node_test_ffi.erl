-module(node_test_ffi).
-export([receive_any/1]).

receive_any(Timeout) ->
    receive Message -> {ok, Message}
    after Timeout -> {error, nil}
    end.
