// Expected values generated with erl (OTP 25): each case is
// Mod:Fun(Args...) and its ~w-printed result or EXC:Reason. (The two
// referenced_byte_size cases use compiled-code values: erl -eval builds
// binaries through appends, which gives 256.)
#include <gtest/gtest.h>

#include "tests/unit/bin_test_support.h"

namespace beamline::testing {
namespace {

const BifCase kErlangCases[] = {
    {"erlang", "binary_to_list", "[<<1,2,3>>]", "[1,2,3]"},
    {"erlang", "binary_to_list", "[<<>>]", "[]"},
    {"erlang", "binary_to_list", "[<<1,2,3,4:4>>]", "EXC:badarg"},
    {"erlang", "binary_to_list", "[foo]", "EXC:badarg"},
    {"erlang", "binary_to_list", "[<<1,2,3>>, 2, 1]", "EXC:badarg"},
    {"erlang", "binary_to_list", "[<<1,2,3>>, 0, 1]", "EXC:badarg"},
    {"erlang", "binary_to_list", "[<<1,2,3>>, 3, 3]", "[3]"},
    {"erlang", "binary_to_list", "[<<1,2,3>>, 1, 3]", "[1,2,3]"},
    {"erlang", "binary_to_list", "[<<1,2,3,4:4>>, 1, 4]", "EXC:badarg"},
    {"erlang", "binary_to_list", "[<<1,2,3,4:4>>, 1, 3]", "[1,2,3]"},
    {"erlang", "binary_to_list", "[<<1,2,3>>, 1, 4]", "EXC:badarg"},
    {"erlang", "binary_to_list", "[<<1,2,3>>, a, 4]", "EXC:badarg"},
    {"erlang", "bitstring_to_list", "[<<1,2,3,4:4>>]", "[1,2,3,<<4:4>>]"},
    {"erlang", "bitstring_to_list", "[<<>>]", "[]"},
    {"erlang", "bitstring_to_list", "[<<5:3>>]", "[<<5:3>>]"},
    {"erlang", "bitstring_to_list", "[<<1,2>>]", "[1,2]"},
    {"erlang", "bitstring_to_list", "[[]]", "EXC:badarg"},
    {"erlang", "list_to_bitstring", "[[<<1:1>>, [<<1:7>>], 3, <<5:3>> | <<1:2>>]]", "<<129,3,21:5>>"},
    {"erlang", "list_to_bitstring", "[[<<1:1>>, 256]]", "EXC:badarg"},
    {"erlang", "list_to_bitstring", "[[]]", "<<>>"},
    {"erlang", "list_to_bitstring", "[[1,2,[3,[4|<<5>>]]]]", "<<1,2,3,4,5>>"},
    {"erlang", "list_to_bitstring", "[<<1>>]", "EXC:badarg"},
    {"erlang", "list_to_bitstring", "[[a]]", "EXC:badarg"},
    {"erlang", "list_to_binary", "[[<<1:1>>, <<1:7>>]]", "EXC:badarg"},
    {"erlang", "list_to_binary", "[<<1>>]", "EXC:badarg"},
    {"erlang", "list_to_binary", "[[1|<<2>>]]", "<<1,2>>"},
    {"erlang", "list_to_binary", "[[1|2]]", "EXC:badarg"},
    {"erlang", "list_to_binary", "[[]]", "<<>>"},
    {"erlang", "list_to_binary", "[[[], [[]], <<>>]]", "<<>>"},
    {"erlang", "list_to_binary", "[[1, [2, <<3,4>>, [[5]]], \"abc\" | <<6>>]]", "<<1,2,3,4,5,97,98,99,6>>"},
    {"erlang", "list_to_binary", "[[-1]]", "EXC:badarg"},
    {"erlang", "list_to_binary", "[[256]]", "EXC:badarg"},
    {"erlang", "list_to_binary", "[[foo]]", "EXC:badarg"},
    {"erlang", "list_to_binary", "[[1,2|foo]]", "EXC:badarg"},
    {"erlang", "iolist_to_binary", "[<<1:1>>]", "EXC:badarg"},
    {"erlang", "iolist_to_binary", "[<<1,2,3>>]", "<<1,2,3>>"},
    {"erlang", "iolist_to_binary", "[[[],<<1>>|<<2>>]]", "<<1,2>>"},
    {"erlang", "iolist_to_binary", "[foo]", "EXC:badarg"},
    {"erlang", "iolist_to_binary", "[[<<1,2:3>>]]", "EXC:badarg"},
    {"erlang", "iolist_size", "[[[],<<1>>,300|<<2>>]]", "EXC:badarg"},
    {"erlang", "iolist_size", "[[[],<<1>>,3|<<2>>]]", "3"},
    {"erlang", "iolist_size", "[<<1,2:3>>]", "EXC:badarg"},
    {"erlang", "iolist_size", "[<<1,2,3>>]", "3"},
    {"erlang", "iolist_size", "[[]]", "0"},
    {"erlang", "iolist_size", "[foo]", "EXC:badarg"},
    {"erlang", "iolist_size", "[[[[1,2],3],<<4,5>>|<<6>>]]", "6"},
    {"erlang", "binary_part", "[<<1,2,3>>, {3, -2}]", "<<2,3>>"},
    {"erlang", "binary_part", "[<<1,2,3>>, {3, 1}]", "EXC:badarg"},
    {"erlang", "binary_part", "[<<1,2,3>>, {1, -2}]", "EXC:badarg"},
    {"erlang", "binary_part", "[<<1,2,3>>, {0, 3}]", "<<1,2,3>>"},
    {"erlang", "binary_part", "[<<1,2,3>>, {0, 3, 4}]", "EXC:badarg"},
    {"erlang", "binary_part", "[<<1,2,3>>, foo]", "EXC:badarg"},
    {"erlang", "binary_part", "[<<1,2,3>>, 3, 0]", "<<>>"},
    {"erlang", "binary_part", "[<<1,2,3,4:4>>, 0, 3]", "<<1,2,3>>"},
    {"erlang", "binary_part", "[<<1,2,3,4:4>>, 1, 3]", "EXC:badarg"},
    {"erlang", "binary_part", "[<<1,2,3>>, -1, 1]", "EXC:badarg"},
    {"erlang", "binary_part", "[<<1,2,3>>, 1, a]", "EXC:badarg"},
    {"erlang", "binary_part", "[foo, 0, 0]", "EXC:badarg"},
    {"erlang", "split_binary", "[<<1,2,3,4:4>>, 1]", "{<<1>>,<<2,3,4:4>>}"},
    {"erlang", "split_binary", "[<<1,2,3,4:4>>, 3]", "{<<1,2,3>>,<<4:4>>}"},
    {"erlang", "split_binary", "[<<1,2,3,4:4>>, 4]", "EXC:badarg"},
    {"erlang", "split_binary", "[<<1,2,3>>, 4]", "EXC:badarg"},
    {"erlang", "split_binary", "[<<1,2,3>>, 0]", "{<<>>,<<1,2,3>>}"},
    {"erlang", "split_binary", "[<<1,2,3>>, 3]", "{<<1,2,3>>,<<>>}"},
    {"erlang", "split_binary", "[<<1,2,3>>, -1]", "EXC:badarg"},
    {"erlang", "split_binary", "[foo, 0]", "EXC:badarg"},
    {"erlang", "byte_size", "[<<1,2:3>>]", "2"},
    {"erlang", "byte_size", "[<<>>]", "0"},
    {"erlang", "byte_size", "[foo]", "EXC:badarg"},
    {"erlang", "bit_size", "[<<1,2:3>>]", "11"},
    {"erlang", "bit_size", "[<<1,2,3>>]", "24"},
    {"erlang", "bit_size", "[[]]", "EXC:badarg"},
    {"erlang", "binary_to_atom", "[<<\"abc\">>, latin1]", "abc"},
    {"erlang", "binary_to_atom", "[<<\"abc\">>, utf8]", "abc"},
    {"erlang", "binary_to_atom", "[<<\"abc\">>, unicode]", "abc"},
    {"erlang", "binary_to_atom", "[<<\"abc\">>]", "abc"},
    {"erlang", "binary_to_atom", "[<<255>>, utf8]", "EXC:badarg"},
    {"erlang", "binary_to_atom", "[<<\"a\">>, foo]", "EXC:badarg"},
    {"erlang", "binary_to_atom", "[<<\"a\", 1:1>>, utf8]", "EXC:badarg"},
    {"erlang", "binary_to_atom", "[<<16#C0, 16#80>>, utf8]", "EXC:badarg"},
    {"erlang", "binary_to_atom", "[<<16#ED, 16#A0, 16#80>>, utf8]", "EXC:badarg"},
    {"erlang", "binary_to_atom", "[<<16#E2, 16#82>>, utf8]", "EXC:badarg"},
    {"erlang", "binary_to_atom", "[<<>>, utf8]", "''"},
    {"erlang", "binary_to_atom", "[<<0>>, utf8]", "'\\000'"},
    {"erlang", "binary_to_atom", "[foo, utf8]", "EXC:badarg"},
    {"erlang", "binary_to_existing_atom", "[<<\"nonexisting_atom_xyz\">>, utf8]", "EXC:badarg"},
    {"erlang", "binary_to_existing_atom", "[<<\"ok\">>, utf8]", "ok"},
    {"erlang", "binary_to_existing_atom", "[<<\"ok\">>, latin1]", "ok"},
    {"erlang", "binary_to_existing_atom", "[<<\"ok\">>]", "ok"},
    {"erlang", "binary_to_existing_atom", "[<<\"ok\">>, bad]", "EXC:badarg"},
    {"erlang", "atom_to_binary", "[abc, latin1]", "<<97,98,99>>"},
    {"erlang", "atom_to_binary", "[abc, utf8]", "<<97,98,99>>"},
    {"erlang", "atom_to_binary", "[abc]", "<<97,98,99>>"},
    {"erlang", "atom_to_binary", "[foo, bar]", "EXC:badarg"},
    {"erlang", "atom_to_binary", "[\"foo\", utf8]", "EXC:badarg"},
    {"erlang", "atom_to_binary", "['hello world', unicode]", "<<104,101,108,108,111,32,119,111,114,108,100>>"},
    {"erlang", "atom_to_list", "['hello world']", "[104,101,108,108,111,32,119,111,114,108,100]"},
    {"erlang", "atom_to_list", "[[]]", "EXC:badarg"},
    {"erlang", "atom_to_list", "['']", "[]"},
    {"erlang", "list_to_atom", "[[16#D800]]", "EXC:badarg"},
    {"erlang", "list_to_atom", "[[16#110000]]", "EXC:badarg"},
    {"erlang", "list_to_atom", "[[-1]]", "EXC:badarg"},
    {"erlang", "list_to_atom", "[[97|b]]", "EXC:badarg"},
    {"erlang", "list_to_atom", "[[<<\"a\">>]]", "EXC:badarg"},
    {"erlang", "list_to_atom", "[\"abc\"]", "abc"},
    {"erlang", "list_to_atom", "[[]]", "''"},
    {"erlang", "list_to_atom", "[foo]", "EXC:badarg"},
    {"erlang", "list_to_existing_atom", "[\"nonexisting_atom_xyz2\"]", "EXC:badarg"},
    {"erlang", "list_to_existing_atom", "[\"error\"]", "error"},
    {"erlang", "list_to_existing_atom", "[[a]]", "EXC:badarg"},
    {"erlang", "iolist_to_iovec", "[[1,2,<<3>>, [<<4,5>>]]]", "[<<1,2,3,4,5>>]"},
    {"erlang", "iolist_to_iovec", "[[]]", "[]"},
    {"erlang", "iolist_to_iovec", "[<<>>]", "[]"},
    {"erlang", "iolist_to_iovec", "[<<1>>]", "[<<1>>]"},
    {"erlang", "iolist_to_iovec", "[[<<>>, [], <<>>]]", "[]"},
    {"erlang", "iolist_to_iovec", "[[<<1:1>>]]", "EXC:badarg"},
    {"erlang", "iolist_to_iovec", "[<<1:1>>]", "EXC:badarg"},
    {"erlang", "iolist_to_iovec", "[foo]", "EXC:badarg"},
    {"erlang", "iolist_to_iovec", "[[1|foo]]", "EXC:badarg"},
};

const BifCase kBinaryCases[] = {
    {"binary", "match", "[<<\"abcabc\">>, <<\"bc\">>]", "{1,2}"},
    {"binary", "match", "[<<\"abcabc\">>, [<<\"bc\">>, <<\"b\">>]]", "{1,2}"},
    {"binary", "match", "[<<\"abcabc\">>, [<<\"c\">>, <<\"abcd\">>, <<\"bca\">>]]", "{1,3}"},
    {"binary", "match", "[<<\"abcabc\">>, <<\"x\">>]", "nomatch"},
    {"binary", "match", "[<<\"abcabc\">>, <<\"bc\">>, [{scope, {2, 4}}]]", "{4,2}"},
    {"binary", "match", "[<<\"abcabc\">>, <<\"bc\">>, [{scope, {6, -4}}]]", "{4,2}"},
    {"binary", "match", "[<<\"abcabc\">>, <<\"bc\">>, [{scope, {6, -5}}]]", "{1,2}"},
    {"binary", "match", "[<<\"abcabc\">>, <<\"bc\">>, [{scope, {2, 5}}]]", "EXC:badarg"},
    {"binary", "match", "[<<\"abcabc\">>, <<\"bc\">>, [{scope, {7, 0}}]]", "EXC:badarg"},
    {"binary", "match", "[<<\"abcabc\">>, <<\"bc\">>, [{scope, {6, 0}}]]", "nomatch"},
    {"binary", "match", "[<<\"abcabc\">>, <<\"bc\">>, [{scope, {0, -1}}]]", "EXC:badarg"},
    {"binary", "match", "[<<\"abcabc\">>, <<\"bc\">>, [foo]]", "EXC:badarg"},
    {"binary", "match", "[<<\"abcabc\">>, <<\"bc\">>, [{scope, {1, 2}}, {scope, {3,3}}]]", "{4,2}"},
    {"binary", "match", "[<<\"abcabc\">>, <<\"bc\">>, {scope, {1, 2}}]", "EXC:badarg"},
    {"binary", "match", "[<<\"abcabc\">>, <<\"bc\">>, [{scope, {1, 2}}|foo]]", "{1,2}"},
    {"binary", "match", "[<<\"abcabc\">>, <<\"bc\">>, [global]]", "EXC:badarg"},
    {"binary", "match", "[<<\"abc\", 1:1>>, <<\"bc\">>]", "EXC:badarg"},
    {"binary", "match", "[<<\"abc\">>, <<\"abcd\">>]", "nomatch"},
    {"binary", "match", "[<<\"abc\">>, <<>>]", "EXC:badarg"},
    {"binary", "match", "[<<\"abc\">>, []]", "EXC:badarg"},
    {"binary", "match", "[<<\"abc\">>, [<<\"a\">>, <<>>]]", "EXC:badarg"},
    {"binary", "match", "[<<\"abc\">>, [<<\"a\">> | <<\"b\">>]]", "EXC:badarg"},
    {"binary", "match", "[<<\"abc\">>, {bm, foo}]", "EXC:badarg"},
    {"binary", "match", "[<<\"abc\">>, {foo, <<\"b\">>}]", "EXC:badarg"},
    {"binary", "match", "[<<\"abc\">>, <<1:1>>]", "EXC:badarg"},
    {"binary", "match", "[<<\"abc\">>, <<\"b\">>, [{scope, {a, 1}}]]", "EXC:badarg"},
    {"binary", "match", "[<<\"abcd\">>, [<<\"abcd\">>, <<\"bc\">>]]", "{0,4}"},
    {"binary", "match", "[<<\"xabcab\">>, [<<\"ab\">>, <<\"abcab\">>, <<\"bca\">>]]", "{1,5}"},
    {"binary", "match", "[<<>>, <<\"a\">>]", "nomatch"},
    {"binary", "matches", "[<<\"abcabcbc\">>, [<<\"bc\">>, <<\"b\">>, <<\"cbc\">>]]", "[{1,2},{4,2},{6,2}]"},
    {"binary", "matches", "[<<\"aaaa\">>, <<\"aa\">>]", "[{0,2},{2,2}]"},
    {"binary", "matches", "[<<\"aaaa\">>, [<<\"a\">>, <<\"aa\">>, <<\"aaa\">>]]", "[{0,3},{3,1}]"},
    {"binary", "matches", "[<<\"abcde\">>, [<<\"bcd\">>, <<\"cde\">>, <<\"c\">>]]", "[{1,3}]"},
    {"binary", "matches", "[<<\"abcde\">>, [<<\"bcd\">>, <<\"abcdx\">>, <<\"e\">>]]", "[{1,3},{4,1}]"},
    {"binary", "matches", "[<<\"abcabc\">>, <<\"c\">>, [{scope, {3, -3}}]]", "[{2,1}]"},
    {"binary", "matches", "[<<\"abcabc\">>, <<\"c\">>, [{scope, {3, 3}}]]", "[{5,1}]"},
    {"binary", "matches", "[<<\"abcdbc\">>, [<<\"abcd\">>, <<\"bc\">>, <<\"cdb\">>]]", "[{0,4},{4,2}]"},
    {"binary", "matches", "[<<\"aaa\">>, [<<\"aa\">>, <<\"a\">>]]", "[{0,2},{2,1}]"},
    {"binary", "matches", "[<<\"abab\">>, <<\"aba\">>]", "[{0,3}]"},
    {"binary", "matches", "[<<>>, <<\"b\">>]", "[]"},
    {"binary", "matches", "[<<\"ab\">>, <<\"b\">>, [{scope,{2,0}}]]", "[]"},
    {"binary", "matches", "[<<\"ab\">>, <<\"b\">>, [{scope,{3,0}}]]", "EXC:badarg"},
    {"binary", "matches", "[foo, <<\"b\">>]", "EXC:badarg"},
    {"binary", "split", "[<<\"a,b,,c,\">>, <<\",\">>]", "[<<97>>,<<98,44,44,99,44>>]"},
    {"binary", "split", "[<<\"a,b,,c,\">>, <<\",\">>, [global]]", "[<<97>>,<<98>>,<<>>,<<99>>,<<>>]"},
    {"binary", "split", "[<<\"a,b,,c,,\">>, <<\",\">>, [global, trim]]", "[<<97>>,<<98>>,<<>>,<<99>>]"},
    {"binary", "split", "[<<\",a,b,,c,,\">>, <<\",\">>, [global, trim_all]]", "[<<97>>,<<98>>,<<99>>]"},
    {"binary", "split", "[<<\",a,b,,c,,\">>, <<\",\">>, [trim_all]]", "[<<97,44,98,44,44,99,44,44>>]"},
    {"binary", "split", "[<<\",,\">>, <<\",\">>, [trim_all]]", "[<<44>>]"},
    {"binary", "split", "[<<\",,\">>, <<\",\">>, [trim]]", "[<<>>,<<44>>]"},
    {"binary", "split", "[<<\",,\">>, <<\",\">>, [global,trim]]", "[]"},
    {"binary", "split", "[<<\",,\">>, <<\",\">>, [global,trim_all]]", "[]"},
    {"binary", "split", "[<<>>, <<\",\">>, []]", "[<<>>]"},
    {"binary", "split", "[<<>>, <<\",\">>, [trim]]", "[]"},
    {"binary", "split", "[<<>>, <<\",\">>, [trim_all]]", "[]"},
    {"binary", "split", "[<<\"a,b,c\">>, <<\",\">>, [{scope, {2, 2}}, global]]", "[<<97,44,98>>,<<99>>]"},
    {"binary", "split", "[<<\"a,b,c\">>, <<\",\">>, [{scope, {2, 3}}, global]]", "[<<97,44,98>>,<<99>>]"},
    {"binary", "split", "[<<\"a,b,c,\">>, <<\",\">>, [{scope, {2, 4}}, global, trim]]", "[<<97,44,98>>,<<99>>]"},
    {"binary", "split", "[<<\"a,b,c\">>, [<<\",\">>, <<\"b\">>], [global]]", "[<<97>>,<<>>,<<>>,<<99>>]"},
    {"binary", "split", "[<<\"a,b,c\">>, <<\",\">>, [foo]]", "EXC:badarg"},
    {"binary", "split", "[<<\"abc\">>, <<\"b\">>, [global|foo]]", "[<<97>>,<<99>>]"},
    {"binary", "split", "[<<\"abc\">>, [<<\"b\">>], [{scope,{1,1}}, trim_all]]", "[<<97>>,<<99>>]"},
    {"binary", "split", "[<<1,2,3>>, <<2>>, [trim_all]]", "[<<1>>,<<3>>]"},
    {"binary", "split", "[<<1,2,3>>, <<2>>, [{scope, {1,3}}]]", "EXC:badarg"},
    {"binary", "split", "[<<\"abc\">>, <<\"x\">>, [global]]", "[<<97,98,99>>]"},
    {"binary", "split", "[<<\"abc\">>, <<\"abc\">>, [global]]", "[<<>>,<<>>]"},
    {"binary", "split", "[<<\"abc\">>, <<\"abc\">>, [global, trim]]", "[]"},
    {"binary", "at", "[<<1,2,3>>, 2]", "3"},
    {"binary", "at", "[<<1,2,3>>, 3]", "EXC:badarg"},
    {"binary", "at", "[<<1,2,3>>, -1]", "EXC:badarg"},
    {"binary", "at", "[<<1,2,3,1:1>>, 0]", "EXC:badarg"},
    {"binary", "at", "[<<1,2,3>>, a]", "EXC:badarg"},
    {"binary", "first", "[<<>>]", "EXC:badarg"},
    {"binary", "first", "[<<5,6>>]", "5"},
    {"binary", "first", "[<<5,6,1:1>>]", "EXC:badarg"},
    {"binary", "last", "[<<5,6>>]", "6"},
    {"binary", "last", "[<<5,6,1:1>>]", "EXC:badarg"},
    {"binary", "last", "[<<>>]", "EXC:badarg"},
    {"binary", "copy", "[<<1,2>>, 3]", "<<1,2,1,2,1,2>>"},
    {"binary", "copy", "[<<1,2>>, 0]", "<<>>"},
    {"binary", "copy", "[<<1,2>>, -1]", "EXC:badarg"},
    {"binary", "copy", "[<<1,2>>]", "<<1,2>>"},
    {"binary", "copy", "[<<>>, 5]", "<<>>"},
    {"binary", "copy", "[<<1,2:3>>]", "EXC:badarg"},
    {"binary", "copy", "[<<1,2:3>>, 2]", "EXC:badarg"},
    {"binary", "copy", "[<<1,2>>, a]", "EXC:badarg"},
    {"binary", "decode_unsigned", "[<<1,2>>]", "258"},
    {"binary", "decode_unsigned", "[<<1,2>>, little]", "513"},
    {"binary", "decode_unsigned", "[<<1,2>>, big]", "258"},
    {"binary", "decode_unsigned", "[<<>>]", "0"},
    {"binary", "decode_unsigned", "[<<1,2,3,4,5,6,7,8,9,10>>]", "4759477275222530853130"},
    {"binary", "decode_unsigned", "[<<1,2,3,4,5,6,7,8,9,10>>, little]", "47390263963055590408705"},
    {"binary", "decode_unsigned", "[<<0,0,0,1>>, little]", "16777216"},
    {"binary", "decode_unsigned", "[<<255,255,255,255,255,255,255,255>>]", "18446744073709551615"},
    {"binary", "decode_unsigned", "[<<8,0,0,0,0,0,0,0>>]", "576460752303423488"},
    {"binary", "decode_unsigned", "[<<7,255,255,255,255,255,255,255>>]", "576460752303423487"},
    {"binary", "decode_unsigned", "[<<1,2>>, native]", "EXC:badarg"},
    {"binary", "decode_unsigned", "[<<1,2>>, foo]", "EXC:badarg"},
    {"binary", "decode_unsigned", "[<<1,2:3>>]", "EXC:badarg"},
    {"binary", "encode_unsigned", "[258]", "<<1,2>>"},
    {"binary", "encode_unsigned", "[258, little]", "<<2,1>>"},
    {"binary", "encode_unsigned", "[0]", "<<0>>"},
    {"binary", "encode_unsigned", "[0, little]", "<<0>>"},
    {"binary", "encode_unsigned", "[-1]", "EXC:badarg"},
    {"binary", "encode_unsigned", "[1180591620717411303424]", "<<64,0,0,0,0,0,0,0,0>>"},
    {"binary", "encode_unsigned", "[1180591620717411303424, little]", "<<0,0,0,0,0,0,0,0,64>>"},
    {"binary", "encode_unsigned", "[18446744073709551615]", "<<255,255,255,255,255,255,255,255>>"},
    {"binary", "encode_unsigned", "[-18446744073709551617]", "EXC:badarg"},
    {"binary", "encode_unsigned", "[258, native]", "EXC:badarg"},
    {"binary", "encode_unsigned", "[a]", "EXC:badarg"},
    {"binary", "list_to_bin", "[[1,[2,<<3>>]|<<4>>]]", "<<1,2,3,4>>"},
    {"binary", "list_to_bin", "[<<4>>]", "EXC:badarg"},
    {"binary", "list_to_bin", "[[<<1:1>>]]", "EXC:badarg"},
    {"binary", "list_to_bin", "[[]]", "<<>>"},
    {"binary", "longest_common_prefix", "[[<<\"abcd\">>, <<\"abxx\">>]]", "2"},
    {"binary", "longest_common_prefix", "[[<<\"abcd\">>]]", "4"},
    {"binary", "longest_common_prefix", "[[]]", "EXC:badarg"},
    {"binary", "longest_common_prefix", "[[<<\"abcd\">>, <<>>]]", "0"},
    {"binary", "longest_common_prefix", "[<<\"abcd\">>]", "EXC:badarg"},
    {"binary", "longest_common_prefix", "[[<<\"abcd\">>, foo]]", "EXC:badarg"},
    {"binary", "longest_common_prefix", "[[<<\"abcd\">>, <<\"abcd\">>, <<\"abc\">>]]", "3"},
    {"binary", "longest_common_prefix", "[[<<\"ab\">>, <<\"ab\",1:1>>]]", "EXC:badarg"},
    {"binary", "longest_common_suffix", "[[<<\"abcd\">>, <<\"xxcd\">>, <<\"d\">>]]", "1"},
    {"binary", "longest_common_suffix", "[[<<\"abcd\">>, <<\"abc\">>]]", "0"},
    {"binary", "longest_common_suffix", "[[<<\"abcd\">>, <<\"abcd\">>]]", "4"},
    {"binary", "part", "[<<1,2,3>>, {1, 2}]", "<<2,3>>"},
    {"binary", "part", "[<<1,2,3>>, 3, -3]", "<<1,2,3>>"},
    {"binary", "part", "[<<1,2,3>>, 3, -4]", "EXC:badarg"},
    {"binary", "part", "[<<1,2,3,1:1>>, 0, 1]", "<<1>>"},
    {"binary", "part", "[<<1,2,3>>, {1, 2, 3}]", "EXC:badarg"},
    {"binary", "part", "[<<1,2,3>>, 0, 4]", "EXC:badarg"},
    {"binary", "referenced_byte_size", "[<<1,2,3>>]", "3"},
    {"binary", "referenced_byte_size", "[<<1,2,3:3>>]", "3"},
    {"binary", "referenced_byte_size", "[foo]", "EXC:badarg"},
};

void run_cases(const BifCase* cases, size_t n) {
  for (size_t i = 0; i < n; i++) {
    Process p(nullptr, make_pid(1));
    const BifCase& c = cases[i];
    EXPECT_EQ(call_bif(p, c.mod, c.fun, c.args), c.expected)
        << c.mod << ":" << c.fun << " " << c.args;
  }
}

TEST(ErlangBinaries, ErlCases) {
  run_cases(kErlangCases, sizeof kErlangCases / sizeof kErlangCases[0]);
}

TEST(BinaryModule, ErlCases) {
  run_cases(kBinaryCases, sizeof kBinaryCases / sizeof kBinaryCases[0]);
}


// ---- cases needing large or specially built inputs --------------------------------

class BinaryBifs : public ::testing::Test {
 protected:
  Process p{nullptr, make_pid(1)};
  Term call(const char* mod, const char* fun, std::vector<Term> args) {
    BifFunction f = find_bif(mod, fun, unsigned(args.size()));
    EXPECT_NE(f, nullptr) << mod << ":" << fun;
    p.exc_reason = NON_VALUE;
    return f(&p, args.data());
  }
  std::string exc() { return "EXC:" + S(p.exc_reason); }
  Term bin(size_t n, char c) { return make_binary(p, std::string(n, c)); }
  // Byte sizes of the iovec elements.
  std::string sizes(Term l) {
    std::string out = "[";
    for (; is_list(l); l = cdr(l)) {
      BitView v;
      bit_view(car(l), &v);
      if (out.size() > 1) out += ",";
      out += std::to_string(v.bit_size / 8);
    }
    return out + "]";
  }
};

TEST_F(BinaryBifs, IolistToIovecChunking) {
  // [1, B, 2] for B of N bytes (erl: binary:copy(<<7>>, N)).
  struct {
    size_t n;
    const char* want;
  } one[] = {{64, "[66]"},        {65, "[67]"},        {255, "[257]"},
             {256, "[258]"},      {257, "[259]"},      {300, "[302]"},
             {500, "[502]"},      {511, "[256,256,1]"}, {512, "[256,257,1]"},
             {600, "[256,345,1]"}, {1000, "[256,745,1]"}};
  for (auto& c : one) {
    Term l = T(p, "[1, x, 2]");
    list_val(cdr(l))[0] = bin(c.n, 7);
    EXPECT_EQ(sizes(call("erlang", "iolist_to_iovec", {l})), c.want) << c.n;
  }
  struct {
    size_t n;
    const char* b2;    // [B, 2]
    const char* bb2;   // [B, B, 2]
    const char* p300;  // [<300 bytes>, B, 2]
  } two[] = {{10, "[11]", "[21]", "[300,11]"},
             {255, "[256]", "[511]", "[300,256]"},
             {256, "[256,1]", "[256,256,1]", "[300,256,1]"},
             {300, "[300,1]", "[300,300,1]", "[300,300,1]"}};
  for (auto& c : two) {
    Term b = bin(c.n, 7);
    Term l1 = make_list_from(p, std::vector<Term>{b, make_small(2)}.data(), 2);
    EXPECT_EQ(sizes(call("erlang", "iolist_to_iovec", {l1})), c.b2) << c.n;
    Term l2 = make_list_from(p, std::vector<Term>{b, b, make_small(2)}.data(), 3);
    EXPECT_EQ(sizes(call("erlang", "iolist_to_iovec", {l2})), c.bb2) << c.n;
    Term l3 = make_list_from(
        p, std::vector<Term>{bin(300, 1), b, make_small(2)}.data(), 3);
    EXPECT_EQ(sizes(call("erlang", "iolist_to_iovec", {l3})), c.p300) << c.n;
  }
  Term big = bin(1000, 7);
  Term l = make_list_from(p, std::vector<Term>{T(p, "<<>>"), big, T(p, "<<>>"),
                                               make_small(1)}.data(), 4);
  Term r = call("erlang", "iolist_to_iovec", {l});
  EXPECT_EQ(sizes(r), "[1000,1]");
  EXPECT_EQ(car(r), big);
}

TEST_F(BinaryBifs, AtomLengthLimits) {
  std::string a255(255, 'a'), a256(256, 'a');
  std::string e255, e256;
  for (int i = 0; i < 255; i++) e255 += "\xc3\xa9";
  e256 = e255 + "\xc3\xa9";
  Term r = call("erlang", "binary_to_atom", {make_binary(p, a255), atom::utf8});
  ASSERT_TRUE(is_atom(r));
  EXPECT_EQ(atom_name(r), a255);
  EXPECT_EQ(call("erlang", "binary_to_atom", {make_binary(p, a256), atom::utf8}),
            NON_VALUE);
  EXPECT_EQ(exc(), "EXC:system_limit");
  EXPECT_TRUE(is_atom(call("erlang", "binary_to_atom", {make_binary(p, e255), atom::utf8})));
  EXPECT_EQ(call("erlang", "binary_to_atom", {make_binary(p, e256), atom::utf8}),
            NON_VALUE);
  EXPECT_EQ(exc(), "EXC:system_limit");
  EXPECT_EQ(call("erlang", "binary_to_atom", {bin(256, char(255)), atom::latin1}),
            NON_VALUE);
  EXPECT_EQ(exc(), "EXC:system_limit");
  // latin1 bytes become UTF-8 names.
  r = call("erlang", "binary_to_atom", {bin(2, char(233)), atom::latin1});
  EXPECT_EQ(atom_name(r), "\xc3\xa9\xc3\xa9");
  EXPECT_EQ(S(call("erlang", "atom_to_binary", {r, atom::latin1})), "<<233,233>>");
  EXPECT_EQ(S(call("erlang", "atom_to_binary", {r, atom::utf8})), "<<195,169,195,169>>");
  EXPECT_EQ(S(call("erlang", "atom_to_list", {r})), "[233,233]");
  Term snow = call("erlang", "list_to_atom", {T(p, "[9731]")});
  EXPECT_EQ(call("erlang", "atom_to_binary", {snow, atom::latin1}), NON_VALUE);
  EXPECT_EQ(exc(), "EXC:badarg");
  EXPECT_EQ(call("erlang", "binary_to_existing_atom", {make_binary(p, a256), atom::utf8}),
            NON_VALUE);
  EXPECT_EQ(exc(), "EXC:badarg");
  Term l256 = call("erlang", "binary_to_list", {make_binary(p, a256)});
  EXPECT_EQ(call("erlang", "list_to_atom", {l256}), NON_VALUE);
  EXPECT_EQ(exc(), "EXC:system_limit");
  EXPECT_EQ(call("erlang", "list_to_existing_atom", {l256}), NON_VALUE);
  EXPECT_EQ(exc(), "EXC:badarg");
}

TEST_F(BinaryBifs, PartsAreSubBinaries) {
  Term big = bin(200, 'x');
  Term r = call("erlang", "split_binary", {big, make_small(190)});
  EXPECT_EQ(S(call("binary", "referenced_byte_size", {tuple_elems(r)[1]})), "200");
  r = call("binary", "part", {big, make_small(190), make_small(10)});
  EXPECT_EQ(S(call("binary", "referenced_byte_size", {r})), "200");
  r = call("erlang", "binary_part", {big, make_small(190), make_small(10)});
  EXPECT_EQ(S(call("binary", "referenced_byte_size", {r})), "200");
  r = call("binary", "split", {big, T(p, "<<\"q\">>")});
  EXPECT_EQ(S(call("binary", "referenced_byte_size", {car(r)})), "200");
}

TEST_F(BinaryBifs, CompilePattern) {
  EXPECT_EQ(S(call("binary", "compile_pattern", {T(p, "<<\"ab\">>")})), "{bm,<<97,98>>}");
  EXPECT_EQ(S(call("binary", "compile_pattern", {T(p, "[<<\"ab\">>]")})), "{bm,<<97,98>>}");
  Term cp = call("binary", "compile_pattern", {T(p, "[<<\"c\">>, <<\"bc\">>]")});
  EXPECT_EQ(S(cp), "{ac,[<<99>>,<<98,99>>]}");
  EXPECT_EQ(S(call("binary", "match", {T(p, "<<\"abc\">>"), cp})), "{1,2}");
  EXPECT_EQ(S(call("binary", "matches", {T(p, "<<\"abcbc\">>"), cp})), "[{1,2},{3,2}]");
  EXPECT_EQ(S(call("binary", "split", {T(p, "<<\"abcbc\">>"), cp, T(p, "[global]")})),
            "[<<97>>,<<>>,<<>>]");
  EXPECT_EQ(call("binary", "compile_pattern", {cp}), NON_VALUE);
}

TEST_F(BinaryBifs, SearchLargeSubjects) {
  std::string s(100000, 'a');
  s[50000] = 'b';
  s[99998] = 'b';
  Term subj = make_binary(p, s);
  EXPECT_EQ(S(call("binary", "match", {subj, T(p, "<<\"ab\">>")})), "{49999,2}");
  EXPECT_EQ(S(call("binary", "matches", {subj, T(p, "[<<\"ba\">>, <<\"aab\">>]")})),
            "[{49998,3},{99996,3}]");
  Term parts = call("binary", "split", {subj, T(p, "<<\"b\">>"), T(p, "[global]")});
  EXPECT_EQ(list_length(parts), 3);
  // An unaligned subject.
  Term sub = make_sub_binary(p, T(p, "<<0,97,98,99,0>>"), 4, 32);
  EXPECT_EQ(S(call("binary", "match", {sub, T(p, "<<22,38>>")})), "{1,2}");
  EXPECT_EQ(S(call("binary", "at", {sub, make_small(0)})), "6");
}

TEST_F(BinaryBifs, CopyAndUnsigned) {
  Term r = call("binary", "copy", {T(p, "<<1,2>>"), make_small(100)});
  EXPECT_EQ(S(call("erlang", "byte_size", {r})), "200");
  EXPECT_EQ(S(call("binary", "decode_unsigned", {T(p, "<<1,2,3,4,5,6,7,8,9>>")})),
            "18591708106338011145");
  Term big = T(p, "123456789012345678901234567890123456789");
  Term enc = call("binary", "encode_unsigned", {big});
  EXPECT_EQ(S(call("binary", "decode_unsigned", {enc})), S(big));
  enc = call("binary", "encode_unsigned", {big, atom::little});
  EXPECT_EQ(S(call("binary", "decode_unsigned", {enc, atom::little})), S(big));
  EXPECT_EQ(S(enc), "<<21,129,57,174,40,163,223,170,197,254,21,96,165,233,224,92>>");
}

}  // namespace
}  // namespace beamline::testing
