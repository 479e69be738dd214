-module(crash_badmatch).
-export([main/0]).

id(X) -> X.

main() ->
    io:format("computing~n"),
    {ok, Value} = id({error, enoent}),
    io:format("never printed ~p~n", [Value]).
