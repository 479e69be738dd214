// Flat maps and HAMT hash maps with ERTS's layout rules (see map.h).
#include "runtime/term/map.h"

#include <algorithm>
#include <bit>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/compare.h"
#include "runtime/term/hash.h"

namespace beamline {
namespace {

// ---- small helpers --------------------------------------------------------------

Term make_cons(Heap& h, Term head, Term tail) {
  Term* c = h.alloc(2);
  c[0] = head;
  c[1] = tail;
  return make_list(c);
}

Term make_tuple_of(Heap& h, const Term* elems, size_t n) {
  Term* p = h.alloc(n + 1);
  p[0] = make_header(Sub::Tuple, n);
  if (n) std::memcpy(p + 1, elems, n * sizeof(Term));
  return make_boxed(p);
}

Term make_pair_tuple(Heap& h, Term a, Term b) {
  Term* p = h.alloc(3);
  p[0] = make_header(Sub::Tuple, 2);
  p[1] = a;
  p[2] = b;
  return make_boxed(p);
}

// Exact key equality with a fast path for immediates.
inline bool key_eq(Term a, Term b) {
  if (a == b) return true;
  if (is_immed(a) || is_immed(b)) return false;
  return eq_exact(a, b);
}

// ---- flat maps ----------------------------------------------------------------------

Term make_flatmap(Heap& h, Term keys_tuple, const Term* values, size_t n) {
  Term* p = h.alloc(2 + n);
  p[0] = make_header(Sub::FlatMap, 1 + n);
  p[1] = keys_tuple;
  if (n) std::memcpy(p + 2, values, n * sizeof(Term));
  return make_boxed(p);
}

// Index of `key` in a flat map, or -1.
Sint flat_find(Term map, Term key) {
  Uint n = flatmap_size(map);
  const Term* ks = tuple_elems(flatmap_keys(map));
  if (is_immed(key)) {
    for (Uint i = 0; i < n; i++) {
      if (ks[i] == key) return Sint(i);
    }
    return -1;
  }
  for (Uint i = 0; i < n; i++) {
    if (key_eq(ks[i], key)) return Sint(i);
  }
  return -1;
}

struct KV {
  Term key;
  Term value;
};

// Builds a flat map from associations already sorted by key with no
// duplicates (n <= 32).
Term flatmap_from_sorted(Heap& h, const KV* kvs, size_t n) {
  Term* kp = h.alloc(n + 1);
  kp[0] = make_header(Sub::Tuple, n);
  Term* p = h.alloc(2 + n);
  p[0] = make_header(Sub::FlatMap, 1 + n);
  p[1] = make_boxed(kp);
  for (size_t i = 0; i < n; i++) {
    kp[1 + i] = kvs[i].key;
    p[2 + i] = kvs[i].value;
  }
  return make_boxed(p);
}

// Sorts by key (exact order); among equal keys the last one wins.
void sort_dedupe(std::vector<KV>* kvs) {
  std::stable_sort(kvs->begin(), kvs->end(), [](const KV& a, const KV& b) {
    return compare_terms_exact(a.key, b.key) < 0;
  });
  size_t out = 0;
  for (size_t i = 0; i < kvs->size(); i++) {
    if (out > 0 && key_eq((*kvs)[out - 1].key, (*kvs)[i].key)) {
      (*kvs)[out - 1] = (*kvs)[i];
    } else {
      (*kvs)[out++] = (*kvs)[i];
    }
  }
  kvs->resize(out);
}

// ---- hash maps -------------------------------------------------------------------------

inline bool node_is_root(const Term* n) {
  return (small_value(n[1]) & kHamtRootFlag) != 0;
}
inline uint32_t node_bitmap(const Term* n) {
  return uint32_t(small_value(n[1]) & 0xFFFF);
}
inline Uint node_count(const Term* n) {
  return header_arity(n[0]) - (node_is_root(n) ? 2 : 1);
}
inline const Term* node_children(const Term* n) {
  return n + (node_is_root(n) ? 3 : 2);
}
inline Uint hashmap_size(Term m) { return Uint(small_value(boxed_val(m)[2])); }

Term make_node(Heap& h, bool root, uint32_t bitmap, Uint size,
               const Term* children, Uint n) {
  Uint fixed = root ? 2 : 1;
  Term* p = h.alloc(1 + fixed + n);
  p[0] = make_header(Sub::HashMap, fixed + n);
  p[1] = make_small(Sint(bitmap) | (root ? kHamtRootFlag : 0));
  if (root) p[2] = make_small(Sint(size));
  if (n) std::memcpy(p + 1 + fixed, children, n * sizeof(Term));
  return make_boxed(p);
}

// The key's hash, consumed a nibble per level.
struct HashCursor {
  Term key;
  uint32_t hx;
  unsigned lvl;

