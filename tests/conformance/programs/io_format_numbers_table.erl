-module(io_format_numbers_table).
-export([main/0]).

main() ->
    Rows = [{"alpha", 1, 3.14159}, {"beta", 22, -2.5}, {"gamma", 333, 1.0e-3},
            {"delta", 4444, 12345.678}, {"epsilon-long-name", 55555, 0.0}],
    io:format("~-10s|~6s|~12s|~n", ["name", "int", "float"]),
    io:format("~s~n", [lists:duplicate(30, $-)]),
    [io:format("~-10.10s|~6w|~12.3f|~n", [N, I, F]) || {N, I, F} <- Rows],
    [io:format("~10.3e|~-12g|~.4g~n", [F, F, F]) || {_, _, F} <- Rows],
    [io:format("~8.2.0f|~8.16B|~-8.8B|~8.2.*B~n", [float(I), I, I, $_, I]) || {_, I, _} <- Rows],
    io:format("~5.1f%~n", [45.678]),
    io:format("[~.3s][~.10s]~n", ["truncated", "short"]),
    io:format("[~*.*s]~n", [8, 3, "abcdef"]),
    io:format("[~c~c~c]~n", [$a, 10, $b]),
    io:format("[~3.1c]~n", [$z]),
    io:format("~w ~w ~w~n", [1.0e-7, 123.0e10, -0.0001]),
    io:format("~p~n", [[1.5e300 * 1.5, 2.0e-300 / 3]]),
    ok.
