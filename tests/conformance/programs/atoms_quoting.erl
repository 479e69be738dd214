-module(atoms_quoting).
-export([main/0]).

main() ->
    As = ['after', 'and', 'andalso', 'band', 'begin', 'bnot', 'bor', 'bsl', 'bsr', 'bxor',
          'case', 'catch', 'cond', 'div', 'end', 'fun', 'if', 'let', 'maybe', 'not', 'of', 'or',
          'orelse', 'receive', 'rem', 'try', 'when', 'xor', 'else',
          'Capital', '_under', 'with space', 'dash-ed', 'dot.ted', 'at@sign', 'ünï', 'a1', '1a',
          'tab\there', 'new\nline', 'quote\'s', 'back\\slash', '', 'ok', 'true', 'nonode@nohost'],
    [io:format("~p ~w ~s~n", [A, A, io_lib:write_atom(A)]) || A <- As],
    io:format("~p~n", [As]),
    ok.
