// Test helpers for the ETS / match spec / atomics / prim_file tests: a BIF
// caller over terms written in Erlang syntax and printed as ~w prints them
// (tests/unit/test_terms.h).
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "runtime/bifs/bif.h"
#include "runtime/term/heap.h"
#include "runtime/term/term.h"
#include "runtime/vm/process.h"
#include "tests/unit/test_terms.h"

namespace ets_test {
using namespace beamline;

using test_terms::parse_term;
using test_terms::show;

// ---- calling BIFs ----------------------------------------------------------------------
inline BifFunction find_bif(std::string_view m, std::string_view f, unsigned a) {
  for (const BifEntry& e : BifRegistry::all().entries())
    if (e.module == m && e.name == f && e.arity == a) return e.fn;
  ADD_FAILURE() << "no BIF " << m << ":" << f << "/" << a;
  return nullptr;
}

class BifTest : public ::testing::Test {
 protected:
  Process p{nullptr, make_pid(1)};
  FragmentHeap h{1024};

  // Parses Erlang term syntax (@self is p's pid).
  Term T(std::string_view s) { return parse_term(h, s, p.pid()); }

  // Calls M:F(Args). Returns the result or NON_VALUE (exception in p).
  Term call(std::string_view m, std::string_view f, std::vector<Term> args) {
    BifFunction fn = find_bif(m, f, unsigned(args.size()));
    if (!fn) return NON_VALUE;
    p.exc_reason = NON_VALUE;
    return fn(&p, args.data());
  }
  // Result printed, or "error:Reason".
  std::string run(std::string_view m, std::string_view f, std::vector<Term> args) {
    Term r = call(m, f, std::move(args));
    if (r == NON_VALUE) return "error:" + show(p.exc_reason);
    return show(r);
  }
};

}  // namespace ets_test
