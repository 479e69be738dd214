-module(op_type_tests).
-export([main/0, tests/1, kind/1, num_or_list/1]).

num_or_list(X) when is_number(X) -> number;
num_or_list(X) when is_list(X) -> list;
num_or_list(_) -> neither.
%% Targets the type-test instructions: is_integer, is_float, is_number,
%% is_atom, is_pid, is_reference, is_port, is_nil, is_binary, is_list,
%% is_nonempty_list, is_tuple, is_function, is_function2, is_boolean,
%% is_bitstr, is_map.

tests(X) ->
    [is_integer(X), is_float(X), is_number(X), is_atom(X), is_pid(X), is_reference(X),
     is_port(X), X =:= [], is_binary(X), is_list(X), is_tuple(X), is_function(X),
     is_function(X, 0), is_boolean(X), is_bitstring(X), is_map(X)].

kind(X) when is_integer(X) -> integer;
kind(X) when is_float(X) -> float;
kind(X) when is_boolean(X) -> boolean;
kind(X) when is_atom(X) -> atom;
kind(X) when is_pid(X) -> pid;
kind(X) when is_reference(X) -> reference;
kind(X) when is_port(X) -> port;
kind([]) -> nil;
kind([_ | _]) -> cons;
kind(X) when is_binary(X) -> binary;
kind(X) when is_bitstring(X) -> bitstring;
kind(X) when is_tuple(X) -> tuple;
kind(X) when is_function(X, 0) -> fun0;
kind(X) when is_function(X) -> function;
kind(X) when is_map(X) -> map.

main() ->
    Vals = [1, 1.5, true, atom, self(), make_ref(), [], [1], <<1>>, <<1:1>>, {}, fun() -> ok end,
            fun(_) -> ok end, #{}],
    [io:format("~p ~w ~p~n", [kind(V), tests(V), num_or_list(V)]) || V <- Vals],
    ok.
