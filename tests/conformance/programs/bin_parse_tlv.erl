-module(bin_parse_tlv).
-export([main/0]).

encode(Items) -> << <<(tag(T)):8, (byte_size(V)):16, V/binary>> || {T, V} <- Items >>.

tag(name) -> 1;
tag(value) -> 2;
tag(flag) -> 3.

untag(1) -> name;
untag(2) -> value;
untag(3) -> flag;
untag(N) -> {unknown, N}.

decode(<<>>) -> [];
decode(<<T:8, L:16, V:L/binary, Rest/binary>>) -> [{untag(T), V} | decode(Rest)];
decode(Bad) -> [{error, Bad}].

main() ->
    Items = [{name, <<"alpha">>}, {value, <<1, 2, 3, 4>>}, {flag, <<>>}, {name, <<"omega">>}],
    Enc = encode(Items),
    io:format("~w~n", [Enc]),
    io:format("~p~n", [decode(Enc)]),
    io:format("~p~n", [decode(<<Enc/binary, 9, 0, 1, 42>>)]),
    io:format("~p~n", [decode(<<1, 0, 10, "short">>)]),
    Pkt = <<4:4, 5:4, 0:8, 20:16, 1234:16, 0:3, 0:13, 64:8, 6:8, 0:16, 192, 168, 0, 1, 10, 0, 0, 2>>,
    <<Ver:4, IHL:4, _Tos:8, TotLen:16, Id:16, _Flags:3, _Frag:13, TTL:8, Proto:8, _Sum:16,
      S1, S2, S3, S4, D1, D2, D3, D4>> = Pkt,
    io:format("v~p ihl~p len~p id~p ttl~p proto~p ~p.~p.~p.~p -> ~p.~p.~p.~p~n",
              [Ver, IHL, TotLen, Id, TTL, Proto, S1, S2, S3, S4, D1, D2, D3, D4]),
    ok.
