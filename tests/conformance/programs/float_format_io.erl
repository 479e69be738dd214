-module(float_format_io).
-export([main/0]).

main() ->
    Fs = [0.0, 1.0, -2.5, 3.14159265358979, 1234.5678, 0.000123456, 1.0e20, -1.0e-20, 99.995, 0.5],
    lists:foreach(
      fun(F) ->
              io:format("[~f] [~.2f] [~.1f] [~10.3f] [~-10.3f] [~e] [~.3e] [~g] [~.3g]~n",
                        [F, F, F, F, F, F, F, F, F])
      end, Fs),
    io:format("~s~n", [io_lib:format("~.3f", [2.0 / 3])]),
    io:format("~s~n", [io_lib:format("~12.4f|", [-3.5])]),
    io:format("~s~n", [io_lib:format("~*.*f|", [10, 2, 1.23456])]),
    io:format("~s~n", [io_lib:format("~.1f ~.1f ~.1f ~.1f", [0.05, 0.15, 0.25, 0.35])]),
    io:format("~s~n", [io_lib:format("~15.6e|", [123.456])]),
    io:format("~s~n", [io_lib:format("~g ~g ~g", [1.0e-5, 1.0e5, 123456789.0])]),
    io:format("~p~n", [io_lib:format("~.2f", [1.0])]),
    io:format("~ts~n", [lists:flatten(io_lib:format("~w", [1.0e-7]))]),
    ok.
