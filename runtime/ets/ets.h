// ETS: the native term tables.
//
// A Table holds copies of tuples, each in its own FragmentHeap (outside any
// process heap); readers copy objects out into their own heap. Every table
// has one reader/writer lock; the global registry (id -> table, name ->
// table) has another. Lock order: registry, then table.
//
// Storage mirrors ERTS so that observable orders match erl:
//  - set / bag / duplicate_bag: ERTS's linear hash table (erl_db_hash.c):
//    256 initial buckets, a key's bucket from its internal hash, chains in
//    ERTS order, growth by bucket splitting, pseudo-deletion while the table
//    is fixed. Iteration (first/next, select, match, tab2list, slot) follows
//    bucket order, so results come out in erl's order whenever our term
//    hash equals ERTS's (integers, atoms, strings, binaries, tuples of
//    those).
//  - ordered_set: a search tree ordered by compare_terms (1 == 1.0).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <vector>

#include "absl/synchronization/mutex.h"
#include "runtime/term/heap.h"
#include "runtime/term/term.h"

namespace beamline {

class VM;
class Process;

// Called when a process exits: deletes the tables it owns (or hands them to
// their heir, sending {'ETS-TRANSFER', Tab, Pid, HeirData}) and drops its
// safe_fixtable fixations.
void ets_delete_owned_by(Term pid);

namespace ets {

class MatchProgram;

enum class TableType : uint8_t { kSet, kOrderedSet, kBag, kDuplicateBag };
enum class Access : uint8_t { kPublic, kProtected, kPrivate };

// One stored object: an immutable copy of a tuple.
struct DbObject {
  explicit DbObject(Term t);
  FragmentHeap heap;
  Term term;
  uint32_t words;  // heap words of the copy
};

// ---- ERTS-compatible linear hash table ----------------------------------------
struct HashNode {
  HashNode* next = nullptr;
  uint32_t hvalue = 0;
  bool pseudo_deleted = false;
  std::unique_ptr<DbObject> obj;
};

class HashStore {
 public:
  static constexpr uint32_t kFirstSegSize = 256;
  static constexpr uint32_t kExtSegSize = 2048;

  HashStore();
  ~HashStore();
  void reset();  // back to an empty table with 256 buckets

  static uint32_t make_hash(Term key);
  uint32_t hash_to_ix(uint32_t h) const {
    uint32_t ix = h & szm;
    if (ix >= nactive) ix &= szm >> 1;
    return ix;
  }
  HashNode*& bucket(uint32_t ix) { return buckets[ix]; }

  // The next bucket in traversal order, 0 at the end. Tables with
  // write_concurrency have 64 bucket locks and ERTS walks the buckets lock
  // by lock (0, 64, 128, ..., 1, 65, ...).
  uint32_t next_slot(uint32_t ix) const {
    ix += nlocks;
    if (ix < nactive) return ix;
    return (ix + 1) & (nlocks - 1);
  }
  // Item count bookkeeping; with decentralized counters ERTS keeps one count
  // per bucket lock and estimates the total from the lock of the key at
  // hand, which decides when the table grows.
  void add_items(uint32_t hvalue, long diff) {
    nitems += diff;
    if (decentralized) lock_items[hvalue & (kLocks - 1)] += diff;
  }
  size_t estimate(uint32_t hvalue) const {
    if (!decentralized) return nitems;
    int64_t n = lock_items[hvalue & (kLocks - 1)];
    return kLocks * size_t(n <= 0 ? 1 : n);
  }
  // Resizing never happens while the table is fixed, so these never meet a
  // pseudo-deleted object. `nitems` is the (estimated) item count.
  void grow(size_t nitems);
  void try_shrink(size_t nitems);

  static constexpr uint32_t kLocks = 64;
  uint32_t nlocks = 1;
  bool decentralized = false;
  int64_t lock_items[kLocks] = {};

  std::vector<HashNode*> buckets;  // nslots entries, the first nactive in use
  uint32_t nactive = kFirstSegSize;
  uint32_t szm = kFirstSegSize - 1;
  uint32_t nslots = kFirstSegSize;
  uint32_t shrink_limit = 0;
  size_t nitems = 0;  // live objects

 private:
  void shrink(size_t nitems);
  void calc_shrink_limit();
};

struct TermLess {
  bool operator()(Term a, Term b) const;
};

class Table {
 public:
  Table(uint64_t id, TableType type, unsigned keypos);
  ~Table();

