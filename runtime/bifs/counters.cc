// The erts_internal:counters_* BIFs behind counters:new(N, [write_concurrency])
// (the default, atomics-backed counters go through the atomics BIFs).
// erl stripes write_concurrency counters over schedulers and sums on read;
// one atomic array gives the same values.
#include "runtime/bifs/bif.h"
#include "runtime/ets/atomic_array.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/map.h"
#include "runtime/term/number.h"

namespace beamline {
namespace {

using Kind = AtomicArray::Kind;

constexpr Sint kMaxCells = Sint(1) << 40;

std::atomic<uint64_t>* cell_arg(Term ref, Term ix, AtomicArray** out) {
  AtomicArray* a = atomic_array_find(ref, Kind::kCounters);
  if (!a || !is_small(ix)) return nullptr;
  Sint i = small_value(ix);
  if (i < 1 || Uint(i) > a->size) return nullptr;
  *out = a;
  return &a->cells[i - 1];
}

Term bif_counters_new(Process* p, const Term* args) {
  if (!is_small(args[0])) return raise_badarg(p);
  Sint n = small_value(args[0]);
  if (n < 1 || n > kMaxCells) return raise_badarg(p);
  Term ref = atomic_array_new(*p, p->vm(), Kind::kCounters, true, size_t(n));
  if (ref == NON_VALUE) return raise_system_limit(p);
  return ref;
}

Term bif_counters_get(Process* p, const Term* args) {
  AtomicArray* a;
  auto* c = cell_arg(args[0], args[1], &a);
  if (!c) return raise_badarg(p);
  return atomic_cell_to_term(*p, *a, c->load());
}

Term bif_counters_add(Process* p, const Term* args) {
  AtomicArray* a;
  auto* c = cell_arg(args[0], args[1], &a);
  uint64_t incr;
  if (!c || !atomic_term_to_incr(args[2], &incr)) return raise_badarg(p);
  c->fetch_add(incr);
  return atom::ok;
}

Term bif_counters_put(Process* p, const Term* args) {
  AtomicArray* a;
  auto* c = cell_arg(args[0], args[1], &a);
  uint64_t v;
  if (!c || !atomic_term_to_cell(*a, args[2], &v)) return raise_badarg(p);
  c->store(v);
  return atom::ok;
}

Term bif_counters_info(Process* p, const Term* args) {
  static const Term kSize = atom_from("size");
  static const Term kMemory = atom_from("memory");
  AtomicArray* a = atomic_array_find(args[0], Kind::kCounters);
  if (!a) return raise_badarg(p);
  // Cache-line sized groups of 8 counters plus a header, as erl lays out
  // one stripe.
  uint64_t memory = 32 + 64 * ((uint64_t(a->size) + 7) / 8);
  Term kvs[4] = {kMemory, make_integer(*p, memory), kSize,
                 make_integer(*p, uint64_t(a->size))};
  return map_from_pairs(*p, kvs, 2);
}

}  // namespace

void register_counters_bifs(BifRegistry& r) {
  r.add("erts_internal", "counters_new", 1, bif_counters_new);
  r.add("erts_internal", "counters_get", 2, bif_counters_get);
  r.add("erts_internal", "counters_add", 3, bif_counters_add);
  r.add("erts_internal", "counters_put", 3, bif_counters_put);
  r.add("erts_internal", "counters_info", 1, bif_counters_info);
}

}  // namespace beamline
