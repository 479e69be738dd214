-module(op_bs_init_writable).
-export([main/0]).
%% Targets bs_init_writable and bs_create_bin with private_append/append
%% segments (binary comprehensions and accumulator loops).

rev_bytes(Bin) -> << <<B>> || <<B>> <= list_to_binary(lists:reverse(binary_to_list(Bin))) >>.

squares(N) -> << <<(X * X):16>> || X <- lists:seq(1, N) >>.

acc_loop(<<>>, Acc) -> Acc;
acc_loop(<<C, Rest/binary>>, Acc) when C >= $a, C =< $z -> acc_loop(Rest, <<Acc/binary, (C - 32)>>);
acc_loop(<<C, Rest/binary>>, Acc) -> acc_loop(Rest, <<Acc/binary, C>>).

bits_acc([], Acc) -> Acc;
bits_acc([B | T], Acc) -> bits_acc(T, <<Acc/bitstring, B:1>>).

main() ->
    io:format("~p~n", [rev_bytes(<<"stressed">>)]),
    io:format("~p~n", [squares(10)]),
    io:format("~p~n", [acc_loop(<<"Hello, World 123">>, <<>>)]),
    io:format("~p~n", [acc_loop(<<"abc">>, <<"prefix:">>)]),
    io:format("~p~n", [bits_acc([1, 0, 1, 1, 0, 1, 0, 1, 1, 1], <<>>)]),
    Shared = <<"base">>,
    A = <<Shared/binary, "-a">>,
    B = <<Shared/binary, "-b">>,
    io:format("~p ~p ~p~n", [Shared, A, B]),
    io:format("~p~n", [<< <<X/binary>> || X <- [<<"x">>, <<"yy">>, <<"zzz">>] >>]),
    ok.
