// The erts_internal:counters_* BIFs behind counters:new(N, [write_concurrency])
// (the default, atomics-backed counters go through the atomics BIFs).
// erl stripes write_concurrency counters over schedulers and sums on read;
// one atomic array gives the same values.
#include "runtime/bifs/atomics.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/map.h"
#include "runtime/term/number.h"

namespace beamline {
namespace {

using Kind = AtomicArray::Kind;

Term bif_counters_new(Process* p, const Term* args) {
  return atomic_array_new_bif(p, args[0], Kind::kCounters, true);
}

Term bif_counters_get(Process* p, const Term* args) {
  return atomic_array_get_bif(p, args, Kind::kCounters);
}

Term bif_counters_add(Process* p, const Term* args) {
  return atomic_array_add_bif(p, args, Kind::kCounters);
}

Term bif_counters_put(Process* p, const Term* args) {
  return atomic_array_put_bif(p, args, Kind::kCounters);
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
