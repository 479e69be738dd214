-module(proc_dictionary_isolation).
-export([main/0]).

main() ->
    put(shared_key, parent_value),
    Self = self(),
    spawn(fun() ->
                  Before = get(shared_key),
                  put(shared_key, child_value),
                  Self ! {child, Before, get(shared_key), get()}
          end),
    receive {child, B, A, All} -> io:format("~p ~p ~p~n", [B, A, All]) end,
    io:format("~p~n", [get(shared_key)]),
    Pids = [spawn(fun() -> put(n, N), receive {get, From} -> From ! {n, get(n)} end end) || N <- [1, 2, 3]],
    [P ! {get, self()} || P <- Pids],
    %% Replies arrive in any order when the children run in parallel.
    io:format("~p~n", [lists:sort([receive {n, V} -> V end || _ <- Pids])]),
    io:format("~p~n", [process_info(self(), dictionary)]),
    ok.
