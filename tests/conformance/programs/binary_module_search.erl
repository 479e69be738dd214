-module(binary_module_search).
-export([main/0]).

main() ->
    B = <<"the cat sat on the mat with the hat">>,
    io:format("~p~n", [binary:split(B, <<" ">>)]),
    io:format("~p~n", [binary:split(B, <<" ">>, [global])]),
    io:format("~p~n", [binary:split(B, [<<"at">>, <<"the">>], [global])]),
    io:format("~p~n", [binary:split(B, <<"at">>, [global, trim])]),
    io:format("~p~n", [binary:split(<<",a,,b,">>, <<",">>, [global, trim_all])]),
    io:format("~p~n", [binary:split(B, <<" ">>, [{scope, {4, 10}}])]),
    io:format("~p~n", [binary:match(B, <<"at">>)]),
    io:format("~p~n", [binary:match(B, [<<"mat">>, <<"sat">>])]),
    io:format("~p~n", [binary:match(B, <<"dog">>)]),
    io:format("~p~n", [binary:matches(B, <<"at">>)]),
    io:format("~p~n", [binary:matches(B, [<<"he">>, <<"the">>])]),
    io:format("~p~n", [binary:replace(B, <<"at">>, <<"AT">>)]),
    io:format("~p~n", [binary:replace(B, <<"at">>, <<"AT">>, [global])]),
    io:format("~p~n", [binary:replace(B, <<"the">>, <<"[]">>, [global, {insert_replaced, 1}])]),
    io:format("~p~n", [binary:replace(<<"aaa">>, <<"a">>, <<>>, [global])]),
    CP = binary:compile_pattern([<<"cat">>, <<"hat">>]),
    io:format("~p~n", [binary:matches(B, CP)]),
    io:format("~p~n", [binary:split(<<>>, <<",">>)]),
    io:format("~p~n", [binary:split(<<"abc">>, <<"abc">>)]),
    ok.
