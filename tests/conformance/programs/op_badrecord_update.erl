-module(op_badrecord_update).
-export([main/0]).
%% Targets badrecord (field access / update on a non-record), and
%% set_tuple_element (updating several record fields at once),
%% is_tagged_tuple (record patterns).

-record(cfg, {host = "localhost", port = 80, tls = false, retries = 3, tags = []}).

id(X) -> X.

secure(C) -> C#cfg{port = 443, tls = true, retries = C#cfg.retries + 1}.

retag(C, T) -> C#cfg{tags = [T | C#cfg.tags], host = string:uppercase(C#cfg.host)}.

port(#cfg{port = P}) -> P;
port(_) -> no_cfg.

main() ->
    C0 = id(#cfg{}),
    C1 = secure(C0),
    io:format("~p~n", [C1]),
    C2 = retag(retag(C1, a), b),
    io:format("~p~n", [C2]),
    io:format("~p~n", [[port(X) || X <- [C2, {cfg}, {other, 1, 2, 3, 4, 5}, x]]]),
    io:format("~p~n", [try secure(id({not_cfg, 1})) catch error:E -> E end]),
    io:format("~p~n", [try (id(atom))#cfg.port catch error:E2 -> E2 end]),
    io:format("~p~n", [try retag(id({cfg, 1, 2}), x) catch error:E3 -> E3 end]),
    ok.
