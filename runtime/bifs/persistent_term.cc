// persistent_term: a global key-value store of immutable terms. Each entry
// is a {Key, Value} tuple copied into its own FragmentHeap; get copies the
// value into the caller's heap (erl shares it, which is not observable).
#include <algorithm>
#include <memory>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/synchronization/mutex.h"
#include "runtime/bifs/bif.h"
#include "runtime/term/compare.h"
#include "runtime/term/hash.h"
#include "runtime/term/map.h"
#include "runtime/term/number.h"

namespace beamline {
namespace {

struct PtEntry {
  explicit PtEntry(Term kv)
      : heap(std::max<size_t>(term_size(kv), 1)), tuple(copy_term(kv, heap)) {}
  FragmentHeap heap;
  Term tuple;  // {Key, Value}
  Term key() const { return tuple_elems(tuple)[0]; }
  Term value() const { return tuple_elems(tuple)[1]; }
  // Bytes as erl counts them: the entry's words (ERTS's ProcBin is one
  // word larger than ours) plus a 16-byte header.
  uint64_t bytes() const {
    uint64_t words = heap.used_words();
    for (const Term* pb = const_cast<FragmentHeap&>(heap).off_heap().first; pb;
         pb = reinterpret_cast<const Term*>(pb[4]))
      words++;
    return 16 + 8 * words;
  }
};

struct PtStore {
  absl::Mutex mu;
  // Entries in insertion order (persistent_term:get/0 order) and an index
  // by key hash.
  std::vector<std::unique_ptr<PtEntry>> entries ABSL_GUARDED_BY(mu);
  absl::flat_hash_map<uint32_t, std::vector<PtEntry*>> index ABSL_GUARDED_BY(mu);
  uint64_t bytes ABSL_GUARDED_BY(mu) = 0;

  PtEntry* find(Term key) ABSL_SHARED_LOCKS_REQUIRED(mu) {
    auto it = index.find(internal_hash(key, 0));
    if (it == index.end()) return nullptr;
    for (PtEntry* e : it->second)
      if (eq_exact(e->key(), key)) return e;
    return nullptr;
  }
};

PtStore& store() {
  static PtStore* s = new PtStore();
  return *s;
}

Term bif_put(Process* p, const Term* args) {
  PtStore& s = store();
  Term kv = make_tuple(*p, {args[0], args[1]});
  absl::MutexLock lock(&s.mu);
  PtEntry* old = s.find(args[0]);
  if (old && eq_exact(old->value(), args[1])) return atom::ok;
  auto e = std::make_unique<PtEntry>(kv);
  s.bytes += e->bytes();
  if (old) {
    s.bytes -= old->bytes();
    for (auto& slot : s.entries) {
      if (slot.get() == old) {
        auto& bucket = s.index[internal_hash(args[0], 0)];
        for (PtEntry*& b : bucket)
          if (b == old) b = e.get();
        slot = std::move(e);
        break;
      }
    }
    return atom::ok;
  }
  s.index[internal_hash(args[0], 0)].push_back(e.get());
  s.entries.push_back(std::move(e));
  return atom::ok;
}

Term bif_get_1(Process* p, const Term* args) {
  PtStore& s = store();
  absl::ReaderMutexLock lock(&s.mu);
  PtEntry* e = s.find(args[0]);
  if (!e) return raise_badarg(p);
  return copy_term(e->value(), *p);
}

Term bif_get_2(Process* p, const Term* args) {
  PtStore& s = store();
  absl::ReaderMutexLock lock(&s.mu);
  PtEntry* e = s.find(args[0]);
  if (!e) return args[1];
  return copy_term(e->value(), *p);
}

Term bif_get_0(Process* p, const Term*) {
  PtStore& s = store();
  absl::ReaderMutexLock lock(&s.mu);
  Term l = NIL;
  for (size_t i = s.entries.size(); i-- > 0;) {
    Term kv = copy_term(s.entries[i]->tuple, *p);
    Term* c = p->alloc(2);
    c[0] = kv;
    c[1] = l;
    l = make_list(c);
  }
  return l;
}

Term bif_erase(Process* p, const Term* args) {
  PtStore& s = store();
  absl::MutexLock lock(&s.mu);
  PtEntry* e = s.find(args[0]);
  if (!e) return atom::false_;
  auto it = s.index.find(internal_hash(args[0], 0));
  auto& bucket = it->second;
  bucket.erase(std::find(bucket.begin(), bucket.end(), e));
  if (bucket.empty()) s.index.erase(it);
  s.bytes -= e->bytes();
  for (size_t i = 0; i < s.entries.size(); i++) {
    if (s.entries[i].get() == e) {
      s.entries.erase(s.entries.begin() + i);
      break;
    }
  }
  return atom::true_;
}

Term bif_info(Process* p, const Term*) {
  static const Term kCount = atom_from("count");
  static const Term kMemory = atom_from("memory");
  PtStore& s = store();
  uint64_t count, bytes;
  {
    absl::ReaderMutexLock lock(&s.mu);
    count = s.entries.size();
    bytes = s.bytes;
  }
  Term kvs[4] = {kCount, make_integer(*p, count), kMemory,
                 make_integer(*p, bytes)};
  return map_from_pairs(*p, kvs, 2);
}

}  // namespace

void register_persistent_term_bifs(BifRegistry& r) {
  r.add("persistent_term", "put", 2, bif_put);
  r.add("persistent_term", "get", 0, bif_get_0);
  r.add("persistent_term", "get", 1, bif_get_1);
  r.add("persistent_term", "get", 2, bif_get_2);
  r.add("persistent_term", "erase", 1, bif_erase);
  r.add("persistent_term", "info", 0, bif_info);
}

}  // namespace beamline
