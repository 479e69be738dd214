// Tests for the re module's native functions (runtime/bifs/re.cc). Every
// expected result below was printed by erl (OTP 25) for the same call, by a
// small runner that prints terms canonically: lists as [..] (no strings),
// binaries as <<bytes>>, the binary of a compiled pattern as #, and an
// exception as {'EXC',Class,Reason}. Cases are Erlang terms, one per line:
//   {run, S, RE[, Opts]}  {internal_run, S, RE, Opts, First}
//   {compile, RE[, Opts]}  {inspect, MP, Item}
// where {compiled, RE, Opts} stands for the pattern re:compile(RE, Opts)
// returns and {copy, Bin, N} for binary:copy(Bin, N). The cases include the
// re:run calls re:replace/re:split make (traced in erl), those of the
// conformance programs re_*.erl, and random patterns and options on which
// erl and beamline were compared. To regenerate the expectations, run the
// cases file through this module (erl -noshell -run re_cases main FILE):
//
//   -module(re_cases).
//   -export([main/1]).
//   main([File]) ->
//     {ok, Cases} = file:consult(File),
//     [io:format("~s~n", [fmt(run(C))]) || C <- Cases], halt().
//   mp({compiled, R, O}) ->
//     case re:compile(R, O) of {ok, MP} -> MP; E -> throw({compile_failed, E}) end;
//   mp({copy, B, N}) -> binary:copy(B, N);
//   mp(X) -> X.
//   run(C) ->
//     try case C of
//           {run, S, R} -> re:run(mp(S), mp(R));
//           {run, S, R, O} -> re:run(mp(S), mp(R), O);
//           {internal_run, S, R, O, F} -> re:internal_run(mp(S), mp(R), O, F);
//           {compile, R} -> re:compile(R);
//           {compile, R, O} -> re:compile(R, O);
//           {inspect, R, I} -> re:inspect(mp(R), I)
//         end
//     catch throw:{compile_failed, _} = CF -> CF; Cl:E -> {'EXC', Cl, E} end.
//   fmt({re_pattern, N, U, CR, B}) when is_binary(B) ->
//     io_lib:format("{re_pattern,~w,~w,~w,#}", [N, U, CR]);
//   fmt(T) when is_tuple(T) -> ["{", join([fmt(E) || E <- tuple_to_list(T)]), "}"];
//   fmt(L) when is_list(L) -> ["[", fmtl(L), "]"];
//   fmt(B) when is_binary(B) -> ["<<", join([integer_to_list(X) || <<X>> <= B]), ">>"];
//   fmt(X) -> io_lib:format("~w", [X]).
//   fmtl([]) -> []; fmtl([H]) -> fmt(H);
//   fmtl([H | T]) when is_list(T) -> [fmt(H), ",", fmtl(T)];
//   fmtl([H | T]) -> [fmt(H), "|", fmt(T)].
//   join([]) -> []; join([H]) -> H; join([H | T]) -> [H, ",", join(T)].
#include <gtest/gtest.h>

#include <atomic>
#include <cstring>
#include <string>
#include <thread>
#include <string_view>
#include <vector>

#include "runtime/bifs/bif.h"
#include "runtime/re/re_engine.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/binary.h"
#include "runtime/vm/process.h"
#include "tests/unit/test_terms.h"

