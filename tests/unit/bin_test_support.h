// Test helpers for the binary areas: T (an Erlang term literal read onto a
// heap) and S (a term printed as ~w prints it), from tests/unit/test_terms.h,
// so that expectations can be pasted from `erl -eval 'io:format("~w", ...)'`;
// a BIF caller over them; bignums to and from boost integers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <boost/multiprecision/cpp_int.hpp>

#include "runtime/bifs/bif.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/binary.h"
#include "runtime/term/number.h"
#include "runtime/vm/bitsyntax.h"
#include "tests/unit/test_terms.h"

namespace beamline::testing {

using Big = boost::multiprecision::cpp_int;

inline Term make_big(Heap& h, const Big& v) {
  Big m = v < 0 ? Big(-v) : v;
  std::vector<uint8_t> le;
  while (m > 0) {
    le.push_back(uint8_t(static_cast<unsigned>(m & 0xFF)));
    m >>= 8;
  }
  return bs_make_integer_le(h, le.data(), le.size(), v < 0);
}

inline Big big_of(Term t) {
  if (is_small(t)) return Big(small_value(t));
  const Term* p = boxed_val(t);
  Uint n = header_arity(*p);
  Big v = 0;
  for (Uint i = n; i-- > 0;) v = (v << 64) | Big(p[1 + i]);
  return header_sub(*p) == Sub::BigNeg ? Big(-v) : v;
}

using test_terms::show;

inline Term T(Heap& h, std::string_view text) { return test_terms::parse_term(h, text); }
inline std::string S(Term t) { return show(t); }

}  // namespace beamline::testing

namespace beamline {
void register_binary_bifs(BifRegistry&);
void register_erlang_binaries_bifs(BifRegistry&);
void register_unicode_bifs(BifRegistry&);
}  // namespace beamline

namespace beamline::testing {

// The BIFs of the binary areas, looked up by name.
inline BifFunction find_bif(std::string_view mod, std::string_view name,
                            unsigned arity) {
  static BifRegistry* reg = [] {
    auto* r = new BifRegistry();
    register_binary_bifs(*r);
    register_erlang_binaries_bifs(*r);
    register_unicode_bifs(*r);
    return r;
  }();
  for (const BifEntry& e : reg->entries()) {
    if (e.module == mod && e.name == name && e.arity == arity) return e.fn;
  }
  return nullptr;
}

// Calls Mod:Fun with the arguments in `args_text` (an Erlang list literal)
// and returns the result printed with ~w, or "EXC:Reason".
inline std::string call_bif(Process& p, std::string_view mod,
                            std::string_view fun, std::string_view args_text) {
  Term args = T(p, args_text);
  std::vector<Term> argv;
  for (Term t = args; is_list(t); t = cdr(t)) argv.push_back(car(t));
  BifFunction f = find_bif(mod, fun, unsigned(argv.size()));
  if (!f) return "UNDEF";
  p.exc_reason = NON_VALUE;
  Term r = f(&p, argv.data());
  if (r == NON_VALUE) return "EXC:" + S(p.exc_reason);
  return S(r);
}

struct BifCase {
  const char* mod;
  const char* fun;
  const char* args;
  const char* expected;
};

}  // namespace beamline::testing