  // ---- identity (immutable) ----
  const uint64_t id;
  const TableType type;
  const unsigned keypos;  // 1-based
  bool is_hash() const { return type != TableType::kOrderedSet; }
  bool is_set_like() const {
    return type == TableType::kSet || type == TableType::kOrderedSet;
  }

  // ---- everything below is guarded by mu ----
  mutable absl::Mutex mu;
  bool deleted = false;
  bool named = false;
  Term name = NIL;       // atom
  Term owner = NIL;      // pid
  Access access = Access::kProtected;
  Term heir = NIL;       // pid, or NIL for none
  FragmentHeap heir_heap{8};
  Term heir_data = NIL;  // in heir_heap
  Term write_concurrency = NIL;  // true | false | auto
  bool read_concurrency = false;
  bool decentralized_counters = false;
  bool compressed = false;
  VM* vm = nullptr;
  // safe_fixtable: per process counts, and the time of the first fixation.
  std::vector<std::pair<Term, int64_t>> fixations;
  int64_t fix_time_us = 0;         // erlang:timestamp() of the first fix
  int64_t fix_monotonic_ns = 0;    // monotonic time of the first fix
  bool is_fixed() const { return !fixations.empty(); }

  // ---- storage ----
  HashStore hash;
  std::map<Term, std::unique_ptr<DbObject>, TermLess> tree;

  size_t size() const { return is_hash() ? hash.nitems : tree.size(); }
  uint64_t memory_words() const;
  uint64_t stored_words = 0;  // sum of the objects' words (incl. pseudo-deleted)
  uint64_t node_count = 0;    // hash nodes (incl. pseudo-deleted)

  // Object bookkeeping: every stored object is created / freed here.
  std::unique_ptr<DbObject> new_object(Term t);
  void free_object(std::unique_ptr<DbObject> o);
  HashNode* new_node(Term t, uint32_t hvalue);
  void free_node(HashNode* n);

  Term key_of(Term obj) const { return tuple_elems(obj)[keypos - 1]; }

  // Inserts (copies) a validated tuple. With key_clash_fail, returns false
  // and changes nothing if the key is present.
  bool put(Term obj, bool key_clash_fail);
  bool has_key(Term key) const;
  // Objects with `key`, in the order ets:lookup returns them.
  void lookup(Term key, std::vector<const DbObject*>* out) const;
  void erase(Term key);
  void erase_object(Term obj);
  // The objects removed by ets:take, in result order; moved to `out`.
  void take(Term key, std::vector<std::unique_ptr<DbObject>>* out);
  // Removes everything; returns how many objects there were.
  size_t delete_all();
  // ets:slot/2: 0 = objects in *out, 1 = '$end_of_table', -1 = badarg.
  int slot(Sint i, std::vector<const DbObject*>* out) const;

  // Iteration (first/next/last/prev): the key Term lives in the table.
  // Returns false if `key` is not in a hash table (badarg); sets *out to
  // NON_VALUE at the end of the table.
  void first(Term* out) const;
  void last(Term* out) const;
  bool next(Term key, Term* out) const;
  bool prev(Term key, Term* out) const;

  // Fixation bookkeeping (safe_fixtable); unfix purges pseudo-deleted
  // objects when the last fixation goes.
  void fix(Term pid);
  void unfix(Term pid);
  void unfix_all(Term pid);
  void purge_pseudo_deleted();
};

// ---- the table registry ------------------------------------------------------------
std::shared_ptr<Table> find_table(Term tid);  // by name atom or tid ref
// Registers a new table; fails (returns false) if a named table's name is
// taken.
bool register_table(const std::shared_ptr<Table>& t);
// Removes the table from the registry and frees its objects.
void delete_table(const std::shared_ptr<Table>& t);
bool rename_table(const std::shared_ptr<Table>& t, Term new_name);
Term whereis_table(Term name, uint64_t* id);  // returns NON_VALUE if absent
std::vector<std::shared_ptr<Table>> all_tables();

// ---- compiled match programs referenced by magic refs --------------------------------
// Interns `prog` (by source spec) and returns its ref id.
uint64_t register_program(std::shared_ptr<MatchProgram> prog, VM* vm);
std::shared_ptr<MatchProgram> find_program(uint64_t ref_id);

// Reference ids (VM unique numbers; a local counter without a VM).
uint64_t new_ref_id(VM* vm);

}  // namespace ets
}  // namespace beamline
