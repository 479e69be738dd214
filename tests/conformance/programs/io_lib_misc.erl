-module(io_lib_misc).
-export([main/0]).

main() ->
    io:format("~p~n", [io_lib:format("~w-~w", [a, b])]),
    io:format("~p~n", [lists:flatten(io_lib:format("~5.2f|~-8s|~8s", [3.14159, "ab", "cd"]))]),
    io:format("~p~n", [io_lib:write([1, {2}])]),
    io:format("~p~n", [io_lib:write_atom('needs quote')]),
    io:format("~p~n", [io_lib:write_string("q\"s")]),
    io:format("~p~n", [io_lib:write_char($a)]),
    io:format("~p~n", [lists:flatten(io_lib:print({a, "str", <<"bin">>}))]),
    io:format("~p~n", [io_lib:fwrite("~s", ["x"])]),
    io:format("~p~n", [io_lib:char_list("abc")]),
    io:format("~p~n", [io_lib:deep_char_list(["a", ["b"]])]),
    io:format("~p~n", [io_lib:latin1_char_list([300])]),
    io:format("~p~n", [io_lib:indentation("  \tx", 0)]),
    io:format("~p~n", [io_lib:scan_format("~p and ~5.2f", [x, 1.0])]),
    io:format("~p~n", [io_lib:unscan_format(io_lib:scan_format("~p and ~5.2f", [x, 1.0]))]),
    io:format("~p~n", [io_lib:build_text(io_lib:scan_format("<~w>", [z]))]),
    io:format("~p~n", [io_lib:fread("~d ~s", "42 hello")]),
    io:format("~p~n", [io_lib:fread("~f", "3.5 rest")]),
    io:format("~p~n", [io_lib:format("~ts", [<<"bin">>])]),
    io:format("~p~n", [lists:flatten(io_lib:format("~p", [lists:seq(1, 30)]))]),
    io:format("~p~n", [erl_scan:string("foo(X) -> X + 1.")]),
    {ok, Toks, _} = erl_scan:string("[1, {a, \"b\"}, 3.5]."),
    {ok, Term} = erl_parse:parse_term(Toks),
    io:format("~p~n", [Term]),
    io:format("~s~n", [erl_pp:expr(hd(element(2, erl_parse:parse_exprs(element(2, erl_scan:string("X + 2 * Y.")))))) ]),
    ok.
