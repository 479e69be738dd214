// ETS table storage and the table registry (see ets.h).
#include <algorithm>
#include <atomic>
#include <chrono>

#include "absl/container/flat_hash_map.h"
#include "runtime/ets/ets.h"
#include "runtime/ets/match_spec.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/compare.h"
#include "runtime/term/hash.h"
#include "runtime/vm/vm.h"

namespace beamline {
namespace ets {

// ---- objects ------------------------------------------------------------------------

DbObject::DbObject(Term t)
    : heap(std::max<size_t>(term_size(t), 1)), term(copy_term(t, heap)) {
  // ERTS's ProcBin is one word larger than ours; count as it does so that
  // info(T, memory) agrees.
  size_t procbins = 0;
  for (const Term* pb = heap.off_heap().first; pb;
       pb = reinterpret_cast<const Term*>(pb[4]))
    procbins++;
  words = uint32_t(heap.used_words() + procbins);
}

bool TermLess::operator()(Term a, Term b) const {
  return compare_terms(a, b) < 0;
}

// ---- the linear hash table ------------------------------------------------------------

namespace {
// Hash values are 31 bits in ERTS (the table reserves the top bit).
constexpr uint32_t kMaxHashMask = 0x7fffffff;
}  // namespace

uint32_t HashStore::make_hash(Term key) {
  uint32_t h = is_atom(key) ? atom_hash_value(key) : internal_hash(key, 0);
  return h & kMaxHashMask;
}

HashStore::HashStore() : buckets(kFirstSegSize, nullptr) {}
HashStore::~HashStore() = default;  // nodes are freed by the Table

void HashStore::reset() {
  buckets.assign(kFirstSegSize, nullptr);
  nactive = kFirstSegSize;
  szm = kFirstSegSize - 1;
  nslots = kFirstSegSize;
  shrink_limit = 0;
  nitems = 0;
  for (int64_t& n : lock_items) n = 0;
}

void HashStore::calc_shrink_limit() {
  if (nslots >= kFirstSegSize + 2 * kExtSegSize)
    shrink_limit = (nslots - kExtSegSize) / 2;
  else
    shrink_limit = 0;
}

void HashStore::grow(size_t nitems) {
  int loop_limit = 5;
  do {
    if (nitems <= nactive) return;
    if (nactive == nslots) {
      nslots += kExtSegSize;
      buckets.resize(nslots, nullptr);
      calc_shrink_limit();
    }
    uint32_t from_ix;
    uint32_t new_szm = szm;
    if (nactive <= szm) {
      from_ix = nactive & (szm >> 1);
    } else {
      from_ix = 0;
      new_szm = (szm << 1) | 1;
    }
    uint32_t to_ix = nactive;
    nactive++;
    if (from_ix == 0) szm = new_szm;
    // Stable split of the `from` chain by the new mask.
    HashNode** from_tail = &buckets[from_ix];
    HashNode** to_tail = &buckets[to_ix];
    HashNode* p = buckets[from_ix];
    while (p) {
      HashNode* next = p->next;
      if ((p->hvalue & szm) == from_ix) {
        *from_tail = p;
        from_tail = &p->next;
      } else {
        *to_tail = p;
        to_tail = &p->next;
      }
      p = next;
    }
    *from_tail = nullptr;
    *to_tail = nullptr;
  } while (--loop_limit && nitems > nactive);
}

void HashStore::try_shrink(size_t nitems) {
  if (nitems < shrink_limit) shrink(nitems);
}

void HashStore::shrink(size_t nitems) {
  int loop_limit = 5;
  do {
    if (!(nitems < shrink_limit)) return;
    uint32_t src_ix = nactive - 1;
    uint32_t low_szm = szm >> 1;
    uint32_t dst_ix = src_ix & low_szm;
    HashNode* src = buckets[src_ix];
    buckets[src_ix] = nullptr;
    nactive = src_ix;
    if (dst_ix == 0) szm = low_szm;
    if (nslots - src_ix >= kExtSegSize) {
      nslots -= kExtSegSize;
      buckets.resize(nslots);
      calc_shrink_limit();
    }
    if (src) {
      // dst becomes src's chain followed by the old dst chain.
      HashNode* tail = buckets[dst_ix];
      buckets[dst_ix] = src;
      HashNode* p = src;
      while (p->next) p = p->next;
      p->next = tail;
    }
  } while (--loop_limit && nitems < shrink_limit);
}

// ---- tables ----------------------------------------------------------------------------

Table::Table(uint64_t id_, TableType type_, unsigned keypos_)
    : id(id_), type(type_), keypos(keypos_) {}

Table::~Table() {
  for (HashNode*& head : hash.buckets) {
    HashNode* n = head;
    while (n) {
      HashNode* next = n->next;
      delete n;
      n = next;
    }
    head = nullptr;
  }
}

std::unique_ptr<DbObject> Table::new_object(Term t) {
  auto o = std::make_unique<DbObject>(t);
  stored_words += o->words;
  return o;
}

void Table::free_object(std::unique_ptr<DbObject> o) {
  if (o) stored_words -= o->words;
}

HashNode* Table::new_node(Term t, uint32_t hvalue) {
  HashNode* n = new HashNode;
  node_count++;
  n->hvalue = hvalue;
  n->obj = new_object(t);
  return n;
}

void Table::free_node(HashNode* n) {
  free_object(std::move(n->obj));
  node_count--;
  delete n;
}

// info(T, memory) in words, following ERTS's accounting: a fixed table
// header (larger with lock vectors for read/write_concurrency and with
// decentralized counters), bucket segments, and per object its term plus
// the node header (4 words in hash chains, 5 in the tree).
uint64_t Table::memory_words() const {
  bool wc = write_concurrency != atom::false_ && write_concurrency != NIL;
  uint64_t dc = decentralized_counters ? 34 : 0;
  if (is_hash()) {
    uint64_t nodes = node_count;
    uint64_t seg = hash.nslots > HashStore::kFirstSegSize
                       ? hash.nslots - HashStore::kFirstSegSize + 262
                       : 0;
    uint64_t base = 305 + (wc ? (read_concurrency ? 3104 : 1056)
                              : (read_concurrency ? 32 : 0));
    return base + dc + seg + stored_words + 4 * nodes;
  }
  uint64_t base = wc ? 99 : 139 + (read_concurrency ? 32 : 0);
  return base + dc + stored_words + 5 * tree.size();
}

namespace {

inline bool node_has_key(const Table& t, const HashNode* b, Term key,
                         uint32_t h) {
  return b->hvalue == h && eq_exact(key, t.key_of(b->obj->term));
}
inline bool node_has_live_key(const Table& t, const HashNode* b, Term key,
                              uint32_t h) {
  return !b->pseudo_deleted && node_has_key(t, b, key, h);
}

// Books `diff` (<= 0) removed objects of hash value `h`; shrinks the table
// unless it is fixed.
void removed_items(Table& t, uint32_t h, long diff) {
  if (!diff) return;
  t.hash.add_items(h, diff);
  if (!t.is_fixed()) t.hash.try_shrink(t.hash.estimate(h));
}

// db_erase_hash / db_erase_object_hash: removes the live objects with `key`
// for which match(object term) holds: all of them, or only the first unless
// `all`. In a fixed table the key's first live object is pseudo-deleted
// instead of freed.
template <typename Match>
void erase_matching(Table& t, Term key, Match&& match, bool all) {
  uint32_t h = HashStore::make_hash(key);
  HashNode** bp = &t.hash.buckets[t.hash.hash_to_ix(h)];
  HashNode* b = *bp;
  long diff = 0;
  int nkeys = 0;
  while (b) {
    if (node_has_live_key(t, b, key, h)) {
      ++nkeys;
      if (match(b->obj->term)) {
        --diff;
        if (nkeys == 1 && t.is_fixed()) {
          b->pseudo_deleted = true;
          bp = &b->next;
          b = b->next;
        } else {
          HashNode* next = b->next;
          t.free_node(b);
          b = *bp = next;
        }
        if (all) continue;
        break;
      }
    } else if (diff && !b->pseudo_deleted) {
      break;
    }
    bp = &b->next;
    b = b->next;
  }
  removed_items(t, h, diff);
}

}  // namespace

bool Table::put(Term obj, bool key_clash_fail) {
  Term key = key_of(obj);
  if (!is_hash()) {
    auto it = tree.find(key);
    if (it != tree.end()) {
      if (key_clash_fail) return false;
      auto o = new_object(obj);
      Term k = key_of(o->term);
      auto nh = tree.extract(it);
      free_object(std::move(nh.mapped()));
      nh.key() = k;
      nh.mapped() = std::move(o);
      tree.insert(std::move(nh));
    } else {
      auto o = new_object(obj);
      Term k = key_of(o->term);
      tree.emplace(k, std::move(o));
    }
    return true;
  }
  uint32_t h = HashStore::make_hash(key);
  uint32_t ix = hash.hash_to_ix(h);
  HashNode** bp = &hash.buckets[ix];
  HashNode* b = *bp;
  while (b && !node_has_key(*this, b, key, h)) {
    bp = &b->next;
    b = b->next;
  }
  if (b) {  // key found
    if (type == TableType::kSet) {
      if (b->pseudo_deleted) {
        hash.add_items(h, 1);
        b->pseudo_deleted = false;
      } else if (key_clash_fail) {
        return false;
      }
      auto o = new_object(obj);
      free_object(std::move(b->obj));
      b->obj = std::move(o);
      return true;
    }
    if (key_clash_fail) {
      for (HashNode* q = b; q && node_has_key(*this, q, key, h); q = q->next)
        if (!q->pseudo_deleted) return false;
    } else if (type == TableType::kBag) {
      HashNode** qp = bp;
      HashNode* q = b;
      do {
        if (eq_exact(obj, q->obj->term)) {
          if (q->pseudo_deleted) {
            hash.add_items(h, 1);
            q->pseudo_deleted = false;
            if (q != b) {  // keep key insertion order
              *qp = q->next;
              q->next = b;
              *bp = q;
            }
          }
          return true;
        }
        qp = &q->next;
        q = *qp;
      } while (q && node_has_key(*this, q, key, h));
    }
  }
  // A new object: before the other objects with its key, or at the end of
  // the chain.
  HashNode* q = new_node(obj, h);
  q->next = b;
  *bp = q;
  hash.add_items(h, 1);
  size_t est = hash.estimate(h);
  if (est > hash.nactive && !is_fixed()) hash.grow(est);
  return true;
}

bool Table::has_key(Term key) const {
  if (!is_hash()) return tree.find(key) != tree.end();
  uint32_t h = HashStore::make_hash(key);
  for (const HashNode* b = hash.buckets[hash.hash_to_ix(h)]; b; b = b->next)
    if (node_has_live_key(*this, b, key, h)) return true;
  return false;
}

void Table::lookup(Term key, std::vector<const DbObject*>* out) const {
  if (!is_hash()) {
    auto it = tree.find(key);
    if (it != tree.end()) out->push_back(it->second.get());
    return;
  }
  uint32_t h = HashStore::make_hash(key);
  const HashNode* b = hash.buckets[hash.hash_to_ix(h)];
  while (b && !node_has_live_key(*this, b, key, h)) b = b->next;
  if (!b) return;
  size_t start = out->size();
  out->push_back(b->obj.get());
  if (type != TableType::kSet) {
    for (const HashNode* b2 = b->next; b2 && node_has_key(*this, b2, key, h);
         b2 = b2->next)
      if (!b2->pseudo_deleted) out->push_back(b2->obj.get());
  }
  // ERTS builds the list by consing along the chain.
  std::reverse(out->begin() + start, out->end());
}

void Table::erase(Term key) {
  if (!is_hash()) {
    auto it = tree.find(key);
    if (it != tree.end()) {
      free_object(std::move(it->second));
      tree.erase(it);
    }
    return;
  }
  erase_matching(*this, key, [](Term) { return true; }, true);
}

void Table::erase_object(Term obj) {
  Term key = key_of(obj);
  if (!is_hash()) {
    auto it = tree.find(key);
    if (it != tree.end() && eq_exact(it->second->term, obj)) {
      free_object(std::move(it->second));
      tree.erase(it);
    }
    return;
  }
  erase_matching(*this, key, [&](Term o) { return eq_exact(obj, o); },
                 type == TableType::kDuplicateBag);
}

void Table::take(Term key, std::vector<std::unique_ptr<DbObject>>* out) {
  if (!is_hash()) {
    auto it = tree.find(key);
    if (it != tree.end()) {
      stored_words -= it->second->words;
      out->push_back(std::move(it->second));
      tree.erase(it);
    }
    return;
  }
  uint32_t h = HashStore::make_hash(key);
  uint32_t ix = hash.hash_to_ix(h);
  HashNode** bp = &hash.buckets[ix];
  HashNode* b = *bp;
  while (b && !node_has_live_key(*this, b, key, h)) {
    bp = &b->next;
    b = b->next;
  }
  if (!b) return;
  // The key's objects run from b up to the first node with another key.
  HashNode* bend = b->next;
  if (type != TableType::kSet)
    while (bend && node_has_key(*this, bend, key, h)) bend = bend->next;
  size_t start = out->size();
  long diff = 0;
  while (b != bend) {
    if (b->pseudo_deleted) {
      bp = &b->next;
      b = b->next;
      continue;
    }
    --diff;
    if (diff == -1 && is_fixed()) {
      // Pseudo-delete: the object stays in the table, so the caller gets a
      // copy of it.
      out->push_back(std::make_unique<DbObject>(b->obj->term));
      b->pseudo_deleted = true;
      bp = &b->next;
      b = b->next;
    } else {
      HashNode* next = b->next;
      stored_words -= b->obj->words;
      out->push_back(std::move(b->obj));
      node_count--;
      delete b;
      b = *bp = next;
    }
  }
  std::reverse(out->begin() + start, out->end());
  removed_items(*this, h, diff);
}

size_t Table::delete_all() {
  size_t n = size();
  if (!is_hash()) {
    for (auto& [k, o] : tree) free_object(std::move(o));
    tree.clear();
    return n;
  }
  if (is_fixed()) {
    for (uint32_t i = 0; i < hash.nactive; i++)
      for (HashNode* b = hash.buckets[i]; b; b = b->next)
        b->pseudo_deleted = true;
    hash.nitems = 0;
    for (int64_t& c : hash.lock_items) c = 0;
    return n;
  }
  for (HashNode*& head : hash.buckets) {
    HashNode* b = head;
    while (b) {
      HashNode* next = b->next;
      free_node(b);
      b = next;
    }
    head = nullptr;
  }
  hash.reset();
  return n;
}

int Table::slot(Sint i, std::vector<const DbObject*>* out) const {
  if (i < 0) return -1;
  if (is_hash()) {
    if (Uint(i) < hash.nactive) {
      for (const HashNode* b = hash.buckets[i]; b; b = b->next)
        if (!b->pseudo_deleted) out->push_back(b->obj.get());
      std::reverse(out->begin(), out->end());
      return 0;
    }
    return Uint(i) == hash.nactive ? 1 : -1;
  }
  if (Uint(i) < tree.size()) {
    auto it = tree.begin();
    std::advance(it, i);
    out->push_back(it->second.get());
    return 0;
  }
  return Uint(i) == tree.size() ? 1 : -1;
}

// ---- iteration ---------------------------------------------------------------------------

namespace {

// The first live node at or after `b` in bucket order, starting from bucket
// *ix; updates *ix.
const HashNode* next_live(const HashStore& hs, uint32_t* ix, const HashNode* b) {
  for (; b; b = b->next)
    if (!b->pseudo_deleted) return b;
  for (uint32_t i = hs.next_slot(*ix); i != 0; i = hs.next_slot(i)) {
    for (b = hs.buckets[i]; b; b = b->next) {
      if (!b->pseudo_deleted) {
        *ix = i;
        return b;
      }
    }
  }
  return nullptr;
}

}  // namespace

void Table::first(Term* out) const {
  if (!is_hash()) {
    *out = tree.empty() ? NON_VALUE : tree.begin()->first;
    return;
  }
  uint32_t ix = 0;
  const HashNode* b = next_live(hash, &ix, hash.buckets[0]);
  *out = b ? key_of(b->obj->term) : NON_VALUE;
}

void Table::last(Term* out) const {
  if (!is_hash()) {
    *out = tree.empty() ? NON_VALUE : tree.rbegin()->first;
    return;
  }
  first(out);
}

bool Table::next(Term key, Term* out) const {
  if (!is_hash()) {
    auto it = tree.upper_bound(key);
    *out = it == tree.end() ? NON_VALUE : it->first;
    return true;
  }
  uint32_t h = HashStore::make_hash(key);
  uint32_t ix = hash.hash_to_ix(h);
  const HashNode* b = hash.buckets[ix];
  while (b && !node_has_key(*this, b, key, h)) b = b->next;
  if (!b) return false;
  b = next_live(hash, &ix, b->next);
  if (type != TableType::kSet) {
    while (b && node_has_key(*this, b, key, h)) b = next_live(hash, &ix, b->next);
  }
  *out = b ? key_of(b->obj->term) : NON_VALUE;
  return true;
}

bool Table::prev(Term key, Term* out) const {
  if (!is_hash()) {
    auto it = tree.lower_bound(key);
    *out = it == tree.begin() ? NON_VALUE : std::prev(it)->first;
    return true;
  }
  return next(key, out);
}

// ---- fixation ------------------------------------------------------------------------------

namespace {
int64_t now_us() {
  return std::chrono::duration_cast<std::chrono::microseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}
int64_t now_monotonic_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}
}  // namespace

void Table::fix(Term pid) {
  if (fixations.empty()) {
    fix_time_us = now_us();
    fix_monotonic_ns = now_monotonic_ns();
  }
  for (auto& [p, n] : fixations) {
    if (p == pid) {
      n++;
      return;
    }
  }
  fixations.emplace_back(pid, 1);
}

void Table::unfix(Term pid) {
  for (size_t i = 0; i < fixations.size(); i++) {
    if (fixations[i].first == pid) {
      if (--fixations[i].second == 0) fixations.erase(fixations.begin() + i);
      break;
    }
  }
  if (fixations.empty()) purge_pseudo_deleted();
}

void Table::unfix_all(Term pid) {
  bool was_fixed = is_fixed();
  fixations.erase(std::remove_if(fixations.begin(), fixations.end(),
                                 [&](auto& f) { return f.first == pid; }),
                  fixations.end());
  if (was_fixed && fixations.empty()) purge_pseudo_deleted();
}

void Table::purge_pseudo_deleted() {
  if (!is_hash()) return;
  for (uint32_t i = 0; i < hash.nactive; i++) {
    HashNode** bp = &hash.buckets[i];
    while (*bp) {
      HashNode* b = *bp;
      if (b->pseudo_deleted) {
        *bp = b->next;
        free_node(b);
      } else {
        bp = &b->next;
      }
    }
  }
}

// ---- registry ------------------------------------------------------------------------------

namespace {

struct Registry {
  absl::Mutex mu;
  absl::flat_hash_map<uint64_t, std::shared_ptr<Table>> by_id ABSL_GUARDED_BY(mu);
  absl::flat_hash_map<Term, std::shared_ptr<Table>> by_name ABSL_GUARDED_BY(mu);
};

Registry& registry() {
  static Registry* r = new Registry();
  return *r;
}

void free_storage(Table& t) {
  for (HashNode*& head : t.hash.buckets) {
    HashNode* b = head;
    while (b) {
      HashNode* next = b->next;
      t.free_node(b);
      b = next;
    }
    head = nullptr;
  }
  t.hash.reset();
  for (auto& [k, o] : t.tree) t.free_object(std::move(o));
  t.tree.clear();
}

}  // namespace

std::shared_ptr<Table> find_table(Term tid) {
  Registry& r = registry();
  absl::ReaderMutexLock lock(&r.mu);
  if (is_atom(tid)) {
    auto it = r.by_name.find(tid);
    return it == r.by_name.end() ? nullptr : it->second;
  }
  if (is_ref(tid)) {
    auto it = r.by_id.find(ref_id(tid));
    return it == r.by_id.end() ? nullptr : it->second;
  }
  return nullptr;
}

bool register_table(const std::shared_ptr<Table>& t) {
  Registry& r = registry();
  absl::MutexLock lock(&r.mu);
  absl::MutexLock tlock(&t->mu);
  if (t->named) {
    if (r.by_name.contains(t->name)) return false;
    r.by_name.emplace(t->name, t);
  }
  r.by_id.emplace(t->id, t);
  return true;
}

void delete_table(const std::shared_ptr<Table>& t) {
  Registry& r = registry();
  absl::MutexLock lock(&r.mu);
  absl::MutexLock tlock(&t->mu);
  if (t->deleted) return;
  t->deleted = true;
  r.by_id.erase(t->id);
  if (t->named) {
    auto it = r.by_name.find(t->name);
    if (it != r.by_name.end() && it->second == t) r.by_name.erase(it);
  }
  t->fixations.clear();
  free_storage(*t);
}

bool rename_table(const std::shared_ptr<Table>& t, Term new_name) {
  Registry& r = registry();
  absl::MutexLock lock(&r.mu);
  absl::MutexLock tlock(&t->mu);
  if (t->deleted) return false;
  if (t->named) {
    if (r.by_name.contains(new_name)) return false;
    r.by_name.erase(t->name);
    r.by_name.emplace(new_name, t);
  }
  t->name = new_name;
  return true;
}

Term whereis_table(Term name, uint64_t* id) {
  Registry& r = registry();
  absl::ReaderMutexLock lock(&r.mu);
  auto it = r.by_name.find(name);
  if (it == r.by_name.end()) return NON_VALUE;
  *id = it->second->id;
  return name;
}

std::vector<std::shared_ptr<Table>> all_tables() {
  Registry& r = registry();
  absl::ReaderMutexLock lock(&r.mu);
  std::vector<std::shared_ptr<Table>> out;
  out.reserve(r.by_id.size());
  for (auto& [id, t] : r.by_id) out.push_back(t);
  std::sort(out.begin(), out.end(),
            [](const auto& a, const auto& b) { return a->id < b->id; });
  return out;
}

// ---- compiled programs ------------------------------------------------------------------------
// Programs referenced from terms (match_spec_compile results, select
// continuations) live forever: without a GC hook for magic references we
// cannot tell when the last reference dies. Programs are interned by their
// source spec so repeated compilation of the same spec reuses one entry.

namespace {

struct ProgRegistry {
  absl::Mutex mu;
  absl::flat_hash_map<uint64_t, std::shared_ptr<MatchProgram>> by_id
      ABSL_GUARDED_BY(mu);
  absl::flat_hash_map<uint32_t, std::vector<uint64_t>> by_hash ABSL_GUARDED_BY(mu);
};

ProgRegistry& programs() {
  static ProgRegistry* r = new ProgRegistry();
  return *r;
}

std::atomic<uint64_t> local_unique{uint64_t(1) << 40};

}  // namespace

uint64_t new_ref_id(VM* vm) {
  if (vm) return vm->next_unique();
  return local_unique.fetch_add(1, std::memory_order_relaxed);
}

uint64_t register_program(std::shared_ptr<MatchProgram> prog, VM* vm) {
  ProgRegistry& r = programs();
  uint32_t h = internal_hash(prog->source(), 0);
  absl::MutexLock lock(&r.mu);
  auto& ids = r.by_hash[h];
  for (uint64_t id : ids) {
    if (eq_exact(r.by_id[id]->source(), prog->source())) return id;
  }
  uint64_t id = new_ref_id(vm);
  ids.push_back(id);
  r.by_id.emplace(id, std::move(prog));
  return id;
}

std::shared_ptr<MatchProgram> find_program(uint64_t ref_id) {
  ProgRegistry& r = programs();
  absl::ReaderMutexLock lock(&r.mu);
  auto it = r.by_id.find(ref_id);
  return it == r.by_id.end() ? nullptr : it->second;
}

}  // namespace ets
}  // namespace beamline
