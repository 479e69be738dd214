-module(exc_error_reasons).
-export([main/0]).

-record(rec, {a}).

id(X) -> X.

r(F) -> try F() catch C:R -> {C, R} end.

f(1) -> one.

main() ->
    io:format("~p~n", [r(fun() -> id(1) + id(a) end)]),
    io:format("~p~n", [r(fun() -> id(1) div id(0) end)]),
    io:format("~p~n", [r(fun() -> {ok, _} = id({error, x}) end)]),
    io:format("~p~n", [r(fun() -> f(id(2)) end)]),
    io:format("~p~n", [r(fun() -> case id(7) of 1 -> a end end)]),
    io:format("~p~n", [r(fun() -> V = id(false), if V -> a end end)]),
    io:format("~p~n", [r(fun() -> try id(3) of 1 -> a after ok end end)]),
    io:format("~p~n", [r(fun() -> atom_to_list(id(123)) end)]),
    io:format("~p~n", [r(fun() -> (id(nomod)):nofun() end)]),
    io:format("~p~n", [r(fun() -> lists:nofun(1) end)]),
    io:format("~p~n", [r(fun() -> (id(not_a_fun))(1) end)]),
    io:format("~p~n", [r(fun() -> (id(fun(_) -> x end))(1, 2) end) =:= {error, ok} orelse badarity_seen]),
    io:format("~p~n", [r(fun() -> (id(#{a => 1}))#{b := 2} end)]),
    io:format("~p~n", [r(fun() -> (id(x))#{a => 1} end)]),
    io:format("~p~n", [r(fun() -> (id({other}))#rec.a end)]),
    io:format("~p~n", [r(fun() -> element(id(5), {a}) end)]),
    io:format("~p~n", [r(fun() -> list_to_integer(id("x")) end)]),
    io:format("~p~n", [r(fun() -> binary_to_list(id(notbin)) end)]),
    io:format("~p~n", [r(fun() -> id(1.0e308) * id(1.0e308) end)]),
    io:format("~p~n", [r(fun() -> erlang:system_limit_test() end)]),
    io:format("~p~n", [r(fun() -> <<_:8>> = id(<<1, 2>>) end)]),
    io:format("~p~n", [r(fun() -> [_] = id([]) end)]),
    io:format("~p~n", [r(fun() -> hd(id([])) end)]),
    io:format("~p~n", [r(fun() -> abs(id(foo)) end)]),
    io:format("~p~n", [r(fun() -> id(foo) > 1 andalso true end)]),
    ok.
