// Maps: flat maps (<= 32 keys) and HAMT hash maps (> 32 keys), laid out so
// that iteration order, printing order and maps:iterator paths match ERTS.
//
// Flat map (term.h): [hdr(FlatMap, 1 + n), keys tuple, v1 .. vn], keys sorted
// by compare_terms_exact (all integers before all floats).
//
// Hash map: a tree of Sub::HashMap boxed nodes. Every payload word is a valid
// term, so copy_term and the GC copy nodes generically:
//   root:  [hdr(HashMap, 2 + n), small(kHamtRootFlag | bitmap), small(size),
//           child_1 .. child_n]
//   inner: [hdr(HashMap, 1 + n), small(bitmap), child_1 .. child_n]
// `bitmap` has bit i set when slot i (hash nibble i) is used; children are
// stored in slot order. A child is a leaf, the cons cell [Key | Value], or an
// inner node. Keys are placed by ERTS's internal hash (term/hash.h), 4 bits
// per level from the least significant nibble; after 8 levels the key is
// rehashed with a per-level-group salt, as in OTP 25. The tree is canonical
// (a leaf sits at the first level where its hash prefix is unique), so the
// layout only depends on the set of keys.
//
// A map has more than 32 keys if and only if it is a hash map.
//
// None of these functions garbage collects; terms passed in stay valid.
#pragma once

#include <cstddef>

#include "absl/functional/function_ref.h"
#include "runtime/term/heap.h"
#include "runtime/term/term.h"

namespace beamline {

inline constexpr Sint kHamtRootFlag = Sint(1) << 16;

// ---- queries ------------------------------------------------------------------
Uint map_size(Term map);
// Exact key match (=:=).
bool map_get(Term map, Term key, Term* value);
inline bool map_is_key(Term map, Term key) {
  Term v;
  return map_get(map, key, &v);
}

// ---- construction -----------------------------------------------------------------
Term make_empty_map(Heap& h);
// kvs = k0, v0, k1, v1, ...; later duplicates win.
Term map_from_pairs(Heap& h, const Term* kvs, size_t n_pairs);
// A proper list of 2-tuples (maps:from_list); NON_VALUE if `list` is not a
// proper list of 2-tuples.
Term map_from_list(Heap& h, Term list);

// ---- updates (persistent: the argument map is never modified) ---------------------
Term map_put(Heap& h, Term map, Term key, Term value);
// put_map_assoc: several associations at once (later duplicates win).
Term map_put_many(Heap& h, Term map, const Term* kvs, size_t n_pairs);
// put_map_exact / maps:update: every key must exist; otherwise returns
// NON_VALUE and sets *bad_key to the first missing key (in argument order).
Term map_update_many(Heap& h, Term map, const Term* kvs, size_t n_pairs,
                     Term* bad_key);
inline Term map_update(Heap& h, Term map, Term key, Term value) {
  Term kv[2] = {key, value};
  Term bad;
  return map_update_many(h, map, kv, 1, &bad);
}
// Returns `map` itself when the key is absent.
Term map_remove(Heap& h, Term map, Term key);
// maps:merge(A, B): B's values win.
Term map_merge(Heap& h, Term a, Term b);

// ---- iteration -----------------------------------------------------------------------
// Iteration order of maps:iterator/maps:next, maps:fold/map/filter..., and
// of io:format's ~p / ~w printing: sorted keys for flat maps; hash order for
// hash maps.
void map_foreach(Term map, absl::FunctionRef<void(Term key, Term value)> f);
// The reverse of map_foreach's order.
void map_foreach_reverse(Term map,
                         absl::FunctionRef<void(Term key, Term value)> f);
// maps:to_list/1, maps:keys/1, maps:values/1 results, in erl's order (for
// hash maps that is the reverse of the iteration order, as on ERTS).
Term map_to_list(Heap& h, Term map);
Term map_keys(Heap& h, Term map);
Term map_values(Heap& h, Term map);

// erts_internal:map_next(Path, Map, Acc) as used by maps:iterator/next and
// maps:to_list in OTP 25. `acc` is the atom `iterator` or a list. For hash
// maps the result comes in chunks of up to `chunk` associations (the first
// call, path 0, returns at most 32, as on ERTS). Returns NON_VALUE for
// badarg.
Term map_next(Heap& h, Term path, Term map, Term acc, size_t chunk = 1000);

}  // namespace beamline
