-module(md5_crc_adler).
-export([main/0]).

hex(Bin) -> [io_lib:format("~2.16.0b", [B]) || <<B>> <= Bin].

main() ->
    Inputs = [<<>>, <<"a">>, <<"abc">>, <<"message digest">>, <<"The quick brown fox jumps over the lazy dog">>,
              list_to_binary(lists:duplicate(1000, $x)), ["io", [<<"list">>], $!]],
    lists:foreach(
      fun(I) ->
              io:format("md5 ~s~n", [hex(erlang:md5(I))]),
              io:format("crc32 ~p adler32 ~p~n", [erlang:crc32(I), erlang:adler32(I)])
      end, Inputs),
    C1 = erlang:crc32(<<"hello ">>),
    io:format("~p~n", [erlang:crc32(C1, <<"world">>) =:= erlang:crc32(<<"hello world">>)]),
    A1 = erlang:adler32(<<"hello ">>),
    io:format("~p~n", [erlang:adler32(A1, <<"world">>) =:= erlang:adler32(<<"hello world">>)]),
    io:format("~p~n", [erlang:crc32_combine(erlang:crc32(<<"ab">>), erlang:crc32(<<"cd">>), 2)]),
    io:format("~p~n", [erlang:crc32(<<"abcd">>)]),
    Ctx = erlang:md5_init(),
    Ctx2 = erlang:md5_update(Ctx, <<"part one ">>),
    Ctx3 = erlang:md5_update(Ctx2, "part two"),
    io:format("~s~n", [hex(erlang:md5_final(Ctx3))]),
    io:format("~s~n", [hex(erlang:md5(<<"part one part two">>))]),
    ok.
