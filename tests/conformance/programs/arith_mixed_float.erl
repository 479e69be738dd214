-module(arith_mixed_float).
-export([main/0]).

id(X) -> X.

main() ->
    io:format("~p~n", [id(1) + id(2.5)]),
    io:format("~p~n", [id(3) * id(0.5)]),
    io:format("~p~n", [id(10) / id(4)]),
    io:format("~p~n", [id(10) / id(5)]),
    io:format("~p~n", [id(1.5) - id(3)]),
    io:format("~p~n", [id(1 bsl 70) + id(0.5)]),
    io:format("~p~n", [id(1 bsl 70) * id(1.0)]),
    io:format("~p~n", [id(1 bsl 70) / id(1 bsl 69)]),
    io:format("~p~n", [id(2) == id(2.0)]),
    io:format("~p~n", [id(2) =:= id(2.0)]),
    io:format("~p~n", [id(2) < id(2.5)]),
    io:format("~p~n", [id(3) > id(2.5)]),
    io:format("~p~n", [lists:sum([1, 2.0, 3])]),
    io:format("~p~n", [lists:max([1, 2.0, 2])]),
    io:format("~p~n", [lists:min([2, 2.0, 3])]),
    io:format("~p~n", [float(id(7))]),
    io:format("~p~n", [id(0.1) + id(0.2)]),
    io:format("~p~n", [id(1.0e308) * id(1.0)]),
    io:format("~p~n", [s(catch (id(1.0e308) * id(10)))]),
    io:format("~p~n", [s(catch (id(1.0) / id(0)))]),
    io:format("~p~n", [s(catch (id(1) / id(0.0)))]),
    io:format("~p~n", [s(catch (id(1) div id(0)))]),
    io:format("~p~n", [s(catch (id(a) + 1))]),
    io:format("~p~n", [-id(0.0)]),
    io:format("~p~n", [id(9007199254740993) + id(0.0)]),
    io:format("~p~n", [id(123456789012345678901234567890) / id(7)]),
    ok.

s({'EXIT', {Reason, [{_, _, _, _} | _]}}) -> {'EXIT', Reason};
s(Other) -> Other.