  HashCursor(Term k, unsigned level = 0) : key(k), lvl(level) {
    hx = map_key_hash(k, level / 8) >> (4 * (level % 8));
  }
  unsigned nibble() const { return hx & 15; }
  HashCursor next() const {
    HashCursor c = *this;
    c.lvl++;
    if (c.lvl % 8) {
      c.hx >>= 4;
    } else {
      c.hx = map_key_hash(key, c.lvl / 8);
    }
    return c;
  }
};

inline unsigned slot_pos(uint32_t bitmap, unsigned nib) {
  return unsigned(std::popcount(bitmap & ((1u << nib) - 1)));
}

// Distinct keys always differ in some salted hash long before this depth;
// reaching it means the hash ignores part of what =:= compares.
constexpr unsigned kMaxHamtDepth = 256;
[[noreturn]] void hamt_depth_exceeded() {
  std::fprintf(stderr, "beamline: map key hashes collide beyond %u levels\n",
               kMaxHamtDepth);
  std::abort();
}

// A subtree holding two leaves whose keys share the hash prefix so far.
Term make_pair_subtree(Heap& h, Term leaf_a, HashCursor ha, Term leaf_b,
                       HashCursor hb) {
  if (ha.lvl >= kMaxHamtDepth) hamt_depth_exceeded();
  unsigned na = ha.nibble(), nb = hb.nibble();
  if (na == nb) {
    Term sub = make_pair_subtree(h, leaf_a, ha.next(), leaf_b, hb.next());
    return make_node(h, false, 1u << na, 0, &sub, 1);
  }
  Term ch[2];
  if (na < nb) {
    ch[0] = leaf_a;
    ch[1] = leaf_b;
  } else {
    ch[0] = leaf_b;
    ch[1] = leaf_a;
  }
  return make_node(h, false, (1u << na) | (1u << nb), 0, ch, 2);
}

bool hashmap_get(Term map, Term key, Term* value) {
  const Term* n = boxed_val(map);
  HashCursor hc(key);
  for (;;) {
    uint32_t bm = node_bitmap(n);
    unsigned nib = hc.nibble();
    if (!(bm & (1u << nib))) return false;
    Term c = node_children(n)[slot_pos(bm, nib)];
    if (is_list(c)) {
      if (key_eq(car(c), key)) {
        *value = cdr(c);
        return true;
      }
      return false;
    }
    n = boxed_val(c);
    hc = hc.next();
  }
}

// Inserts or updates; returns the new node, `node` itself when nothing
// changed, or NON_VALUE when `update_only` and the key is missing.
Term hamt_put(Heap& h, Term node, const HashCursor& hc, Term key, Term value,
              bool update_only, bool* added) {
  const Term* n = boxed_val(node);
  bool root = node_is_root(n);
  uint32_t bm = node_bitmap(n);
  Uint cnt = node_count(n);
  const Term* ch = node_children(n);
  unsigned nib = hc.nibble();
  unsigned pos = slot_pos(bm, nib);
  Uint size = root ? hashmap_size(node) : 0;

  if (!(bm & (1u << nib))) {
    if (update_only) return NON_VALUE;
    *added = true;
    Term nch[16];
    std::copy(ch, ch + pos, nch);
    nch[pos] = make_cons(h, key, value);
    std::copy(ch + pos, ch + cnt, nch + pos + 1);
    return make_node(h, root, bm | (1u << nib), size + 1, nch, cnt + 1);
  }
  Term c = ch[pos];
  Term nc;
  if (is_list(c)) {
    if (key_eq(car(c), key)) {
      if (cdr(c) == value) return node;
      nc = make_cons(h, car(c), value);
    } else {
      if (update_only) return NON_VALUE;
      *added = true;
      HashCursor hn = hc.next();
      nc = make_pair_subtree(h, c, HashCursor(car(c), hn.lvl),
                             make_cons(h, key, value), hn);
    }
  } else {
    nc = hamt_put(h, c, hc.next(), key, value, update_only, added);
    if (nc == NON_VALUE) return NON_VALUE;
    if (nc == c) return node;
  }
  Term nch[16];
  std::copy(ch, ch + cnt, nch);
  nch[pos] = nc;
  return make_node(h, root, bm, size + (*added ? 1 : 0), nch, cnt);
}

// Removes the key below a non-root node. Returns the replacement for
// `node`: a new node, a leaf (the node collapsed), or NON_VALUE (the node is
// gone). *found is false (and the result meaningless) if the key is absent.
Term hamt_remove_inner(Heap& h, Term node, const HashCursor& hc, Term key,
                       bool* found) {
  const Term* n = boxed_val(node);
  uint32_t bm = node_bitmap(n);
  Uint cnt = node_count(n);
  const Term* ch = node_children(n);
  unsigned nib = hc.nibble();
  if (!(bm & (1u << nib))) {
    *found = false;
    return node;
  }
  unsigned pos = slot_pos(bm, nib);
  Term c = ch[pos];
  Term res;
  if (is_list(c)) {
    if (!key_eq(car(c), key)) {
      *found = false;
      return node;
    }
    res = NON_VALUE;
  } else {
    res = hamt_remove_inner(h, c, hc.next(), key, found);
    if (!*found) return node;
  }
  *found = true;
  if (res == NON_VALUE) {
    if (cnt == 1) return NON_VALUE;
    if (cnt == 2) {
      Term other = ch[pos == 0 ? 1 : 0];
      if (is_list(other)) return other;  // collapse: the leaf moves up
      return make_node(h, false, bm ^ (1u << nib), 0, &other, 1);
    }
    Term nch[16];
    std::copy(ch, ch + pos, nch);
    std::copy(ch + pos + 1, ch + cnt, nch + pos);
    return make_node(h, false, bm ^ (1u << nib), 0, nch, cnt - 1);
  }
  if (is_list(res) && cnt == 1) return res;  // the leaf moves further up
  Term nch[16];
  std::copy(ch, ch + cnt, nch);
  nch[pos] = res;
  return make_node(h, false, bm, 0, nch, cnt);
}

// Depth-first traversal in slot order.
template <typename F>
void hamt_walk(const Term* n, F& f) {
  const Term* ch = node_children(n);
  Uint cnt = node_count(n);
  for (Uint i = 0; i < cnt; i++) {
    if (is_list(ch[i])) {
      f(car(ch[i]), cdr(ch[i]));
    } else {
      hamt_walk(boxed_val(ch[i]), f);
    }
  }
}

template <typename F>
void hamt_walk_reverse(const Term* n, F& f) {
  const Term* ch = node_children(n);
  Uint cnt = node_count(n);
  for (Uint i = cnt; i-- > 0;) {
    if (is_list(ch[i])) {
      f(car(ch[i]), cdr(ch[i]));
    } else {
      hamt_walk_reverse(boxed_val(ch[i]), f);
    }
  }
}

// Building a hash map from distinct keys.
struct Entry {
  Term key;
  Term value;
  uint32_t group;  // level group `hx` belongs to
  uint32_t hx;     // map_key_hash(key, group)
};

inline unsigned entry_nibble(Entry& e, unsigned lvl) {
  uint32_t g = lvl / 8;
  if (g != e.group) {
    e.group = g;
    e.hx = map_key_hash(e.key, g);
  }
  return (e.hx >> (4 * (lvl % 8))) & 15;
}

Term hamt_build(Heap& h, Entry** es, size_t n, unsigned lvl, bool root) {
  if (lvl >= kMaxHamtDepth) hamt_depth_exceeded();
  // Stable bucketing by the nibble at this level.
  size_t counts[16] = {};
  std::vector<unsigned char> nibs(n);
  for (size_t i = 0; i < n; i++) {
    nibs[i] = (unsigned char)entry_nibble(*es[i], lvl);
    counts[nibs[i]]++;
  }
  std::vector<Entry*> sorted(n);
  size_t start[16];
  size_t acc = 0;
  for (int i = 0; i < 16; i++) {
    start[i] = acc;
    acc += counts[i];
  }
  size_t fill[16];
  std::copy(start, start + 16, fill);
  for (size_t i = 0; i < n; i++) sorted[fill[nibs[i]]++] = es[i];

  Term ch[16];
  Uint cnt = 0;
  uint32_t bitmap = 0;
  for (int i = 0; i < 16; i++) {
    if (counts[i] == 0) continue;
    bitmap |= 1u << i;
    Entry** sub = sorted.data() + start[i];
    if (counts[i] == 1) {
      ch[cnt++] = make_cons(h, sub[0]->key, sub[0]->value);
    } else {
      ch[cnt++] = hamt_build(h, sub, counts[i], lvl + 1, false);
    }
  }
  return make_node(h, root, bitmap, root ? n : 0, ch, cnt);
}

// Builds any map (flat or hash) from associations with distinct keys in any
// order.
Term build_from_distinct(Heap& h, std::vector<KV>& kvs, bool sorted) {
  size_t n = kvs.size();
  if (n <= kMaxFlatMapSize) {
    if (!sorted) {
      std::sort(kvs.begin(), kvs.end(), [](const KV& a, const KV& b) {
        return compare_terms_exact(a.key, b.key) < 0;
      });
    }
    return flatmap_from_sorted(h, kvs.data(), n);
  }
  std::vector<Entry> entries(n);
  std::vector<Entry*> ptrs(n);
  for (size_t i = 0; i < n; i++) {
    entries[i] = {kvs[i].key, kvs[i].value, 0, map_key_hash(kvs[i].key, 0)};
    ptrs[i] = &entries[i];
  }
  return hamt_build(h, ptrs.data(), n, 0, true);
}

// Collects a map's associations in iteration order.
void collect(Term map, std::vector<KV>* out) {
  out->reserve(out->size() + map_size(map));
  map_foreach(map, [&](Term k, Term v) { out->push_back({k, v}); });
}

// Dedupes associations (later wins) of arbitrary order; the result is
// sorted by key when it has at most 32 entries.
void dedupe_any(std::vector<KV>* kvs) {
  if (kvs->size() <= 64) {
    sort_dedupe(kvs);
    return;
  }
  // Large: sort by (hash, exact key order), stable, then keep the last of
  // each run of equal keys.
  struct HK {
    uint32_t hash;
    size_t idx;
  };
  std::vector<HK> order(kvs->size());
  for (size_t i = 0; i < kvs->size(); i++) {
    order[i] = {map_key_hash((*kvs)[i].key, 0), i};
  }
  std::stable_sort(order.begin(), order.end(), [&](const HK& a, const HK& b) {
    if (a.hash != b.hash) return a.hash < b.hash;
    return compare_terms_exact((*kvs)[a.idx].key, (*kvs)[b.idx].key) < 0;
  });
  std::vector<KV> out;
  out.reserve(kvs->size());
  for (size_t i = 0; i < order.size(); i++) {
    const KV& kv = (*kvs)[order[i].idx];
    if (!out.empty() && order[i].hash == order[i - 1].hash &&
        key_eq(out.back().key, kv.key)) {
      out.back() = kv;
    } else {
      out.push_back(kv);
    }
  }
  *kvs = std::move(out);
}

Term map_from_kvs(Heap& h, std::vector<KV>& kvs) {
  dedupe_any(&kvs);
  return build_from_distinct(h, kvs, kvs.size() <= 64);
}

// ---- integers for map_next paths ----------------------------------------------------

Term make_uint_limbs(Heap& h, const std::vector<uint64_t>& limbs_in) {
  std::vector<uint64_t> limbs = limbs_in;
  while (limbs.size() > 1 && limbs.back() == 0) limbs.pop_back();
  if (limbs.size() == 1 && limbs[0] <= uint64_t(kMaxSmall)) {
    return make_small(Sint(limbs[0]));
  }
  Term* p = h.alloc(1 + limbs.size());
  p[0] = make_header(Sub::BigPos, limbs.size());
  std::memcpy(p + 1, limbs.data(), limbs.size() * sizeof(uint64_t));
  return make_boxed(p);
}

}  // namespace

// ---- public API --------------------------------------------------------------------------

Uint map_size(Term map) {
  return is_flatmap(map) ? flatmap_size(map) : hashmap_size(map);
}

bool map_get(Term map, Term key, Term* value) {
  if (is_flatmap(map)) {
    Sint i = flat_find(map, key);
    if (i < 0) return false;
    *value = flatmap_values(map)[i];
    return true;
  }
  return hashmap_get(map, key, value);
}

Term make_empty_map(Heap& h) {
  return make_flatmap(h, make_tuple_of(h, nullptr, 0), nullptr, 0);
}

Term map_from_pairs(Heap& h, const Term* kvs, size_t n_pairs) {
  std::vector<KV> v(n_pairs);
  for (size_t i = 0; i < n_pairs; i++) v[i] = {kvs[2 * i], kvs[2 * i + 1]};
  return map_from_kvs(h, v);
}

Term map_from_list(Heap& h, Term list) {
  std::vector<KV> v;
  while (is_list(list)) {
    Term t = car(list);
    if (!is_tuple(t) || tuple_arity(t) != 2) return NON_VALUE;
    v.push_back({tuple_elems(t)[0], tuple_elems(t)[1]});
    list = cdr(list);
  }
  if (!is_nil(list)) return NON_VALUE;
  return map_from_kvs(h, v);
}

Term map_put(Heap& h, Term map, Term key, Term value) {
  if (is_flatmap(map)) {
    Uint n = flatmap_size(map);
    Sint i = flat_find(map, key);
    if (i >= 0) {
      const Term* vs = flatmap_values(map);
      if (vs[i] == value) return map;
      Term* p = h.alloc(2 + n);
      std::memcpy(p, boxed_val(map), (2 + n) * sizeof(Term));
      p[2 + i] = value;
      return make_boxed(p);
    }
    const Term* ks = tuple_elems(flatmap_keys(map));
    const Term* vs = flatmap_values(map);
    std::vector<KV> kvs(n + 1);
    size_t pos = 0;
    while (pos < n && compare_terms_exact(ks[pos], key) < 0) pos++;
    for (size_t j = 0; j < pos; j++) kvs[j] = {ks[j], vs[j]};
    kvs[pos] = {key, value};
    for (size_t j = pos; j < n; j++) kvs[j + 1] = {ks[j], vs[j]};
    return build_from_distinct(h, kvs, true);
  }
  bool added = false;
  return hamt_put(h, map, HashCursor(key), key, value, false, &added);
}

Term map_put_many(Heap& h, Term map, const Term* kvs, size_t n_pairs) {
  if (n_pairs == 0) return map;
  if (n_pairs == 1) return map_put(h, map, kvs[0], kvs[1]);
  if (is_flatmap(map)) {
    Uint n = flatmap_size(map);
    // All keys present: update the values, share the keys tuple.
    absl::InlinedVector<Sint, 16> idx(n_pairs);
    bool all_present = true;
    for (size_t i = 0; i < n_pairs; i++) {
      idx[i] = flat_find(map, kvs[2 * i]);
      if (idx[i] < 0) all_present = false;
    }
    if (all_present) {
      Term* p = h.alloc(2 + n);
      std::memcpy(p, boxed_val(map), (2 + n) * sizeof(Term));
      for (size_t i = 0; i < n_pairs; i++) p[2 + idx[i]] = kvs[2 * i + 1];
      return make_boxed(p);
    }
    std::vector<KV> add;
    for (size_t i = 0; i < n_pairs; i++) add.push_back({kvs[2 * i], kvs[2 * i + 1]});
    sort_dedupe(&add);
    // Merge two sorted runs; the new values win.
    const Term* ks = tuple_elems(flatmap_keys(map));
    const Term* vs = flatmap_values(map);
    std::vector<KV> merged;
    merged.reserve(n + add.size());
    size_t i = 0, j = 0;
    while (i < n || j < add.size()) {
      if (j == add.size()) {
        merged.push_back({ks[i], vs[i]});
        i++;
      } else if (i == n) {
        merged.push_back(add[j++]);
      } else {
        int c = compare_terms_exact(ks[i], add[j].key);
        if (c < 0) {
          merged.push_back({ks[i], vs[i]});
          i++;
        } else if (c > 0) {
          merged.push_back(add[j++]);
        } else {
          merged.push_back(add[j++]);
          i++;
        }
      }
    }
    return build_from_distinct(h, merged, true);
  }
  Uint size = hashmap_size(map);
  if (n_pairs * 8 > size) {
    std::vector<KV> all;
    collect(map, &all);
    for (size_t i = 0; i < n_pairs; i++) all.push_back({kvs[2 * i], kvs[2 * i + 1]});
    return map_from_kvs(h, all);
  }
  for (size_t i = 0; i < n_pairs; i++) map = map_put(h, map, kvs[2 * i], kvs[2 * i + 1]);
  return map;
}

Term map_update_many(Heap& h, Term map, const Term* kvs, size_t n_pairs,
                     Term* bad_key) {
  if (is_flatmap(map)) {
    Uint n = flatmap_size(map);
    absl::InlinedVector<Sint, 16> idx(n_pairs);
    for (size_t i = 0; i < n_pairs; i++) {
      idx[i] = flat_find(map, kvs[2 * i]);
      if (idx[i] < 0) {
        *bad_key = kvs[2 * i];
        return NON_VALUE;
      }
    }
    if (n_pairs == 0) return map;
    Term* p = h.alloc(2 + n);
    std::memcpy(p, boxed_val(map), (2 + n) * sizeof(Term));
    for (size_t i = 0; i < n_pairs; i++) p[2 + idx[i]] = kvs[2 * i + 1];
    return make_boxed(p);
  }
  for (size_t i = 0; i < n_pairs; i++) {
    Term v;
    if (!hashmap_get(map, kvs[2 * i], &v)) {
      *bad_key = kvs[2 * i];
      return NON_VALUE;
    }
  }
  for (size_t i = 0; i < n_pairs; i++) {
    bool added = false;
    map = hamt_put(h, map, HashCursor(kvs[2 * i]), kvs[2 * i], kvs[2 * i + 1],
                   true, &added);
  }
  return map;
}

Term map_remove(Heap& h, Term map, Term key) {
  if (is_flatmap(map)) {
    Sint i = flat_find(map, key);
    if (i < 0) return map;
    Uint n = flatmap_size(map);
    const Term* ks = tuple_elems(flatmap_keys(map));
    const Term* vs = flatmap_values(map);
    Term* kp = h.alloc(n);
    kp[0] = make_header(Sub::Tuple, n - 1);
    Term* p = h.alloc(1 + n);
    p[0] = make_header(Sub::FlatMap, n);
    p[1] = make_boxed(kp);
    for (Uint j = 0, o = 0; j < n; j++) {
      if (Sint(j) == i) continue;
      kp[1 + o] = ks[j];
      p[2 + o] = vs[j];
      o++;
    }
    return make_boxed(p);
  }
  Term dummy;
  if (!hashmap_get(map, key, &dummy)) return map;
  Uint size = hashmap_size(map);
  if (size - 1 <= kMaxFlatMapSize) {
    std::vector<KV> kvs;
    map_foreach(map, [&](Term k, Term v) {
      if (!key_eq(k, key)) kvs.push_back({k, v});
    });
    return build_from_distinct(h, kvs, false);
  }
  // Root: never collapses.
  const Term* n = boxed_val(map);
  uint32_t bm = node_bitmap(n);
  Uint cnt = node_count(n);
  const Term* ch = node_children(n);
  HashCursor hc(key);
  unsigned nib = hc.nibble();
  unsigned pos = slot_pos(bm, nib);
  Term c = ch[pos];
  Term res = NON_VALUE;
  if (!is_list(c)) {
    bool found = false;
    res = hamt_remove_inner(h, c, hc.next(), key, &found);
  }
  Term nch[16];
  if (res == NON_VALUE) {
    std::copy(ch, ch + pos, nch);
    std::copy(ch + pos + 1, ch + cnt, nch + pos);
    return make_node(h, true, bm ^ (1u << nib), size - 1, nch, cnt - 1);
  }
  std::copy(ch, ch + cnt, nch);
  nch[pos] = res;
  return make_node(h, true, bm, size - 1, nch, cnt);
}

Term map_merge(Heap& h, Term a, Term b) {
  Uint na = map_size(a), nb = map_size(b);
  if (nb == 0) return a;
  if (na == 0) return b;
  if (is_flatmap(a) && is_flatmap(b)) {
    std::vector<Term> kvs;
    kvs.reserve(2 * nb);
    const Term* ks = tuple_elems(flatmap_keys(b));
    const Term* vs = flatmap_values(b);
    for (Uint i = 0; i < nb; i++) {
      kvs.push_back(ks[i]);
      kvs.push_back(vs[i]);
    }
    return map_put_many(h, a, kvs.data(), nb);
  }
  if (is_hashmap(a) && nb * 8 <= na) {
    map_foreach(b, [&](Term k, Term v) { a = map_put(h, a, k, v); });
    return a;
  }
  if (is_hashmap(b) && na * 8 <= nb) {
    // Insert a's keys that b lacks.
    map_foreach(a, [&](Term k, Term v) {
      Term old;
      if (!map_get(b, k, &old)) b = map_put(h, b, k, v);
    });
    return b;
  }
  std::vector<KV> all;
  collect(a, &all);
  collect(b, &all);
  return map_from_kvs(h, all);
}

void map_foreach(Term map, absl::FunctionRef<void(Term, Term)> f) {
  if (is_flatmap(map)) {
    Uint n = flatmap_size(map);
    const Term* ks = tuple_elems(flatmap_keys(map));
    const Term* vs = flatmap_values(map);
    for (Uint i = 0; i < n; i++) f(ks[i], vs[i]);
    return;
  }
  hamt_walk(boxed_val(map), f);
}

void map_foreach_reverse(Term map, absl::FunctionRef<void(Term, Term)> f) {
  if (is_flatmap(map)) {
    Uint n = flatmap_size(map);
    const Term* ks = tuple_elems(flatmap_keys(map));
    const Term* vs = flatmap_values(map);
    for (Uint i = n; i-- > 0;) f(ks[i], vs[i]);
    return;
  }
  hamt_walk_reverse(boxed_val(map), f);
}

namespace {

enum class ListKind { kPairs, kKeys, kValues };

Term map_list(Heap& h, Term map, ListKind kind) {
  auto elem = [&](Term k, Term v) -> Term {
    switch (kind) {
      case ListKind::kKeys: return k;
      case ListKind::kValues: return v;
      default: return make_pair_tuple(h, k, v);
    }
  };
  Term res = NIL;
  if (is_flatmap(map)) {
    // Sorted order: build from the end.
    map_foreach_reverse(map, [&](Term k, Term v) { res = make_cons(h, elem(k, v), res); });
  } else {
    // ERTS conses in iteration order, so the list is reversed.
    map_foreach(map, [&](Term k, Term v) { res = make_cons(h, elem(k, v), res); });
  }
  return res;
}

}  // namespace

Term map_to_list(Heap& h, Term map) { return map_list(h, map, ListKind::kPairs); }
Term map_keys(Heap& h, Term map) { return map_list(h, map, ListKind::kKeys); }
Term map_values(Heap& h, Term map) { return map_list(h, map, ListKind::kValues); }

Term map_next(Heap& h, Term path, Term map, Term acc, size_t chunk) {
  static const Term am_iterator = atom_from("iterator");
  if (!is_map(map)) return NON_VALUE;
  bool iter;
  if (acc == am_iterator) {
    iter = true;
  } else if (is_nil(acc) || is_list(acc)) {
    iter = false;
  } else {
    return NON_VALUE;
  }

  if (is_flatmap(map)) {
    Uint n = flatmap_size(map);
    if (!is_small(path) || Uint(small_value(path)) > n) return NON_VALUE;
    const Term* ks = tuple_elems(flatmap_keys(map));
    const Term* vs = flatmap_values(map);
    Term res = iter ? atom::none : acc;
    for (Uint i = n; i-- > 0;) {
      if (iter) {
        Term* t = h.alloc(4);
        t[0] = make_header(Sub::Tuple, 3);
        t[1] = ks[i];
        t[2] = vs[i];
        t[3] = res;
        res = make_boxed(t);
      } else {
        res = make_cons(h, make_pair_tuple(h, ks[i], vs[i]), res);
      }
    }
    return res;
  }

  // The path: nibbles from the least significant, one per level.
  std::vector<uint64_t> digits;
  if (is_small(path)) {
    if (small_value(path) < 0) return NON_VALUE;
    digits.push_back(uint64_t(small_value(path)));
  } else if (is_bignum(path)) {
    if (header_sub(boxed_header(path)) == Sub::BigNeg) return NON_VALUE;
    Uint nl = header_arity(boxed_header(path));
    const uint64_t* l = reinterpret_cast<const uint64_t*>(boxed_val(path) + 1);
    digits.assign(l, l + nl);
  } else {
    return NON_VALUE;
  }

  Uint total = hashmap_size(map);
  size_t elems = std::max<size_t>(chunk, 1);
  if (elems > total) elems = total;
  if (digits.size() == 1 && digits[0] == 0 && elems > kMaxFlatMapSize) {
    elems = kMaxFlatMapSize;
  }

  struct Frame {
    const Term* ptr;
    Uint idx;  // next unexplored entry
    Uint sz;
  };
  std::vector<Frame> stack;
  size_t digit_i = 0;
  uint64_t curr = digits[0];
  int in_digit = 0;

  Term res = iter ? NON_VALUE : acc;
  Term* patch = nullptr;  // the tail slot of the last iterator tuple
  auto emit = [&](Term leaf) {
    if (iter) {
      Term* t = h.alloc(4);
      t[0] = make_header(Sub::Tuple, 3);
      t[1] = car(leaf);
      t[2] = cdr(leaf);
      t[3] = atom::none;
      if (patch) {
        *patch = make_boxed(t);
      } else {
        res = make_boxed(t);
      }
      patch = &t[3];
    } else {
      res = make_cons(h, make_pair_tuple(h, car(leaf), cdr(leaf)), res);
    }
  };

  // Descend along the path to the first leaf to return.
  const Term* node = boxed_val(map);
  for (;;) {
    const Term* ch = node_children(node);
    Uint sz = node_count(node);
    unsigned e = unsigned(curr & 15);
    if (e >= sz) return NON_VALUE;
    stack.push_back({ch, e + 1, sz});
    if (is_list(ch[e])) {
      emit(ch[e]);
      elems--;
      break;
    }
    node = boxed_val(ch[e]);
    curr >>= 4;
    if (++in_digit == 16) {
      in_digit = 0;
      digit_i++;
      curr = digit_i < digits.size() ? digits[digit_i] : 0;
    }
  }

  // Continue depth first until `elems` associations are out.
  for (;;) {
    Frame f = stack.back();
    stack.pop_back();
    while (f.idx < f.sz && elems != 0 && is_list(f.ptr[f.idx])) {
      emit(f.ptr[f.idx]);
      elems--;
      f.idx++;
    }
    if (elems == 0) {
      if (f.idx < f.sz) {
        stack.push_back({f.ptr, f.idx + 1, f.sz});
      } else {
        while (!stack.empty()) {
          Frame g = stack.back();
          stack.pop_back();
          if (g.idx < g.sz) {
            stack.push_back({g.ptr, g.idx + 1, g.sz});
            break;
          }
        }
      }
      break;
    }
    if (f.idx < f.sz) {
      stack.push_back({f.ptr, f.idx + 1, f.sz});
      const Term* child = boxed_val(f.ptr[f.idx]);
      stack.push_back({node_children(child), 0, node_count(child)});
    }
    if (stack.empty()) break;
  }

  if (!stack.empty()) {
    // Path to the next unexplored entry: the root's index is the lowest
    // nibble.
    std::vector<uint64_t> out((stack.size() * 4 + 63) / 64, 0);
    for (size_t level = 0; level < stack.size(); level++) {
      uint64_t idx = stack[level].idx - 1;
      out[level / 16] |= idx << (4 * (level % 16));
    }
    Term next_path = make_uint_limbs(h, out);
    if (iter) {
      *patch = make_cons(h, next_path, map);
    } else {
      res = make_cons(h, map, res);
      res = make_cons(h, next_path, res);
    }
  }
  return res;
}

}  // namespace beamline
