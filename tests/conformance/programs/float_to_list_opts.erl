-module(float_to_list_opts).
-export([main/0]).

main() ->
    Fs = [0.0, 1.0, -1.5, 3.14159265358979, 1.0e10, 1.0e-10, 123456.789, 0.1, 2.5, 1.0e25, -0.0],
    Opts = [[], [{decimals, 0}], [{decimals, 2}], [{decimals, 4}, compact],
            [{scientific, 3}], [{scientific, 0}], [short], [{decimals, 10}],
            [{decimals, 6}, compact], [{scientific, 10}]],
    lists:foreach(
      fun(F) ->
              lists:foreach(
                fun(O) ->
                        io:format("~w ~w -> ~s | ~s~n",
                                  [F, O, float_to_list(F, O), float_to_binary(F, O)])
                end, Opts)
      end, Fs),
    io:format("~s~n", [float_to_list(0.5, [{decimals, 0}])]),
    io:format("~s~n", [float_to_list(1.5, [{decimals, 0}])]),
    io:format("~s~n", [float_to_list(2.5, [{decimals, 0}])]),
    io:format("~s~n", [float_to_list(0.125, [{decimals, 2}])]),
    io:format("~s~n", [float_to_list(1.005, [{decimals, 2}])]),
    io:format("~p~n", [binary_to_float(<<"2.5e-3">>)]),
    io:format("~p~n", [s(catch binary_to_float(<<"2">>))]),
    io:format("~p~n", [s(catch list_to_float("abc"))]),
    ok.

s({'EXIT', {Reason, [{_, _, _, _} | _]}}) -> {'EXIT', Reason};
s(Other) -> Other.
