// erlang module: type tests, tuples, lists and other core BIFs.
#include "runtime/bifs/bif.h"
#include "runtime/term/atom_table.h"

namespace beamline {
namespace {

Term bif_length(Process* p, const Term* args) {
  Sint n = list_length(args[0]);
  if (n < 0) return raise_badarg(p);
  return make_small(n);
}

Term bif_hd(Process* p, const Term* args) {
  if (!is_list(args[0])) return raise_badarg(p);
  return car(args[0]);
}

Term bif_tl(Process* p, const Term* args) {
  if (!is_list(args[0])) return raise_badarg(p);
  return cdr(args[0]);
}

Term bif_tuple_size(Process* p, const Term* args) {
  if (!is_tuple(args[0])) return raise_badarg(p);
  return make_small(Sint(tuple_arity(args[0])));
}

Term bif_element(Process* p, const Term* args) {
  if (!is_small(args[0]) || !is_tuple(args[1])) return raise_badarg(p);
  Sint i = small_value(args[0]);
  if (i < 1 || Uint(i) > tuple_arity(args[1])) return raise_badarg(p);
  return tuple_elems(args[1])[i - 1];
}

Term bif_self(Process* p, const Term*) { return p->pid(); }

}  // namespace

void register_erlang_core_bifs(BifRegistry& r) {
  r.add("erlang", "length", 1, bif_length, kBifGuard);
  r.add("erlang", "hd", 1, bif_hd, kBifGuard);
  r.add("erlang", "tl", 1, bif_tl, kBifGuard);
  r.add("erlang", "tuple_size", 1, bif_tuple_size, kBifGuard);
  r.add("erlang", "element", 2, bif_element, kBifGuard);
  r.add("erlang", "self", 0, bif_self, kBifGuard);
}

}  // namespace beamline