namespace beamline {
namespace {

using test_terms::TermReader;

// ---- canonical printing (as the erl runner prints) ----------------------------------

// ~w, but the binary of a compiled pattern is written as #.
bool hide_pattern_binary(Term t, std::string* out) {
  if (!is_tuple(t) || tuple_arity(t) != 5) return false;
  const Term* e = tuple_elems(t);
  if (!is_atom(e[0]) || atom_name(e[0]) != "re_pattern" || !is_binary(e[4])) return false;
  out->append("{re_pattern,");
  for (int k = 1; k < 4; k++) {
    test_terms::write_term(e[k], out);
    out->push_back(',');
  }
  out->push_back('#');
  out->push_back('}');
  return true;
}

std::string show(Term t) { return test_terms::show(t, hide_pattern_binary); }

// ---- calling the BIFs ------------------------------------------------------------------

}  // namespace
void register_re_bifs(BifRegistry&);
namespace {

BifFunction find_bif(std::string_view name, unsigned arity) {
  static const BifRegistry* registry = [] {
    auto* r = new BifRegistry();
    register_re_bifs(*r);
    return r;
  }();
  for (const BifEntry& e : registry->entries()) {
    if (e.module == "re" && e.name == name && e.arity == arity) return e.fn;
  }
  ADD_FAILURE() << "re:" << name << "/" << arity << " not registered";
  return nullptr;
}

std::string result_text(Process& p, Term r) {
  if (r != NON_VALUE) return show(r);
  const char* cls = p.exc_class == ExcClass::Error  ? "error"
                    : p.exc_class == ExcClass::Exit ? "exit"
                                                    : "throw";
  return std::string("{'EXC',") + cls + "," + show(p.exc_reason) + "}";
}

Term call(Process& p, std::string_view name, std::vector<Term> args) {
  BifFunction f = find_bif(name, unsigned(args.size()));
  if (!f) return NON_VALUE;
  return f(&p, args.data());
}

// {compiled, RE, Opts} in a case stands for the result of re:compile(RE, Opts),
// {copy, Bin, N} for binary:copy(Bin, N).
Term mp(Process& p, Term t) {
  if (is_tuple(t) && tuple_arity(t) == 3 && atom_name(tuple_elems(t)[0]) == "copy") {
    BitView v;
    bit_view(tuple_elems(t)[1], &v);
    std::string one(v.as_string_view()), all;
    for (Sint k = 0; k < small_value(tuple_elems(t)[2]); k++) all += one;
    return make_binary(p, all);
  }
  if (is_tuple(t) && tuple_arity(t) == 3 && atom_name(tuple_elems(t)[0]) == "compiled") {
    Term r = call(p, "compile", {tuple_elems(t)[1], tuple_elems(t)[2]});
    if (r != NON_VALUE && is_tuple(r) && tuple_elems(r)[0] == atom::ok) {
      return tuple_elems(r)[1];
    }
    throw std::string("{compile_failed,") + result_text(p, r) + "}";
  }
  return t;
}

std::string run_case_or_throw(std::string_view text);

std::string run_case(std::string_view text) {
  try {
    return run_case_or_throw(text);
  } catch (const std::string& compile_failed) {
    return compile_failed;
  }
}

std::string run_case_or_throw(std::string_view text) {
  Process p(nullptr, make_pid(1));
  TermReader rd(p, text);
  Term c = rd.read();
  const Term* e = tuple_elems(c);
  std::string_view tag = atom_name(e[0]);
  Uint n = tuple_arity(c);
  Term r = NON_VALUE;
  if (tag == "run" && n == 3) {
    r = call(p, "run", {mp(p, e[1]), mp(p, e[2])});
  } else if (tag == "run") {
    r = call(p, "run", {mp(p, e[1]), mp(p, e[2]), e[3]});
  } else if (tag == "internal_run") {
    r = call(p, "internal_run", {mp(p, e[1]), mp(p, e[2]), e[3], e[4]});
  } else if (tag == "compile" && n == 2) {
    r = call(p, "compile", {e[1]});
  } else if (tag == "compile") {
    r = call(p, "compile", {e[1], e[2]});
  } else if (tag == "inspect") {
    r = call(p, "inspect", {mp(p, e[1]), e[2]});
  } else {
    ADD_FAILURE() << "unknown case " << text;
  }
  return result_text(p, r);
}

std::vector<std::string> lines(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find('\n', i);
    if (j == std::string_view::npos) j = s.size();
    std::string l(s.substr(i, j - i));
    if (!l.empty()) out.push_back(l);
    i = j + 1;
  }
  return out;
}

// Runs each case (one term per line, ending in '.') and compares with the
// matching line of `expected`.
void check_cases(std::string_view cases, std::string_view expected) {
  std::vector<std::string> cs = lines(cases), ex = lines(expected);
  ASSERT_EQ(cs.size(), ex.size());
  for (size_t k = 0; k < cs.size(); k++) {
    std::string c = cs[k];
    if (!c.empty() && c.back() == '.') c.pop_back();
    EXPECT_EQ(run_case(c), ex[k]) << "case: " << cs[k];
  }
}

// clang-format off
constexpr char kCases1[] = R"RE(
{compile, "abc"}.
{compile, <<"a(b)c">>}.
{compile, "(?<n>x)(y)"}.
{compile, ["a", <<"(b)">>, $c]}.
{compile, abc}.
{compile, 1}.
{compile, "abc", []}.
{compile, "a(", []}.
{compile, "a**", []}.
{compile, ")", []}.
{compile, "[a", []}.
{compile, "a{3,2}", []}.
{compile, "\\", []}.
{compile, "(?<n>a)(?<n>b)", []}.
{compile, "(?<n>a)(?<n>b)", [dupnames]}.
{compile, "(?P", []}.
{compile, "[z-a]", []}.
{compile, "[[:foo:]]", []}.
{compile, "\\1", []}.
{compile, "(?<=a+)b", []}.
{compile, "(?#abc", []}.
{compile, "\\x{110000}", [unicode]}.
{compile, "\\x{100}", []}.
{compile, "\\p{Foo}", []}.
{compile, "(*FOO)", []}.
{compile, "(?z)", []}.
{compile, "*", []}.
{compile, "a{2}{3}", []}.
{compile, "\\u", []}.
{compile, "\\k", []}.
{compile, "(?<1a>x)", []}.
{compile, "(a)(?2)", []}.
{compile, "a", [caseless, dotall, extended, multiline, dollar_endonly, firstline, ungreedy, no_auto_capture, dupnames, no_start_optimize, ucp, anchored, bsr_anycrlf, bsr_unicode]}.
{compile, "a", [unicode]}.
{compile, "a", [never_utf]}.
{compile, "a", [unicode, never_utf]}.
{compile, "(*UTF8)a", [never_utf]}.
{compile, "(*UTF8)a", []}.
{compile, "a", [{newline, cr}]}.
{compile, "a", [{newline, lf}]}.
{compile, "a", [{newline, crlf}]}.
{compile, "a", [{newline, anycrlf}]}.
{compile, "a", [{newline, any}]}.
{compile, "a", [{newline, nul}]}.
{compile, "a", [{newline, foo}]}.
{compile, "(*CRLF)a", []}.
{compile, "(*ANY)a", []}.
{compile, "a", [global]}.
{compile, "a", [{capture, all}]}.
{compile, "a", [{offset, 1}]}.
)RE";
constexpr char kExpected1[] = R"RE(
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,1,0,0,#}}
{ok,{re_pattern,2,0,0,#}}
{ok,{re_pattern,1,0,0,#}}
{'EXC',error,badarg}
{'EXC',error,badarg}
{ok,{re_pattern,0,0,0,#}}
{error,{[109,105,115,115,105,110,103,32,41],2}}
{error,{[110,111,116,104,105,110,103,32,116,111,32,114,101,112,101,97,116],2}}
{error,{[117,110,109,97,116,99,104,101,100,32,112,97,114,101,110,116,104,101,115,101,115],0}}
{error,{[109,105,115,115,105,110,103,32,116,101,114,109,105,110,97,116,105,110,103,32,93,32,102,111,114,32,99,104,97,114,97,99,116,101,114,32,99,108,97,115,115],2}}
{error,{[110,117,109,98,101,114,115,32,111,117,116,32,111,102,32,111,114,100,101,114,32,105,110,32,123,125,32,113,117,97,110,116,105,102,105,101,114],5}}
{error,{[92,32,97,116,32,101,110,100,32,111,102,32,112,97,116,116,101,114,110],1}}
{error,{[116,119,111,32,110,97,109,101,100,32,115,117,98,112,97,116,116,101,114,110,115,32,104,97,118,101,32,116,104,101,32,115,97,109,101,32,110,97,109,101],11}}
{ok,{re_pattern,2,0,0,#}}
{error,{[117,110,114,101,99,111,103,110,105,122,101,100,32,99,104,97,114,97,99,116,101,114,32,97,102,116,101,114,32,40,63,80],3}}
{error,{[114,97,110,103,101,32,111,117,116,32,111,102,32,111,114,100,101,114,32,105,110,32,99,104,97,114,97,99,116,101,114,32,99,108,97,115,115],3}}
{error,{[117,110,107,110,111,119,110,32,80,79,83,73,88,32,99,108,97,115,115,32,110,97,109,101],3}}
{error,{[114,101,102,101,114,101,110,99,101,32,116,111,32,110,111,110,45,101,120,105,115,116,101,110,116,32,115,117,98,112,97,116,116,101,114,110],2}}
{error,{[108,111,111,107,98,101,104,105,110,100,32,97,115,115,101,114,116,105,111,110,32,105,115,32,110,111,116,32,102,105,120,101,100,32,108,101,110,103,116,104],6}}
{error,{[109,105,115,115,105,110,103,32,41,32,97,102,116,101,114,32,99,111,109,109,101,110,116],6}}
{error,{[99,104,97,114,97,99,116,101,114,32,118,97,108,117,101,32,105,110,32,92,120,123,125,32,111,114,32,92,111,123,125,32,105,115,32,116,111,111,32,108,97,114,103,101],9}}
{error,{[99,104,97,114,97,99,116,101,114,32,118,97,108,117,101,32,105,110,32,92,120,123,125,32,111,114,32,92,111,123,125,32,105,115,32,116,111,111,32,108,97,114,103,101],6}}
{error,{[117,110,107,110,111,119,110,32,112,114,111,112,101,114,116,121,32,110,97,109,101,32,97,102,116,101,114,32,92,80,32,111,114,32,92,112],6}}
{error,{[40,42,86,69,82,66,41,32,110,111,116,32,114,101,99,111,103,110,105,122,101,100,32,111,114,32,109,97,108,102,111,114,109,101,100],5}}
{error,{[117,110,114,101,99,111,103,110,105,122,101,100,32,99,104,97,114,97,99,116,101,114,32,97,102,116,101,114,32,40,63,32,111,114,32,40,63,45],2}}
{error,{[110,111,116,104,105,110,103,32,116,111,32,114,101,112,101,97,116],0}}
{error,{[110,111,116,104,105,110,103,32,116,111,32,114,101,112,101,97,116],6}}
{error,{[80,67,82,69,32,100,111,101,115,32,110,111,116,32,115,117,112,112,111,114,116,32,92,76,44,32,92,108,44,32,92,78,123,110,97,109,101,125,44,32,92,85,44,32,111,114,32,92,117],1}}
{error,{[92,107,32,105,115,32,110,111,116,32,102,111,108,108,111,119,101,100,32,98,121,32,97,32,98,114,97,99,101,100,44,32,97,110,103,108,101,45,98,114,97,99,107,101,116,101,100,44,32,111,114,32,113,117,111,116,101,100,32,110,97,109,101],1}}
{error,{[103,114,111,117,112,32,110,97,109,101,32,109,117,115,116,32,115,116,97,114,116,32,119,105,116,104,32,97,32,110,111,110,45,100,105,103,105,116],3}}
{error,{[114,101,102,101,114,101,110,99,101,32,116,111,32,110,111,110,45,101,120,105,115,116,101,110,116,32,115,117,98,112,97,116,116,101,114,110],6}}
{error,{[105,110,99,111,110,115,105,115,116,101,110,116,32,78,69,87,76,73,78,69,32,111,112,116,105,111,110,115],0}}
{ok,{re_pattern,0,1,0,#}}
{ok,{re_pattern,0,0,0,#}}
{error,{[115,101,116,116,105,110,103,32,85,84,70,32,105,115,32,100,105,115,97,98,108,101,100,32,98,121,32,116,104,101,32,97,112,112,108,105,99,97,116,105,111,110],0}}
{error,{[115,101,116,116,105,110,103,32,85,84,70,32,105,115,32,100,105,115,97,98,108,101,100,32,98,121,32,116,104,101,32,97,112,112,108,105,99,97,116,105,111,110],0}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,1,#}}
{ok,{re_pattern,0,0,1,#}}
{ok,{re_pattern,0,0,1,#}}
{'EXC',error,badarg}
{'EXC',error,badarg}
{ok,{re_pattern,0,0,1,#}}
{ok,{re_pattern,0,0,1,#}}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
)RE";
// clang-format on

// clang-format off
constexpr char kCases2[] = R"RE(
{compile, "a", [report_errors]}.
{compile, "a", [notempty]}.
{compile, "a", [foo]}.
{compile, "a", [caseless | dotall]}.
{compile, "a", foo}.
{compile, "(a)(b)(c)", [no_auto_capture]}.
{compile, "(a)(?<x>b)(c)", [no_auto_capture]}.
{compile, "\x{e9}", [unicode]}.
{compile, [233], [unicode]}.
{compile, [16#3b1, $+], [unicode]}.
{compile, [16#3b1, $+], []}.
{compile, <<255>>, [unicode]}.
{compile, <<"a", 255>>, [unicode]}.
{compile, <<206>>, [unicode]}.
{compile, <<1:3>>, []}.
{compile, <<1:3>>, [unicode]}.
{compile, [<<"a">> | <<"b">>], []}.
{compile, [$a | $b], []}.
{compile, [[$a], [[<<"(">>]], ")"], []}.
{run, "abc", "b"}.
{run, <<"abc">>, <<"b">>}.
{run, ["a", <<"b">>, $c], "c"}.
{run, "abc", "x"}.
{run, abc, "x"}.
{run, "abc", abc}.
{run, "abc", 1}.
{run, "abc", {re_pattern, 0, 0, 0, <<"junk">>}}.
{run, "abc", {re_pattern, 0, 0, 0}}.
{run, [256], "a"}.
{run, <<1:3>>, "a"}.
{run, "abc", "b", []}.
{run, "abc", "(", []}.
{run, "abc", "(", [report_errors]}.
{run, "abc", "(", [report_errors, unicode]}.
{run, "abc", "a**", [report_errors, global]}.
{run, "abc", "b", [foo]}.
{run, "abc", "b", [{capture, all, foo}]}.
{run, "abc", "b", [{capture, foo}]}.
{run, "abc", "b", [{capture, [foo, 1.0]}]}.
{run, "abc", "b", [{capture, [1.0]}]}.
{run, "abc", "b", [{capture, [1 | 2]}]}.
{run, "abc", "b", bar}.
{run, "abc", "b", [caseless | dotall]}.
{run, "a", "(a)|(b)", []}.
{run, "b", "(a)|(b)", []}.
{run, "abc", "(x)?abc", []}.
{run, "abc", "(x)?(a)bc", []}.
{run, "abc", "a(b)(c)", [{capture, all}]}.
{run, "abc", "a(b)(c)", [{capture, all_but_first}]}.
{run, "abc", "a(b)(c)", [{capture, first}]}.
)RE";
constexpr char kExpected2[] = R"RE(
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,1,0,0,#}}
{ok,{re_pattern,0,1,0,#}}
{ok,{re_pattern,0,1,0,#}}
{ok,{re_pattern,0,1,0,#}}
{'EXC',error,badarg}
{error,{[105,110,118,97,108,105,100,32,85,84,70,45,56,32,115,116,114,105,110,103],0}}
{error,{[105,110,118,97,108,105,100,32,85,84,70,45,56,32,115,116,114,105,110,103],1}}
{error,{[105,110,118,97,108,105,100,32,85,84,70,45,56,32,115,116,114,105,110,103],0}}
{'EXC',error,badarg}
{'EXC',error,badarg}
{ok,{re_pattern,0,0,0,#}}
{'EXC',error,badarg}
{ok,{re_pattern,1,0,0,#}}
{match,[{1,1}]}
{match,[{1,1}]}
{match,[{2,1}]}
nomatch
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{match,[{1,1}]}
{'EXC',error,badarg}
{error,{compile,{[109,105,115,115,105,110,103,32,41],1}}}
{error,{compile,{[109,105,115,115,105,110,103,32,41],1}}}
{error,{compile,{[110,111,116,104,105,110,103,32,116,111,32,114,101,112,101,97,116],2}}}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{match,[{0,1},{0,1}]}
{match,[{0,1},{-1,0},{0,1}]}
{match,[{0,3}]}
{match,[{0,3},{-1,0},{0,1}]}
{match,[{0,3},{1,1},{2,1}]}
{match,[{1,1},{2,1}]}
{match,[{0,3}]}
)RE";
// clang-format on

// clang-format off
constexpr char kCases3[] = R"RE(
{run, "abc", "a(b)(c)", [{capture, none}]}.
{run, "abc", "a(b)(c)", [{capture, []}]}.
{run, "abc", "a(b)(c)", [{capture, [2, 1]}]}.
{run, "abc", "a(b)(c)", [{capture, [0, 5, -1, 2]}]}.
{run, "abc", "a(b)(c)", [{capture, all, list}]}.
{run, "abc", "a(b)(c)", [{capture, all, binary}]}.
{run, <<"abc">>, "a(b)(c)", [{capture, all, binary}]}.
{run, "abc", "a(b)(c)", [{capture, all_but_first, list}]}.
{run, "abc", "a(b)(c)", [{capture, [0, 5, -1, 2], list}]}.
{run, "abc", "a(b)(c)", [{capture, [0, 5, -1, 2], binary}]}.
{run, "abc", "a(x)?(c)?", [{capture, all, list}]}.
{run, "abc", "a(x)?(c)?", [{capture, all, binary}]}.
{run, "abc", "a(x)?(b)", [{capture, all, list}]}.
{run, "abc", "a(x)?(b)", [{capture, all, binary}]}.
{run, "abc", "a()b", [{capture, all, list}]}.
{run, "abc", "a(b)(c)", [{capture, all_but_first}, {capture, first}]}.
{run, "abc", "a(b)(c)", [{capture, first, list}, {capture, all}]}.
{run, "abc", "a(b)(c)", [{capture, none, list}]}.
{run, "abc", "a(b)(c)", [{capture, all_names}]}.
{run, "abc", "a(?<x>b)(?<a>c)", [{capture, all_names}]}.
{run, "abc", "a(?<x>b)(?<a>c)", [{capture, all_names, list}]}.
{run, "abc", "a(?<x>b)(?<a>c)", [{capture, all_names, binary}]}.
{run, "abc", "a(?<x>b)(?<a>c)", [{capture, [x, "a", <<"x">>, y, 0]}]}.
{run, "abc", "a(?<x>b)(?<a>c)", [{capture, [x, "a", <<"x">>, y, 0], list}]}.
{run, "abc", "a(?<x>b)(?<a>c)", [{capture, [[$x]]}]}.
{run, "abc", "a(?<x>b)(?<a>c)", [{capture, [["a"|<<"">>]]}]}.
{run, "ab", "(?<n>a)|(?<n>b)", [dupnames, {capture, [n]}]}.
{run, "b", "(?<n>a)|(?<n>b)", [dupnames, {capture, [n]}]}.
{run, "b", "(?<n>a)|(?<n>b)", [dupnames, {capture, all_names}]}.
{run, "c", "(?<n>a)|(?<n>b)|c", [dupnames, {capture, [n], binary}]}.
{inspect, {compiled, "(?<n>a)|(?<n>b)(?<m>c)", [dupnames]}, namelist}.
{inspect, {compiled, "(?<zz>a)(?<aa>b)(?<mm>c)", []}, namelist}.
{inspect, {compiled, "(a)", []}, namelist}.
{inspect, {compiled, "(a)", []}, foo}.
{inspect, "(a)", namelist}.
{run, "abcabc", "b", [global]}.
{run, "abcabc", "(b)(c)", [global, {capture, all_but_first, list}]}.
{run, "abcabc", "(b)(c)", [global, {capture, [2], binary}]}.
{run, "abcabc", "(b)(c)", [global, {capture, none}]}.
{run, "abcabc", "x", [global]}.
{run, "abc", "x*", [global]}.
{run, "abc", "(?=c)", [global]}.
{run, "abc", "", [global]}.
{run, "", "", [global]}.
{run, "", "x*", []}.
{run, "aaa", "a*?", [global]}.
{run, "abc", "a|", [global]}.
{run, "a\r\nb", "", [global, {newline, crlf}]}.
{run, "a\r\nb", "", [global]}.
{run, "a\r\nb", "", [global, {newline, any}]}.
)RE";
constexpr char kExpected3[] = R"RE(
match
match
{match,[{2,1},{1,1}]}
{'EXC',error,badarg}
{match,[[97,98,99],[98],[99]]}
{match,[<<97,98,99>>,<<98>>,<<99>>]}
{match,[<<97,98,99>>,<<98>>,<<99>>]}
{match,[[98],[99]]}
{'EXC',error,badarg}
{'EXC',error,badarg}
{match,[[97]]}
{match,[<<97>>]}
{match,[[97,98],[],[98]]}
{match,[<<97,98>>,<<>>,<<98>>]}
{match,[[97,98],[]]}
{match,[{0,3}]}
{match,[{0,3},{1,1},{2,1}]}
match
match
{match,[{2,1},{1,1}]}
{match,[[99],[98]]}
{match,[<<99>>,<<98>>]}
{match,[{1,1},{2,1},{1,1},{-1,0},{0,3}]}
{match,[[98],[99],[98],[],[97,98,99]]}
{match,[{1,1}]}
{match,[{2,1}]}
{match,[{0,1}]}
{match,[{0,1}]}
{match,[{0,1}]}
{match,[<<>>]}
{namelist,[<<109>>,<<110>>]}
{namelist,[<<97,97>>,<<109,109>>,<<122,122>>]}
{namelist,[]}
{'EXC',error,badarg}
{'EXC',error,badarg}
{match,[[{1,1}],[{4,1}]]}
{match,[[[98],[99]],[[98],[99]]]}
{match,[[<<99>>],[<<99>>]]}
match
nomatch
{match,[[{0,0}],[{1,0}],[{2,0}],[{3,0}]]}
{match,[[{2,0}]]}
{match,[[{0,0}],[{1,0}],[{2,0}],[{3,0}]]}
{match,[[{0,0}]]}
{match,[{0,0}]}
{match,[[{0,0}],[{0,1}],[{1,0}],[{1,1}],[{2,0}],[{2,1}],[{3,0}]]}
{match,[[{0,1}],[{1,0}],[{2,0}],[{3,0}]]}
{match,[[{0,0}],[{1,0}],[{3,0}],[{4,0}]]}
{match,[[{0,0}],[{1,0}],[{2,0}],[{3,0}],[{4,0}]]}
{match,[[{0,0}],[{1,0}],[{3,0}],[{4,0}]]}
)RE";
// clang-format on

// clang-format off
constexpr char kCases4[] = R"RE(
{run, "a\r\nb", "(*CRLF)", [global]}.
{run, <<"h", 195, 169, "llo">>, "", [global, unicode]}.
{run, <<"h", 195, 169, "llo">>, "", [global]}.
{run, "h\x{e9}llo", "", [global, unicode]}.
{run, "abcabc", "b", [global, {offset, 2}]}.
{run, "abc", "a", [global, {offset, 10}]}.
{run, "abc", "a", [global, {offset, 3}]}.
{run, "abc", "", [global, {offset, 3}]}.
{run, "abcabc", "b", [global, {offset, 2}, {offset, 0}]}.
{run, "abcabc", "b", [{offset, 2}]}.
{run, "abcabc", "b", [{offset, 2}, {offset, 0}]}.
{run, "abc", "b", [{offset, -1}]}.
{run, "abc", "b", [{offset, a}]}.
{run, "abc", "", [{offset, 3}]}.
{run, "abc", "^b", [{offset, 1}]}.
{run, "abc", "\\Gb", [{offset, 1}]}.
{run, "abc", "b", [anchored]}.
{run, "abc", "a", [anchored]}.
{run, "abc", "^a", [notbol]}.
{run, "abc", "c$", [noteol]}.
{run, "abc", "x*", [notempty]}.
{run, "abc", "a*", [notempty_atstart]}.
{run, "abc", "x*|b", [notempty_atstart]}.
{run, "ABC", "b", [caseless]}.
{run, "a\nb", "a.b", [dotall]}.
{run, "a\nb", "a.b", []}.
{run, "ab", "a b # comment", [extended]}.
{run, "a\nb", "^b", [multiline]}.
{run, "a\nb", "^b", []}.
{run, "ab\n", "b$", [dollar_endonly]}.
{run, "ab\n", "b$", []}.
{run, "ab\ncd", "c", [firstline]}.
{run, "aaa", "a+", [ungreedy]}.
{run, "ab", "(a)(b)", [no_auto_capture]}.
{run, "ab", "(a)(?<x>b)", [no_auto_capture]}.
{run, "ab", "b", [no_start_optimize]}.
{run, "a\rb", "^b", [multiline, {newline, cr}]}.
{run, "a\rb", "^b", [multiline, {newline, lf}]}.
{run, "a\r\nb", "^b", [multiline, {newline, crlf}]}.
{run, "a\r\nb", "a$", [multiline, {newline, crlf}]}.
{run, "a\rb", "a$", [multiline, {newline, anycrlf}]}.
{run, [$a, 16#85, $b], "a$", [multiline, {newline, any}]}.
{run, [$a, 16#85, $b], "a$", [multiline, {newline, anycrlf}]}.
{run, [16#85], "\\R", []}.
{run, [16#85], "\\R", [bsr_anycrlf]}.
{run, [16#85], "\\R", [bsr_unicode]}.
{run, "\r\n", "\\R", [bsr_anycrlf]}.
{run, {compiled, "^b", [multiline]}, "x", []}.
{run, "a\rb", {compiled, "^b", [multiline]}, [{newline, cr}]}.
{run, "a\rb", {compiled, "^b", [multiline, {newline, cr}]}, [{newline, cr}]}.
)RE";
constexpr char kExpected4[] = R"RE(
{match,[[{0,0}],[{1,0}],[{3,0}],[{4,0}]]}
{match,[[{0,0}],[{1,0}],[{3,0}],[{4,0}],[{5,0}],[{6,0}]]}
{match,[[{0,0}],[{1,0}],[{2,0}],[{3,0}],[{4,0}],[{5,0}],[{6,0}]]}
{match,[[{0,0}],[{1,0}],[{3,0}],[{4,0}],[{5,0}],[{6,0}]]}
{match,[[{4,1}]]}
nomatch
nomatch
{match,[[{3,0}]]}
{match,[[{1,1}],[{4,1}]]}
{match,[{4,1}]}
{match,[{1,1}]}
{'EXC',error,badarg}
{'EXC',error,badarg}
{match,[{3,0}]}
nomatch
{match,[{1,1}]}
nomatch
{match,[{0,1}]}
nomatch
nomatch
nomatch
{match,[{0,1}]}
{match,[{1,0}]}
{match,[{1,1}]}
{match,[{0,3}]}
nomatch
{match,[{0,2}]}
{match,[{2,1}]}
nomatch
nomatch
{match,[{1,1}]}
nomatch
{match,[{0,1}]}
{match,[{0,2}]}
{match,[{0,2},{1,1}]}
{match,[{1,1}]}
{match,[{2,1}]}
nomatch
{match,[{3,1}]}
{match,[{0,1}]}
{match,[{0,1}]}
{match,[{0,1}]}
nomatch
{match,[{0,1}]}
nomatch
{match,[{0,1}]}
{match,[{0,2}]}
{'EXC',error,badarg}
{match,[{2,1}]}
{match,[{2,1}]}
)RE";
// clang-format on

// clang-format off
constexpr char kCases5[] = R"RE(
{run, "a\rb", {compiled, "^b", [multiline, {newline, cr}]}, []}.
{run, "a\nb", {compiled, "^b", [multiline, {newline, cr}]}, [{newline, lf}]}.
{run, [16#85], {compiled, "\\R", []}, [bsr_anycrlf]}.
{run, "abc", {compiled, "b", []}, [caseless]}.
{run, "abc", {compiled, "b", []}, [unicode]}.
{run, "abc", {compiled, "b", []}, [anchored]}.
{run, "abc", {compiled, "a", []}, [anchored]}.
{run, "bc", {compiled, "b", [anchored]}, []}.
{run, "abc", {compiled, "b", [anchored]}, []}.
{run, "abc", {compiled, "b", []}, [global]}.
{run, "abc", {compiled, "(b)", []}, [{capture, all, list}]}.
{run, "h\x{e9}llo", "l+", [unicode]}.
{run, "h\x{e9}llo", "(l+)", [unicode, {capture, all, list}]}.
{run, "h\x{e9}llo", "(.)l", [unicode, {capture, all, list}]}.
{run, "h\x{e9}llo", "(.)l", [unicode, {capture, all, binary}]}.
{run, "h\x{e9}llo", "(.)l", [unicode, {capture, all, index}]}.
{run, "h\x{e9}llo", "(.)l", [unicode, global, {capture, all, list}]}.
{run, "h\x{e9}llo", "(.)l", [{capture, all, list}]}.
{run, "h\x{e9}llo", "(.)l", []}.
{run, <<"h", 195, 169, "llo">>, "(.)l", [unicode, {capture, all, list}]}.
{run, <<"h", 195, 169, "llo">>, "(.)l", [{capture, all, list}]}.
{run, <<"h", 195, 169, "llo">>, "(.)l", [{capture, all, binary}]}.
{run, <<"h", 195, 169, "llo">>, {compiled, "(.)l", [unicode]}, [{capture, all, list}]}.
{run, "h\x{e9}llo", {compiled, "(.)l", [unicode]}, [{capture, all, list}]}.
{run, "h\x{e9}llo", {compiled, "(.)l", [unicode]}, []}.
{run, "h\x{3b1}llo", {compiled, "(.)l", [unicode]}, []}.
{run, "h\x{3b1}llo", "(.)l", []}.
{run, ["h", <<206, 177>>, "llo"], "(.)l", [unicode]}.
{run, ["h", 16#3b1, [<<"l">>] | <<"lo">>], "(.)l", [unicode]}.
{run, <<255>>, "a", [unicode]}.
{run, [<<255>>], "a", [unicode]}.
{run, <<255>>, "a", [unicode, global]}.
{run, <<255>>, {compiled, "a", [unicode]}, []}.
{run, <<255>>, {compiled, "a", [unicode]}, [global]}.
{run, [16#110000], "a", [unicode]}.
{run, "abc", [16#3b1], [unicode]}.
{run, [16#3b1], [16#3b1], [unicode]}.
{run, [16#3b1], <<206, 177>>, [unicode]}.
{run, <<206, 177, 206, 178>>, "\\x{3b2}", [unicode]}.
{run, <<206, 177, 206, 178>>, ".", [unicode, {offset, 1}]}.
{run, <<206, 177, 206, 178>>, ".", [unicode, {offset, 2}]}.
{run, <<206, 177, 206, 178>>, ".", [unicode, {offset, 1}, global]}.
{run, "\x{e9}", "\\w", [unicode]}.
{run, "\x{e9}", "\\w", [unicode, ucp]}.
{run, "\x{c9}", "\x{e9}", [unicode, caseless]}.
{run, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "(a+)+$", [{match_limit, 10}]}.
{run, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "(a+)+$", [{match_limit, 10}, report_errors]}.
{run, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "(a+)+$", [{match_limit, 10}, report_errors, global]}.
{run, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "(a+)+$", [{match_limit_recursion, 2}, report_errors]}.
{run, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "(a+)+$", [{match_limit_recursion, 2}]}.
)RE";
constexpr char kExpected5[] = R"RE(
{match,[{2,1}]}
{match,[{2,1}]}
nomatch
{'EXC',error,badarg}
{'EXC',error,badarg}
nomatch
{match,[{0,1}]}
{match,[{0,1}]}
nomatch
{match,[[{1,1}]]}
{match,[[98],[98]]}
{match,[{3,2}]}
{match,[[108,108],[108,108]]}
{match,[[233,108],[233]]}
{match,[<<195,169,108>>,<<195,169>>]}
{match,[{1,3},{1,2}]}
{match,[[[233,108],[233]]]}
{match,[[233,108],[233]]}
{match,[{1,2},{1,1}]}
{match,[[233,108],[233]]}
{match,[[169,108],[169]]}
{match,[<<169,108>>,<<169>>]}
{match,[[233,108],[233]]}
{match,[[233,108],[233]]}
{match,[{1,3},{1,2}]}
{match,[{1,3},{1,2}]}
{'EXC',error,badarg}
{match,[{1,3},{1,2}]}
{match,[{1,3},{1,2}]}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
nomatch
{match,[{0,2}]}
{match,[{0,2}]}
{match,[{2,2}]}
{'EXC',error,badarg}
{match,[{2,2}]}
{'EXC',error,badarg}
{match,[{0,2}]}
{match,[{0,2}]}
{match,[{0,2}]}
nomatch
{error,match_limit}
{error,match_limit}
{error,match_limit_recursion}
nomatch
)RE";
// clang-format on

// clang-format off
constexpr char kCases6[] = R"RE(
{run, "aaaa", "a", [{match_limit, -1}]}.
{run, "aaaa", "a", [{match_limit, 1000000}, report_errors]}.
{run, "aaaa", "a", [{match_limit_recursion, 1000000}, report_errors, global]}.
{run, "abcabc", "b", [global, {capture, all_names}]}.
{run, "abcabc", "(?<q>b)", [global, {capture, all_names}]}.
{run, "abcabc", "(?<q>b)", [global, {capture, all_names, list}]}.
{run, "abcabc", "b", [global, {capture, []}]}.
{run, "abcabc", "b", [global, {capture, first}, {capture, all_but_first}]}.
{run, "abcabc", "(b)", [global, {capture, first, binary}, {capture, all_but_first}]}.
{run, "abcabc", "(b)", [global, {capture, foo}]}.
{run, "abcabc", "(b)", [global, {capture, [1], foo}]}.
{run, "abcabc", "(b)", [global, {capture, [1], foo}, {capture, all}]}.
{run, "abcabc", "x", [global, {capture, [1], foo}]}.
{run, "abcabc", "(b)", [global, caseless]}.
{run, "abcabc", {compiled, "(b)", []}, [global, caseless]}.
{run, "abcabc", "(b)(x)?", [global, {capture, all, list}]}.
{run, "abcabc", "(b)(x)?", [global, {capture, all, binary}]}.
{run, "abcabc", "(x)?(b)", [global, {capture, all, list}]}.
{run, "abcabc", "(x)?(b)", [global, {capture, all, binary}]}.
{run, "abcabc", "(x)?(b)", [global, {capture, [5], binary}]}.
{run, "abcabc", "(x)?(b)", [global, {capture, [5]}]}.
{run, "abcabc", "(x)?(b)", [global, {capture, [1], list}]}.
{run, "aXbX", "X", [global, {offset, 1}, notbol]}.
{run, "ab", "(?=b)|b", [global]}.
{run, "abab", "(?=b)|b", [global]}.
{run, "aaa", "(?<=a)|a", [global]}.
{run, "xay", "a??", [global]}.
{run, "\x{e9}\x{e9}", "", [global, unicode]}.
{run, "\x{e9}\r\n\x{e9}", "", [global, unicode, {newline, crlf}]}.
{run, "ab", "\\K", [global]}.
{internal_run, "abcabc", "b", [], true}.
{internal_run, "abcabc", "b", [], false}.
{internal_run, "abcabc", "b", [], foo}.
{internal_run, "abcabc", "b", [{offset, 2}], false}.
{internal_run, "abcabc", "b", [{offset, 0}, notempty_atstart, anchored], false}.
{internal_run, "abcabc", "", [{offset, 0}, notempty_atstart, anchored], false}.
{internal_run, "abcabc", "a|", [{offset, 0}, notempty_atstart, anchored, {capture, all}], false}.
{internal_run, "abcabc", "b", [global], false}.
{internal_run, <<206, 177, 206, 178>>, {compiled, ".", [unicode]}, [{offset, 2}, {capture, first}], false}.
{internal_run, <<206, 177, 206, 178>>, {compiled, ".", [unicode]}, [{offset, 2}, {capture, [0]}], true}.
{internal_run, <<206, 177, 206, 178>>, {compiled, ".", [unicode]}, [{offset, 1}], true}.
{run, "abc", "b", [{capture, all}, {capture, [1]}]}.
{run, "abc", "(?<n>b)", [{capture, [n]}, {capture, [1]}]}.
{run, "abc", "(b)", [{capture, [1], list}, global]}.
{run, "ab", "(a)(b)?", [{capture, [2]}]}.
{run, "a", "(a)(b)?", [{capture, [2], list}]}.
{run, "a", "(a)(b)?", [{capture, [2], binary}]}.
{run, "a", "(a)(b)?", [{capture, [1, 2]}]}.
{run, "a", "(a)(b)?", [{capture, [16#7fffffff]}]}.
{run, "a", "(a)(b)?", [{capture, [16#80000000]}]}.
)RE";
constexpr char kExpected6[] = R"RE(
{'EXC',error,badarg}
{match,[{0,1}]}
{match,[[{0,1}],[{1,1}],[{2,1}],[{3,1}]]}
match
{match,[[{1,1}],[{4,1}]]}
{match,[[[98]],[[98]]]}
match
{match,[[],[]]}
{match,[[<<98>>],[<<98>>]]}
{'EXC',error,badarg}
{'EXC',error,function_clause}
{'EXC',error,function_clause}
nomatch
{match,[[{1,1},{1,1}],[{4,1},{4,1}]]}
{'EXC',error,badarg}
{match,[[[98],[98]],[[98],[98]]]}
{match,[[<<98>>,<<98>>],[<<98>>,<<98>>]]}
{match,[[[98],[],[98]],[[98],[],[98]]]}
{match,[[<<98>>,<<>>,<<98>>],[<<98>>,<<>>,<<98>>]]}
{match,[[<<>>],[<<>>]]}
{match,[[{-1,0}],[{-1,0}]]}
{match,[[[]],[[]]]}
{match,[[{1,1}],[{3,1}]]}
{match,[[{1,0}]]}
{match,[[{1,0}],[{3,0}]]}
{match,[[{0,1}],[{1,0}],[{1,1}],[{2,0}],[{2,1}],[{3,0}]]}
{match,[[{0,0}],[{1,0}],[{1,1}],[{2,0}],[{3,0}]]}
{match,[[{0,0}],[{2,0}],[{4,0}]]}
{match,[[{0,0}],[{2,0}],[{4,0}],[{6,0}]]}
{match,[[{0,0}],[{1,0}],[{2,0}]]}
{match,[{1,1}]}
{match,[{1,1}]}
{'EXC',error,badarg}
{match,[{4,1}]}
nomatch
nomatch
{match,[{0,1}]}
{match,[[{1,1}],[{4,1}]]}
{match,[{2,2}]}
{match,[{2,2}]}
{'EXC',error,badarg}
{match,[{-1,0}]}
{match,[{1,1}]}
{match,[[[98]]]}
{match,[{1,1}]}
{match,[[]]}
{match,[<<>>]}
{match,[{0,1},{-1,0}]}
{match,[{-1,0}]}
{'EXC',error,badarg}
)RE";
// clang-format on

// clang-format off
constexpr char kCases7[] = R"RE(
{run, "a", "(a)(b)?", [{capture, [16#80000000000]}]}.
{run, "a", "(a)(b)?", [{capture, [-16#80000000000]}]}.
{run, "a", "(a)(b)?", [{offset, 16#80000000}]}.
{run, "a", "(a)(b)?", [{match_limit, 16#80000000}]}.
{run, "a", "(?<n>a)", [{capture, [<<"n">>, "n", ["n"], [<<"n">>]]}]}.
{run, "a", "(?<n>a)", [{capture, [n], list}, {capture, none}]}.
{run, "a", "(?<n>a)", [{capture, [1.5]}]}.
{run, "a", "(?<n>a)", [{capture, [{}]}]}.
{run, "a", "(?<n>a)", [{capture, [<<1:3>>]}]}.
{run, "a", "(?<n>a)", [{capture, [[256]]}]}.
{run, "abcd", "(?<n>a)(?<m>b)(?<o>c)", [{capture, [m, o, n, p]}]}.
{run, "abc", "(?<n>a)(?<m>b)(?<o>c)", [{capture, [m, o, n, p], list}, unicode]}.
{run, "abc", "(?<n>a)(?<m>b)(?<o>c)", [{capture, all_names, list}, unicode]}.
{run, "abc", "(?<n>a)(?<m>b)(?<o>c)", [{capture, all_names, binary}, unicode]}.
{run, "abc", "(?<n>a)(?<m>b)(?<o>c)", [{capture, all_names, binary}, unicode, global]}.
{run, "aBc", "(?i)b", []}.
{run, "aBc", "b(*COMMIT)x|.", [global]}.
{run, "abc", "(?|(a)|(b))", [global, {capture, all, list}]}.
{run, "the cat", "\\bcat\\b", []}.
{run, "x1y22", "\\d+", [global, {capture, first, list}]}.
{run, "k=v; k2=v2", "(\\w+)=(\\w+)", [global, {capture, all_but_first, binary}]}.
{run, "a,b,,c", ",", [global]}.
{run, "abc", "b", [global, report_errors]}.
{run, "abc", "b", [global, {match_limit, 5}]}.
{run, "abc", "b", [global, {newline, crlf}]}.
{run, "abc", "b", [{newline, crlf}]}.
{run, "abc", "b", [{newline, bad}]}.
{run, "abc", "b", [bsr_anycrlf, bsr_unicode]}.
{run, "abc", "b", [ucp, never_utf]}.
{run, "abc", "b", [unicode, never_utf]}.
{run, "abc", "a(b)(c)", [{capture, [0, 5, 2]}]}.
{run, "abc", "a(b)(c)", [{capture, [-1]}]}.
{run, "a\rb", "^b", [multiline, {newline, lf}, {newline, cr}]}.
{run, "a\r\nb", "^b", [multiline, {newline, lf}, {newline, cr}]}.
{run, "a\r\nb", "a$", [multiline, {newline, lf}, {newline, cr}]}.
{run, "a\rb", "a$", [multiline, {newline, any}, {newline, cr}]}.
{run, [$a, 16#85, $b], "a$", [multiline, {newline, any}, {newline, cr}]}.
{run, "ab", "a", [{newline, any}, {newline, crlf}]}.
{run, "ab", "a", [{newline, any}, {newline, crlf}, report_errors]}.
{compile, "a", [{newline, any}, {newline, crlf}]}.
{compile, "a", [{newline, cr}, {newline, lf}]}.
{compile, "a", [{newline, lf}, {newline, lf}]}.
{compile, "a", [bsr_anycrlf, bsr_unicode]}.
{compile, "a", [bsr_anycrlf, bsr_anycrlf]}.
{run, "a", "a", [bsr_anycrlf, bsr_unicode, report_errors]}.
{run, "a", {compiled, "a", [{newline, cr}]}, [{newline, lf}]}.
{run, "a\nb", {compiled, "^b", [multiline, {newline, cr}]}, [{newline, lf}, {newline, cr}]}.
{run, "a\r\nb", {compiled, "a$", [multiline, {newline, cr}]}, [{newline, lf}]}.
{run, "a\r\nb", {compiled, "a$", [multiline]}, [{newline, crlf}]}.
{run, "a\r\nb", {compiled, "", [multiline]}, [{newline, crlf}, global]}.
)RE";
constexpr char kExpected7[] = R"RE(
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{match,[{0,1},{0,1},{0,1},{0,1}]}
match
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{match,[{1,1},{2,1},{0,1},{-1,0}]}
{match,[[98],[99],[97],[]]}
{match,[[98],[97],[99]]}
{match,[<<98>>,<<97>>,<<99>>]}
{match,[[<<98>>,<<97>>,<<99>>]]}
{match,[{1,1}]}
{match,[[{0,1}],[{1,1}],[{2,1}]]}
{match,[[[97],[97]],[[98],[98]]]}
{match,[{4,3}]}
{match,[[[49]],[[50,50]]]}
{match,[[<<107>>,<<118>>],[<<107,50>>,<<118,50>>]]}
{match,[[{1,1}],[{3,1}],[{4,1}]]}
{match,[[{1,1}]]}
{match,[[{1,1}]]}
{match,[[{1,1}]]}
{match,[{1,1}]}
{'EXC',error,badarg}
{'EXC',error,badarg}
{match,[{1,1}]}
{'EXC',error,badarg}
{match,[{0,3},{-1,0},{2,1}]}
{'EXC',error,badarg}
nomatch
{match,[{3,1}]}
{match,[{0,1}]}
{match,[{0,1}]}
nomatch
{'EXC',error,badarg}
{error,{compile,{[105,110,99,111,110,115,105,115,116,101,110,116,32,78,69,87,76,73,78,69,32,111,112,116,105,111,110,115],0}}}
{error,{[105,110,99,111,110,115,105,115,116,101,110,116,32,78,69,87,76,73,78,69,32,111,112,116,105,111,110,115],0}}
{ok,{re_pattern,0,0,1,#}}
{ok,{re_pattern,0,0,0,#}}
{error,{[105,110,99,111,110,115,105,115,116,101,110,116,32,78,69,87,76,73,78,69,32,111,112,116,105,111,110,115],0}}
{ok,{re_pattern,0,0,0,#}}
{error,{compile,{[105,110,99,111,110,115,105,115,116,101,110,116,32,78,69,87,76,73,78,69,32,111,112,116,105,111,110,115],0}}}
{match,[{0,1}]}
nomatch
nomatch
{match,[{0,1}]}
{match,[[{0,0}],[{1,0}],[{2,0}],[{3,0}],[{4,0}]]}
)RE";
// clang-format on

// clang-format off
constexpr char kCases8[] = R"RE(
{run, "a\r\nb", {compiled, "", [{newline, crlf}]}, [{newline, lf}, global]}.
{run, [16#85], {compiled, "\\R", [bsr_anycrlf]}, [bsr_unicode]}.
{run, "a", {compiled, "a", [bsr_anycrlf]}, [bsr_unicode]}.
{run, "abc", {compiled, "(a)", []}, [{capture, all, list}, global]}.
{run, "abc", {re_pattern, 5, 0, 0, <<"x">>}, []}.
{run, "ijmqyT", "\\i\\j\\m\\q\\y\\T"}.
{run, "FIJMOY", "\\F\\I\\J\\M\\O\\Y"}.
{run, "i", "[\\i]"}.
{run, "B", "[\\B]"}.
{run, "R", "[a\\R]"}.
{run, "X", "[^\\X]"}.
{run, "-", "[\\d-z]"}.
{run, "y", "[\\d-z]"}.
{run, "5", "[\\d-z]"}.
{run, "-", "[[:alpha:]-z]"}.
{run, "-", "[\\p{L}-z]"}.
{run, "-", "[\\w-]"}.
{run, "-", "[\\s-\\d]"}.
{compile, "[a-\\d]", []}.
{compile, "[%-[:alpha:]]", []}.
{run, "a81", "a\\81"}.
{run, "a9", "a\\9"}.
{run, "aaaaaaaaa9", "(a)(a)(a)(a)(a)(a)(a)(a)(a)\\9"}.
{run, "aaaaaaaaaa", "(a)(a)(a)(a)(a)(a)(a)(a)(a)\\9"}.
{run, "aaaaaaaaa8", "(a)(a)(a)(a)(a)(a)(a)(a)(a)\\8"}.
{run, "a8", "(a)\\8"}.
{run, "8a", "\\8(a)"}.
{run, "\\i", "\\Q\\i\\E"}.
{run, "i", "(?#\\i)i"}.
{run, "ai", "a # \\i\ni", [extended]}.
{run, "a i", "a\\ i", [extended]}.
{run, "ab", "(?x) a b"}.
{compile, "x(?<=a+)b", []}.
{compile, "(?<=a|bc|(d+))b", []}.
{compile, "(?<!\\d+)", []}.
{compile, "a\\p{Foo}", []}.
{compile, "\\P{Xx}", []}.
{compile, "(*UTF8)a", [never_utf]}.
{compile, "(*UTF)a", [never_utf]}.
{compile, "(*UTF)a", []}.
{compile, "ab\\12", []}.
{compile, "(a)\\2", []}.
{compile, "(a)\\g{2}", []}.
{compile, "(?P", []}.
{compile, "(?Px)", []}.
{compile, "(?P<a", []}.
{compile, "[[.a.]]", []}.
{compile, "[[=a=]]", []}.
{compile, "\\c", []}.
{compile, "(?C", []}.
)RE";
constexpr char kExpected8[] = R"RE(
{match,[[{0,0}],[{1,0}],[{3,0}],[{4,0}]]}
{match,[{0,1}]}
{match,[{0,1}]}
{match,[[[97],[97]]]}
{'EXC',error,badarg}
{match,[{0,6}]}
{match,[{0,6}]}
{match,[{0,1}]}
{match,[{0,1}]}
{match,[{0,1}]}
nomatch
{match,[{0,1}]}
nomatch
{match,[{0,1}]}
{match,[{0,1}]}
{match,[{0,1}]}
{match,[{0,1}]}
{match,[{0,1}]}
{error,{[105,110,118,97,108,105,100,32,114,97,110,103,101,32,105,110,32,99,104,97,114,97,99,116,101,114,32,99,108,97,115,115],4}}
{error,{[105,110,118,97,108,105,100,32,114,97,110,103,101,32,105,110,32,99,104,97,114,97,99,116,101,114,32,99,108,97,115,115],3}}
{match,[{0,3}]}
{match,[{0,2}]}
nomatch
{match,[{0,10},{0,1},{1,1},{2,1},{3,1},{4,1},{5,1},{6,1},{7,1},{8,1}]}
nomatch
{match,[{0,2},{0,1}]}
{match,[{0,2},{1,1}]}
{match,[{0,2}]}
{match,[{0,1}]}
{match,[{0,2}]}
{match,[{0,3}]}
{match,[{0,2}]}
{error,{[108,111,111,107,98,101,104,105,110,100,32,97,115,115,101,114,116,105,111,110,32,105,115,32,110,111,116,32,102,105,120,101,100,32,108,101,110,103,116,104],7}}
{error,{[108,111,111,107,98,101,104,105,110,100,32,97,115,115,101,114,116,105,111,110,32,105,115,32,110,111,116,32,102,105,120,101,100,32,108,101,110,103,116,104],13}}
{error,{[108,111,111,107,98,101,104,105,110,100,32,97,115,115,101,114,116,105,111,110,32,105,115,32,110,111,116,32,102,105,120,101,100,32,108,101,110,103,116,104],7}}
{error,{[117,110,107,110,111,119,110,32,112,114,111,112,101,114,116,121,32,110,97,109,101,32,97,102,116,101,114,32,92,80,32,111,114,32,92,112],7}}
{error,{[117,110,107,110,111,119,110,32,112,114,111,112,101,114,116,121,32,110,97,109,101,32,97,102,116,101,114,32,92,80,32,111,114,32,92,112],5}}
{error,{[115,101,116,116,105,110,103,32,85,84,70,32,105,115,32,100,105,115,97,98,108,101,100,32,98,121,32,116,104,101,32,97,112,112,108,105,99,97,116,105,111,110],0}}
{error,{[115,101,116,116,105,110,103,32,85,84,70,32,105,115,32,100,105,115,97,98,108,101,100,32,98,121,32,116,104,101,32,97,112,112,108,105,99,97,116,105,111,110],0}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{error,{[114,101,102,101,114,101,110,99,101,32,116,111,32,110,111,110,45,101,120,105,115,116,101,110,116,32,115,117,98,112,97,116,116,101,114,110],5}}
{error,{[114,101,102,101,114,101,110,99,101,32,116,111,32,110,111,110,45,101,120,105,115,116,101,110,116,32,115,117,98,112,97,116,116,101,114,110],8}}
{error,{[117,110,114,101,99,111,103,110,105,122,101,100,32,99,104,97,114,97,99,116,101,114,32,97,102,116,101,114,32,40,63,80],3}}
{error,{[117,110,114,101,99,111,103,110,105,122,101,100,32,99,104,97,114,97,99,116,101,114,32,97,102,116,101,114,32,40,63,80],3}}
{error,{[115,121,110,116,97,120,32,101,114,114,111,114,32,105,110,32,115,117,98,112,97,116,116,101,114,110,32,110,97,109,101,32,40,109,105,115,115,105,110,103,32,116,101,114,109,105,110,97,116,111,114,41],5}}
{error,{[80,79,83,73,88,32,99,111,108,108,97,116,105,110,103,32,101,108,101,109,101,110,116,115,32,97,114,101,32,110,111,116,32,115,117,112,112,111,114,116,101,100],1}}
{error,{[80,79,83,73,88,32,99,111,108,108,97,116,105,110,103,32,101,108,101,109,101,110,116,115,32,97,114,101,32,110,111,116,32,115,117,112,112,111,114,116,101,100],1}}
{error,{[92,99,32,97,116,32,101,110,100,32,111,102,32,112,97,116,116,101,114,110],2}}
{error,{[99,108,111,115,105,110,103,32,41,32,102,111,114,32,40,63,67,32,101,120,112,101,99,116,101,100],3}}
)RE";
// clang-format on

// clang-format off
constexpr char kCases9[] = R"RE(
{compile, "(?<a>x)(?<a>y)", [dupnames]}.
{compile, "a{3}+{2}", []}.
{compile, "(?|(?<a>x)|(?<b>y))", []}.
{compile, "\\x{zz}", []}.
{compile, "[\\x{100}]", []}.
{compile, "\\o{}", []}.
{compile, "(?(?=a)a|b|c)", []}.
{compile, "(?(DEFINE)a|b)", []}.
{compile, "((((((((((((((((((((((((((((((x))))))))))))))))))))))))))))))", []}.
{compile, "\\k<x>", []}.
{compile, "(?&x)", []}.
{compile, "(?R", []}.
{compile, "(?-1)", []}.
{compile, "(?+1)", []}.
{compile, "(*MARK)", []}.
{compile, "(*MARK:a)", []}.
{compile, "(*ACCEPT:x)", []}.
{compile, "\\N", []}.
{compile, "x{4294967296}", []}.
{compile, "(?<=x\\C)", [unicode]}.
{compile, "a\\", []}.
{compile, "[[:alpha:][:digit:]]", []}.
{compile, "[\\w-.]", []}.
{run, <<233>>, "\\w"}.
{run, <<233>>, "[[:alpha:]]"}.
{run, <<233>>, "[[:lower:]]"}.
{run, <<201>>, "[[:upper:]]"}.
{run, <<201>>, "\\xe9", [caseless]}.
{run, <<233>>, "\\xc9", [caseless]}.
{run, <<255>>, "\\xdf", [caseless]}.
{run, <<181>>, "\\w"}.
{run, <<170>>, "\\w"}.
{run, <<215>>, "\\w"}.
{run, <<247>>, "\\W"}.
{run, <<160>>, "\\s"}.
{run, <<133>>, "\\s"}.
{run, <<11>>, "\\s"}.
{run, <<160>>, "[[:graph:]]"}.
{run, <<160>>, "[[:punct:]]"}.
{run, <<178>>, "\\d"}.
{run, <<178>>, "[[:punct:]]"}.
{run, <<128>>, "[[:cntrl:]]"}.
{run, <<"x", 233, "y">>, "\\bx\\b"}.
{run, <<"x", 233, "y">>, "x\\B"}.
{run, <<"caf", 233>>, "\\w+"}.
{run, <<"CAF", 201>>, "caf\\xe9", [caseless]}.
{run, <<"caf", 195, 169>>, "\\w+", [unicode]}.
{run, <<195, 169>>, "\\w", [unicode]}.
{run, <<195, 169, 195, 169>>, "\\w+", [unicode]}.
{run, <<195, 169>>, "\\W", [unicode]}.
)RE";
constexpr char kExpected9[] = R"RE(
{ok,{re_pattern,2,0,0,#}}
{error,{[110,111,116,104,105,110,103,32,116,111,32,114,101,112,101,97,116],7}}
{error,{[100,105,102,102,101,114,101,110,116,32,110,97,109,101,115,32,102,111,114,32,115,117,98,112,97,116,116,101,114,110,115,32,111,102,32,116,104,101,32,115,97,109,101,32,110,117,109,98,101,114,32,97,114,101,32,110,111,116,32,97,108,108,111,119,101,100],15}}
{error,{[110,111,110,45,104,101,120,32,99,104,97,114,97,99,116,101,114,32,105,110,32,92,120,123,125,32,40,99,108,111,115,105,110,103,32,98,114,97,99,101,32,109,105,115,115,105,110,103,63,41],3}}
{error,{[99,104,97,114,97,99,116,101,114,32,118,97,108,117,101,32,105,110,32,92,120,123,125,32,111,114,32,92,111,123,125,32,105,115,32,116,111,111,32,108,97,114,103,101],7}}
{error,{[100,105,103,105,116,115,32,109,105,115,115,105,110,103,32,105,110,32,92,120,123,125,32,111,114,32,92,111,123,125],1}}
{error,{[99,111,110,100,105,116,105,111,110,97,108,32,103,114,111,117,112,32,99,111,110,116,97,105,110,115,32,109,111,114,101,32,116,104,97,110,32,116,119,111,32,98,114,97,110,99,104,101,115],12}}
{error,{[68,69,70,73,78,69,32,103,114,111,117,112,32,99,111,110,116,97,105,110,115,32,109,111,114,101,32,116,104,97,110,32,111,110,101,32,98,114,97,110,99,104],13}}
{ok,{re_pattern,30,0,0,#}}
{error,{[114,101,102,101,114,101,110,99,101,32,116,111,32,110,111,110,45,101,120,105,115,116,101,110,116,32,115,117,98,112,97,116,116,101,114,110],4}}
{error,{[114,101,102,101,114,101,110,99,101,32,116,111,32,110,111,110,45,101,120,105,115,116,101,110,116,32,115,117,98,112,97,116,116,101,114,110],4}}
{error,{[40,63,82,32,111,114,32,40,63,91,43,45,93,100,105,103,105,116,115,32,109,117,115,116,32,98,101,32,102,111,108,108,111,119,101,100,32,98,121,32,41],3}}
{error,{[114,101,102,101,114,101,110,99,101,32,116,111,32,110,111,110,45,101,120,105,115,116,101,110,116,32,115,117,98,112,97,116,116,101,114,110],4}}
{error,{[114,101,102,101,114,101,110,99,101,32,116,111,32,110,111,110,45,101,120,105,115,116,101,110,116,32,115,117,98,112,97,116,116,101,114,110],4}}
{error,{[40,42,77,65,82,75,41,32,109,117,115,116,32,104,97,118,101,32,97,110,32,97,114,103,117,109,101,110,116],6}}
{ok,{re_pattern,0,0,0,#}}
{error,{[97,110,32,97,114,103,117,109,101,110,116,32,105,115,32,110,111,116,32,97,108,108,111,119,101,100,32,102,111,114,32,40,42,65,67,67,69,80,84,41,44,32,40,42,70,65,73,76,41,44,32,111,114,32,40,42,67,79,77,77,73,84,41],10}}
{ok,{re_pattern,0,0,0,#}}
{error,{[110,117,109,98,101,114,32,116,111,111,32,98,105,103,32,105,110,32,123,125,32,113,117,97,110,116,105,102,105,101,114],8}}
{error,{[92,67,32,110,111,116,32,97,108,108,111,119,101,100,32,105,110,32,108,111,111,107,98,101,104,105,110,100,32,97,115,115,101,114,116,105,111,110],7}}
{error,{[92,32,97,116,32,101,110,100,32,111,102,32,112,97,116,116,101,114,110],2}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{match,[{0,1}]}
{match,[{0,1}]}
{match,[{0,1}]}
{match,[{0,1}]}
{match,[{0,1}]}
{match,[{0,1}]}
nomatch
{match,[{0,1}]}
{match,[{0,1}]}
nomatch
{match,[{0,1}]}
nomatch
nomatch
{match,[{0,1}]}
{match,[{0,1}]}
{match,[{0,1}]}
nomatch
{match,[{0,1}]}
{match,[{0,1}]}
nomatch
{match,[{0,1}]}
{match,[{0,4}]}
{match,[{0,4}]}
{match,[{0,5}]}
{match,[{0,2}]}
nomatch
nomatch
)RE";
// clang-format on

// clang-format off
constexpr char kCases10[] = R"RE(
{run, <<"a", 195, 169>>, "a\\b", [unicode]}.
{run, <<"a", 195, 169>>, "a\\B", [unicode]}.
{run, <<195, 169>>, "[\\w]", [unicode]}.
{run, <<196, 129>>, "[\\W]", [unicode]}.
{run, <<196, 129>>, "\\w", [unicode]}.
{run, <<196, 129>>, "\\w", [unicode, ucp]}.
{run, <<"x", 195, 169>>, "x|\\w", [unicode, global]}.
{run, <<195, 137>>, "\\x{e9}", [unicode, caseless]}.
{run, <<196, 128>>, "\\x{101}", [unicode, caseless]}.
{run, <<"a,b,,c">>, {compiled, ",", []}, [global]}.
{run, <<"a,b,,c,,">>, {compiled, ",", []}, [global]}.
{run, <<"abc">>, {compiled, "", []}, [global]}.
{run, <<"a1b22c">>, {compiled, "(\\d)", []}, [global]}.
{run, <<"a1b22c">>, {compiled, "\\d*", []}, [global]}.
{run, <<"h", 195, 169, "llo">>, {compiled, "", [unicode]}, [global]}.
{run, <<"h", 195, 169, "llo">>, {compiled, "l", [unicode]}, [global]}.
{run, <<"abcabc">>, "b", [global]}.
{run, <<"abcabc">>, "B", [global, caseless]}.
{run, <<"abcabc">>, "b", []}.
{run, <<"a.b.c">>, "\\.", [global, {offset, 2}]}.
{run, <<"aaa">>, "a", [global, notempty]}.
{run, <<"line1\nline2\n">>, "^", [global, multiline]}.
{run, <<"line1\nline2\n">>, "$", [global, multiline]}.
{run, <<"line1\r\nline2\r\n">>, "$", [global, multiline, {newline, crlf}]}.
{run, <<"line1\r\nline2\r\n">>, "^", [global, multiline, {newline, anycrlf}]}.
{run, <<"x", 226, 130, 172, "y">>, "", [global, unicode]}.
{run, <<"x", 240, 159, 152, 128, "y">>, "", [global, unicode]}.
{run, <<"x", 240, 159, 152, 128, "y">>, "(?=y)|", [global, unicode]}.
{run, <<"0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789">>, "(5.*)9", [{capture, all_but_first, binary}]}.
{run, <<"0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789">>, "(5.*)9", [{capture, all_but_first, list}]}.
{run, "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789", "(5.*)9", [{capture, all_but_first, binary}, global]}.
{run, <<"k1=v1&k2=v2">>, "(?<key>[^=&]+)=(?<val>[^&]*)", [global, {capture, [key, val], binary}]}.
{run, <<"k1=v1&k2=v2">>, "(?<key>[^=&]+)=(?<val>[^&]*)", [global, {capture, all_names, binary}]}.
{run, <<"2024-01-15">>, "(\\d+)-(\\d+)-(\\d+)", [{capture, all_but_first, list}]}.
{run, <<"  trim  ">>, "^\\s+|\\s+$", [global]}.
{run, <<"hello world">>, "o", [global, {capture, first, index}]}.
{run, <<"aaa">>, "(a)|(b)", [global, {capture, all, binary}]}.
{run, <<"ab">>, "(a)|(b)", [global, {capture, all, index}]}.
{run, <<"ab">>, "(a)|(b)", [global, {capture, all, list}]}.
{run, "abc", "(?<x>a)", [{capture, [<<"x">>], list}, unicode]}.
{run, "abc", "(?<x>a)", [{capture, ["x"], list}, unicode]}.
{run, "abc", "(?<x>a)", [{capture, [[120]], index}, unicode]}.
{run, [16#3b1, 16#3b2], "(?<x>.)", [{capture, [x], list}, unicode]}.
{run, [16#3b1, 16#3b2], "(?<x>.)", [{capture, [x], binary}, unicode]}.
{run, [16#3b1, 16#3b2], "(?<x>.)", [{capture, [x], list}, unicode, global]}.
{run, [16#3b1, 16#3b2], {compiled, "(?<x>.)", [unicode]}, [{capture, [x], list}]}.
{run, [16#3b1, 16#3b2], {compiled, "(?<x>.)", [unicode]}, [{capture, [x], list}, global]}.
{run, <<206, 177, 206, 178>>, {compiled, "(?<x>.)", [unicode]}, [{capture, [x], list}, global]}.
{run, <<206, 177, 206, 178>>, {compiled, "(?<x>.)", [unicode]}, [{capture, [x], list}]}.
{run, <<206, 177, 206, 178>>, {compiled, "(?<x>.)", []}, [{capture, [x], list}]}.
)RE";
constexpr char kExpected10[] = R"RE(
nomatch
{match,[{0,1}]}
{match,[{0,2}]}
{match,[{0,2}]}
nomatch
{match,[{0,2}]}
{match,[[{0,1}],[{1,2}]]}
{match,[{0,2}]}
{match,[{0,2}]}
{match,[[{1,1}],[{3,1}],[{4,1}]]}
{match,[[{1,1}],[{3,1}],[{4,1}],[{6,1}],[{7,1}]]}
{match,[[{0,0}],[{1,0}],[{2,0}],[{3,0}]]}
{match,[[{1,1},{1,1}],[{3,1},{3,1}],[{4,1},{4,1}]]}
{match,[[{0,0}],[{1,1}],[{2,0}],[{3,2}],[{5,0}],[{6,0}]]}
{match,[[{0,0}],[{1,0}],[{3,0}],[{4,0}],[{5,0}],[{6,0}]]}
{match,[[{3,1}],[{4,1}]]}
{match,[[{1,1}],[{4,1}]]}
{match,[[{1,1}],[{4,1}]]}
{match,[{1,1}]}
{match,[[{3,1}]]}
{match,[[{0,1}],[{1,1}],[{2,1}]]}
{match,[[{0,0}],[{6,0}]]}
{match,[[{5,0}],[{11,0}],[{12,0}]]}
{match,[[{5,0}],[{12,0}],[{14,0}]]}
{match,[[{0,0}],[{7,0}]]}
{match,[[{0,0}],[{1,0}],[{4,0}],[{5,0}]]}
{match,[[{0,0}],[{1,0}],[{5,0}],[{6,0}]]}
{match,[[{0,0}],[{1,0}],[{5,0}],[{6,0}]]}
{match,[<<53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56>>]}
{match,[[53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56]]}
{match,[[<<53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56>>]]}
{match,[[<<107,49>>,<<118,49>>],[<<107,50>>,<<118,50>>]]}
{match,[[<<107,49>>,<<118,49>>],[<<107,50>>,<<118,50>>]]}
{match,[[50,48,50,52],[48,49],[49,53]]}
{match,[[{0,2}],[{6,2}]]}
{match,[[{4,1}],[{7,1}]]}
{match,[[<<97>>,<<97>>],[<<97>>,<<97>>],[<<97>>,<<97>>]]}
{match,[[{0,1},{0,1}],[{1,1},{-1,0},{1,1}]]}
{match,[[[97],[97]],[[98],[],[98]]]}
{match,[[97]]}
{match,[[97]]}
{match,[{0,1}]}
{match,[[945]]}
{match,[<<206,177>>]}
{match,[[[945]],[[946]]]}
{match,[[945]]}
{match,[[[945]],[[946]]]}
{match,[[[945]],[[946]]]}
{match,[[945]]}
{match,[[206]]}
)RE";
// clang-format on

// clang-format off
constexpr char kCases11[] = R"RE(
{run, "abc", "a", [{capture, all, index}, {capture, first, list}, {capture, all_but_first, binary}]}.
{run, "abc", "(a)", [global, {capture, all, binary}, {capture, first}]}.
{run, "abc", "(a)", [global, {capture, all}, {capture, first, list}]}.
{run, "abc", "(a)", [global, {capture, all, foo}, {capture, first}]}.
{run, "abc", "(a)", [global, {capture, all, foo}, {capture, none}]}.
{run, "abc", "(a)", [global, {capture, all, foo}, {capture, first, binary}]}.
{run, "abc", "(a)", [{capture, [1 | 2]}, global]}.
{run, "abc", "(a)", [{capture, [1 | 2]}, global, {offset, 4}]}.
{run, "abc", "(a)", [{capture, [foo, 1.0]}, global]}.
{run, "abc", "(a)", [{capture, [1.0]}, global, {offset, 4}]}.
{run, "abc", "(a)", [{capture, {}}, global, {offset, 4}]}.
{run, "abc", "(?J)(?<n>a)|(?<n>b)", [{capture, all_names}]}.
{run, "b", "(?J)(?<n>a)|(?<n>b)", [{capture, all_names}]}.
{run, "b", "(?J)(?<n>a)|(?<n>b)", [{capture, [n]}]}.
{run, "a", "(?J)(?<n>a)|(?<n>b)", [{capture, [n]}]}.
{inspect, {compiled, "(?J)(?<n>a)|(?<n>b)", []}, namelist}.
{run, "b", "(?<n>a)|(?<n>b)|(?<n>c)", [dupnames, {capture, all_names}]}.
{run, "c", "(?<n>a)|(?<n>b)|(?<n>c)", [dupnames, {capture, [n], list}]}.
{run, "b", "(?<m>x)?(?<n>a)|(?<n>b)", [dupnames, {capture, all_names}]}.
{run, "x", "(?<m>x)?(?<n>a)|(?<n>b)|x", [dupnames, {capture, [n, m, n]}]}.
{run, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "(a|aa)+$", [{match_limit, 1000}, report_errors]}.
{run, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "(a|aa)+$", [{match_limit, 1000}]}.
{run, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "(a|aa)+$", [{match_limit, 1000}, report_errors, global]}.
{run, "xxaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "(a|aa)+$|x", [{match_limit, 3000}, report_errors, global]}.
{run, "xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "(a|aa)+$|x", [{match_limit, 3000}, global]}.
{run, "aaaaaaaaaaaaaaaaab", "(a+)+$", [{match_limit, 0}, report_errors]}.
{run, "ab", "a", [{match_limit, 0}, report_errors]}.
{run, "ab", "a", [{match_limit_recursion, 0}, report_errors]}.
{run, "ab", "(a)", [{match_limit_recursion, 1}, report_errors]}.
{run, "ab", "", [{match_limit, 0}, report_errors, global]}.
{run, "ab", "", [{match_limit, 1}, report_errors, global]}.
{run, "ab", "x*", [{match_limit, 1}, report_errors, global]}.
{compile, "(*pla:a)", []}.
{compile, "x(*atomic:a)", []}.
{compile, "(*COMMIT:xy)b", []}.
{compile, "(*F:x)", []}.
{compile, "(*NOTEMPTY)a", []}.
{compile, "(*NO_JIT)a", []}.
{compile, "(*LIMIT_HEAP=10)a", []}.
{compile, "(*NUL)a", []}.
{compile, "(*LIMIT_RECURSION=10)a", []}.
{compile, "(*LIMIT_MATCH=10)(*CRLF)a", []}.
{compile, "(*NO_AUTO_POSSESS)a", []}.
{compile, "(*ACCEPT)a", []}.
{compile, "(*:x)a", []}.
{compile, "(*)a", []}.
{compile, "(*SKIP:x)a", []}.
{compile, "a(*CR)", []}.
{compile, "(*MARK:x)(*PRUNE:y)(*THEN:z)a", []}.
{compile, "[(*FOO)]", []}.
)RE";
constexpr char kExpected11[] = R"RE(
{match,[]}
{match,[[<<97>>]]}
{match,[[[97]]]}
{'EXC',error,function_clause}
match
{match,[[<<97>>]]}
{'EXC',error,badarg}
nomatch
{'EXC',error,badarg}
nomatch
{'EXC',error,badarg}
{match,[{0,1},{-1,0}]}
{match,[{-1,0},{0,1}]}
{match,[{0,1}]}
{match,[{-1,0}]}
{namelist,[<<110>>,<<110>>]}
{match,[{0,1}]}
{match,[[99]]}
{match,[{-1,0},{0,1}]}
{match,[{-1,0},{-1,0},{-1,0}]}
{error,match_limit}
nomatch
{error,match_limit}
{error,match_limit}
{match,[[{0,1}]]}
{error,match_limit}
{error,match_limit}
{error,match_limit_recursion}
{error,match_limit_recursion}
{error,match_limit}
{error,match_limit}
{error,match_limit}
{error,{[40,42,86,69,82,66,41,32,110,111,116,32,114,101,99,111,103,110,105,122,101,100,32,111,114,32,109,97,108,102,111,114,109,101,100],7}}
{error,{[40,42,86,69,82,66,41,32,110,111,116,32,114,101,99,111,103,110,105,122,101,100,32,111,114,32,109,97,108,102,111,114,109,101,100],11}}
{error,{[97,110,32,97,114,103,117,109,101,110,116,32,105,115,32,110,111,116,32,97,108,108,111,119,101,100,32,102,111,114,32,40,42,65,67,67,69,80,84,41,44,32,40,42,70,65,73,76,41,44,32,111,114,32,40,42,67,79,77,77,73,84,41],11}}
{error,{[97,110,32,97,114,103,117,109,101,110,116,32,105,115,32,110,111,116,32,97,108,108,111,119,101,100,32,102,111,114,32,40,42,65,67,67,69,80,84,41,44,32,40,42,70,65,73,76,41,44,32,111,114,32,40,42,67,79,77,77,73,84,41],5}}
{error,{[40,42,86,69,82,66,41,32,110,111,116,32,114,101,99,111,103,110,105,122,101,100,32,111,114,32,109,97,108,102,111,114,109,101,100],10}}
{error,{[40,42,86,69,82,66,41,32,110,111,116,32,114,101,99,111,103,110,105,122,101,100,32,111,114,32,109,97,108,102,111,114,109,101,100],4}}
{error,{[40,42,86,69,82,66,41,32,110,111,116,32,114,101,99,111,103,110,105,122,101,100,32,111,114,32,109,97,108,102,111,114,109,101,100],7}}
{error,{[40,42,86,69,82,66,41,32,110,111,116,32,114,101,99,111,103,110,105,122,101,100,32,111,114,32,109,97,108,102,111,114,109,101,100],5}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,1,#}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{error,{[110,111,116,104,105,110,103,32,116,111,32,114,101,112,101,97,116],1}}
{ok,{re_pattern,0,0,0,#}}
{error,{[40,42,86,69,82,66,41,32,110,111,116,32,114,101,99,111,103,110,105,122,101,100,32,111,114,32,109,97,108,102,111,114,109,101,100],5}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
)RE";
// clang-format on

// clang-format off
constexpr char kCases12[] = R"RE(
{compile, "\\Q(*FOO)\\E", []}.
{compile, "(?C1", []}.
{compile, "(*", []}.
{compile, "(*FOO", []}.
{run, "ab", "a(*SKIP)b|.", [global]}.
{run, "aaab", "a+(*COMMIT)b", []}.
{run, "aaac", "a+(*COMMIT)b|c", []}.
{run, "ab", "(*MARK:m)a(*PRUNE)b", []}.
{compile, "(*UTF8)(*UCP)\\w", []}.
{run, <<196, 129>>, "(*UTF8)(*UCP)\\w", []}.
{run, <<97,98,99,98>>, [98], []}.
{run, <<97,98,99,98>>, [98], [global]}.
{run, <<97,98,99,98>>, [98], [global]}.
{run, <<97,98,99,98>>, [40,98,41,40,99,41,63], [global]}.
{run, <<104,195,169,108,108,111>>, [108], [unicode,global]}.
{run, <<104,195,169,108,108,111>>, <<108>>, [unicode,global]}.
{run, <<65,66,67>>, [98], [caseless]}.
{run, <<97,13,10,98>>, [36], [global,multiline,{newline,crlf}]}.
{run, <<97,98,99>>, [], [global]}.
{run, <<97,98,99>>, [120,42], [global]}.
{run, <<97,88,98,88,99>>, {compiled,[120],[caseless]}, [global]}.
{run, <<97,44,98,44,44,99>>, {compiled,[44],[]}, [global]}.
{run, <<97,44,98,44,44,99,44,44>>, {compiled,[44],[]}, [global]}.
{run, <<97,44,98,44,44,99,44,44>>, {compiled,[44],[]}, [global]}.
{run, <<97,49,98,50,99>>, {compiled,[40,92,100,41],[]}, [global]}.
{run, <<97,49,98,50,99>>, {compiled,[40,92,100,41],[]}, [global]}.
{run, <<97,98,99>>, {compiled,[],[]}, [global]}.
{run, <<104,195,169,108,108,111,32,119,195,182,114,108,100>>, {compiled,<<32>>,[unicode]}, [global]}.
{run, <<107,61,118,59,107,50,61,118,50>>, {compiled,[91,61,59,93],[]}, [global]}.
{run, <<97,32,98,32,32,99>>, {compiled,[92,115,43],[caseless]}, [global]}.
{run, <<97,44,98,59,99>>, {compiled,[91,44,59,93],[]}, [global]}.
{run, <<97,88,98,120,99>>, {compiled,[120],[caseless]}, [global]}.
{run, <<108,105,110,101,49,10,108,105,110,101,50,10>>, {compiled,[10],[]}, [global]}.
{run, <<120>>, {compiled,[40,63,60,110,62,121,41,63,120],[]}, [notempty,global]}.
{run, [84,104,101,32,121,101,97,114,32,49,57,57,57,32,97,110,100,32,50,48,50,52,44,32,97,108,115,111,32,52,50,46], [92,100,43], []}.
{run, [84,104,101,32,121,101,97,114,32,49,57,57,57,32,97,110,100,32,50,48,50,52,44,32,97,108,115,111,32,52,50,46], [92,100,43], [global]}.
{run, [84,104,101,32,121,101,97,114,32,49,57,57,57,32,97,110,100,32,50,48,50,52,44,32,97,108,115,111,32,52,50,46], [92,100,43], [{capture,all,list}]}.
{run, [84,104,101,32,121,101,97,114,32,49,57,57,57,32,97,110,100,32,50,48,50,52,44,32,97,108,115,111,32,52,50,46], [92,100,43], [global,{capture,all,binary}]}.
{run, [84,104,101,32,121,101,97,114,32,49,57,57,57,32,97,110,100,32,50,48,50,52,44,32,97,108,115,111,32,52,50,46], [40,92,100,41,40,92,100,41], [global,{capture,all_but_first,list}]}.
{run, [84,104,101,32,121,101,97,114,32,49,57,57,57,32,97,110,100,32,50,48,50,52,44,32,97,108,115,111,32,52,50,46], [40,92,100,43,41], [{capture,first,index}]}.
{run, [84,104,101,32,121,101,97,114,32,49,57,57,57,32,97,110,100,32,50,48,50,52,44,32,97,108,115,111,32,52,50,46], [120,121,122], []}.
{run, [84,104,101,32,121,101,97,114,32,49,57,57,57,32,97,110,100,32,50,48,50,52,44,32,97,108,115,111,32,52,50,46], [120,121,122], [{capture,none}]}.
{run, [84,104,101,32,121,101,97,114,32,49,57,57,57,32,97,110,100,32,50,48,50,52,44,32,97,108,115,111,32,52,50,46], [121,101,97,114], [{capture,none}]}.
{run, <<97,98,99,65,66,67>>, [98], [global,caseless,{capture,all,binary}]}.
{run, [97,97,97], [97,42,63], [{capture,all,list}]}.
{run, [102,111,111,46,98,97,114], [92,46], [{capture,all,index}]}.
{run, [108,105,110,101,49,10,108,105,110,101,50], [94,108,105,110,101,92,100,36], [multiline,global,{capture,all,list}]}.
{run, [97,40,98,41,99], [92,40,40,46,41,92,41], [{capture,[1],list}]}.
{run, [115,116,97,114,116,32,109,105,100,100,108,101,32,101,110,100], [109,105,100,100,108,101], [{offset,3},{capture,all,index}]}.
{run, [97,98], [40,120,41,63,98], [{capture,all,list}]}.
)RE";
constexpr char kExpected12[] = R"RE(
{ok,{re_pattern,0,0,0,#}}
{error,{[99,108,111,115,105,110,103,32,41,32,102,111,114,32,40,63,67,32,101,120,112,101,99,116,101,100],4}}
{error,{[110,111,116,104,105,110,103,32,116,111,32,114,101,112,101,97,116],1}}
{error,{[40,42,86,69,82,66,41,32,110,111,116,32,114,101,99,111,103,110,105,122,101,100,32,111,114,32,109,97,108,102,111,114,109,101,100],5}}
{match,[[{0,2}]]}
{match,[{0,4}]}
nomatch
{match,[{0,2}]}
{ok,{re_pattern,0,0,0,#}}
{match,[{0,2}]}
{match,[{1,1}]}
{match,[[{1,1}],[{3,1}]]}
{match,[[{1,1}],[{3,1}]]}
{match,[[{1,2},{1,1},{2,1}],[{3,1},{3,1}]]}
{match,[[{3,1}],[{4,1}]]}
{match,[[{3,1}],[{4,1}]]}
{match,[{1,1}]}
{match,[[{1,0}],[{4,0}]]}
{match,[[{0,0}],[{1,0}],[{2,0}],[{3,0}]]}
{match,[[{0,0}],[{1,0}],[{2,0}],[{3,0}]]}
{match,[[{1,1}],[{3,1}]]}
{match,[[{1,1}],[{3,1}],[{4,1}]]}
{match,[[{1,1}],[{3,1}],[{4,1}],[{6,1}],[{7,1}]]}
{match,[[{1,1}],[{3,1}],[{4,1}],[{6,1}],[{7,1}]]}
{match,[[{1,1},{1,1}],[{3,1},{3,1}]]}
{match,[[{1,1},{1,1}],[{3,1},{3,1}]]}
{match,[[{0,0}],[{1,0}],[{2,0}],[{3,0}]]}
{match,[[{6,1}]]}
{match,[[{1,1}],[{3,1}],[{6,1}]]}
{match,[[{1,1}],[{3,2}]]}
{match,[[{1,1}],[{3,1}]]}
{match,[[{1,1}],[{3,1}]]}
{match,[[{5,1}],[{11,1}]]}
{match,[[{0,1}]]}
{match,[{9,4}]}
{match,[[{9,4}],[{18,4}],[{29,2}]]}
{match,[[49,57,57,57]]}
{match,[[<<49,57,57,57>>],[<<50,48,50,52>>],[<<52,50>>]]}
{match,[[[49],[57]],[[57],[57]],[[50],[48]],[[50],[52]],[[52],[50]]]}
{match,[{9,4}]}
nomatch
nomatch
match
{match,[[<<98>>],[<<66>>]]}
{match,[[]]}
{match,[{3,1}]}
{match,[[[108,105,110,101,49]],[[108,105,110,101,50]]]}
{match,[[98]]}
{match,[{6,6}]}
{match,[[98]]}
)RE";
// clang-format on

// clang-format off
constexpr char kCases13[] = R"RE(
{run, [97,98], [40,120,41,63,98], [{capture,all,index}]}.
{compile, [94,91,97,45,122,93,43,64,91,97,45,122,93,43,92,46,91,97,45,122,93,123,50,44,125,36], []}.
{run, [98,111,98,64,115,105,116,101,46,99,111,109], {compiled,[94,91,97,45,122,93,43,64,91,97,45,122,93,43,92,46,91,97,45,122,93,123,50,44,125,36],[]}, [{capture,none}]}.
{run, [98,97,100,64], {compiled,[94,91,97,45,122,93,43,64,91,97,45,122,93,43,92,46,91,97,45,122,93,123,50,44,125,36],[]}, [{capture,none}]}.
{run, [120,64,121,46,122,122], {compiled,[94,91,97,45,122,93,43,64,91,97,45,122,93,43,92,46,91,97,45,122,93,123,50,44,125,36],[]}, [{capture,none}]}.
{run, [85,80,64,67,65,83,69,46,67,79,77], {compiled,[94,91,97,45,122,93,43,64,91,97,45,122,93,43,92,46,91,97,45,122,93,123,50,44,125,36],[]}, [{capture,none}]}.
{compile, [94,91,97,45,122,93,43,64,91,97,45,122,93,43,92,46,91,97,45,122,93,123,50,44,125,36], [caseless]}.
{run, [85,80,64,67,65,83,69,46,67,79,77], {compiled,[94,91,97,45,122,93,43,64,91,97,45,122,93,43,92,46,91,97,45,122,93,123,50,44,125,36],[caseless]}, [{capture,none}]}.
{compile, [40,117,110,99,108,111,115,101,100], []}.
{run, [68,97,116,101,58,32,50,48,50,52,45,48,51,45,49,53], [40,63,60,121,101,97,114,62,92,100,123,52,125,41,45,40,63,60,109,111,110,116,104,62,92,100,123,50,125,41,45,40,63,60,100,97,121,62,92,100,123,50,125,41], [{capture,[year,month,day],list}]}.
{run, [68,97,116,101,58,32,50,48,50,52,45,48,51,45,49,53], [40,63,60,121,101,97,114,62,92,100,123,52,125,41,45,40,63,60,109,111,110,116,104,62,92,100,123,50,125,41,45,40,63,60,100,97,121,62,92,100,123,50,125,41], [{capture,[day],binary}]}.
{compile, [40,63,60,121,101,97,114,62,92,100,123,52,125,41,45,40,63,60,109,111,110,116,104,62,92,100,123,50,125,41,45,40,63,60,100,97,121,62,92,100,123,50,125,41], []}.
{inspect, {compiled,[40,63,60,121,101,97,114,62,92,100,123,52,125,41,45,40,63,60,109,111,110,116,104,62,92,100,123,50,125,41,45,40,63,60,100,97,121,62,92,100,123,50,125,41],[]}, namelist}.
{run, [68,97,116,101,58,32,50,48,50,52,45,48,51,45,49,53], {compiled,[40,63,60,121,101,97,114,62,92,100,123,52,125,41,45,40,63,60,109,111,110,116,104,62,92,100,123,50,125,41,45,40,63,60,100,97,121,62,92,100,123,50,125,41],[]}, [{capture,all_names,list}]}.
{run, <<110,97,195,175,118,101,32,99,97,102,195,169,32,226,130,172,53>>, [92,119,43], [unicode,global,{capture,all,binary}]}.
{run, <<110,97,195,175,118,101,32,99,97,102,195,169,32,226,130,172,53>>, <<92,119,43>>, [unicode,global,{capture,all,binary}]}.
{run, <<110,97,195,175,118,101,32,99,97,102,195,169,32,226,130,172,53>>, [233], [unicode,{capture,all,index}]}.
{run, <<110,97,195,175,118,101,32,99,97,102,195,169,32,226,130,172,53>>, <<195,169>>, [unicode,{capture,all}]}.
{run, <<110,97,195,175,118,101,32,99,97,102,195,169,32,226,130,172,53>>, [8364,40,92,100,41], [unicode,{capture,all_but_first,list}]}.
{run, <<110,97,195,175,118,101,32,99,97,102,195,169,32,226,130,172,53>>, <<226,130,172,40,92,100,41>>, [unicode,{capture,all_but_first}]}.
{run, <<110,97,195,175,118,101,32,99,97,102,195,169,32,226,130,172,53>>, [233], [unicode,global]}.
{run, <<110,97,195,175,118,101,32,99,97,102,195,169,32,226,130,172,53>>, <<195,169>>, [unicode,global]}.
{run, [192,201,206], [91,97,45,122,224,45,255,93,43], [unicode,caseless,{capture,all,list}]}.
{run, <<195,128,195,137,195,142>>, <<91,97,45,122,195,160,45,195,191,93,43>>, [unicode,caseless,{capture,all}]}.
{compile, <<32>>, [unicode]}.
{run, <<110,97,195,175,118,101,32,99,97,102,195,169,32,226,130,172,53>>, {compiled,<<32>>,[unicode]}, [global]}.
{run, [97,97,97,32,98,98,98], [40,63,105,41,65,43], [{capture,all,list}]}.
{run, [120,61,49,59,121,61,50,50], [40,92,119,41,61,40,92,100,43,41], [global,{capture,all_but_first,list}]}.
{run, [97,98,99,97,98,99], [40,63,58,97,98,41,40,99,41], [global,{capture,all,index}]}.
{run, [116,69,115,84], [116,101,115,116], [caseless,{capture,first,list}]}.
{run, [97,10,98], [97,46,98], [dotall,{capture,none}]}.
{run, [97,10,98], [97,46,98], [{capture,none}]}.
{run, [97,32,98], [97,32,98], [extended,{capture,none}]}.
{run, [97,97,97], [97,43,63], [ungreedy,{capture,all,list}]}.
{run, [97,98,99], [94,98], [{capture,none},anchored]}.
{run, <<104,101,108,108,111,32,119,111,114,108,100,44,32,104,101,108,108,111,32,101,114,108,97,110,103>>, [104,101,108,108,111], []}.
{run, <<104,101,108,108,111,32,119,111,114,108,100,44,32,104,101,108,108,111,32,101,114,108,97,110,103>>, [104,101,108,108,111], [global]}.
{run, <<104,101,108,108,111,32,119,111,114,108,100,44,32,104,101,108,108,111,32,101,114,108,97,110,103>>, [40,92,119,43,41,32,40,92,119,43,41], []}.
{run, <<104,101,108,108,111,32,119,111,114,108,100,44,32,104,101,108,108,111,32,101,114,108,97,110,103>>, [111], [global]}.
{run, <<104,101,108,108,111,32,119,111,114,108,100,44,32,104,101,108,108,111,32,101,114,108,97,110,103>>, [108,43], [global]}.
{run, <<97,46,98,46,99>>, [92,46], [global]}.
{run, <<67,97,109,101,108,67,97,115,101,83,116,114,105,110,103>>, [40,91,65,45,90,93,41], [global]}.
{compile, [44], []}.
{compile, [92,100,43], []}.
{run, <<97,49,98,50,50,99,51,51,51,100>>, {compiled,[92,100,43],[]}, [global]}.
{compile, [40,92,100,43,41], []}.
{run, <<97,49,98,50,50,99,51,51,51,100>>, {compiled,[40,92,100,43,41],[]}, [global]}.
{compile, [32,43], []}.
{run, <<97,32,98,32,32,99>>, {compiled,[32,43],[]}, [global]}.
{compile, [], []}.
)RE";
constexpr char kExpected13[] = R"RE(
{match,[{1,1}]}
{ok,{re_pattern,0,0,0,#}}
match
nomatch
match
nomatch
{ok,{re_pattern,0,0,0,#}}
match
{error,{[109,105,115,115,105,110,103,32,41],9}}
{match,[[50,48,50,52],[48,51],[49,53]]}
{match,[<<49,53>>]}
{ok,{re_pattern,3,0,0,#}}
{namelist,[<<100,97,121>>,<<109,111,110,116,104>>,<<121,101,97,114>>]}
{match,[[49,53],[48,51],[50,48,50,52]]}
{match,[[<<110,97,195,175,118,101>>],[<<99,97,102,195,169>>],[<<53>>]]}
{match,[[<<110,97,195,175,118,101>>],[<<99,97,102,195,169>>],[<<53>>]]}
{match,[{10,2}]}
{match,[{10,2}]}
{match,[[53]]}
{match,[{16,1}]}
{match,[[{10,2}]]}
{match,[[{10,2}]]}
{match,[[192,201,206]]}
{match,[{0,6}]}
{ok,{re_pattern,0,1,0,#}}
{match,[[{6,1}],[{12,1}]]}
{match,[[97,97,97]]}
{match,[[[120],[49]],[[121],[50,50]]]}
{match,[[{0,3},{2,1}],[{3,3},{5,1}]]}
{match,[[116,69,115,84]]}
match
nomatch
nomatch
{match,[[97,97,97]]}
nomatch
{match,[{0,5}]}
{match,[[{0,5}],[{13,5}]]}
{match,[{0,11},{0,5},{6,5}]}
{match,[[{4,1}],[{7,1}],[{17,1}]]}
{match,[[{2,2}],[{9,1}],[{15,2}],[{21,1}]]}
{match,[[{1,1}],[{3,1}]]}
{match,[[{0,1},{0,1}],[{5,1},{5,1}],[{9,1},{9,1}]]}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{match,[[{1,1}],[{3,2}],[{6,3}]]}
{ok,{re_pattern,1,0,0,#}}
{match,[[{1,1},{1,1}],[{3,2},{3,2}],[{6,3},{6,3}]]}
{ok,{re_pattern,0,0,0,#}}
{match,[[{1,1}],[{3,2}]]}
{ok,{re_pattern,0,0,0,#}}
)RE";
// clang-format on

// clang-format off
constexpr char kCases14[] = R"RE(
{run, <<>>, {compiled,[44],[]}, [global]}.
{compile, [92,115], []}.
{run, <<111,110,101,32,32,116,119,111>>, {compiled,[92,115],[]}, [global]}.
{run, <<195,169,120,10,10,98,98,32,226,130,172>>, "\\B(?<=\\d)(\\G\\A)", [unicode,notempty,ucp,{capture,[]}]}.
{run, "", {compiled, "\\z[[:alpha:]]*", [caseless,bsr_anycrlf]}, [notempty_atstart]}.
{run, <<233,98,120,172,44,10,10,172,49,44,172>>, "([[:alpha:]]\\W*?(?:\\D*?|$\\z$b|\\D+([[:alpha:]]{2}\\R{1,2}\\n\\1*?)\\1^\\.\\w??|x\\W?|\\1[[:alpha:]]+?\\Z){2}(?:\\2a{1,2}|^(?<=b))){0,1}", []}.
{run, <<46>>, "\\w(a(\\K(?=\\2)[abc](?=^\\nb\\x{e9}))\\D?){2}(\\d(\\K\\w)c)", [multiline,anchored]}.
{run, <<49>>, {compiled, "(?:(?i)a|(\\s){0,1}\\zb{0,1}b|\\K(?<m>\\s\\A\\h*)b\\Z(?<m>(\\x{e9}\\w$\\s))[abc]{2}| *((?=c\\K){1,2}\\.(?<m>\\Z\\R*)++\\.))\\1{2}(?<o>((?:\\Rc\\K\\1|\\G\\D+?\\W)\\h)\\n{0,1}\\Z)\\R*", [dupnames]}, [notbol,noteol,{capture,[1]}]}.
{run, <<13,13,97,120,46,99,46,233,233,120,97,98>>, {compiled, "(?<n>(\\A)\\.*\\b(?=\\x{e9})\\R|\\K*)\\z$[^a]?", []}, [{capture,[2,m],list}]}.
{run, "\x{20ac}", {compiled, "\\w(?<m>\\d)\\b", [firstline,dupnames]}, [{capture,[],index}]}.
{run, <<50,120,98,32,172,98>>, {compiled, "(((?=\\.*\\x{e9})++(c[a-c])??)*a{0,1})\\A", []}, [noteol]}.
{run, <<120>>, {compiled, "(((?i)a++b+?\\b)(a?)??){2}[abc](?!(?i)a {2})(?:(?:\\K\\h\\G|\\D+?)\\2*$|\x{e9})\\1??|(?<=ab)(?:\\h+?|(,)\\s*(?<=ab))(?!\\w{2}\\b\\s++\x{e9})\\D(?<o> \\.*\\Z)", []}, []}.
{run, " ,a\x{3b1}1x", <<40,63,61,40,40,63,60,109,62,46,40,63,105,41,97,94,41,41,92,104,123,48,44,49,125,92,50,41,40,63,61,40,63,58,40,63,58,99,42,63,91,97,98,99,93,42,63,124,92,90,92,115,43,43,46,63,63,41,124,40,91,92,100,44,93,41,123,48,44,49,125,120,92,119,43,92,71,124,36,92,50,41,40,63,58,40,63,33,97,42,63,92,120,123,101,57,125,92,120,123,101,57,125,41,43,63,124,91,97,98,99,93,40,40,63,105,41,97,97,99,41,120,43,41,63,63,40,63,58,40,63,60,109,62,97,123,48,44,49,125,195,169,63,63,92,120,123,101,57,125,123,49,44,50,125,41,92,50,123,49,44,50,125,40,92,122,92,68,36,41,43,63,124,92,98,41,40,40,92,90,92,119,43,43,98,97,41,40,63,60,109,62,92,46,42,63,46,123,49,44,50,125,91,92,100,44,93,63,63,32,41,92,65,94,41,41,40,99,40,63,61,40,63,60,61,97,98,41,42,92,68,43,63,98,63,41,41>>, [unicode,{newline,any},{capture,all_but_first,list}]}.
{run, "\x{3b1}", {compiled, "(?=\\1^|(?=\\b[^a]\\.*?\\R+)\\s[a-c]?\x{e9}++)+([\\d,]+(?:[^a]|[[:alpha:]]\\G)\\.?) {1,2}(?<=ab)|\\s*?\\sb+\\A\\w", [extended]}, [notempty]}.
{run, "2.\x{20ac}a,a,", {compiled, " ", []}, [report_errors]}.
{run, "c,\r1", "(?=\\G[a-c]\\B\\A)[a-c]*?(($\\K[abc]++))", [unicode,dollar_endonly]}.
{run, "2 \x{3b1}", "(?:([a-c]{0,1}(\\n)){2}(?<=\\d)*\\W+$|\\.\\2\\.*?\\R)\\R\\1", [ucp,{newline,lf},{capture,all_but_first,list}]}.
{run, <<44,13,32,98,172,99,10,172,97>>, {compiled, "c\\d(?<=a){2}(\\n(?=\\K[\\d,]\\K^)+ +?|\\A)|(\\n\\s?)(\\Ra)\\w(?<o>\\h{1,2},\\W,)*?|\\w[a-c]", []}, [{capture,[n,0]}]}.
{run, <<49,120>>, {compiled, <<91,91,58,97,108,112,104,97,58,93,93,40,63,60,111,62,91,94,97,93,123,49,44,50,125,91,92,100,44,93,92,119,36,41,124,40,63,60,61,92,100,41,42,92,115,40,63,60,61,97,41>>, [unicode,dotall]}, [{capture,[1],binary}]}.
{run, <<32,46,49,99,98,97>>, "ac", [unicode,notbol,dollar_endonly,report_errors]}.
{run, <<120,233,46,13,13,99,172,44,233,99,98,233>>, "( {0,1})\\x{e9}++", [ungreedy,dollar_endonly,global,report_errors,{capture,[2,m],list}]}.
{run, " \x{20ac}aa\x{e9}\x{3b1}b ", "bc(?<o>\\z(\\W+\\n$))+\\s?", [multiline,report_errors,{newline,cr}]}.
{run, <<99,233,99,120,13,97,99,233>>, "((\\x{e9}{0,1}))(?<n>(?<m>.{0,1}\\w[^a]{1,2}(?!\\x{e9}$[abc]{0,1}))++\\Gx)+?", [multiline,dotall,{capture,none,list}]}.
{run, "\rx", {compiled, "\\Dc??\\Z\\z", [anchored,dollar_endonly]}, [anchored,{capture,none,binary}]}.
{run, <<44,120,10,44,120,44,49,99,49,44,13>>, "\\.+[^a]", [notempty_atstart]}.
{run, "", "\\R+?(?!((\\n[\\d,]{2}(?i)a){2} )*?)+((?i)a{1,2}(?<m>\\B(\\w[^a])+?)+)?\\G([\\d,]+?\\R){2}(?<=\\d)(^(\\D??\\K)+)|\\D{2}", [no_auto_capture]}.
{run, "\x{20ac}\x{e9}\x{e9}1\x{20ac}a\x{e9}\x{e9}\x{20ac}ba", "\\n\\A(?i)a", [dotall,ucp,{newline,anycrlf}]}.
{run, <<98,120,97,10,233,46,10,99,10,32>>, "\\Z\\s\\Z\x{e9}\\1|\\2\\zc", [notbol]}.
{run, <<98,226,130,172>>, "(?<m>(?:\\d[abc]b*[^a]|\\b)*?\\n+?)", [unicode,multiline]}.
{run, <<13,98,99,172>>, "^\\D??(?<n> {0,1} (\\h\\Gx??))|((?:\\1?[a-c]\\B|\\h[^a]++\\h{1,2}\\z))?((?:\\W{2}|(c*\\R[abc]{1,2}\\d?){1,2})+?){0,1}", [notempty_atstart,bsr_anycrlf,{capture,[1],list}]}.
{run, <<97,98,10,120,98>>, {compiled, <<40,63,58,40,63,58,195,169,43,43,40,63,58,92,65,92,119,63,92,49,124,92,49,43,43,32,46,43,63,91,91,58,97,108,112,104,97,58,93,93,41,92,119,124,97,123,49,44,50,125,92,100,40,63,58,92,122,124,44,42,92,50,43,63,41,41,40,92,49,41,124,40,63,60,109,62,92,46,42,63,92,46,92,104,41,41,42,91,92,100,44,93,63,92,71,40,40,63,58,40,92,87,41,40,63,33,91,92,100,44,93,97,41,43,63,124,92,110,63,63,40,63,58,92,65,91,91,58,97,108,112,104,97,58,93,93,124,92,65,92,49,92,50,92,82,41,40,63,60,61,92,100,41,92,104,41,36,91,97,98,99,93,43,92,119,123,49,44,50,125,41,63,63>>, [unicode,firstline,dupnames]}, [global]}.
{run, <<13,46,13,98,120,32,98>>, "(\\1??(?=(?:$\x{e9}{2}\\h|\\Z(?i)a\\B)\\D(c,a[[:alpha:]])\\s)+?)\\A", [report_errors]}.
{run, <<44,97,97>>, "\\h*($[[:alpha:]](?=\\A\\W\\b)?)+?", [dollar_endonly]}.
{run, "\x{3b1}c 1,\x{3b1}b\x{20ac}b", "(?:\\s((?<=b)*?)(?=\\A(?:\x{e9}\x{e9}|\\D{0,1}a[[:alpha:]][a-c]{2})+(?:\\hc{1,2}\\1*?|\\x{e9}+?a)*){0,1}|.++(\\z\\B\\G\\R)|(?=,x\\x{e9})\\2c?(\\R))+?(\\d)+", [unicode,caseless,{capture,[],list}]}.
{run, <<50,10,10,49,46,99,233,177>>, "[a-c](?!\\s\\z){1,2}", [caseless,ungreedy,notbol]}.
{run, <<97,50,44,32,99,172,120,10,46>>, "(?!,\\2{1,2})b{2}\\b", [multiline,notbol,noteol,{capture,[2,m],index}]}.
{run, "bc", {compiled, "[abc]{2}", [dotall,dollar_endonly]}, [global,{capture,[1]}]}.
{run, <<177,44,233,172,233,49>>, "\\W[a-c]a\\W", [caseless,firstline,ucp,{offset,0},{capture,first,index}]}.
{run, "a2", <<92,75,40,91,92,100,44,93,40,91,91,58,97,108,112,104,97,58,93,93,92,46,92,90,41,42,40,91,94,97,93,92,50,41,41,63,40,63,60,109,62,40,63,61,40,92,115,92,65,92,68,41,43,40,63,60,111,62,92,104,42,63,44,41,43,63,41,92,110,40,63,60,109,62,44,98,92,90,40,63,61,92,87,43,43,91,94,97,93,41,41,41,43,43>>, [unicode,{capture,all_names,binary}]}.
{run, <<233>>, "\\2 {1,2}(?<o>$)", [notempty_atstart,noteol]}.
{run, "21,\x{3b1}a2 bb2x", "x\\h?", [unicode,notbol,{capture,all_but_first,list}]}.
{run, "c1a,2c\r", {compiled, <<92,122,91,97,45,99,93,40,40,63,60,61,97,98,41,40,63,60,61,98,41,44,43,41>>, [unicode]}, []}.
{run, <<>>, "\\2??\\Z", []}.
{run, <<233,177,97,99,44,50,120>>, "(x(?=\\.\\R{2}|b\\Z\\K[[:alpha:]]{2} ?)[[:alpha:]])\\d", [global,{newline,cr}]}.
{run, <<233,97,98,50,97,233,32,49,10,50,172>>, {compiled, "c[^a]*?(?i)a??", [multiline,bsr_anycrlf]}, [global]}.
{run, <<49,32,233,97,50,97>>, "(?=(?!\\A[abc]\\x{e9})\\G^|[[:alpha:]]\\n{1,2}(?<=a)\\G\\2(\\K)){2}(((\\b[abc]))?\\h(\\W\\R \\K|,\\s{2}[^a]?){1,2})", [notempty,report_errors,{capture,all_but_first,index}]}.
{run, <<233,120,172,50,233,99,50,120,98>>, "\\D\\z", [dotall,noteol,firstline,{offset,5},{capture,[],index}]}.
{run, <<>>, "[^a][abc]", [multiline,dollar_endonly,{capture,none,index}]}.
{run, "b,2.2\x{3b1}ab2 ", "(?<m>(?<n>(?:[\\d,]x{2}[\\d,]\x{e9}|.)))(?<m>(?=\\h?\\b[a-c]))x", [dupnames]}.
{run, <<13>>, <<92,90,92,115>>, [unicode,notbol,report_errors,{offset,1},{capture,[],index}]}.
)RE";
constexpr char kExpected14[] = R"RE(
nomatch
{ok,{re_pattern,0,0,0,#}}
{match,[[{3,1}],[{4,1}]]}
nomatch
nomatch
{match,[{0,0}]}
nomatch
nomatch
{compile_failed,{error,{[110,111,116,104,105,110,103,32,116,111,32,114,101,112,101,97,116],29}}}
{'EXC',error,badarg}
{match,[{0,0},{0,0}]}
nomatch
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
nomatch
{'EXC',error,badarg}
nomatch
nomatch
nomatch
{match,[[[],[]],[[],[]],[[],[]]]}
{'EXC',error,badarg}
nomatch
nomatch
nomatch
nomatch
{'EXC',error,badarg}
{'EXC',error,badarg}
nomatch
{match,[[]]}
{match,[[{0,0}],[{1,0}],[{2,0}],[{3,0}],[{4,0}],[{5,0}]]}
nomatch
nomatch
match
{match,[{5,1}]}
{'EXC',error,badarg}
{match,[[{-1,0}]]}
nomatch
{'EXC',error,badarg}
{'EXC',error,badarg}
{match,[]}
nomatch
{'EXC',error,badarg}
nomatch
nomatch
nomatch
match
nomatch
{'EXC',error,badarg}
nomatch
)RE";
// clang-format on

// clang-format off
constexpr char kCases15[] = R"RE(
{run, <<206,177,98,44,49,46>>, "\\d{0,1}", [unicode,{newline,cr}]}.
{run, <<10,233,10,97,120,172,97,120,99,13,46>>, "((?<=\\d)?)?\\b$", [dotall,{capture,all}]}.
{run, <<98,97,97,97,98,10,50,172>>, "[[:alpha:]]++\\G\\s", [global,{newline,crlf}]}.
{run, <<10,49,98,10,99>>, "\\G(?i)a{2}(?=[\\d,]++\\.)", [caseless,dollar_endonly]}.
{run, <<97,98>>, "\\K", [extended,noteol,global,{offset,2}]}.
{run, "\n,\n", "\\B\\x{e9}++\\d", [unicode,{capture,all_names,index}]}.
{run, <<>>, "b", [{capture,[1],index}]}.
{run, "\r2", <<36,92,68,123,50,125,92,65>>, [unicode,no_auto_capture,report_errors,{newline,lf},{capture,[]}]}.
{run, "\x{20ac} ,", "(?<=a)(?!\\d{0,1}(?=x\x{e9}{1,2})(\\d\\w\\Kc)++\x{e9})\\n|(?=(\\.(?i)a??x\\w)(\\x{e9}*?\\A)(,)a?){1,2}(?=(?i)a?\\.+(?!\\ba??\\A[^a])*)\\h", []}.
{run, <<46,97,44,97,98,32,32,120,177,49>>, "(?=$(?<m>x*(?<=b)+?(?:c\\b|x\\Gx)+)+?)++(?i)a*", [notbol,report_errors]}.
{run, <<>>, "$(?!\\b^(^)\\x{e9}(?!\\1)\x{e9}{1,2}|(?:\\s|[abc])\\A\\d*?)+", [unicode,dotall,extended,global,{capture,all_names,index}]}.
{run, <<44,177,46,120,177,233,50,172,97,13>>, "((?=$ +?\\R))[abc]\\A(?<=a){1,2}", [ungreedy,anchored,notempty_atstart,{capture,all}]}.
{run, <<172,46,98,97,97,97,98,97,172,13>>, {compiled, "\x{e9}+\\b\\b(?:(?<m>(?!(?i)a+\\D)*[^a]*\\2\\n)?\\2(b?(?=.\\s+\\x{e9}))*?([a-c])|(([\\d,]?\\K.+\\d+))(?<n>(?i)a(?=\\R\\G,++)^(\\x{e9}a\\B){1,2}))", []}, [{capture,[2,m]}]}.
{run, "2,b\x{e9}b 1\x{e9}.\x{20ac}1", "(\\.\\s[^a]|(?<o>[a-c]\x{e9}??)+?\\Z.??\\K)\\z(?<o>[[:alpha:]]\x{e9})", [unicode,no_auto_capture,global]}.
{run, " c,.1a\r, 2", "( (?<n>(?=\\b\\Gb{0,1})\\K(?<=\\d))??)(?:[a-c]?|(?!(?i)a++\\B\\d+?)a++\\b)", [no_auto_capture,global]}.
{run, "aa,\x{20ac} .,", <<40,63,60,111,62,98,40,92,110,92,46,92,122,41,123,50,125,91,91,58,97,108,112,104,97,58,93,93,92,100,63,124,91,97,45,99,93,43,46,63,92,65,41,40,46,123,50,125,91,91,58,97,108,112,104,97,58,93,93,42,63,92,100,92,90,41,63,124,40,40,63,61,32,92,65,41,43,43,92,104,99,124,91,91,58,97,108,112,104,97,58,93,93,123,50,125,41,63,120,92,115,42,63,40,92,100,91,97,98,99,93,92,98,40,63,60,111,62,40,92,49,41,120,40,63,60,111,62,91,97,45,99,93,63,41,41,41,63,63>>, [unicode,no_auto_capture]}.
{run, "\n\n\x{3b1}\r\x{e9}.ba \x{e9}b", "a[^a]??", [unicode,{offset,14},{newline,cr},{capture,[1],binary}]}.
{run, <<46>>, "((?:\\s++\\G|\\A(?<o>\\z\\K)(?![\\d,]$\\s\\x{e9})?\\h{2})(?!\\A\\K)([a-c]*?(\\B,\\.\\s*?)\\n\\n))", [global,{newline,any}]}.
{run, "bb\r1", <<40,92,120,123,101,57,125,123,49,44,50,125,40,63,60,110,62,91,97,45,99,93,42,41,91,92,100,44,93,43,92,87,40,63,60,109,62,92,50,63,63,36,92,119,63,63,41,124,40,63,33,92,120,123,101,57,125,63,92,90,92,71,41,123,50,125,92,87,123,48,44,49,125,40,63,58,92,87,43,63,99,124,99,92,75,91,97,98,99,93,41,40,63,58,92,50,124,92,46,92,115,40,63,33,91,94,97,93,91,97,98,99,93,41,94,41,63,63,41,123,49,44,50,125,40,91,91,58,97,108,112,104,97,58,93,93,40,63,58,40,63,60,61,97,41,92,46,124,92,82,40,92,82,41,92,119,98,42,41,63,40,63,60,110,62,44,91,91,58,97,108,112,104,97,58,93,93,123,49,44,50,125,92,75,91,94,97,93,195,169,124,92,90,92,100,97,41,40,63,58,32,97,92,68,124,92,50,42,46,92,120,123,101,57,125,36,124,40,91,97,98,99,93,63,63,92,68,42,92,90,41,40,92,115,92,115,43,63,120,41,41,41>>, [unicode,report_errors,bsr_anycrlf]}.
{run, <<50,99,97,206,177,226,130,172,206,177,97,46,97,120,206,177>>, {compiled, ",b{1,2}(?=\\K$\\h+\x{e9}\\w |\\B[a-c])+([a-c]\x{e9}\\x{e9}[\\d,]?)", [unicode,no_auto_capture]}, []}.
{run, <<32,97,98,99,99,13,44>>, "b\\W+?", [dotall,ucp,{capture,[n,0],binary}]}.
{run, <<44,32,98,177,120,49,46,98>>, "[abc].(?:(\\x{e9}{2}\\h(\\.b[[:alpha:]]*?\\s*?))|.(?:c(\\x{e9})|\\n{0,1}(c\\h\\B\\n))(?<=\\d)++\\b)?", [notempty_atstart,global]}.
{run, <<>>, "c\\.*\\1{2}(?=(?=($\\1\\da{1,2})*?(?: *|\\A\\G))$(?:[a-c]+?\\D+|\\W[a-c]([[:alpha:]]{1,2})))", [multiline,dotall,ungreedy,bsr_anycrlf,{capture,none,list}]}.
{run, <<32,46,172,233,10,99,172,99>>, "a", [{capture,[1],binary}]}.
{run, "\x{e9}1abbax\x{3b1}\x{3b1}\x{e9}1 ", "(((?=[a-c]\\D{1,2}\\1\\d*?)(\\x{e9}+?\\Kb)*?(?<=b)(?i)a)\\2++)+(?<m>\\n(?!a(?<n>\x{e9},+?){2}^\\1)*)\\1++x*", [multiline,notbol,noteol,ucp,global,global]}.
{run, "bc", {compiled, "(?<n>(\\z)[abc](?<m>\\2).)*", []}, [{capture,[],binary}]}.
{run, <<13,172,32,13,44,13>>, "(?<n>(?=\\n++|[\\d,].){2}\\1(?!(\\D{1,2}[^a])c\\z|[[:alpha:]]^x*)(?!^)){0,1}(?<n>((?=\\x{e9}\\x{e9}*?\\n??){2}\\h\\w(?<m>\\1\\K)?)??\\d{0,1}(?<=\\d))(?<=b)*", [{newline,cr},{capture,[1],index}]}.
{run, "", {compiled, "((?:\\D\\x{e9}++\\1$|\\D)(?<m>(?:[a-c]\\s\\x{e9}|[a-c]^c+,?))\\D*?)??", [unicode,dotall]}, [{offset,0}]}.
{run, "\x{3b1}2\rb", "(a{2}\\2c\\D)++(?:a{1,2}[\\d,][\\d,]|\\b[\\d,]\\.\\x{e9}??)?|(?<=b){2}(?![^a])a\\Z(c\\R[abc]{1,2}|[abc]++b+?\\h??[[:alpha:]]|.??b{1,2})??((?:\\K|\\B\\n\\2 )*^(a[[:alpha:]]\\d)[\\d,]++){0,1}|(x(?<o>\\.$)\\w*?[^a]*?).(\\Z){1,2}(?<n>\\.*?\\n\\W)\\s|[a-c]cc\\K|\\x{e9}b*?(?i)a*\\d{0,1}{1,2}c{0,1}??(a^|^??\\1++\\n^\\s{0,1}|,++\\W)\\K{1,2}\\h\\w", [unicode,anchored,dollar_endonly,dupnames,{offset,5},{capture,all_but_first,list}]}.
{run, "a", "(?:((?=c,++){0,1})(\\.\\s |[a-c]\\h(?=\\1{2}\\b[abc]*))(?<=ab)|.{0,1})\\B(?<n>\\w(?:\x{e9}\\x{e9}\\1(?i)a+?|\\D\\B)*(\\nx*?)*|[\\d,])", [caseless,ungreedy,ucp,{newline,anycrlf},{capture,first,binary}]}.
{run, <<32,99>>, {compiled, "(?<n>(\\B\\1*?)+?((?=[^a]?[^a])+?(?i)a(?:$[abc][[:alpha:]] |\\d\\z\\n\\Z)??))\\B", [multiline,ungreedy,no_auto_capture]}, [{capture,none,binary}]}.
{run, <<49,98,46,32,50,49,46,120,44,44,97,10>>, <<40,63,61,92,122,92,66,40,92,82,41,123,49,44,50,125,41,123,50,125>>, [unicode,notempty,report_errors,bsr_anycrlf,{newline,anycrlf},{capture,first}]}.
{run, <<177,44,10,49,44,50,99,49>>, "a(?:[a-c]{1,2}cb|\\h)[[:alpha:]]?\\d??", [{capture,[2,m]}]}.
{run, <<97,49,97,32,195,169,97,46,98,46,226,130,172>>, <<40,63,60,110,62,98,92,82,123,49,44,50,125,40,63,105,41,97,41,92,87,92,68,99,123,48,44,49,125>>, [unicode,notempty,notbol,{capture,[n,0],binary}]}.
{run, <<49,98>>, {compiled, "[abc]++(?<n>(?! \\w++\\1\\K)?\\w)", [extended,{newline,any}]}, [{newline,any},{capture,first,list}]}.
{run, <<46,120,98>>, "\\s\\z[^a](?=(?:(.[abc][\\d,]+?){0,1}\\W(?!\x{e9}\\B){1,2}\\d|$a,)\\h)", [extended,bsr_anycrlf,{capture,all_names,list}]}.
{run, <<99>>, {compiled, "((?<o>(?<=\\d){1,2}\\G\\K)(?i)a{2}(\\d){1,2})+?(\\K\\n(?=\\W{2}^(?:a\\s|a[^a]\\x{e9}\\Z)[a-c])\\R{1,2})", []}, []}.
{run, <<46,99>>, "(((?:\x{e9}??\\x{e9}? \\R|[a-c]+)\\K.)a+){2}\\x{e9}", [anchored,{offset,1},{capture,none,list}]}.
{run, <<46,98,50,98,44,98,226,130,172>>, "(?=(?<m>([[:alpha:]]\\G\\wx+?)\x{e9}(?:a{1,2}\\b\\h\\W|\\w)+?x+?)[abc](?:\\s\\wc\\d|[abc]?\\s(\\2))??)", [unicode,ungreedy,report_errors,{newline,lf}]}.
{run, "\rbbb.ca.. 1", {compiled, <<40,63,58,92,50,92,122,195,169,43,43,124,40,92,87,40,63,58,120,99,43,63,92,87,124,92,119,63,63,92,65,41,92,65,41,43,43,40,63,58,40,44,41,43,43,92,46,92,119,92,100,124,92,115,40,92,98,92,122,92,115,91,92,100,44,93,41,43,41,92,98,195,169,41,92,122,40,40,63,58,92,46,43,124,91,91,58,97,108,112,104,97,58,93,93,44,43,43,91,97,45,99,93,92,98,41,63,40,40,63,61,92,119,41,44,123,49,44,50,125,40,63,60,109,62,98,92,104,46,123,48,44,49,125,41,40,98,94,41,41,123,49,44,50,125,41,40,40,63,61,120,123,48,44,49,125,92,119,63,63,41,42,40,63,61,120,92,90,124,92,119,63,40,63,105,41,97,92,68,43,43,123,48,44,49,125,40,63,58,94,91,97,98,99,93,92,66,124,32,42,63,92,46,43,43,92,115,63,63,120,42,63,41,40,63,60,110,62,92,122,41,41,123,48,44,49,125,40,63,33,40,63,33,92,104,91,92,100,44,93,92,98,41,42,99,43,92,120,123,101,57,125,41,92,66,41>>, [unicode,multiline,dotall,dollar_endonly,no_auto_capture]}, [{capture,all_names,binary}]}.
{run, <<46,98,46,46,233,98,97,50,99,98,10>>, {compiled, "(?:\\1?|( {0,1}\\1{2}^[abc]|\x{e9}\\G(\\Z\\w)+)(?=\\h\\A\\2)?(?:[abc]+(?<o>[^a][^a])*?|(?<o>[[:alpha:]],{1,2}[^a])))*?\\1+?(?<o>((?:$\\2\\K\\n|$^[^a]{1,2}\\n++)\\b))??", [dupnames,bsr_anycrlf]}, []}.
{run, "x2xb,b", {compiled, "(\\x{e9}((\\1[a-c]+?)))*\\s*?", []}, [notbol,{capture,all,index}]}.
{run, "b2\x{3b1} \x{3b1}2\r2\x{20ac}\x{20ac}a\n", "(\\Z(?!\\s)??((?i)a\\s[\\d,]){2}|\\h\\Z\\W{2}|\\bc(?i)a(x {1,2}){1,2}(\\x{e9}*?(,c\\ba)){0,1})\x{e9},[[:alpha:]]", [notbol,{offset,9}]}.
{run, <<99,98,172>>, ".\\d(?=\\W\\b(?<=ab){0,1}\\B)(\\D(?!^^[^a])(?:[abc]\\s{0,1}|\\W*?\\2\\R\\K)[a-c])|(\\z^)((c{2})\\A[^a]\\K)\\R+", [dotall]}.
{run, <<44,50,99,98,10,32,98,97,10,99,99,233>>, " +\\R|(?<n> {0,1}\\B)|(?<=ab)(\\B^\\d)[\\d,]*?[[:alpha:]]*x??", [dollar_endonly,{capture,all_names,index}]}.
{run, "bx,cc2.ba ", "[a-c]{1,2}(?<n>\\A)+\\A", [multiline,firstline,global,{capture,[n,0],index}]}.
{run, <<50,120>>, "b(?:\\s(?:\\1|\\1++)+ (\\G$ ?)|(?=(?<n>b\\z\\w)(?<m>\\n\\B)[\\d,])(?<n>\\b \\b[[:alpha:]])\\w|\\.{2}[abc][^a]??{2}((?!\\x{e9}\x{e9}\\2[^a])(\\A\\D))$\\x{e9}(?<n>(?i)a\\h\\.{2}\\1)|(?![^a].++)??)", [caseless,no_auto_capture,{newline,cr}]}.
{run, <<46,50,120,50,97,46>>, <<91,91,58,97,108,112,104,97,58,93,93,94,40,91,92,100,44,93,123,49,44,50,125,92,120,123,101,57,125,92,49,41,92,119,123,48,44,49,125>>, [unicode,ungreedy,anchored,notbol,{capture,all,binary}]}.
{run, <<97,172,99,98,50,32,99,233>>, "[a-c]", [dotall,notbol,noteol]}.
{run, <<13,98,13,50,46>>, {compiled, "c\\s\\R*", []}, [notbol,noteol,global]}.
)RE";
constexpr char kExpected15[] = R"RE(
{match,[{0,0}]}
nomatch
nomatch
nomatch
{match,[[{2,0}]]}
nomatch
nomatch
nomatch
{'EXC',error,badarg}
nomatch
match
nomatch
nomatch
{'EXC',error,badarg}
{match,[[{0,2}],[{8,1}]]}
{'EXC',error,badarg}
nomatch
nomatch
{error,{compile,{[116,119,111,32,110,97,109,101,100,32,115,117,98,112,97,116,116,101,114,110,115,32,104,97,118,101,32,116,104,101,32,115,97,109,101,32,110,97,109,101],164}}}
nomatch
nomatch
{match,[[{2,2}]]}
nomatch
nomatch
{'EXC',error,badarg}
match
{'EXC',error,badarg}
{match,[{0,0}]}
{'EXC',error,badarg}
nomatch
nomatch
nomatch
nomatch
nomatch
nomatch
nomatch
nomatch
nomatch
nomatch
{compile_failed,{error,{[110,111,116,104,105,110,103,32,116,111,32,114,101,112,101,97,116],185}}}
nomatch
{match,[{0,0}]}
{'EXC',error,badarg}
nomatch
{match,[{0,0}]}
nomatch
{'EXC',error,badarg}
nomatch
{match,[{0,1}]}
nomatch
)RE";
// clang-format on

// clang-format off
constexpr char kCases16[] = R"RE(
{run, <<10,97,99,32>>, {compiled, "(\\n)\\Z((?=(?<=\\d)))[abc]", [unicode,anchored]}, [anchored,{offset,4}]}.
{run, "\x{20ac}b a", {compiled, "[\\d,]\\R", [dotall,firstline,{newline,any}]}, [{newline,any},{capture,[1],list}]}.
{run, <<>>, "\\h\\G\\h{1,2}|((\\n\\D\\w)(?:\\G|\\w?.[\\d,]+,) {1,2}(?<o>a*))\\2([a-c]\\Z$(?=.b))[\\d,]", [notempty]}.
{run, <<120,44,49,10,233,233,97,177,13,44>>, "((?:[a-c]a|\\W++\\K\\1^)|^\\B(?<=b)+\\h+?)(\\B)++[[:alpha:]]c{0,1}", []}.
{run, "\n\rb\n", "(([\\d,])*)b?\x{e9}", [multiline,report_errors,{offset,3},{capture,none,binary}]}.
{run, <<97,120,50,50,32,10,98,32,195,169>>, "\\D+\\1+\\z((?<=a)|(?!$)\\Gx |x\\Zac(?:\\A,\\R|\\.[[:alpha:]])\\d|\\n(?<=b))++", [unicode,anchored,ucp]}.
{run, "ab", " *c(?:\\w??(?:\\1\\Z(?<m>\\A[^a]\\W)|(?<=a)(,+?,[abc]\\.+){1,2})*(?:\\z(?:\\D??\\K\\R?\\W|\\W[^a]{0,1}\\Z[[:alpha:]])x|,{1,2})+?\\.|(?<n>\\D{0,1})(\\d\\R\\1)(?=\\n{1,2}a\\h[a-c])\\h??\\2|\\zc{1,2}[a-c]\x{e9}*+\\s\\w)\\G", [anchored,notempty,{capture,[n,0],list}]}.
{run, <<99,46,10,46,46,120,46,32,172,98>>, {compiled, "(([abc])){0,1}[^a]^(\\B(\\1(?=\\G\\D)\\A)\\n[a-c])", []}, [global,{capture,all}]}.
{run, <<13,13,233,46,97,46>>, "[\\d,]((\\B,)$(.*?\\R+?[\\d,](?i)a)+?|(?:\\W++|.x{1,2})*[[:alpha:]]\\b)\\b", [noteol,no_auto_capture]}.
{run, "\rx,\rc\x{3b1}a\x{e9}", "\\d", [dotall,notbol,noteol,no_auto_capture,dupnames]}.
{run, <<226,130,172,49,97,99,97,120,226,130,172,49>>, "(?:(aa[abc]b|\\D[abc]\\b\\w+)??\\D[abc]|($\\Z(?i)a$){2})?\\Z(?!\\s)++", [unicode]}.
{run, <<120,120,13,177,32,98,177,13,32,32,233>>, "((?<o>(?<n>[^a]?)(?=,)b,[abc]a|\\Ka\\A{1,2})(?<=b){0,1},)\\D", [{offset,4}]}.
{run, <<97,98,120,32>>, <<40,63,58,92,120,123,101,57,125,92,71,40,63,58,40,63,58,195,169,124,46,91,97,98,99,93,92,120,123,101,57,125,92,90,41,40,91,91,58,97,108,112,104,97,58,93,93,42,92,75,92,68,41,124,40,63,61,92,75,92,50,41,40,63,61,92,90,41,40,63,58,92,104,92,120,123,101,57,125,42,124,91,92,100,44,93,91,91,58,97,108,112,104,97,58,93,93,42,63,91,97,45,99,93,43,63,41,42,41,124,40,63,58,92,87,42,91,92,100,44,93,123,50,125,124,92,104,63,63,41,40,92,50,40,91,94,97,93,43,43,41,63,41,91,92,100,44,93,63,120,123,48,44,49,125,92,98,124,91,94,97,93,120,41,32,123,48,44,49,125,124,40,63,58,91,97,45,99,93,92,120,123,101,57,125,123,50,125,92,87,92,50,124,92,98,92,75,41,43,43,40,92,68,41,123,49,44,50,125,91,97,98,99,93,123,49,44,50,125,124,97,42,124,92,50,92,50>>, [unicode,anchored]}.
{run, <<44,97>>, "(?=(.(\\K\\b),)??[\\d,]^(?=[^a]\\w+$){2}|\\1?\\B)\\.{0,1}(?<m>(?<o>^\\d[^a]++)){0,1}[\\d,]*?\\.|\\D[abc]", [{offset,1},{capture,first,index}]}.
{run, <<120,13,97,13,32,206,177,98,195,169,46>>, {compiled, <<92,98>>, [unicode]}, []}.
{run, <<98,32,233,97,98,49,50,177,233>>, "(?<m>\\W{0,1}[abc]{1,2}(?:,a(?=[a-c]+(?i)a\\b\\K){0,1}\\1|\\1(?:\\.|\\W??)\\1)*?)+[^a]", [anchored,notempty,notempty_atstart,global]}.
{run, <<32,49,50,49,32,32,44>>, "[abc]b", [dollar_endonly,dupnames]}.
{run, "\x{3b1}a.1bb\r\x{20ac},a,", "(?<m>a(?:(b\\h+?\\D?)|(\\A\\d\\1)++)\\x{e9})\\A", [dotall,{capture,all_names,binary}]}.
{run, ",c\x{e9}x\r b", {compiled, "c\\A\\G", [multiline,bsr_anycrlf,{newline,lf}]}, [notempty_atstart,{offset,2},{newline,lf},{capture,[n,0],binary}]}.
{run, "", {compiled, "([^a](\\Ra(?:\\1|\\2[abc]c)??([[:alpha:]]){2})??(\\Zxc\\R)+(?=xa[\\d,]*?)|(?i)a(?i)a)?", [dollar_endonly]}, [{offset,0},{capture,all}]}.
{run, "2,b\x{20ac}\x{e9}\x{20ac}", "a??\\z\\z", []}.
{run, <<99,50,49,13>>, <<40,40,40,91,91,58,97,108,112,104,97,58,93,93,91,94,97,93,43,43,92,71,41,92,119,123,48,44,49,125,97,43,63,36,32,124,92,71,36,92,98,40,92,49,43,43,91,97,45,99,93,41,42,41,41,32,32,123,48,44,49,125>>, [unicode]}.
{run, ",\x{3b1},x\x{20ac}\n\x{e9},.", "\\.", [unicode,{capture,all_but_first,binary}]}.
{run, "axa1a,\x{e9} b\x{20ac}", {compiled, "a+\\b\\x{e9}(?=\\z)", []}, [report_errors]}.
{run, "bb\x{20ac}12\x{3b1}x\x{e9}\x{20ac}a.\n", <<40,91,97,45,99,93,92,71,40,63,60,61,92,100,41,123,48,44,49,125,91,97,98,99,93,63,63,41,63,63,40,63,60,110,62,46,94,41>>, [unicode,multiline,anchored,global,global]}.
{run, <<10,177,10,120,49>>, "\\D(?:([\\d,](?: (?i)a??|\\R?))a*?|\\z.\\h\\b)^(?=(\\n{2}.$\\A)\\z((?=\\Aa++)(\\n*\\n\\x{e9}*)\\G(\\w++)*?)++)", [extended,notempty_atstart,{newline,cr}]}.
{run, "1\na\nx\x{e9}a", "\\n\\zb((?=\\b[[:alpha:]] |cb{0,1}(?i)a.)[a-c]++[abc]*?[a-c])", [unicode,extended,{capture,none,binary}]}.
{run, <<50,13,97,13,172,44,97>>, "\\Kx+(?:(\\n?[[:alpha:]]\\b)|(?:\x{e9}*\\x{e9}{2}|(?i)ax)(?!\\K )x|\\B)(?<=ab)+?", [notempty_atstart,{capture,all_names,list}]}.
{run, "2b\x{20ac},\x{e9}1b\n\x{3b1}\x{20ac}2", {compiled, "\\x{e9}(?<n>[[:alpha:]](\\K|\\R++(?:\\z\\D*\\G\\D|\\1+\\R??))x+?(?:(.+?)+?[[:alpha:]](?:[abc]\\x{e9}{2}[a-c]|$[\\d,]++[[:alpha:]]*?)|(\\s?[^a]\x{e9}\\B)(?:.xb[[:alpha:]]{1,2}|\\R{2}$\\.)?))(?<=\\d)?", []}, [global,{capture,[],list}]}.
{run, <<98,177,120,32,98,172,49,98,49>>, "(?i)a(?:((?:\\x{e9}\\x{e9}|aa[a-c])x(?:\\Kx|x(?i)a+?b\\A))((\\W*\\n{0,1}(?i)a{1,2}\\G){1,2}(\\.++)(?!\\.\\s*?\\B)(?:[[:alpha:]]\\d|\\1,*\\s\\K){1,2})|(?:\\n{1,2}(?!,\\h*?[a-c]$){0,1}|b\\n+([abc][[:alpha:]][a-c])(x,)+)+?(?i)a+?)(\\B)", [dotall,dupnames,ucp,bsr_anycrlf,{offset,3}]}.
{run, <<>>, "(a,(\\n*?)+?.$(?:a\\Gb?|\\R\\Z(?i)a){1,2}|(?:\\Z|\\.+?x)){1,2}", [anchored]}.
{run, "b\x{3b1}1,\x{3b1}", "((?=\\D|[[:alpha:]]\\d\\Z\\z)\\h(?<n>(?<m>[abc]{2}b\\2)(?<=b)?),{1,2}(?i)a?\\B|(?![a-c]\\x{e9}){2})\\A", [dotall,{newline,lf},{capture,all}]}.
{run, "   .\x{e9}a\n", <<92,46,40,63,33,40,63,60,109,62,36,92,120,123,101,57,125,123,49,44,50,125,94,91,92,100,44,93,43,63,124,98,46,40,63,58,94,124,92,122,41,41,41>>, [unicode,ungreedy]}.
{run, <<97,98,98,49,177>>, "\\x{e9}.{0,1}\\x{e9}\\x{e9}", [caseless,no_auto_capture,report_errors,{capture,all_but_first}]}.
{run, <<50,50>>, "(\x{e9}++(\\Z(^[^a]\\.)($.\\2*?\\1){1,2})\\z)??(?<=b)cb", [notbol]}.
{run, <<99,49,98,195,169>>, "^[^a]\\B(?!((?=\\K\\G\\Z\\B)[a-c][[:alpha:]])\\z\\n{2}\\D){2}", [unicode,{capture,[2,m],binary}]}.
{run, <<44,32,99,49,99>>, "(\\n\\K^([^a]?\\d\\h))(\\h^){0,1}", [notempty_atstart,notbol,global,{capture,first,binary}]}.
{run, <<98,98,99,98,98,49,226,130,172>>, <<92,49,42,63,92,82>>, [unicode,multiline,global]}.
{run, "b\x{3b1}.2\x{e9}\x{e9}2,\x{e9}", "(?<=\\d)??(\\D)??(\\Z)^", [unicode,multiline,extended,dupnames,{newline,any},{capture,[2,m],index}]}.
{run, <<97,49,97>>, "(?i)a(?<n>\\n([abc]*?(\\W?\\w){1,2}(?:\\1+?\\K|x{1,2}\\K))??([abc]\\z)(?![^a](?:\\.[^a]+?\\w*a|\\b\\Z))+?)+?", [dotall,extended,report_errors,bsr_anycrlf,{newline,any},{capture,none,index}]}.
{run, <<10,50,32,99,44>>, {compiled, "((?<o>(a\\h)*){1,2}(\\s)((?:\\b\\Z|\\w??$)(?!x$)??(?<n>\\R?)))\\2\\G", [unicode,bsr_anycrlf]}, []}.
{run, <<13,32,50,120,13,32,44,120,46,233,172,172>>, ",[abc]", [dupnames,report_errors]}.
{run, <<32>>, "(?<=b)(?!(?=\\R\\B[a-c]++(?:$\\Kx+?\\A|\\W\\z\\n)*)([^a]{0,1})*?(?:(?<=a){1,2}(\\R\\.){2}(?:[\\d,]{0,1}|a\\d+x[a-c]{2})+[a-c]{0,1}|\\w,,{2}([a-c]\\d))(?<m>(?=\\R*\\n.)(?=[a-c]+?\\z\\h?)\\B))", [noteol,{capture,[n,0],index}]}.
{run, "1ba\r.x ab", "(?<m>b\\A\\A,\\A|\\D\\h\\1{1,2}c\\b|(?:\\G|(?i)a)*)??(?<o>\\w[^a])", [{capture,first,binary}]}.
{run, <<120,46,97,172>>, "(?<n>(?:a[[:alpha:]]|((?i)a{1,2}a\\A )(\\D{2}),\\x{e9})\x{e9}(?<=b))\\A\\s{0,1}\\z$\\D\\Z|[abc]?((?i)a\\s(?i)a{2})|(\\z(?![\\d,]){2}[a-c]{0,1}\\b){0,1}\\Z\\B|(?: c++\\s+\\G|a+[\\d,]\\b),(?i)a", [anchored,global,{capture,[n,0],index}]}.
{run, <<97>>, {compiled, "\\d\\b(?:[[:alpha:]]([abc]$)\\n|$)(?!(\\A(?i)a)).([[:alpha:]]+(?<n>\\D)?)|[\\d,]\\x{e9}{1,2}(?: *?|\\R[[:alpha:]]\\n++c??\\.+?|(?i)a+?*\\D??(?!(?i)a+?\\z$))$", [caseless,ungreedy]}, [{offset,0},{capture,first,list}]}.
{run, ",bb\nc\nba,", "(\\s+\\W{2})(?<=\\d)(^|[^a]*?^\\Db\\Z\x{e9}x+)\\A(?<n>\\z|(?i)a??$++^$)a??|(?<=ab)?(?!\\b)[a-c]??\\h|(?<=a)", [anchored,no_auto_capture,global,{offset,6}]}.
{run, <<120,233,49>>, "(b+?)\\A", [multiline,dollar_endonly]}.
{run, <<120,46,46,46,32,32>>, "\\Z([^a]a\\K)(?=((?:b|(?i)a[[:alpha:]]+?\\R\\n).(\\2)*)$\\.[^a]?){1,2}(?<m>(\\G\\G[\\d,]++,{1,2})(\\B\\K\\D++)+\\x{e9}+?){2}(?:(?:[^a]x\\Z|\\x{e9}^\\d)|(?<n>.?)\\W\\.{2})\\w?\\n{2}|(?<=b)(?!\\h{0,1}(?<=b))", [notempty_atstart,{newline,crlf}]}.
{run, <<13,97,13,226,130,172,44,49,50,97,46,97,195,169,195,169>>, <<40,63,33,40,63,60,61,98,41,41,92,49,40,63,58,40,40,92,75,99,63,63,41,92,115,40,91,91,58,97,108,112,104,97,58,93,93,36,41,92,122,41,124,40,92,87,41,63,44,124,32,40,63,33,92,75,91,91,58,97,108,112,104,97,58,93,93,92,68,94,41,40,63,58,98,43,63,40,63,105,41,97,91,91,58,97,108,112,104,97,58,93,93,124,92,49,99,91,97,45,99,93,41,40,63,58,44,43,63,124,92,87,42,44,123,50,125,46,92,68,41,124,92,115,91,97,45,99,93,124,98,92,119,123,49,44,50,125,92,100,120,41>>, [unicode,ungreedy,dollar_endonly,dupnames,{offset,9},{newline,lf}]}.
)RE";
constexpr char kExpected16[] = R"RE(
nomatch
{'EXC',error,badarg}
nomatch
nomatch
nomatch
nomatch
nomatch
nomatch
nomatch
{'EXC',error,badarg}
{match,[{12,0}]}
{'EXC',error,badarg}
{match,[{0,2},{-1,0},{-1,0},{-1,0},{0,1}]}
nomatch
{match,[{0,0}]}
{match,[[{0,2},{0,1}]]}
nomatch
{'EXC',error,badarg}
nomatch
{match,[{0,0}]}
{'EXC',error,badarg}
nomatch
{match,[]}
{'EXC',error,badarg}
nomatch
nomatch
nomatch
nomatch
{'EXC',error,badarg}
nomatch
{match,[{0,0},{0,0}]}
{'EXC',error,badarg}
{match,[{3,1}]}
nomatch
nomatch
{match,[<<>>,<<>>]}
nomatch
{'EXC',error,badarg}
nomatch
nomatch
nomatch
nomatch
nomatch
{match,[<<49,98>>]}
nomatch
{compile_failed,{error,{[110,111,116,104,105,110,103,32,116,111,32,114,101,112,101,97,116],124}}}
{'EXC',error,badarg}
nomatch
nomatch
nomatch
)RE";
// clang-format on

// clang-format off
constexpr char kCases17[] = R"RE(
{run, <<97,98,120,32>>, {compiled, "\\2\\D (?:[a-c]{1,2} |$)", []}, [{offset,2}]}.
{run, "", "\\Z", [unicode,extended,notempty,noteol,firstline]}.
{run, <<98,120,10,98,49,226,130,172,97,195,169,206,177,10>>, ",\\B(?:[\\d,][\\d,]*?\\1|((\x{e9}(?i)a)$[[:alpha:]]\\G|\\s*?\\G\\2++)??a\\B(?=\\w{2})+(?<m>[abc]{0,1}){1,2}\\w|\\s\\B\\2)(?=(?:(?=\\s^ ??)\\Z|(?:\\h[[:alpha:]]\\w|\\d?\\.{1,2}[^a])\\A)($)+)", [unicode,extended,{capture,all_but_first,binary}]}.
{run, <<>>, "c$[abc]", [global,{capture,first,index}]}.
{run, <<44,233>>, "b(a[\\d,]\\Z)", [ucp,report_errors]}.
{run, <<32,97,120,98,120,97,46,49>>, "(?:\\d\\w{1,2}\\B|(b)){2}(?:\\D|(\\R\\s*?\\W\\d+)+?[abc]\\w??\x{e9}{1,2}){0,1}[[:alpha:]][\\d,][\\d,]??\\B|\\B?", []}.
{run, <<44>>, {compiled, <<98,92,98>>, [unicode,dotall]}, []}.
{run, <<177,99,10,13,177,97>>, "(((\\n))+?)??(?:\\2{1,2}((?<o>a\\A)(\\K)??){2}( )|((\\d[[:alpha:]]\\.??x)[[:alpha:]]{2}[^a]{0,1})(?<n>[abc]\\K(?=\\A))+,+){2}", [{capture,[n,0],index}]}.
{run, " \x{20ac}a.2.\x{e9}2\r", "(( \\Z|\\x{e9})(?i)a*?[abc]),$(?<m>\\d\\W{1,2}){0,1}\\Z|.(?<n>\\K\\b\\Z[^a])(?i)a(?!a{0,1})(?:[^a]{1,2}|c{1,2})|(\\A)*{0,1}++", [caseless,anchored,noteol]}.
{run, <<>>, "\\b(?!.{2}c{1,2}x)|(\\b(\\K\\D{0,1})[\\d,])a+{0,1}[[:alpha:]]\\Z", [multiline,ungreedy,noteol,{offset,0}]}.
{run, "\n", "(?<o>\\b)((?:[^a](?!\\x{e9}\\x{e9}*?(?i)a)+?[[:alpha:]]|b(?! [abc]?\\R)\\wa)\\1{0,1})(?!(\\b\x{e9}\\w(\\b\\.{0,1})).*?)", []}.
{run, <<44,99,49,97,46,49>>, {compiled, "((,{0,1}\\w\\2\\d)^|[^a][^a]??x++\\b(a\\h+x{1,2})|\\z*(?<o>\\n\\2(?i)a{0,1}[abc]\\x{e9}|,*b\\z\\D|\\A(?i)aa))*", [ucp]}, [noteol,{capture,[2,m],list}]}.
{run, "\x{20ac},,b1\n\x{20ac} b..\r", "\\n", [unicode,caseless,notempty_atstart,{newline,crlf}]}.
{run, <<49,46,97>>, "x\\2b", [ungreedy,no_auto_capture]}.
{run, <<10,98,50,98,98>>, "\\W* \\A", [ungreedy,firstline,no_auto_capture,{capture,[2,m],index}]}.
{run, <<98,233,50>>, "a{0,1}", [{newline,lf}]}.
{run, " c\r2a", {compiled, "b\\n", []}, [report_errors]}.
{run, ".b\x{20ac}\ra", <<32>>, [unicode,ungreedy,dollar_endonly,report_errors]}.
{run, <<120,44,46,98,98,195,169,44,49>>, {compiled, <<91,92,100,44,93,123,50,125,91,97,45,99,93,97,123,48,44,49,125>>, [unicode,extended]}, [{capture,[n,0],binary}]}.
{run, <<98>>, "(?=[\\d,]?((?=c\x{e9}{1,2}\\B)\\s(?:\\G[[:alpha:]]|c\\K\\.))(x+?([abc]*?\\z)((?i)a)){0,1})", [no_auto_capture,{capture,[],binary}]}.
{run, "\x{3b1}\rc bc\rcabb", {compiled, "(?<m>\\G(?!\\b|\\W??[\\d,]??\\z\\K\\K[^a]){2})", []}, [{capture,[],binary}]}.
{run, "b\r\x{e9}\x{e9}1\x{e9}1", "(?<m>(?<=a),)?(?<o>(?=[a-c]\\n\\R(.c*))(\\K\\K\\W?| $\\R+?\\n+(\\D\\.)+)c++\\D)??.{1,2}(?!(?<=a)(\\Z[[:alpha:]])??([a-c]{2}))+", [{capture,all_but_first,index}]}.
{run, "\n\x{20ac}..\x{20ac}c\x{3b1}cxb\x{3b1}", {compiled, "\x{e9} (?<o>\\A)((?:(?:\\z\\n\\Z|\\nc\\1\\d{1,2}){2}(?=\\s+?,[abc])|\\Bb\\h)(?<=\\d)^)", [extended,bsr_anycrlf]}, []}.
{run, "1", "\\A\\A", [dupnames,report_errors,bsr_anycrlf,{offset,0},{newline,crlf},{capture,all_names,binary}]}.
{run, <<99,32,97,233,98,10,44,49,177,44,97>>, "(?<n>(\\n??)\\B)+\\G|(\\1)(\\2(\\D$){2}a\\W)\\d++(?<=\\d)", []}.
{run, <<233,97,49,120,46,50>>, "(?!\\A)(?:\\x{e9}?(?<n>\x{e9}*\\G)(?<n>([abc]+^)(\\A\\A\\Rx)\\w){2}(\\K\\K(?![a-c]\x{e9})\\s*?)??|(\\K)x*?)", []}.
{run, <<>>, {compiled, "[a-c]b*\\D\\s|(?<n>\\R[\\d,]){1,2}(?:[a-c]\\K(,\\2++\\n{1,2}\\1)?|\\b|\\2\\K\\D?)\\A\\n|[^a]++\\Z*?$[a-c]", [dollar_endonly]}, [notbol]}.
{run, ".xa\r.", "c\\W|\\.(?<=a){1,2}\\G+", [firstline,{capture,all_but_first,list}]}.
{run, <<49,233,177,233,44,97,98,50,49,172,49,99>>, "\\B", [report_errors,{capture,none,index}]}.
{run, "a\nc\nc\x{e9}2\x{e9}xa", {compiled, "\\D(?<=ab)\x{e9}|\\b(\\2{1,2}[a-c]??\\1\\W){2}|( \x{e9}{1,2}\\bc\\1+?|\\K\\1*\\db)?$(\\Za[\\d,]{1,2}\\b)??\\d(?=c(?<o>\\W{0,1}$))", [caseless,dotall,ungreedy,{newline,cr}]}, [{newline,cr},{capture,all,binary}]}.
{run, "b", "\\W{1,2}\\2++\x{e9}\\w*", [ungreedy,dollar_endonly,dupnames,bsr_anycrlf]}.
{run, <<97,13,120,177,10>>, "(\\Z[\\d,])\\R{1,2}", [{newline,crlf}]}.
{run, ".x1bb\n\r", {compiled, "\\K", []}, [{offset,2}]}.
{run, <<120,32,49,49,98>>, "\\R", [{capture,all_but_first,index}]}.
{run, <<13>>, {compiled, "\x{e9}|[^a]\\n", [anchored]}, [anchored,notbol,global,global,{capture,[2,m],list}]}.
{run, <<46>>, "(\\x{e9}){2}", [{offset,1}]}.
{run, <<99,97,10>>, {compiled, "\\z(?!\\D(?:b\\b|\\.^\\K|(?<=ab)+^)((?<o>\\D\\z)?x\\1\\1){1,2})++\\s{1,2}.", []}, []}.
{run, "a2\n\x{e9}", "(?=\\Z\\x{e9}+?\\.)^", [dotall,dollar_endonly,{offset,4},{capture,all_names,index}]}.
{run, ",21cabbb\x{e9}\n\n", "(?!(?!\\2(?=,))(?<=ab)(?=\\s(\\x{e9}*?\\w{2})\\s(?=\\s+?)?){1,2})", [{newline,cr}]}.
{run, <<44,44,172,98,98,97,98,46,233>>, " (?<o>[abc]a (?:(?<n>\x{e9}?a\\hx)|\\Z(?=c\\W.)*?([^a]+\\D\\A.{1,2}){2}))", [global,{capture,all_but_first}]}.
{run, <<13>>, "\\W++", []}.
{run, <<49,97,177,44,32,32,46,46,99,32,50,98>>, "(?:\\G(?:\\K\\Z([abc][\\d,]+\\R\\d)[\\d,]|\\Z([^a]{0,1}[[:alpha:]].+[abc])\\Z(?:$(?i)a++\\s+?|\\s))+|[abc][\\d,])*?", [multiline,{offset,5},{capture,[1]}]}.
{run, <<99>>, "\\.", [extended,{newline,cr},{capture,first,binary}]}.
{run, "axb,a", "\\d", [unicode,ungreedy,anchored]}.
{run, <<98,10,46,97,97,120,172,50,98>>, "\\D\\b((\\.{2}\\K\\.))\\d", [firstline,{capture,none}]}.
{run, "bc.cx,..", "(?<m>(\\h\\s?(?!\\d??)??)(\\R.)(?:(?<=b)^(?<o> )\\W\\.*?\\B|\\s|(?<o>\\W+?a[a-c][^a])c)\\B)(?=(?<=a)??)(((?<o> \\Zc+?\\D)? )\\Z\\Z\\Z\\x{e9}\\K\\z|\\s+\x{e9}a*?|(?<n>\\d.){0,1},??(?!$\\x{e9}*?a+){1,2}{2})", [unicode,ucp]}.
{run, "\nbaa1xx\r", <<46,91,91,58,97,108,112,104,97,58,93,93,40,40,63,60,109,62,92,115,63,63,91,94,97,93,63,40,63,61,92,122,36,92,75,41,40,63,60,110,62,92,50,92,87,42,63,94,40,63,105,41,97,41,41,42,41,43,63>>, [unicode,noteol]}.
{run, <<97,13,49,177,98,49,177,50,172,233>>, "b?\\h{1,2}", [multiline,notempty,{offset,3},{capture,[1],index}]}.
{run, "\n.b ", "[abc]", []}.
{run, "a1cb,\x{e9}a2\x{e9}\r\x{20ac}\x{20ac}", <<40,92,49,40,63,58,94,124,92,110,41,43,120,43,43,40,40,63,61,92,110,92,100,98,123,50,125,41,41,63,41,63,92,68,43,43>>, [unicode,{newline,any},{capture,none}]}.
)RE";
constexpr char kExpected17[] = R"RE(
{compile_failed,{error,{[114,101,102,101,114,101,110,99,101,32,116,111,32,110,111,110,45,101,120,105,115,116,101,110,116,32,115,117,98,112,97,116,116,101,114,110],22}}}
nomatch
{'EXC',error,badarg}
nomatch
nomatch
{'EXC',error,badarg}
nomatch
nomatch
{'EXC',error,badarg}
{'EXC',error,badarg}
nomatch
{compile_failed,{error,{[110,111,116,104,105,110,103,32,116,111,32,114,101,112,101,97,116],47}}}
{match,[{7,1}]}
{'EXC',error,badarg}
nomatch
{match,[{0,0}]}
nomatch
nomatch
nomatch
nomatch
{'EXC',error,badarg}
{match,[]}
{'EXC',error,badarg}
match
nomatch
{'EXC',error,badarg}
{compile_failed,{error,{[110,111,116,104,105,110,103,32,116,111,32,114,101,112,101,97,116],82}}}
{'EXC',error,badarg}
match
nomatch
{'EXC',error,badarg}
nomatch
{match,[{2,0}]}
nomatch
nomatch
nomatch
nomatch
nomatch
{'EXC',error,badarg}
nomatch
{match,[{0,1}]}
{match,[{-1,0}]}
nomatch
nomatch
nomatch
{'EXC',error,badarg}
{match,[{1,2},{3,0}]}
nomatch
{match,[{2,1}]}
match
)RE";
// clang-format on

// clang-format off
constexpr char kCases18[] = R"RE(
{run, <<32,44,233,44,97,49,44>>, {compiled, "(\\d(?=\\d\\.(?=x)((?i)a\\G\\G)))(?<=a)\x{e9}\\.(?<o>\\d*?(?<m>\\D++\\n\\R[\\d,])??\\R*?\\h*?)|((?!\\w\\D*[^a]{2})*?),\\R{0,1}([a-c]*?$){1,2}*?", [dotall,ungreedy,anchored]}, [anchored,notbol]}.
{run, <<44,120,98,32,13,120,50>>, "\\B", [dotall,firstline,global,{capture,[],binary}]}.
{run, ".\x{e9}\x{20ac}aa\r", {compiled, "\\R+\\K(?<o>\\x{e9}\\B.\\s)*", []}, [{offset,1}]}.
{run, "x\na\n\x{3b1}babc,\x{3b1}", "\x{e9}*(?<o>(\\D[[:alpha:]]+?c)[^a]*?a{2}|\\s*([^a]\\2)[\\d,][abc]??)\\d(?:b\\Z|$\\n(\\z\\A\\h^|b*x*(?<m>\\z\\A)(\\Db{0,1}\\1\\W)??){1,2})++", [{capture,none,list}]}.
{run, <<99,172,10,13,99,177,32>>, "[a-c][\\d,]??(?:\\n{2}(?<o>(?!c)\\d)|\x{e9}(\\B\\D\\z)[a-c]( {2}\\x{e9})|[\\d,](\\b\\Z)++(?:\\1?|b\\b\\G)\\K)\\D", [extended,no_auto_capture,dupnames,global]}.
{run, <<120,49,206,177,46,195,169,120,13>>, <<40,63,60,109,62,97,41,63,92,98>>, [unicode,caseless,{offset,8},{capture,[n,0]}]}.
{run, <<195,169,99,97,120,98,49,97,50>>, {compiled, "\\n\\w(\\A[a-c])+?(?:[[:alpha:]](?=\\s){0,1}|\\1{1,2})+", [unicode,extended,anchored]}, [anchored,notempty]}.
{run, <<98,98,49,120,98,172,13,98,10,49>>, "[abc]c(?:\\h$|\\D*\\x{e9}\\.)+(?:^|\\s(?i)a??\\D[abc]++)[^a]|(?:x\x{e9}|[\\d,],{0,1}\\K {2})(?<=a)|a(?<=\\d)\\1(.)", [{capture,all_but_first,index}]}.
{run, "\r", <<92,115,40,63,60,110,62,40,63,33,97,43,43,92,75,44,92,49,123,49,44,50,125,41,92,50,40,63,58,92,68,43,92,100,92,68,124,92,46,36,92,87,41,43,41,92,66,92,50,124,40,63,60,109,62,91,94,97,93,92,100,41,32,43,63,40,63,33,40,40,92,50,36,91,94,97,93,63,92,115,41,40,63,61,97,92,119,42,41,41,99,41,63,63,92,115,32>>, [unicode,{capture,[]}]}.
{run, "\r2a\nba\ra\n,x\x{e9}", {compiled, "(?:\\d(?<n>\\2{0,1}a){2}(?:$|(^^\x{e9}+x)(?<m>x[\\d,]\\Z)(?!\\d\\Z\\w)(^ c*?\\x{e9})*?)|(?<n>^(?=\\G\\x{e9}\\R)){2}x\\h)", [dotall]}, [global]}.
{run, <<97,10,226,130,172,98,206,177,49,97,195,169,49>>, <<40,63,60,61,97,41,92,71,92,82>>, [unicode,noteol,firstline]}.
{run, "  2\x{e9}", "(((?<=b){2}))(?<m>a)(?<=b)", [no_auto_capture,{newline,crlf},{capture,first,index}]}.
{run, <<98,233,50,99,99,32,97,97,10,172,120,120>>, {compiled, "\\h", [dotall,dollar_endonly]}, [{capture,first,binary}]}.
{run, "1b", <<92,115,40,63,60,61,98,41>>, [unicode,multiline,dotall,ungreedy,global]}.
{run, <<98,32,32>>, {compiled, "\\R$(?i)a(?:(?=\\w*?\\G)^(\\Z)(x[^a])++|a.|\\Z\\K^{0,1}\\h((?i)ax??x+)[a-c])|\\d(?=\\d\\x{e9}\\G){2}|(?:$|\\s{1,2}\\W )+??(?<=a){2}[abc]([abc])", []}, [noteol,{capture,[1],binary}]}.
{run, <<97,97,97,46,46,44,98,233>>, ".|\\B|\\Z(?<=b)+?\\x{e9}", [global,{offset,5}]}.
{run, <<49,99,233,97,46>>, "\\2+\\A\\K", [firstline,dupnames,report_errors,bsr_anycrlf,{capture,first,index}]}.
{run, "\x{20ac}\x{20ac}1.\x{3b1}\ra\x{e9}\r", "[\\d,]{0,1}(x(?<n>x[^a](?:\\K\\.{1,2},|b[abc]\\s{0,1}[\\d,]{2})?)+)", [extended,anchored,notempty,{capture,all}]}.
{run, <<49,49,49,13,44,50,97>>, "[abc][\\d,]", [no_auto_capture]}.
{run, <<>>, "\\s(?:(\\s{0,1}[abc]\\G|(?i)a\\B\\A\\s?)([[:alpha:]]{0,1}\\K)\\G|[a-c]$x((?<=a)\\d?\\G))[abc]{0,1} {0,1}", [extended,ungreedy,dollar_endonly,{capture,[],index}]}.
{run, <<233,10,10,233,44,98,99,98,97,99,98,120>>, "\\.(\\G(.?)(?:\\W[[:alpha:]]{0,1}|\\A\\D(?!\\B.{1,2}\\1))++(?<=ab)++)\\w\\W", [dotall,global]}.
{run, <<172,32,32,172,10,13,99,99,49>>, "(\\.)?(\\2\\G\\w|,\\G(?:[^a]+?|[abc]*\\G[abc])|(b\\n){1,2}c(?:\\.x[\\d,]??.|[[:alpha:]]+\\z))(x(?<=ab)+?(\\1.x)[[:alpha:]]|\\K\x{e9}\\2\\d((?<=b)+?[a-c]++\\.\\R|\\A\\Z(\\2{0,1}\\K,++\\d{2})))*", [global,{capture,[n,0],index}]}.
{run, "1", {compiled, "x{0,1}a++", [caseless,ungreedy,ucp,bsr_anycrlf]}, [notempty_atstart,global]}.
{run, "c\r\n1x.b\x{e9}\x{e9},a", {compiled, "(?:(?:\\h\\1[^a]|\\b([abc]\\b[\\d,].{2})\\s(\\A\\.)??)|,(?<m>[\\d,]([\\d,]\x{e9}*))(\\h\\B[\\d,]))x", [multiline]}, [{capture,[],binary}]}.
{run, <<98,97,233>>, "((\\h*?)+(\\W++\\zx*?|\x{e9}\\1\\G\\R{1,2}\\D[\\d,]{1,2})\\Z\\s)*?(?<=\\d)(?:(?<n>\x{e9}x.?\\2??)++(\\s++x)+?\\D?|^a)+|\\x{e9}x(?=\\d\x{e9}*\\.\\b|\\2?\\R+?)++*((?:(?=\\.\\.??b$)(?:[abc]|[abc]c++)(\\1\\D)\\.|\\d\x{e9}\\1+?|\\z(\\x{e9})\\Z(?<n>,\x{e9}+[a-c])){1,2}(?<o>[^a](?=\\d\\B[^a]*?\\R)^){1,2}(?=(?<m>\\x{e9}^)+?\\R){1,2})\\Z", [caseless,global,{capture,[1],binary}]}.
{run, "aa\x{e9}\x{3b1}\x{20ac}", "(\\G)\\Z", [notempty,global]}.
{run, <<98,98,32,97,98,10,10,98,195,169,98,120,50>>, "(?:a\\z|((\\D){2})\\b(?:\\db?|c\\b\\K[a-c]?(b)b\\B|\\1)((?:\\w|[^a]*\\B.?\x{e9})??\\Z(\\b\\1 ??[abc]{1,2}))*)+(?<n>(?:\\w^\\D+|\\K\\D|\\2?$)*^)(?i)a[a-c]", [unicode,ucp,{offset,4},{capture,[],binary}]}.
{run, <<44,44,32,50,44,46,46>>, "\\w([^a](?<o>[[:alpha:]]\\G\\G)([abc]?[[:alpha:]]{0,1}a{2}$)|\x{e9}++,+)\\R^", [caseless,ucp]}.
{run, <<206,177,49,46,13,195,169>>, <<40,63,58,92,75,44,123,49,44,50,125,99,123,48,44,49,125,40,36,92,65,92,104,123,48,44,49,125,41,124,40,63,58,46,123,48,44,49,125,40,92,82,46,123,49,44,50,125,41,92,98,124,40,63,33,92,50,43,43,91,94,97,93,92,100,41,36,41,40,40,63,60,110,62,92,98,92,87,92,122,41,63,63,120,94,124,92,100,91,97,98,99,93,92,104,43,63,41,97,92,115,41>>, [unicode,report_errors]}.
{run, <<49,177,46,10,97,98,97,120,97,32,120>>, {compiled, "(\\D[^a]\x{e9}\x{e9}|\\B[\\d,]{2}(?<o>\\G,{1,2}\\n++[[:alpha:]]){1,2}\\D|(\\K)*(?<m>[abc]+?\\D\\K){1,2}{1,2}(?!\\Z\\s+?|\\W\\b\\G))(?<m>(?:(\\.$\\d+?\\Z){1,2}.+?[^a]*?|(?=[[:alpha:]][^a])\\h{1,2}){0,1}[abc]??)", [firstline]}, [{capture,[2,m],index}]}.
{run, <<120,120,50>>, "[a-c]\\R+?(?!(?:b++[abc]+?(\x{e9} ,{1,2})*|(\\.)c)+?(\\B){2}([\\d,]\\1\\.\\A|\\W{0,1}??)(?:[a-c]*|(a)x*x*?\\1))", []}.
{run, <<49,177,97,233,49,172,97,49,99>>, {compiled, "(\\Z(a??(?=,\\2[[:alpha:]])(?:\\D{2}\\R[[:alpha:]]{1,2}|\x{e9}+?\\D*?[a-c]++[^a])\\b\\.{1,2}\\R\\h+?|\\1b))((?:b\\R|\\G\\R|(c??\\.{0,1}){1,2}(\\z\\w)+[[:alpha:]]?(?<=a))\\b)c", [{newline,anycrlf}]}, [notempty_atstart,{newline,anycrlf}]}.
{run, "", "\\2", [{capture,all}]}.
{run, " x\x{20ac}\x{e9}\x{3b1}b\x{3b1}1a", "((?:\\Ax*?\\B\\2|,\\G\\2\\D(?![a-c]?\\W)|[a-c])\\G\\B(?<n>a\\Z^ |\\d\\K\\B\\Z))((?:^|\\D*?\\D( \\n*\\h?\\A)bc{1,2}|\\w+ \x{e9}?)(?:c|c{0,1}(\\s?\\s)+\\x{e9}(?<=b))\\A(?:(?<n>\\1\\z[abc]b){1,2}|\\R{0,1} \x{e9}[^a]+?|\\Za++[^a]*?( \\A)))(((?<m>\x{e9}{1,2}[abc]*).?)(?=$( +\\x{e9} \\s+?)*)+)", [extended,noteol,ucp,{capture,first,index}]}.
{run, <<97,32,177,99,97,97,44>>, {compiled, "\\.(?:c*?|([[:alpha:]]))*(?!\\Z)*?\\x{e9}[^a]{2}|(?:$(a\\R)|(?<=b)(?:[abc]|.a\\n)+(?:\\A|b\\2\\zx){1,2}(\\w){1,2})(?=[\\d,][^a]+)(?<m>\\B^\\R*?)*[[:alpha:]]{2}(\\R\\s)|\\x{e9}\\D\\R|\\d??[^a]\\z\\K\\K{2}([[:alpha:]]{2})+?\\R{0,1}[abc]", [dupnames,{newline,crlf}]}, [{newline,crlf}]}.
{run, " xxa ba", "((?=(?=\\d\\s)++)++([^a]{1,2}(?<m>,*b)?\x{e9}{2})\\1(a(?<=b)(?=\\d*[a-c]?))++)", [unicode,multiline,dupnames,{offset,1}]}.
{run, <<49,50,98,97>>, " ", [ungreedy,noteol,{capture,all_names}]}.
{run, <<44,44,32,98,98>>, "((?<n>([a-c]\\R{2})(\\R{1,2}\\h)){2},)[abc]x(\\B\\K\\b\\B)|cx**^|(^(?=c\\w?b)\\A ?)+?\\D(?<n>(?:$a\\2|[abc]{1,2}))*?+?[a-c]", [firstline,ucp,global]}.
{run, <<99,98,206,177,226,130,172,226,130,172,13>>, {compiled, "\\d((?<=a)\\w\\R{1,2}(?:\\.{0,1}|,{1,2}\\B\\z\\x{e9})|(?<o>[[:alpha:]])(\\1{1,2}[a-c]{0,1})+?\\1{0,1}\\.\\Z){1,2}(\\2\\Z)", [unicode]}, [notempty,{capture,none,list}]}.
{run, <<120,46,13,98,44>>, "a", [caseless,anchored,no_auto_capture,{capture,[1],index}]}.
{run, "a\x{3b1}b2\n\x{e9}2bc", <<40,63,61,91,94,97,93,98,92,100,42,63,92,75,41,42,40,63,60,110,62,92,120,123,101,57,125,92,100,41,43,43,40,63,33,92,110,40,63,58,40,91,94,97,93,43,41,92,90,91,91,58,97,108,112,104,97,58,93,93,92,122,124,40,63,105,41,97,91,97,98,99,93,43,43,46,124,40,63,60,111,62,91,97,98,99,93,63,195,169,92,90,40,63,105,41,97,41,91,94,97,93,123,48,44,49,125,40,92,75,41,92,90,41,92,50,92,120,123,101,57,125,92,110,63,92,49,63,63,92,66,124,92,110,92,65,92,104,123,49,44,50,125,91,91,58,97,108,112,104,97,58,93,93,124,92,75,92,65,195,169,43,43,41>>, [unicode,firstline]}.
{run, <<>>, "\\1.{1,2}", [extended,anchored,no_auto_capture,{offset,0}]}.
{run, <<50,233,13,50,233,98,97>>, "[\\d,]\\W\\A(?![[:alpha:]][abc]*?)+", [ungreedy,notempty_atstart,noteol]}.
{run, <<177,233,97,50,97,13,50,177,97,98>>, "(?=c\\D\\.??)", [notempty,{capture,first,binary}]}.
{run, <<49,44,120,99,49,98,226,130,172,44>>, "^\\b", [unicode,report_errors,bsr_anycrlf]}.
{run, <<98,13>>, "(?=b++((?:\\x{e9}[abc]*?.*?|\\K\\n+\\b\\K)*?(?:\\G\\1\\2|\\W)(?:\\h\\h{2}^|\\s\\A\\B\\Z),))*,(a)*?", [global,report_errors,{capture,first,index}]}.
{run, "ac1c", "(?<n>c,)[^a]?(\\z(?<o>(?=\\W{1,2}\\K^))(?<m>(?![[:alpha:]]\\x{e9}b)(?<n>\\w\\s))\x{e9})*\\z([a-c].\\x{e9}\\1){0,1}\\D$|((?<o>x+?[^a]\\x{e9}))+?[^a]", [extended,bsr_anycrlf]}.
{run, "bx", "(?=[\\d,]+\\Z|$\\G[^a]\\G[^a]b??|\\ba\\b\\Z{1,2}\\2\\s{1,2}(?<m>\\B))\\D??", [dotall,notempty_atstart,noteol,{capture,none,index}]}.
{run, ",\n\n ", "a+?", [caseless,{capture,all_names}]}.
{run, "\nb", "(?:^\\A|\\1\\W\\z(?=(?<o>\\W*\\A\\G\\K)\\G))([^a]c{1,2})", [anchored,notempty,firstline]}.
)RE";
constexpr char kExpected18[] = R"RE(
{compile_failed,{error,{[110,111,116,104,105,110,103,32,116,111,32,114,101,112,101,97,116],120}}}
match
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{match,[{-1,0},{8,0}]}
nomatch
nomatch
nomatch
{compile_failed,{error,{[116,119,111,32,110,97,109,101,100,32,115,117,98,112,97,116,116,101,114,110,115,32,104,97,118,101,32,116,104,101,32,115,97,109,101,32,110,97,109,101],79}}}
nomatch
nomatch
{match,[<<32>>]}
nomatch
{compile_failed,{error,{[110,111,116,104,105,110,103,32,116,111,32,114,101,112,101,97,116],48}}}
{match,[[{5,1}],[{6,1}],[{7,1}]]}
{error,{compile,{[114,101,102,101,114,101,110,99,101,32,116,111,32,110,111,110,45,101,120,105,115,116,101,110,116,32,115,117,98,112,97,116,116,101,114,110],7}}}
{'EXC',error,badarg}
nomatch
{'EXC',error,badarg}
nomatch
nomatch
nomatch
nomatch
{'EXC',error,badarg}
{'EXC',error,badarg}
nomatch
nomatch
nomatch
{compile_failed,{error,{[110,111,116,104,105,110,103,32,116,111,32,114,101,112,101,97,116],88}}}
{'EXC',error,badarg}
nomatch
{'EXC',error,badarg}
{'EXC',error,badarg}
{compile_failed,{error,{[110,111,116,104,105,110,103,32,116,111,32,114,101,112,101,97,116],181}}}
nomatch
nomatch
{'EXC',error,badarg}
nomatch
nomatch
nomatch
{'EXC',error,badarg}
nomatch
nomatch
{match,[{0,0}]}
nomatch
{'EXC',error,badarg}
{'EXC',error,badarg}
nomatch
nomatch
)RE";
// clang-format on

// clang-format off
constexpr char kCases19[] = R"RE(
{run, ".c", <<195,169,92,50>>, [unicode]}.
{run, <<>>, "(?:\\w|$\\b\\n\\x{e9}){0,1}(?=\\h*?$)+?[\\d,]((?:\\2c{2}(?!\\wa*\x{e9}\\n)|(\\A ??b)[[:alpha:]],)(?:\\1(?<=a)|(\\x{e9}+?\\b\\R)[^a]{0,1})?(\\.){1,2} )", [notbol]}.
{run, "", "\\.", [caseless,extended,notempty,global,bsr_anycrlf]}.
{compile, ".x#U", []}.
{compile, "l1y", [caseless]}.
{compile, "=", [no_auto_capture]}.
{compile, "NUC", [no_auto_capture]}.
{compile, "0SXX*8.", [unicode]}.
{compile, "igd", [dupnames]}.
{compile, "s\\v^\\", []}.
{compile, "@X", [unicode]}.
{compile, "^LL1A([:", [extended]}.
{compile, "\\(?xa(?\\", [no_auto_capture]}.
{compile, "8", [caseless]}.
{compile, "([-", [caseless]}.
{compile, "b^x1_i\\", [caseless]}.
{compile, "A?A8U =", [caseless]}.
{compile, "$9", [dupnames]}.
{compile, "o", [extended]}.
{compile, "dQx<", []}.
{compile, "w$(*]l(\\{", [extended]}.
{compile, ">H)V| s", [dupnames]}.
{compile, "&* [:N", [extended]}.
{compile, "\\sdLhy", [dupnames]}.
{compile, "*\\A|\\\\\\", [extended]}.
{compile, "\\Q1wwhd?", [extended]}.
{compile, "U{(:]\\(?<", [dupnames]}.
{compile, "\\\\U:](?(", [dupnames]}.
{compile, "(?<9g[,iQ", [unicode]}.
{compile, "CLu", [no_auto_capture]}.
{compile, "i(?(<(?P&", [extended]}.
{compile, "0?k", [dupnames]}.
{compile, "(?(8]\\k<_", [dupnames]}.
{compile, "*_](?(", [dupnames]}.
{compile, "\\p{XPw", [no_auto_capture]}.
{compile, "& (?d\\:]{!", [caseless]}.
{compile, "aS|X+C", [dupnames]}.
{compile, "L8[:C", [dupnames]}.
{compile, "@ l^\\u", [dupnames]}.
{compile, "VpP", []}.
{compile, "c(?x\\(?<LEg", [extended]}.
{compile, "L l", [dupnames]}.
{compile, "(*\\Eb|^[:]", [unicode]}.
{compile, "y\\kE_", [unicode]}.
{compile, "|\\b(?(\\p{h", [extended]}.
{compile, "&l:ci", []}.
{compile, "\\\\p{*", [unicode]}.
{compile, "$:]xLN(?(", [caseless]}.
{compile, "NE9\\#S[:?", [dupnames]}.
{compile, "*<UVi)", [no_auto_capture]}.
)RE";
constexpr char kExpected19[] = R"RE(
{'EXC',error,badarg}
nomatch
nomatch
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,1,0,#}}
{ok,{re_pattern,0,0,0,#}}
{error,{[92,32,97,116,32,101,110,100,32,111,102,32,112,97,116,116,101,114,110],5}}
{ok,{re_pattern,0,1,0,#}}
{error,{[109,105,115,115,105,110,103,32,116,101,114,109,105,110,97,116,105,110,103,32,93,32,102,111,114,32,99,104,97,114,97,99,116,101,114,32,99,108,97,115,115],8}}
{error,{[117,110,114,101,99,111,103,110,105,122,101,100,32,99,104,97,114,97,99,116,101,114,32,97,102,116,101,114,32,40,63,32,111,114,32,40,63,45],7}}
{ok,{re_pattern,0,0,0,#}}
{error,{[109,105,115,115,105,110,103,32,116,101,114,109,105,110,97,116,105,110,103,32,93,32,102,111,114,32,99,104,97,114,97,99,116,101,114,32,99,108,97,115,115],3}}
{error,{[92,32,97,116,32,101,110,100,32,111,102,32,112,97,116,116,101,114,110],7}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{error,{[110,111,116,104,105,110,103,32,116,111,32,114,101,112,101,97,116],3}}
{error,{[117,110,109,97,116,99,104,101,100,32,112,97,114,101,110,116,104,101,115,101,115],2}}
{error,{[109,105,115,115,105,110,103,32,116,101,114,109,105,110,97,116,105,110,103,32,93,32,102,111,114,32,99,104,97,114,97,99,116,101,114,32,99,108,97,115,115],6}}
{ok,{re_pattern,0,0,0,#}}
{error,{[110,111,116,104,105,110,103,32,116,111,32,114,101,112,101,97,116],0}}
{ok,{re_pattern,0,0,0,#}}
{error,{[109,105,115,115,105,110,103,32,41],9}}
{error,{[97,115,115,101,114,116,105,111,110,32,101,120,112,101,99,116,101,100,32,97,102,116,101,114,32,40,63,40,32,111,114,32,40,63,40,63,67,41],8}}
{error,{[103,114,111,117,112,32,110,97,109,101,32,109,117,115,116,32,115,116,97,114,116,32,119,105,116,104,32,97,32,110,111,110,45,100,105,103,105,116],3}}
{ok,{re_pattern,0,0,0,#}}
{error,{[97,115,115,101,114,116,105,111,110,32,101,120,112,101,99,116,101,100,32,97,102,116,101,114,32,40,63,40,32,111,114,32,40,63,40,63,67,41],5}}
{ok,{re_pattern,0,0,0,#}}
{error,{[109,97,108,102,111,114,109,101,100,32,110,117,109,98,101,114,32,111,114,32,110,97,109,101,32,97,102,116,101,114,32,40,63,40],4}}
{error,{[110,111,116,104,105,110,103,32,116,111,32,114,101,112,101,97,116],0}}
{error,{[109,97,108,102,111,114,109,101,100,32,92,80,32,111,114,32,92,112,32,115,101,113,117,101,110,99,101],6}}
{error,{[117,110,114,101,99,111,103,110,105,122,101,100,32,99,104,97,114,97,99,116,101,114,32,97,102,116,101,114,32,40,63,32,111,114,32,40,63,45],4}}
{ok,{re_pattern,0,0,0,#}}
{error,{[109,105,115,115,105,110,103,32,116,101,114,109,105,110,97,116,105,110,103,32,93,32,102,111,114,32,99,104,97,114,97,99,116,101,114,32,99,108,97,115,115],5}}
{error,{[80,67,82,69,32,100,111,101,115,32,110,111,116,32,115,117,112,112,111,114,116,32,92,76,44,32,92,108,44,32,92,78,123,110,97,109,101,125,44,32,92,85,44,32,111,114,32,92,117],5}}
{ok,{re_pattern,0,0,0,#}}
{error,{[117,110,114,101,99,111,103,110,105,122,101,100,32,99,104,97,114,97,99,116,101,114,32,97,102,116,101,114,32,40,63,32,111,114,32,40,63,45],4}}
{ok,{re_pattern,0,0,0,#}}
{error,{[110,111,116,104,105,110,103,32,116,111,32,114,101,112,101,97,116],1}}
{error,{[92,107,32,105,115,32,110,111,116,32,102,111,108,108,111,119,101,100,32,98,121,32,97,32,98,114,97,99,101,100,44,32,97,110,103,108,101,45,98,114,97,99,107,101,116,101,100,44,32,111,114,32,113,117,111,116,101,100,32,110,97,109,101],2}}
{error,{[97,115,115,101,114,116,105,111,110,32,101,120,112,101,99,116,101,100,32,97,102,116,101,114,32,40,63,40,32,111,114,32,40,63,40,63,67,41],6}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,1,0,#}}
{error,{[97,115,115,101,114,116,105,111,110,32,101,120,112,101,99,116,101,100,32,97,102,116,101,114,32,40,63,40,32,111,114,32,40,63,40,63,67,41],9}}
{error,{[109,105,115,115,105,110,103,32,116,101,114,109,105,110,97,116,105,110,103,32,93,32,102,111,114,32,99,104,97,114,97,99,116,101,114,32,99,108,97,115,115],9}}
{error,{[110,111,116,104,105,110,103,32,116,111,32,114,101,112,101,97,116],0}}
)RE";
// clang-format on

// clang-format off
constexpr char kCases20[] = R"RE(
{compile, "=iWu", [dupnames]}.
{compile, "19N[:", [dupnames]}.
{compile, "A", []}.
{compile, "s*\\\\?C'", [dupnames]}.
{compile, "(?PA'sX\\W", [unicode]}.
{compile, "v0u", [no_auto_capture]}.
{compile, "WPl(S9", []}.
{compile, "x\\\\i(?", [unicode]}.
{compile, "p$E", [dupnames]}.
{compile, "N,", [caseless]}.
{compile, "s", [caseless]}.
{compile, "\\x{$\\[:Q", [caseless]}.
{compile, "1", [no_auto_capture]}.
{compile, "a'$", [caseless]}.
{compile, "S:]p?$_,", [no_auto_capture]}.
{compile, ".", [dupnames]}.
{compile, "U\\y\\\\'R", [extended]}.
{compile, "):][ \\pQ", [no_auto_capture]}.
{compile, "b\\>a8", [no_auto_capture]}.
{compile, "'V&|8>", []}.
{compile, "i.*&[P", [unicode]}.
{compile, "@(?(_uC", [no_auto_capture]}.
{compile, "},!", [unicode]}.
{compile, "S", []}.
{compile, "<\\$(?<|\\'", [dupnames]}.
{compile, "=#&(?P", [caseless]}.
{compile, "]", [caseless]}.
{compile, "\\w>i\\x{", [dupnames]}.
{compile, "yko10$'(?(", [extended]}.
{compile, "\\0:x1$", [no_auto_capture]}.
{compile, "8*>\\k<p(?(So", []}.
{compile, "\\|V:]NN", [caseless]}.
{compile, "9=\\p{2\\AL", [no_auto_capture]}.
{compile, "yRh\\k<_", [unicode]}.
{compile, "(?w?<\\", [no_auto_capture]}.
{compile, "{W", [caseless]}.
{compile, "'", [no_auto_capture]}.
{compile, "\\C\\$", [no_auto_capture]}.
{compile, "S^d\\p{C(?(:]&", [extended]}.
{compile, " g\\p_W}", [no_auto_capture]}.
{compile, "P0'=EV", [unicode]}.
{compile, "V", []}.
{compile, "'@dskac", [dupnames]}.
{compile, "Q2", [caseless]}.
{compile, "_R,w(?<\\\\b", [extended]}.
{compile, "X1", [no_auto_capture]}.
{compile, "=:]<\\", [no_auto_capture]}.
{compile, "2(*:\\k<.{oh", [dupnames]}.
{compile, "V{L\\", []}.
{compile, "(sx", [extended]}.
)RE";
constexpr char kExpected20[] = R"RE(
{ok,{re_pattern,0,0,0,#}}
{error,{[109,105,115,115,105,110,103,32,116,101,114,109,105,110,97,116,105,110,103,32,93,32,102,111,114,32,99,104,97,114,97,99,116,101,114,32,99,108,97,115,115],5}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{error,{[117,110,114,101,99,111,103,110,105,122,101,100,32,99,104,97,114,97,99,116,101,114,32,97,102,116,101,114,32,40,63,80],3}}
{ok,{re_pattern,0,0,0,#}}
{error,{[109,105,115,115,105,110,103,32,41],6}}
{error,{[117,110,114,101,99,111,103,110,105,122,101,100,32,99,104,97,114,97,99,116,101,114,32,97,102,116,101,114,32,40,63,32,111,114,32,40,63,45],6}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{error,{[110,111,110,45,104,101,120,32,99,104,97,114,97,99,116,101,114,32,105,110,32,92,120,123,125,32,40,99,108,111,115,105,110,103,32,98,114,97,99,101,32,109,105,115,115,105,110,103,63,41],3}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{error,{[117,110,109,97,116,99,104,101,100,32,112,97,114,101,110,116,104,101,115,101,115],0}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{error,{[109,105,115,115,105,110,103,32,116,101,114,109,105,110,97,116,105,110,103,32,93,32,102,111,114,32,99,104,97,114,97,99,116,101,114,32,99,108,97,115,115],6}}
{error,{[109,97,108,102,111,114,109,101,100,32,110,117,109,98,101,114,32,111,114,32,110,97,109,101,32,97,102,116,101,114,32,40,63,40],7}}
{ok,{re_pattern,0,1,0,#}}
{ok,{re_pattern,0,0,0,#}}
{error,{[117,110,114,101,99,111,103,110,105,122,101,100,32,99,104,97,114,97,99,116,101,114,32,97,102,116,101,114,32,40,63,60],6}}
{error,{[117,110,114,101,99,111,103,110,105,122,101,100,32,99,104,97,114,97,99,116,101,114,32,97,102,116,101,114,32,40,63,80],6}}
{ok,{re_pattern,0,0,0,#}}
{error,{[110,111,110,45,104,101,120,32,99,104,97,114,97,99,116,101,114,32,105,110,32,92,120,123,125,32,40,99,108,111,115,105,110,103,32,98,114,97,99,101,32,109,105,115,115,105,110,103,63,41],7}}
{error,{[97,115,115,101,114,116,105,111,110,32,101,120,112,101,99,116,101,100,32,97,102,116,101,114,32,40,63,40,32,111,114,32,40,63,40,63,67,41],10}}
{ok,{re_pattern,0,0,0,#}}
{error,{[115,121,110,116,97,120,32,101,114,114,111,114,32,105,110,32,115,117,98,112,97,116,116,101,114,110,32,110,97,109,101,32,40,109,105,115,115,105,110,103,32,116,101,114,109,105,110,97,116,111,114,41],7}}
{ok,{re_pattern,0,0,0,#}}
{error,{[109,97,108,102,111,114,109,101,100,32,92,80,32,111,114,32,92,112,32,115,101,113,117,101,110,99,101],9}}
{error,{[115,121,110,116,97,120,32,101,114,114,111,114,32,105,110,32,115,117,98,112,97,116,116,101,114,110,32,110,97,109,101,32,40,109,105,115,115,105,110,103,32,116,101,114,109,105,110,97,116,111,114,41],7}}
{error,{[117,110,114,101,99,111,103,110,105,122,101,100,32,99,104,97,114,97,99,116,101,114,32,97,102,116,101,114,32,40,63,32,111,114,32,40,63,45],2}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{error,{[109,97,108,102,111,114,109,101,100,32,92,80,32,111,114,32,92,112,32,115,101,113,117,101,110,99,101],13}}
{error,{[117,110,107,110,111,119,110,32,112,114,111,112,101,114,116,121,32,110,97,109,101,32,97,102,116,101,114,32,92,80,32,111,114,32,92,112],4}}
{ok,{re_pattern,0,1,0,#}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{error,{[117,110,114,101,99,111,103,110,105,122,101,100,32,99,104,97,114,97,99,116,101,114,32,97,102,116,101,114,32,40,63,60],7}}
{ok,{re_pattern,0,0,0,#}}
{error,{[92,32,97,116,32,101,110,100,32,111,102,32,112,97,116,116,101,114,110],5}}
{error,{[40,42,86,69,82,66,41,32,110,111,116,32,114,101,99,111,103,110,105,122,101,100,32,111,114,32,109,97,108,102,111,114,109,101,100],11}}
{error,{[92,32,97,116,32,101,110,100,32,111,102,32,112,97,116,116,101,114,110],4}}
{error,{[109,105,115,115,105,110,103,32,41],3}}
)RE";
// clang-format on

// clang-format off
constexpr char kCases21[] = R"RE(
{compile, "}", [dupnames]}.
{compile, "V", [unicode]}.
{compile, "\\h{[0", [caseless]}.
{compile, "kWpNV-", [no_auto_capture]}.
{compile, "[<p\\k<=U", [no_auto_capture]}.
{compile, "aW[:", [unicode]}.
{compile, "\\.", [dupnames]}.
{compile, "\\W!", [caseless]}.
{compile, "(?<p#k", [extended]}.
{compile, " $", [dupnames]}.
{compile, "]NC(?Q|", [caseless]}.
{compile, "[lxg", []}.
{compile, "V!^(?PSE!", [caseless]}.
{compile, "28 N1", []}.
{compile, "L!W=[", [caseless]}.
{compile, "P\\$0QbQ", [extended]}.
{compile, "?o", [extended]}.
{compile, "C{", [unicode]}.
{compile, "Ewg", [unicode]}.
{compile, "8U", [dupnames]}.
{compile, "^V(?", [caseless]}.
{compile, ":\\", [extended]}.
{compile, "\\#x\\0\\", [extended]}.
{compile, "\\p{\\", [caseless]}.
{compile, "(*NsUA(*", []}.
{compile, "c", []}.
{compile, "$(?P2\\>xoC", [extended]}.
{compile, ",2Wi+", [no_auto_capture]}.
{compile, "kg.=>(?(:]", [no_auto_capture]}.
{compile, " [:H*", []}.
{compile, "vP(k\\p{(?Pch", [extended]}.
{compile, "=", [unicode]}.
{compile, "@", [caseless]}.
{compile, "()V\\[:[=", [no_auto_capture]}.
{compile, ",!U", [no_auto_capture]}.
{compile, "ssPy}", [extended]}.
{compile, "(?(\\\\^\\k<N@R", [extended]}.
{compile, "a(?E", [caseless]}.
{compile, "{x.8\\k<+", [caseless]}.
{compile, "p[:.(?<,", [no_auto_capture]}.
{compile, "]", [dupnames]}.
{compile, "Q^p\\=Q", [dupnames]}.
{compile, "l*[:", [extended]}.
{compile, "oP", [caseless]}.
{compile, "Ss", [caseless]}.
{compile, "'", [extended]}.
{compile, "@", [no_auto_capture]}.
{compile, "!", [no_auto_capture]}.
{compile, "^", [caseless]}.
{compile, "P", [caseless]}.
)RE";
constexpr char kExpected21[] = R"RE(
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,1,0,#}}
{error,{[109,105,115,115,105,110,103,32,116,101,114,109,105,110,97,116,105,110,103,32,93,32,102,111,114,32,99,104,97,114,97,99,116,101,114,32,99,108,97,115,115],5}}
{ok,{re_pattern,0,0,0,#}}
{error,{[109,105,115,115,105,110,103,32,116,101,114,109,105,110,97,116,105,110,103,32,93,32,102,111,114,32,99,104,97,114,97,99,116,101,114,32,99,108,97,115,115],8}}
{error,{[109,105,115,115,105,110,103,32,116,101,114,109,105,110,97,116,105,110,103,32,93,32,102,111,114,32,99,104,97,114,97,99,116,101,114,32,99,108,97,115,115],4}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{error,{[115,121,110,116,97,120,32,101,114,114,111,114,32,105,110,32,115,117,98,112,97,116,116,101,114,110,32,110,97,109,101,32,40,109,105,115,115,105,110,103,32,116,101,114,109,105,110,97,116,111,114,41],4}}
{ok,{re_pattern,0,0,0,#}}
{error,{[117,110,114,101,99,111,103,110,105,122,101,100,32,99,104,97,114,97,99,116,101,114,32,97,102,116,101,114,32,40,63,32,111,114,32,40,63,45],5}}
{error,{[109,105,115,115,105,110,103,32,116,101,114,109,105,110,97,116,105,110,103,32,93,32,102,111,114,32,99,104,97,114,97,99,116,101,114,32,99,108,97,115,115],4}}
{error,{[117,110,114,101,99,111,103,110,105,122,101,100,32,99,104,97,114,97,99,116,101,114,32,97,102,116,101,114,32,40,63,80],6}}
{ok,{re_pattern,0,0,0,#}}
{error,{[109,105,115,115,105,110,103,32,116,101,114,109,105,110,97,116,105,110,103,32,93,32,102,111,114,32,99,104,97,114,97,99,116,101,114,32,99,108,97,115,115],5}}
{ok,{re_pattern,0,0,0,#}}
{error,{[110,111,116,104,105,110,103,32,116,111,32,114,101,112,101,97,116],0}}
{ok,{re_pattern,0,1,0,#}}
{ok,{re_pattern,0,1,0,#}}
{ok,{re_pattern,0,0,0,#}}
{error,{[117,110,114,101,99,111,103,110,105,122,101,100,32,99,104,97,114,97,99,116,101,114,32,97,102,116,101,114,32,40,63,32,111,114,32,40,63,45],4}}
{error,{[92,32,97,116,32,101,110,100,32,111,102,32,112,97,116,116,101,114,110],2}}
{error,{[92,32,97,116,32,101,110,100,32,111,102,32,112,97,116,116,101,114,110],6}}
{error,{[109,97,108,102,111,114,109,101,100,32,92,80,32,111,114,32,92,112,32,115,101,113,117,101,110,99,101],4}}
{error,{[40,42,86,69,82,66,41,32,110,111,116,32,114,101,99,111,103,110,105,122,101,100,32,111,114,32,109,97,108,102,111,114,109,101,100],6}}
{ok,{re_pattern,0,0,0,#}}
{error,{[117,110,114,101,99,111,103,110,105,122,101,100,32,99,104,97,114,97,99,116,101,114,32,97,102,116,101,114,32,40,63,80],4}}
{ok,{re_pattern,0,0,0,#}}
{error,{[97,115,115,101,114,116,105,111,110,32,101,120,112,101,99,116,101,100,32,97,102,116,101,114,32,40,63,40,32,111,114,32,40,63,40,63,67,41],8}}
{error,{[109,105,115,115,105,110,103,32,116,101,114,109,105,110,97,116,105,110,103,32,93,32,102,111,114,32,99,104,97,114,97,99,116,101,114,32,99,108,97,115,115],5}}
{error,{[109,97,108,102,111,114,109,101,100,32,92,80,32,111,114,32,92,112,32,115,101,113,117,101,110,99,101],12}}
{ok,{re_pattern,0,1,0,#}}
{ok,{re_pattern,0,0,0,#}}
{error,{[109,105,115,115,105,110,103,32,116,101,114,109,105,110,97,116,105,110,103,32,93,32,102,111,114,32,99,104,97,114,97,99,116,101,114,32,99,108,97,115,115],8}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{error,{[97,115,115,101,114,116,105,111,110,32,101,120,112,101,99,116,101,100,32,97,102,116,101,114,32,40,63,40,32,111,114,32,40,63,40,63,67,41],3}}
{error,{[117,110,114,101,99,111,103,110,105,122,101,100,32,99,104,97,114,97,99,116,101,114,32,97,102,116,101,114,32,40,63,32,111,114,32,40,63,45],3}}
{error,{[115,117,98,112,97,116,116,101,114,110,32,110,97,109,101,32,101,120,112,101,99,116,101,100],7}}
{error,{[109,105,115,115,105,110,103,32,116,101,114,109,105,110,97,116,105,110,103,32,93,32,102,111,114,32,99,104,97,114,97,99,116,101,114,32,99,108,97,115,115],8}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{error,{[109,105,115,115,105,110,103,32,116,101,114,109,105,110,97,116,105,110,103,32,93,32,102,111,114,32,99,104,97,114,97,99,116,101,114,32,99,108,97,115,115],4}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
)RE";
// clang-format on

// clang-format off
constexpr char kCases22[] = R"RE(
{compile, "{ad[U", [dupnames]}.
{compile, "(**xo", []}.
{compile, "\\N\\x{Lo(A", [unicode]}.
{compile, "w2i(*", [caseless]}.
{compile, "(?(", [unicode]}.
{compile, "'\\y\\>\\\\p{", [unicode]}.
{compile, "\\1C1$!k", [no_auto_capture]}.
{compile, "aVNy2\\", [unicode]}.
{compile, "^@(?$!\\w", [no_auto_capture]}.
{compile, "@9(?<<$", [caseless]}.
{compile, "([:lC)[", [unicode]}.
{compile, ")w", [dupnames]}.
)RE";
constexpr char kExpected22[] = R"RE(
{error,{[109,105,115,115,105,110,103,32,116,101,114,109,105,110,97,116,105,110,103,32,93,32,102,111,114,32,99,104,97,114,97,99,116,101,114,32,99,108,97,115,115],5}}
{error,{[110,111,116,104,105,110,103,32,116,111,32,114,101,112,101,97,116],1}}
{error,{[110,111,110,45,104,101,120,32,99,104,97,114,97,99,116,101,114,32,105,110,32,92,120,123,125,32,40,99,108,111,115,105,110,103,32,98,114,97,99,101,32,109,105,115,115,105,110,103,63,41],5}}
{error,{[110,111,116,104,105,110,103,32,116,111,32,114,101,112,101,97,116],4}}
{error,{[97,115,115,101,114,116,105,111,110,32,101,120,112,101,99,116,101,100,32,97,102,116,101,114,32,40,63,40,32,111,114,32,40,63,40,63,67,41],3}}
{ok,{re_pattern,0,1,0,#}}
{error,{[114,101,102,101,114,101,110,99,101,32,116,111,32,110,111,110,45,101,120,105,115,116,101,110,116,32,115,117,98,112,97,116,116,101,114,110],7}}
{error,{[92,32,97,116,32,101,110,100,32,111,102,32,112,97,116,116,101,114,110],6}}
{error,{[117,110,114,101,99,111,103,110,105,122,101,100,32,99,104,97,114,97,99,116,101,114,32,97,102,116,101,114,32,40,63,32,111,114,32,40,63,45],4}}
{error,{[117,110,114,101,99,111,103,110,105,122,101,100,32,99,104,97,114,97,99,116,101,114,32,97,102,116,101,114,32,40,63,60],5}}
{error,{[109,105,115,115,105,110,103,32,116,101,114,109,105,110,97,116,105,110,103,32,93,32,102,111,114,32,99,104,97,114,97,99,116,101,114,32,99,108,97,115,115],7}}
{error,{[117,110,109,97,116,99,104,101,100,32,112,97,114,101,110,116,104,101,115,101,115],0}}
)RE";
// clang-format on

TEST(ReErl, Cases1) { check_cases(kCases1, kExpected1); }
TEST(ReErl, Cases2) { check_cases(kCases2, kExpected2); }
TEST(ReErl, Cases3) { check_cases(kCases3, kExpected3); }
TEST(ReErl, Cases4) { check_cases(kCases4, kExpected4); }
TEST(ReErl, Cases5) { check_cases(kCases5, kExpected5); }
TEST(ReErl, Cases6) { check_cases(kCases6, kExpected6); }
TEST(ReErl, Cases7) { check_cases(kCases7, kExpected7); }
TEST(ReErl, Cases8) { check_cases(kCases8, kExpected8); }
TEST(ReErl, Cases9) { check_cases(kCases9, kExpected9); }
TEST(ReErl, Cases10) { check_cases(kCases10, kExpected10); }
TEST(ReErl, Cases11) { check_cases(kCases11, kExpected11); }
TEST(ReErl, Cases12) { check_cases(kCases12, kExpected12); }
TEST(ReErl, Cases13) { check_cases(kCases13, kExpected13); }
TEST(ReErl, Cases14) { check_cases(kCases14, kExpected14); }
TEST(ReErl, Cases15) { check_cases(kCases15, kExpected15); }
TEST(ReErl, Cases16) { check_cases(kCases16, kExpected16); }
TEST(ReErl, Cases17) { check_cases(kCases17, kExpected17); }
TEST(ReErl, Cases18) { check_cases(kCases18, kExpected18); }
TEST(ReErl, Cases19) { check_cases(kCases19, kExpected19); }
TEST(ReErl, Cases20) { check_cases(kCases20, kExpected20); }
TEST(ReErl, Cases21) { check_cases(kCases21, kExpected21); }
TEST(ReErl, Cases22) { check_cases(kCases22, kExpected22); }

// ---- beyond the table ---------------------------------------------------------------

TEST(Re, Version) {
  Process p(nullptr, make_pid(1));
  EXPECT_EQ(result_text(p, call(p, "version", {})),
            show(make_binary(p, std::string_view("8.44 2020-02-12"))));
}

// A tuple claiming fewer groups than the pattern has: the ovector is too
// small and every match fails (erl: nomatch); more groups than it has are
// harmless.
TEST(Re, TupleGroupCount) {
  Process p(nullptr, make_pid(1));
  TermReader rd(p, "{\"(a)\", [], \"a\"}");
  Term args = rd.read();
  Term mpt = call(p, "compile", {tuple_elems(args)[0], tuple_elems(args)[1]});
  ASSERT_TRUE(is_tuple(mpt));
  Term mp = tuple_elems(mpt)[1];
  Term subject = tuple_elems(args)[2];
  for (Sint n : {0, -1, 5}) {
    Term forged = make_tuple(p, {tuple_elems(mp)[0], make_small(n), tuple_elems(mp)[2],
                                 tuple_elems(mp)[3], tuple_elems(mp)[4]});
    std::string r = result_text(p, call(p, "run", {subject, forged}));
    EXPECT_EQ(r, n == 5 ? "{match,[{0,1},{0,1}]}" : "nomatch") << n;
  }
  // The tuple's Unicode flag decides how a list subject is converted.
  TermReader rd2(p, "[233]");
  Term latin = rd2.read();
  Term uni = make_tuple(p, {tuple_elems(mp)[0], tuple_elems(mp)[1], make_small(1),
                            tuple_elems(mp)[3], tuple_elems(mp)[4]});
  EXPECT_EQ(result_text(p, call(p, "run", {latin, uni})), "nomatch");
  // A binary that is not ours: badarg.
  Term junk = make_tuple(p, {tuple_elems(mp)[0], tuple_elems(mp)[1], tuple_elems(mp)[2],
                             tuple_elems(mp)[3], make_binary(p, std::string_view("ERCP"))});
  EXPECT_EQ(result_text(p, call(p, "run", {subject, junk})), "{'EXC',error,badarg}");
}

// Patterns used repeatedly are JIT-compiled; results must not change, and
// match limits still count as the interpreter (PCRE 8) does.
TEST(Re, RepeatedUseSameResults) {
  const char* cases[][2] = {
      {"{run, <<\"a1b22c333\">>, {compiled, \"\\\\d+\", []}, [global]}",
       "{match,[[{1,1}],[{3,2}],[{6,3}]]}"},
      {"{run, <<\"a1b22c333\">>, \"(\\\\d)(\\\\d)?\", [global, {capture, all, list}]}",
       "{match,[[[49],[49]],[[50,50],[50],[50]],[[51,51],[51],[51]],[[51],[51]]]}"},
      {"{run, <<\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab\">>, \"(a+)+$\", [{match_limit, 10}, "
       "report_errors]}",
       "{error,match_limit}"},
      {"{run, <<\"h\", 195, 169, \"llo\">>, \"\", [global, unicode]}",
       "{match,[[{0,0}],[{1,0}],[{3,0}],[{4,0}],[{5,0}],[{6,0}]]}"},
  };
  for (auto& c : cases) {
    for (int k = 0; k < 12; k++) EXPECT_EQ(run_case(c[0]), c[1]) << c[0] << " #" << k;
  }
}

// Deep backtracking beyond the JIT stack falls back to the interpreter.
TEST(Re, LargeSubjects) {
  for (int k = 0; k < 6; k++) {
    EXPECT_EQ(run_case("{run, {copy, <<\"ab\">>, 50000}, \"^(a|b)*$\"}"),
              "{match,[{0,100000},{99999,1}]}");
    EXPECT_EQ(run_case("{run, {copy, <<\"ab\">>, 100000}, \"^(?:(a)|b)+$\", [report_errors]}"),
              "{match,[{0,200000},{199998,1}]}");
  }
  EXPECT_EQ(run_case("{run, {copy, <<\"x,\">>, 20000}, \",\", [global, {capture, none}]}"),
            "match");
}

// Captured binaries of a binary subject (sub-binaries or copies) hold the
// right bytes.
TEST(Re, BinaryCaptures) {
  Process p(nullptr, make_pid(1));
  std::string s;
  for (int k = 0; k < 300; k++) s.push_back(char('a' + k % 26));
  Term subject = make_binary(p, s);
  TermReader rd(p, "{\"(c.{100})(.)\", [{capture, all_but_first, binary}]}");
  Term a = rd.read();
  Term r = call(p, "run", {subject, tuple_elems(a)[0], tuple_elems(a)[1]});
  ASSERT_TRUE(is_tuple(r));
  Term l = tuple_elems(r)[1];
  BitView v1, v2;
  ASSERT_TRUE(bit_view(car(l), &v1));
  ASSERT_TRUE(bit_view(car(cdr(l)), &v2));
  std::vector<uint8_t> b1(v1.byte_size());
  copy_bits(v1.base, v1.bit_offset, b1.data(), 0, v1.bit_size);
  EXPECT_EQ(std::string(b1.begin(), b1.end()), s.substr(2, 101));
  EXPECT_EQ(v2.byte_size(), 1u);
}

// Compiled patterns stay usable when the cache has dropped them.
TEST(Re, CacheEviction) {
  Process p(nullptr, make_pid(1));
  TermReader rd(p, "{\"(x+)y\", [caseless], \"aXXy\"}");
  Term a = rd.read();
  Term mpt = call(p, "compile", {tuple_elems(a)[0], tuple_elems(a)[1]});
  ASSERT_TRUE(is_tuple(mpt));
  Term mp = tuple_elems(mpt)[1];
  re_engine::clear_cache();
  EXPECT_EQ(re_engine::cache_size(), 0u);
  EXPECT_EQ(result_text(p, call(p, "run", {tuple_elems(a)[2], mp})), "{match,[{1,3},{1,2}]}");
  for (int k = 0; k < 5000; k++) {
    Process q(nullptr, make_pid(2));
    Term pat = make_binary(q, "a" + std::to_string(k));
    ASSERT_TRUE(is_tuple(call(q, "compile", {pat})));
  }
  EXPECT_LE(re_engine::cache_size(), 4096u);
  EXPECT_EQ(result_text(p, call(p, "run", {tuple_elems(a)[2], mp})), "{match,[{1,3},{1,2}]}");
}

// Several schedulers running the same patterns at once.
TEST(Re, Threads) {
  Process p0(nullptr, make_pid(1));
  TermReader rd(p0, "{\"([a-z]+)=(\\\\d+)\", []}");
  Term a = rd.read();
  Term mpt = call(p0, "compile", {tuple_elems(a)[0], tuple_elems(a)[1]});
  ASSERT_TRUE(is_tuple(mpt));
  Term mp = tuple_elems(mpt)[1];
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < 4; t++) {
    threads.emplace_back([&, t] {
      for (int k = 0; k < 300; k++) {
        Process p(nullptr, make_pid(10 + t));
        std::string subj = "x=" + std::to_string(k) + ";yy=" + std::to_string(t);
        Term s = make_binary(p, subj);
        TermReader r2(p, "[global, {capture, all_but_first, list}]");
        Term opts = r2.read();
        Term r = call(p, "run", {s, mp, opts});
        std::string want = "{match,[[[120]," + show(bytes_to_list(p, std::to_string(k))) +
                           "],[[121,121]," + show(bytes_to_list(p, std::to_string(t))) + "]]}";
        if (result_text(p, r) != want) failures++;
        Term pat = make_binary(p, "=" + std::to_string(k % 7));
        if (result_text(p, call(p, "run", {s, pat})) == "{'EXC',error,badarg}") failures++;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
}

}  // namespace
}  // namespace beamline
