// atomics module BIFs (and erts_internal:atomics_new/2, which atomics:new/2
// calls after encoding its options). Arrays: runtime/ets/atomic_array.h. Also
// the BIF bodies counters.cc shares (runtime/bifs/atomics.h).
#include "runtime/bifs/atomics.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/map.h"
#include "runtime/term/number.h"

namespace beamline {
namespace {

using Kind = AtomicArray::Kind;

// Maximum number of cells (erl fails allocations far below this anyway).
constexpr Sint kMaxCells = Sint(1) << 40;

std::atomic<uint64_t>* cell_arg(Term ref, Term ix, AtomicArray** out) {
  return atomic_array_cell(ref, ix, Kind::kAtomics, out);
}

Term bif_atomics_new(Process* p, const Term* args) {
  if (!is_small(args[1])) return raise_badarg(p);
  bool is_signed = (small_value(args[1]) & 1) != 0;
  return atomic_array_new_bif(p, args[0], Kind::kAtomics, is_signed);
}

Term bif_put(Process* p, const Term* args) {
  return atomic_array_put_bif(p, args, Kind::kAtomics);
}

Term bif_get(Process* p, const Term* args) {
  return atomic_array_get_bif(p, args, Kind::kAtomics);
}

Term bif_add(Process* p, const Term* args) {
  return atomic_array_add_bif(p, args, Kind::kAtomics);
}

Term bif_add_get(Process* p, const Term* args) {
  AtomicArray* a;
  auto* c = cell_arg(args[0], args[1], &a);
  uint64_t incr;
  if (!c || !atomic_term_to_incr(args[2], &incr)) return raise_badarg(p);
  return atomic_cell_to_term(*p, *a, c->fetch_add(incr) + incr);
}

Term bif_exchange(Process* p, const Term* args) {
  AtomicArray* a;
  auto* c = cell_arg(args[0], args[1], &a);
  uint64_t v;
  if (!c || !atomic_term_to_cell(*a, args[2], &v)) return raise_badarg(p);
  return atomic_cell_to_term(*p, *a, c->exchange(v));
}

Term bif_compare_exchange(Process* p, const Term* args) {
  AtomicArray* a;
  auto* c = cell_arg(args[0], args[1], &a);
  uint64_t expected, desired;
  if (!c || !atomic_term_to_cell(*a, args[2], &expected) ||
      !atomic_term_to_cell(*a, args[3], &desired))
    return raise_badarg(p);
  if (c->compare_exchange_strong(expected, desired)) return atom::ok;
  return atomic_cell_to_term(*p, *a, expected);
}

Term bif_info(Process* p, const Term* args) {
  static const Term kSize = atom_from("size");
  static const Term kMax = atom_from("max");
  static const Term kMin = atom_from("min");
  static const Term kMemory = atom_from("memory");
  AtomicArray* a = atomic_array_find(args[0], Kind::kAtomics);
  if (!a) return raise_badarg(p);
  Term max = a->is_signed ? make_integer(*p, int64_t(INT64_MAX))
                          : make_integer(*p, ~uint64_t(0));
  Term min = a->is_signed ? make_integer(*p, int64_t(INT64_MIN)) : make_small(0);
  Term kvs[8] = {kSize,   make_integer(*p, uint64_t(a->size)),
                 kMax,    max,
                 kMin,    min,
                 kMemory, make_integer(*p, uint64_t(40 + 8 * a->size))};
  return map_from_pairs(*p, kvs, 4);
}

}  // namespace

std::atomic<uint64_t>* atomic_array_cell(Term ref, Term ix, AtomicArray::Kind kind,
                                         AtomicArray** array) {
  AtomicArray* a = atomic_array_find(ref, kind);
  if (!a || !is_small(ix)) return nullptr;
  Sint i = small_value(ix);
  if (i < 1 || Uint(i) > a->size) return nullptr;
  *array = a;
  return &a->cells[i - 1];
}

Term atomic_array_new_bif(Process* p, Term size, AtomicArray::Kind kind, bool is_signed) {
  if (!is_small(size)) return raise_badarg(p);
  Sint n = small_value(size);
  if (n < 1 || n > kMaxCells) return raise_badarg(p);
  Term ref = atomic_array_new(*p, p->vm(), kind, is_signed, size_t(n));
  if (ref == NON_VALUE) return raise_system_limit(p);
  return ref;
}

Term atomic_array_get_bif(Process* p, const Term* args, AtomicArray::Kind kind) {
  AtomicArray* a;
  auto* c = atomic_array_cell(args[0], args[1], kind, &a);
  if (!c) return raise_badarg(p);
  return atomic_cell_to_term(*p, *a, c->load());
}

Term atomic_array_add_bif(Process* p, const Term* args, AtomicArray::Kind kind) {
  AtomicArray* a;
  auto* c = atomic_array_cell(args[0], args[1], kind, &a);
  uint64_t incr;
  if (!c || !atomic_term_to_incr(args[2], &incr)) return raise_badarg(p);
  c->fetch_add(incr);
  return atom::ok;
}

Term atomic_array_put_bif(Process* p, const Term* args, AtomicArray::Kind kind) {
  AtomicArray* a;
  auto* c = atomic_array_cell(args[0], args[1], kind, &a);
  uint64_t v;
  if (!c || !atomic_term_to_cell(*a, args[2], &v)) return raise_badarg(p);
  c->store(v);
  return atom::ok;
}

void register_atomics_bifs(BifRegistry& r) {
  r.add("erts_internal", "atomics_new", 2, bif_atomics_new);
  r.add("atomics", "put", 3, bif_put);
  r.add("atomics", "get", 2, bif_get);
  r.add("atomics", "add", 3, bif_add);
  r.add("atomics", "add_get", 3, bif_add_get);
  r.add("atomics", "exchange", 3, bif_exchange);
  r.add("atomics", "compare_exchange", 4, bif_compare_exchange);
  r.add("atomics", "info", 1, bif_info);
}

}  // namespace beamline
