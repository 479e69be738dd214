-module(proc_hibernate).
-export([main/0, wake/1]).
main() ->
    Self = self(),
    P = spawn(fun() -> erlang:hibernate(?MODULE, wake, [Self]) end),
    receive after 10 -> ok end,
    P ! hello,
    receive {woke, M} -> io:format("~p~n", [M]) end,
    R = make_ref(), self() ! {R, a}, self() ! other,
    receive {R, X} -> io:format("~p~n", [X]) end,
    receive Y -> io:format("~p~n", [Y]) end.
wake(Parent) -> receive M -> Parent ! {woke, M} end.
