// erlang:match_spec_test/3 for table match specifications (what
// ets:test_ms/2 calls): runs a spec against one term.
#include "runtime/bifs/bif.h"
#include "runtime/ets/match_spec.h"
#include "runtime/term/atom_table.h"

namespace beamline {
namespace {

Term bif_match_spec_test(Process* p, const Term* a) {
  static const Term table = atom_from("table");
  if (a[2] != table || list_length(a[1]) < 0) return raise_badarg(p);
  auto prog = ets::MatchProgram::compile(a[1]);
  if (!prog) {
    Term msg = utf8_to_charlist(*p, "Error: match spec is malformed");
    Term err = make_tuple(*p, {atom::error, msg});
    return make_tuple(*p, {atom::error, make_list_from(*p, &err, 1)});
  }
  FragmentHeap scratch;
  Term r = prog->run(a[0], p, scratch);
  Term result = r == NON_VALUE ? atom::false_ : copy_term(r, *p);
  return make_tuple(*p, {atom::ok, result, NIL, NIL});
}

}  // namespace

void register_match_spec_test_bifs(BifRegistry& r) {
  r.add("erlang", "match_spec_test", 3, bif_match_spec_test);
}

}  // namespace beamline
