-module(number_parsing).
-export([main/0]).

main() ->
    Ss = ["42", "-17rest", "3.14", "3.14abc", "1e10", "1.0e10", "abc", "", "+5",
          "0x1F", "  7", "2.", ".5", "1.5E-3x", "-0.0"],
    lists:foreach(
      fun(S) ->
              io:format("~p: int ~p float ~p~n", [S, string:to_integer(S), string:to_float(S)])
      end, Ss),
    io:format("~p~n", [string:to_integer(<<"123abc">>)]),
    io:format("~p~n", [string:to_float(<<"2.5e2 x">>)]),
    io:format("~p~n", [[list_to_float(F) || F <- ["0.1", "1.0e-3", "-12.5e+2", "6.02214076e23"]]]),
    io:format("~p~n", [erl_scan:string("1 2.5 16#ff $a")]),
    ok.
