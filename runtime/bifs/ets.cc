// ets module BIFs (OTP 25's ets.erl nif stubs). Table storage lives in
// runtime/ets/; this file checks arguments and access rights, takes the
// table lock and copies objects out into the caller's heap.
#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

#include "runtime/bifs/bif.h"
#include "runtime/ets/ets.h"
#include "runtime/ets/match_spec.h"
#include "runtime/ets/select.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/binary.h"
#include "runtime/term/compare.h"
#include "runtime/term/number.h"
#include "runtime/vm/vm.h"

namespace beamline {
namespace {

using ets::Access;
using ets::DbObject;
using ets::MatchProgram;
using ets::Table;
using ets::TableType;

const Term kAtomEOT = atom_from("$end_of_table");
const Term kAtomHeir = atom_from("heir");
const Term kAtomWriteConcurrency = atom_from("write_concurrency");
const Term kAtomReadConcurrency = atom_from("read_concurrency");
const Term kAtomDecentralizedCounters = atom_from("decentralized_counters");
const Term kAtomCompressed = atom_from("compressed");
const Term kAtomAuto = atom_from("auto");
const Term kAtomId = atom_from("id");
const Term kAtomMemory = atom_from("memory");
const Term kAtomOwner = atom_from("owner");
const Term kAtomSize = atom_from("size");
const Term kAtomNode = atom_from("node");
const Term kAtomProtection = atom_from("protection");
const Term kAtomFixed = atom_from("fixed");
const Term kAtomSafeFixed = atom_from("safe_fixed");
const Term kAtomSafeFixedMonotonic = atom_from("safe_fixed_monotonic_time");
const Term kAtomNonode = atom_from("nonode@nohost");
const Term kAtomEtsTransfer = atom_from("ETS-TRANSFER");
const Term kAtomStats = atom_from("stats");
const Term kAtomBinary = atom_from("binary");

// info(T, stats) for hash tables, as ERTS's db_calc_stats_hash computes it
// (chain lengths count pseudo-deleted objects; single precision floats).
Term hash_stats(Heap& h, const Table& t) {
  const ets::HashStore& hs = t.hash;
  int64_t sum = 0, sq_sum = 0, kept = 0, min_len = INT64_MAX, max_len = 0;
  for (uint32_t i = 0; i < hs.nactive; i++) {
    int64_t len = 0;
    for (const ets::HashNode* n = hs.buckets[i]; n; n = n->next) {
      len++;
      if (n->pseudo_deleted) kept++;
    }
    sum += len;
    sq_sum += len * len;
    min_len = std::min(min_len, len);
    max_len = std::max(max_len, len);
  }
  float n = float(hs.nactive);
  float avg = float(sum) / n;
  float std_dev = float(std::sqrt(double((float(sq_sum) - avg * float(sum)) / n)));
  float expected = float(std::sqrt(double(avg) * (1.0 - 1.0 / hs.nactive)));
  return make_tuple(h, {make_small(hs.nactive), make_float(h, avg),
                        make_float(h, std_dev), make_float(h, expected),
                        make_small(min_len), make_small(max_len), make_small(kept),
                        make_small(hs.nlocks)});
}

// info(T, binary): {Address, Size, RefCount} for each off-heap binary the
// table's objects reference.
Term table_binaries(Heap& h, const Table& t) {
  std::vector<Term> items;
  auto add = [&](const DbObject& o) {
    const OffHeap& oh = const_cast<FragmentHeap&>(o.heap).off_heap();
    for (const Term* pb = oh.first; pb; pb = reinterpret_cast<const Term*>(pb[4])) {
      const Binary* b = reinterpret_cast<const Binary*>(pb[2]);
      items.push_back(make_tuple(
          h, {make_integer(h, uint64_t(reinterpret_cast<uintptr_t>(b))),
              make_integer(h, uint64_t(b->size)),
              make_integer(h, int64_t(b->refc.load()))}));
    }
  };
  if (t.is_hash()) {
    for (uint32_t i = 0; i < t.hash.nactive; i++)
      for (const ets::HashNode* n = t.hash.buckets[i]; n; n = n->next) add(*n->obj);
  } else {
    for (const auto& [k, o] : t.tree) add(*o);
  }
  return make_list_from(h, items.data(), items.size());
}

enum class Need { kRead, kWrite };

bool can_access(const Table& t, Process* p, Need need) {
  if (t.deleted) return false;
  if (t.owner == p->pid()) return true;
  if (need == Need::kRead) return t.access != Access::kPrivate;
  return t.access == Access::kPublic;
}

Term tid_term(Heap& h, const Table& t) { return make_ref(h, t.id); }
// The table as it names itself in messages and ets:all/0.
Term table_name_or_tid(Heap& h, const Table& t) {
  return t.named ? t.name : tid_term(h, t);
}

Term type_atom(TableType type) {
  switch (type) {
    case TableType::kSet: return atom::set;
    case TableType::kOrderedSet: return atom::ordered_set;
    case TableType::kBag: return atom::bag;
    case TableType::kDuplicateBag: return atom::duplicate_bag;
  }
  return atom::set;
}

Term access_atom(Access a) {
  switch (a) {
    case Access::kPublic: return atom::public_;
    case Access::kProtected: return atom::protected_;
    case Access::kPrivate: return atom::private_;
  }
  return atom::protected_;
}

bool parse_access(Term t, Access* out) {
  if (t == atom::public_) *out = Access::kPublic;
  else if (t == atom::protected_) *out = Access::kProtected;
  else if (t == atom::private_) *out = Access::kPrivate;
  else return false;
  return true;
}

bool pid_alive(Process* p, Term pid) {
  VM* vm = p->vm();
  if (!vm) return true;  // unit tests: no process table
  return pid == p->pid() || vm->is_alive(pid);
}

void notify_process(Process* from, Term to, Term msg) {
  if (VM* vm = from->vm()) vm->send(to, msg);
}

// [elem(0), ..., elem(n - 1)], each copied onto p's heap.
template <typename Elem>
Term copied_list(Process* p, size_t n, Elem&& elem) {
  Term l = NIL;
  for (size_t i = n; i-- > 0;) {
    Term e = copy_term(elem(i), *p);
    Term* c = p->alloc(2);
    c[0] = e;
    c[1] = l;
    l = make_list(c);
  }
  return l;
}

Term copy_list_of(Process* p, const std::vector<const DbObject*>& objs) {
  return copied_list(p, objs.size(), [&](size_t i) { return objs[i]->term; });
}

bool valid_object(const Table& t, Term obj) {
  return is_tuple(obj) && tuple_arity(obj) >= t.keypos;
}

// A tuple or a proper list of tuples, each with a key. Fills `objs`.
bool collect_objects(const Table& t, Term arg, std::vector<Term>* objs) {
  if (is_tuple(arg)) {
    if (!valid_object(t, arg)) return false;
    objs->push_back(arg);
    return true;
  }
  for (; is_list(arg); arg = cdr(arg)) {
    if (!valid_object(t, car(arg))) return false;
    objs->push_back(car(arg));
  }
  return is_nil(arg);
}

// A table argument: an atom or a reference, found and not deleted.
std::shared_ptr<Table> lookup_table(Term tid) {
  if (!is_atom(tid) && !is_ref(tid)) return nullptr;
  return ets::find_table(tid);
}

// A table argument, locked while this lives: shared for Need::kRead (unless
// `exclusive`), exclusive for Need::kWrite. False (badarg) if there is no
// such table or the process may not access it that way.
//
// Other scheduler threads run concurrently: the table may be deleted between
// the registry lookup and taking its lock (can_access then says no). For a
// named table, another table may meanwhile have taken the name: the name is
// looked up again, so the operation applies to whatever the name denotes
// once the lock is held.
class LockedTable {
 public:
  LockedTable(Process* p, Term tid, Need need, bool exclusive = false)
      : exclusive_(exclusive || need == Need::kWrite) {
    for (int attempt = 0;; attempt++) {
      t_ = lookup_table(tid);
      if (!t_) return;
      lock();
      if (!t_->deleted || !is_atom(tid) || attempt == 2) break;
      unlock();
    }
    ok_ = can_access(*t_, p, need);
  }
  ~LockedTable() {
    if (t_) unlock();
  }
  LockedTable(const LockedTable&) = delete;
  LockedTable& operator=(const LockedTable&) = delete;

  explicit operator bool() const { return ok_; }
  Table* operator->() const { return t_.get(); }
  Table& operator*() const { return *t_; }

 private:
  void lock() {
    if (exclusive_) {
      t_->mu.Lock();
    } else {
      t_->mu.ReaderLock();
    }
  }
  void unlock() {
    if (exclusive_) {
      t_->mu.Unlock();
    } else {
      t_->mu.ReaderUnlock();
    }
  }

  std::shared_ptr<Table> t_;
  bool exclusive_;
  bool ok_ = false;
};

// ---- ets:new/2 ---------------------------------------------------------------------

Term bif_new(Process* p, const Term* args) {
  Term name = args[0];
  if (!is_atom(name)) return raise_badarg(p);
  TableType type = TableType::kSet;
  Access access = Access::kProtected;
  bool named = false;
  Sint keypos = 1;
  Term heir = NIL, heir_data = NIL;
  Term wc = atom::false_;
  bool rc = false, compressed = false;
  int dc = -1;
  Term opts = args[1];
  for (; is_list(opts); opts = cdr(opts)) {
    Term o = car(opts);
    if (o == atom::set) type = TableType::kSet;
    else if (o == atom::ordered_set) type = TableType::kOrderedSet;
    else if (o == atom::bag) type = TableType::kBag;
    else if (o == atom::duplicate_bag) type = TableType::kDuplicateBag;
    else if (parse_access(o, &access)) {
    } else if (o == atom::named_table) named = true;
    else if (o == kAtomCompressed) compressed = true;
    else if (is_tuple(o) && tuple_arity(o) == 2) {
      Term k = tuple_elems(o)[0], v = tuple_elems(o)[1];
      if (k == atom::keypos && is_small(v) && small_value(v) >= 1) {
        keypos = small_value(v);
      } else if (k == kAtomWriteConcurrency &&
                 (is_boolean(v) || v == kAtomAuto)) {
        wc = v;
      } else if (k == kAtomReadConcurrency && is_boolean(v)) {
        rc = v == atom::true_;
      } else if (k == kAtomDecentralizedCounters && is_boolean(v)) {
        dc = v == atom::true_;
      } else if (k == kAtomHeir && v == atom::none) {
        heir = NIL;
      } else {
        return raise_badarg(p);
      }
    } else if (is_tuple(o) && tuple_arity(o) == 3 &&
               tuple_elems(o)[0] == kAtomHeir && is_pid(tuple_elems(o)[1])) {
      heir = tuple_elems(o)[1];
      heir_data = tuple_elems(o)[2];
    } else {
      return raise_badarg(p);
    }
  }
  if (!is_nil(opts)) return raise_badarg(p);
  if (heir != NIL && !pid_alive(p, heir)) heir = NIL;

  auto t = std::make_shared<Table>(ets::new_ref_id(p->vm()), type,
                                   unsigned(keypos));
  {
    absl::MutexLock lock(&t->mu);
    t->named = named;
    t->name = name;
    t->owner = p->pid();
    t->access = access;
    t->vm = p->vm();
    t->heir = heir;
    if (heir != NIL) t->heir_data = copy_term(heir_data, t->heir_heap);
    t->write_concurrency = wc;
    t->read_concurrency = rc;
    t->compressed = compressed;
    bool wc_on = wc != atom::false_;
    t->decentralized_counters =
        wc_on && (dc >= 0 ? dc == 1
                          : (type == TableType::kOrderedSet || wc == kAtomAuto));
    t->hash.nlocks = wc_on ? ets::HashStore::kLocks : 1;
    t->hash.decentralized = t->decentralized_counters;
  }
  if (!ets::register_table(t)) return raise_badarg(p);
  return named ? name : tid_term(*p, *t);
}

// ---- writes ----------------------------------------------------------------------------

Term do_insert(Process* p, const Term* args, bool only_new) {
  LockedTable t(p, args[0], Need::kWrite);
  if (!t) return raise_badarg(p);
  std::vector<Term> objs;
  if (!collect_objects(*t, args[1], &objs)) return raise_badarg(p);
  // erl inserts a list into a bag last element first.
  if (t->type == TableType::kBag) std::reverse(objs.begin(), objs.end());
  if (only_new) {
    for (Term o : objs)
      if (t->has_key(t->key_of(o))) return atom::false_;
  }
  for (Term o : objs) t->put(o, false);
  return atom::true_;
}

Term bif_insert(Process* p, const Term* args) { return do_insert(p, args, false); }
Term bif_insert_new(Process* p, const Term* args) {
  return do_insert(p, args, true);
}

Term bif_delete_1(Process* p, const Term* args) {
  auto t = lookup_table(args[0]);
  if (!t) return raise_badarg(p);
  {
    absl::MutexLock lock(&t->mu);
    if (!can_access(*t, p, Need::kWrite)) return raise_badarg(p);
  }
  ets::delete_table(t);
  return atom::true_;
}

Term bif_delete_2(Process* p, const Term* args) {
  LockedTable t(p, args[0], Need::kWrite);
  if (!t) return raise_badarg(p);
  t->erase(args[1]);
  return atom::true_;
}

Term bif_delete_object(Process* p, const Term* args) {
  LockedTable t(p, args[0], Need::kWrite);
  if (!t) return raise_badarg(p);
  if (!valid_object(*t, args[1])) return raise_badarg(p);
  t->erase_object(args[1]);
  return atom::true_;
}

Term bif_internal_delete_all(Process* p, const Term* args) {
  LockedTable t(p, args[0], Need::kWrite);
  if (!t) return raise_badarg(p);
  size_t n = t->delete_all();
  return make_integer(*p, uint64_t(n));
}

Term bif_take(Process* p, const Term* args) {
  LockedTable t(p, args[0], Need::kWrite);
  if (!t) return raise_badarg(p);
  std::vector<std::unique_ptr<DbObject>> taken;
  t->take(args[1], &taken);
  return copied_list(p, taken.size(), [&](size_t i) { return taken[i]->term; });
}

// ---- update_counter / update_element ----------------------------------------------------

struct CounterOp {
  Sint pos;
  Term incr;
  Term threshold = NON_VALUE;
  Term set_value = NON_VALUE;
};

bool parse_counter_op(Term op, unsigned keypos, CounterOp* out) {
  if (is_integer(op)) {
    out->pos = Sint(keypos) + 1;
    out->incr = op;
    return true;
  }
  if (!is_tuple(op)) return false;
  Uint n = tuple_arity(op);
  if (n != 2 && n != 4) return false;
  const Term* e = tuple_elems(op);
  if (!is_small(e[0]) || !is_integer(e[1])) return false;
  out->pos = small_value(e[0]);
  out->incr = e[1];
  if (n == 4) {
    if (!is_integer(e[2]) || !is_integer(e[3])) return false;
    out->threshold = e[2];
    out->set_value = e[3];
  }
  return true;
}

Term do_update_counter(Process* p, const Term* args, bool has_default) {
  LockedTable t(p, args[0], Need::kWrite);
  if (!t) return raise_badarg(p);
  if (!t->is_set_like()) return raise_badarg(p);
  Term key = args[1];
  // The operations: one (integer or tuple) or a list.
  std::vector<CounterOp> ops;
  bool as_list = false;
  Term spec = args[2];
  if (is_list(spec) || is_nil(spec)) {
    as_list = true;
    for (; is_list(spec); spec = cdr(spec)) {
      CounterOp op;
      if (is_integer(car(spec)) || !parse_counter_op(car(spec), t->keypos, &op))
        return raise_badarg(p);
      ops.push_back(op);
    }
    if (!is_nil(spec)) return raise_badarg(p);
  } else {
    CounterOp op;
    if (!parse_counter_op(spec, t->keypos, &op)) return raise_badarg(p);
    ops.push_back(op);
  }
  std::vector<const DbObject*> found;
  t->lookup(key, &found);
  Term base;
  FragmentHeap scratch(64);
  if (!found.empty()) {
    base = found[0]->term;
  } else {
    if (!has_default) return raise_badarg(p);
    Term d = args[3];
    if (!valid_object(*t, d)) return raise_badarg(p);
    base = d;
  }
  Uint arity = tuple_arity(base);
  Term* elems;
  Term obj = make_tuple_n(scratch, arity, &elems);
  for (Uint i = 0; i < arity; i++) elems[i] = tuple_elems(base)[i];
  if (found.empty()) elems[t->keypos - 1] = key;
  std::vector<Term> results;
  for (const CounterOp& op : ops) {
    if (op.pos < 1 || Uint(op.pos) > arity || Uint(op.pos) == t->keypos)
      return raise_badarg(p);
    Term cur = elems[op.pos - 1];
    if (!is_integer(cur)) return raise_badarg(p);
    Term v = arith_add(scratch, cur, op.incr);
    if (v == NON_VALUE) return raise_badarg(p);
    if (op.threshold != NON_VALUE) {
      bool nonneg = compare_numbers(op.incr, make_small(0)) >= 0;
      int c = compare_numbers(v, op.threshold);
      if ((nonneg && c > 0) || (!nonneg && c < 0)) v = op.set_value;
    }
    elems[op.pos - 1] = v;
    results.push_back(v);
  }
  t->put(obj, false);
  if (!as_list) return copy_term(results[0], *p);
  return copied_list(p, results.size(), [&](size_t i) { return results[i]; });
}

Term bif_update_counter_3(Process* p, const Term* args) {
  return do_update_counter(p, args, false);
}
Term bif_update_counter_4(Process* p, const Term* args) {
  return do_update_counter(p, args, true);
}

Term bif_update_element(Process* p, const Term* args) {
  LockedTable t(p, args[0], Need::kWrite);
  if (!t) return raise_badarg(p);
  if (!t->is_set_like()) return raise_badarg(p);
  // erl answers false for a missing key before looking at the updates.
  std::vector<const DbObject*> found;
  t->lookup(args[1], &found);
  if (found.empty()) return atom::false_;
  std::vector<std::pair<Sint, Term>> updates;
  auto parse = [&](Term u) {
    if (!is_tuple(u) || tuple_arity(u) != 2 || !is_small(tuple_elems(u)[0]))
      return false;
    updates.emplace_back(small_value(tuple_elems(u)[0]), tuple_elems(u)[1]);
    return true;
  };
  Term spec = args[2];
  if (is_tuple(spec)) {
    if (!parse(spec)) return raise_badarg(p);
  } else {
    for (; is_list(spec); spec = cdr(spec))
      if (!parse(car(spec))) return raise_badarg(p);
    if (!is_nil(spec)) return raise_badarg(p);
  }
  Term base = found[0]->term;
  Uint arity = tuple_arity(base);
  for (auto& [pos, v] : updates)
    if (pos < 1 || Uint(pos) > arity || Uint(pos) == t->keypos)
      return raise_badarg(p);
  if (updates.empty()) return atom::true_;
  FragmentHeap scratch(arity + 1);
  Term* elems;
  Term obj = make_tuple_n(scratch, arity, &elems);
  for (Uint i = 0; i < arity; i++) elems[i] = tuple_elems(base)[i];
  for (auto& [pos, v] : updates) elems[pos - 1] = v;
  t->put(obj, false);
  return atom::true_;
}

// ---- reads ---------------------------------------------------------------------------------

Term bif_lookup(Process* p, const Term* args) {
  LockedTable t(p, args[0], Need::kRead);
  if (!t) return raise_badarg(p);
  std::vector<const DbObject*> objs;
  t->lookup(args[1], &objs);
  return copy_list_of(p, objs);
}

Term bif_lookup_element(Process* p, const Term* args) {
  LockedTable t(p, args[0], Need::kRead);
  if (!t) return raise_badarg(p);
  if (!is_small(args[2]) || small_value(args[2]) < 1) return raise_badarg(p);
  Uint pos = Uint(small_value(args[2]));
  std::vector<const DbObject*> objs;
  t->lookup(args[1], &objs);
  if (objs.empty()) return raise_badarg(p);
  for (const DbObject* o : objs)
    if (tuple_arity(o->term) < pos) return raise_badarg(p);
  if (t->is_set_like()) return copy_term(tuple_elems(objs[0]->term)[pos - 1], *p);
  return copied_list(p, objs.size(),
                     [&](size_t i) { return tuple_elems(objs[i]->term)[pos - 1]; });
}

Term bif_member(Process* p, const Term* args) {
  LockedTable t(p, args[0], Need::kRead);
  if (!t) return raise_badarg(p);
  return make_bool(t->has_key(args[1]));
}

Term key_result(Process* p, Term key) {
  return key == NON_VALUE ? kAtomEOT : copy_term(key, *p);
}

Term bif_first(Process* p, const Term* args) {
  LockedTable t(p, args[0], Need::kRead);
  if (!t) return raise_badarg(p);
  Term k;
  t->first(&k);
  return key_result(p, k);
}

Term bif_last(Process* p, const Term* args) {
  LockedTable t(p, args[0], Need::kRead);
  if (!t) return raise_badarg(p);
  Term k;
  t->last(&k);
  return key_result(p, k);
}

Term bif_next(Process* p, const Term* args) {
  LockedTable t(p, args[0], Need::kRead);
  if (!t) return raise_badarg(p);
  Term k;
  if (!t->next(args[1], &k)) return raise_badarg(p);
  return key_result(p, k);
}

Term bif_prev(Process* p, const Term* args) {
  LockedTable t(p, args[0], Need::kRead);
  if (!t) return raise_badarg(p);
  Term k;
  if (!t->prev(args[1], &k)) return raise_badarg(p);
  return key_result(p, k);
}

Term bif_slot(Process* p, const Term* args) {
  LockedTable t(p, args[0], Need::kRead);
  if (!t) return raise_badarg(p);
  if (!is_small(args[1])) return raise_badarg(p);
  std::vector<const DbObject*> objs;
  int r = t->slot(small_value(args[1]), &objs);
  if (r < 0) return raise_badarg(p);
  if (r > 0) return kAtomEOT;
  return copy_list_of(p, objs);
}

// ---- match specifications ------------------------------------------------------------

// A compiled match spec ref: the program, or nullptr.
std::shared_ptr<MatchProgram> program_of(Term ref) {
  if (!is_ref(ref)) return nullptr;
  return ets::find_program(ref_id(ref));
}

Term bif_match_spec_compile(Process* p, const Term* args) {
  auto prog = MatchProgram::compile(args[0]);
  if (!prog || prog->empty()) return raise_badarg(p);
  uint64_t id = ets::register_program(std::move(prog), p->vm());
  return make_ref(*p, id);
}

Term bif_is_compiled_ms(Process* p, const Term* args) {
  return make_bool(program_of(args[0]) != nullptr);
}

Term bif_match_spec_run_r(Process* p, const Term* args) {
  auto prog = program_of(args[1]);
  if (!prog) return raise_badarg(p);
  Term l = args[0];
  Term acc = args[2];
  FragmentHeap scratch(256);
  for (; is_list(l); l = cdr(l)) {
    Term r = prog->run(car(l), p, scratch);
    if (r == NON_VALUE) continue;
    Term* c = p->alloc(2);
    c[0] = copy_term(r, *p);
    c[1] = acc;
    acc = make_list(c);
  }
  if (!is_nil(l)) return raise_badarg(p);
  return acc;
}

enum class MsKind { kSpec, kMatch, kMatchObject };

std::shared_ptr<MatchProgram> compile_for(MsKind kind, Term arg) {
  switch (kind) {
    case MsKind::kSpec: return MatchProgram::compile(arg);
    case MsKind::kMatch: return MatchProgram::compile_pattern(arg, false);
    case MsKind::kMatchObject: return MatchProgram::compile_pattern(arg, true);
  }
  return nullptr;
}

Term do_select(Process* p, const Term* args, MsKind kind, bool reverse) {
  auto prog = compile_for(kind, args[1]);
  if (!prog) return raise_badarg(p);
  LockedTable t(p, args[0], Need::kRead);
  if (!t) return raise_badarg(p);
  return ets::select_all(p, *t, *prog, reverse);
}

Term do_select_chunk(Process* p, const Term* args, MsKind kind, bool reverse) {
  if (!is_small(args[2]) || small_value(args[2]) <= 0) return raise_badarg(p);
  auto prog = compile_for(kind, args[1]);
  if (!prog) return raise_badarg(p);
  LockedTable t(p, args[0], Need::kRead);
  if (!t) return raise_badarg(p);
  Term tid = tid_term(*p, *t);
  Term ms_ref = NIL;
  if (!prog->empty()) {
    uint64_t id = ets::register_program(prog, p->vm());
    ms_ref = make_ref(*p, id);
  }
  return ets::select_chunk(p, *t, *prog, tid, ms_ref, small_value(args[2]),
                           reverse);
}

Term bif_select_continue(Process* p, const Term* args) {
  Term cont = args[0];
  if (cont == kAtomEOT) return kAtomEOT;
  if (!is_tuple(cont)) return raise_badarg(p);
  Uint n = tuple_arity(cont);
  if (n != 6 && n != 8) return raise_badarg(p);
  auto prog = program_of(tuple_elems(cont)[n == 6 ? 3 : 4]);
  if (!prog) return raise_badarg(p);
  LockedTable t(p, tuple_elems(cont)[0], Need::kRead);
  if (!t) return raise_badarg(p);
  if ((n == 6) != t->is_hash()) return raise_badarg(p);
  Term r = ets::select_continue(p, *t, *prog, cont);
  if (r == NON_VALUE) return raise_badarg(p);
  return r;
}

Term bif_select_2(Process* p, const Term* args) {
  return do_select(p, args, MsKind::kSpec, false);
}
Term bif_select_3(Process* p, const Term* args) {
  return do_select_chunk(p, args, MsKind::kSpec, false);
}
Term bif_select_reverse_2(Process* p, const Term* args) {
  return do_select(p, args, MsKind::kSpec, true);
}
Term bif_select_reverse_3(Process* p, const Term* args) {
  return do_select_chunk(p, args, MsKind::kSpec, true);
}
Term bif_match_2(Process* p, const Term* args) {
  return do_select(p, args, MsKind::kMatch, false);
}
Term bif_match_3(Process* p, const Term* args) {
  return do_select_chunk(p, args, MsKind::kMatch, false);
}
Term bif_match_object_2(Process* p, const Term* args) {
  return do_select(p, args, MsKind::kMatchObject, false);
}
Term bif_match_object_3(Process* p, const Term* args) {
  return do_select_chunk(p, args, MsKind::kMatchObject, false);
}

Term bif_select_count(Process* p, const Term* args) {
  auto prog = MatchProgram::compile(args[1]);
  if (!prog) return raise_badarg(p);
  LockedTable t(p, args[0], Need::kRead);
  if (!t) return raise_badarg(p);
  return make_integer(*p, uint64_t(ets::select_count(p, *t, *prog)));
}

Term bif_internal_select_delete(Process* p, const Term* args) {
  auto prog = MatchProgram::compile(args[1]);
  if (!prog) return raise_badarg(p);
  LockedTable t(p, args[0], Need::kWrite);
  if (!t) return raise_badarg(p);
  return make_integer(*p, uint64_t(ets::select_delete(p, *t, *prog)));
}

Term bif_select_replace(Process* p, const Term* args) {
  auto prog = MatchProgram::compile(args[1]);
  if (!prog) return raise_badarg(p);
  LockedTable t(p, args[0], Need::kWrite);
  if (!t) return raise_badarg(p);
  if (t->type == TableType::kBag) return raise_badarg(p);
  if (!prog->keeps_key(t->keypos)) return raise_badarg(p);
  return make_integer(*p, uint64_t(ets::select_replace(p, *t, *prog)));
}

// ---- table management -------------------------------------------------------------------

Term info_item(Process* p, const Table& t, Term item) {
  Heap& h = *p;
  if (item == kAtomId) return tid_term(h, t);
  if (item == atom::name) return t.name;
  if (item == atom::named_table) return make_bool(t.named);
  if (item == kAtomNode) return kAtomNonode;
  if (item == kAtomOwner) return t.owner;
  if (item == kAtomHeir) return t.heir == NIL ? atom::none : t.heir;
  if (item == kAtomProtection) return access_atom(t.access);
  if (item == kAtomSize) return make_integer(h, uint64_t(t.size()));
  if (item == atom::type) return type_atom(t.type);
  if (item == atom::keypos) return make_small(Sint(t.keypos));
  if (item == kAtomMemory) return make_integer(h, t.memory_words());
  if (item == kAtomCompressed) return make_bool(t.compressed);
  if (item == kAtomDecentralizedCounters) return make_bool(t.decentralized_counters);
  if (item == kAtomReadConcurrency) return make_bool(t.read_concurrency);
  if (item == kAtomWriteConcurrency) return t.write_concurrency;
  if (item == kAtomFixed) return make_bool(t.is_fixed());
  if (item == kAtomStats) return t.is_hash() ? hash_stats(h, t) : atom::false_;
  if (item == kAtomBinary) return table_binaries(h, t);
  if (item == kAtomSafeFixed || item == kAtomSafeFixedMonotonic) {
    if (!t.is_fixed()) return atom::false_;
    Term l = NIL;
    for (const auto& [pid, n] : t.fixations) {
      Term* c = h.alloc(2);
      c[0] = make_tuple(h, {pid, make_small(n)});
      c[1] = l;
      l = make_list(c);
    }
    Term when;
    if (item == kAtomSafeFixed) {
      int64_t us = t.fix_time_us;
      when = make_tuple(h, {make_small(us / 1000000000000),
                            make_small((us / 1000000) % 1000000),
                            make_small(us % 1000000)});
    } else {
      when = make_integer(h, t.fix_monotonic_ns);
    }
    return make_tuple(h, {when, l});
  }
  return NON_VALUE;
}

Term bif_info_1(Process* p, const Term* args) {
  if (!is_atom(args[0]) && !is_ref(args[0])) return raise_badarg(p);
  auto t = lookup_table(args[0]);
  if (!t) return atom::undefined;
  absl::ReaderMutexLock lock(&t->mu);
  if (t->deleted) return atom::undefined;
  static const Term items[] = {
      kAtomId, kAtomDecentralizedCounters, kAtomReadConcurrency,
      kAtomWriteConcurrency, kAtomCompressed, kAtomMemory, kAtomOwner,
      kAtomHeir, atom::name, kAtomSize, kAtomNode, atom::named_table,
      atom::type, atom::keypos, kAtomProtection};
  constexpr size_t n = sizeof(items) / sizeof(items[0]);
  Term vals[n];
  for (size_t i = 0; i < n; i++)
    vals[i] = make_tuple(*p, {items[i], info_item(p, *t, items[i])});
  return make_list_from(*p, vals, n);
}

Term bif_info_2(Process* p, const Term* args) {
  if (!is_atom(args[0]) && !is_ref(args[0])) return raise_badarg(p);
  auto t = lookup_table(args[0]);
  if (!t) return atom::undefined;
  absl::ReaderMutexLock lock(&t->mu);
  if (t->deleted) return atom::undefined;
  Term v = info_item(p, *t, args[1]);
  if (v == NON_VALUE) return raise_badarg(p);
  return v;
}

Term bif_whereis(Process* p, const Term* args) {
  if (!is_atom(args[0])) return raise_badarg(p);
  uint64_t id;
  if (ets::whereis_table(args[0], &id) == NON_VALUE) return atom::undefined;
  return make_ref(*p, id);
}

Term bif_rename(Process* p, const Term* args) {
  if (!is_atom(args[1])) return raise_badarg(p);
  auto t = lookup_table(args[0]);
  if (!t) return raise_badarg(p);
  bool named;
  {
    absl::MutexLock lock(&t->mu);
    if (!can_access(*t, p, Need::kWrite)) return raise_badarg(p);
    named = t->named;
  }
  if (!ets::rename_table(t, args[1])) return raise_badarg(p);
  return named ? args[1] : tid_term(*p, *t);
}

Term bif_safe_fixtable(Process* p, const Term* args) {
  if (!is_boolean(args[1])) return raise_badarg(p);
  LockedTable t(p, args[0], Need::kRead, /*exclusive=*/true);
  if (!t) return raise_badarg(p);
  if (args[1] == atom::true_) t->fix(p->pid());
  else t->unfix(p->pid());
  return atom::true_;
}

Term bif_give_away(Process* p, const Term* args) {
  Term to = args[1];
  if (!is_pid(to)) return raise_badarg(p);
  auto t = lookup_table(args[0]);
  if (!t) return raise_badarg(p);
  Term msg;
  FragmentHeap scratch(16);
  // Never call into the VM's process table while holding a table lock.
  bool alive = pid_alive(p, to);
  {
    absl::MutexLock lock(&t->mu);
    if (t->deleted || t->owner != p->pid() || to == p->pid())
      return raise_badarg(p);
    if (!alive) return raise_badarg(p);
    t->owner = to;
    msg = make_tuple(scratch, {kAtomEtsTransfer, table_name_or_tid(scratch, *t),
                               p->pid(), args[2]});
  }
  notify_process(p, to, msg);
  // `to` may have exited since pid_alive said yes (on another scheduler
  // thread); its exit's pass over the tables (ets_delete_owned_by, after it
  // left the process table) may then have missed this one: do it here.
  if (!pid_alive(p, to)) ets_delete_owned_by(to);
  return atom::true_;
}

Term bif_setopts(Process* p, const Term* args) {
  auto t = lookup_table(args[0]);
  if (!t) return raise_badarg(p);
  std::vector<Term> opts;
  Term o = args[1];
  if (is_list(o)) {
    for (; is_list(o); o = cdr(o)) opts.push_back(car(o));
    if (!is_nil(o)) return raise_badarg(p);
  } else {
    opts.push_back(o);
  }
  // Heir liveness is checked before taking the table lock.
  std::vector<bool> alive;
  for (Term opt : opts) {
    alive.push_back(is_tuple(opt) && tuple_arity(opt) == 3 &&
                    is_pid(tuple_elems(opt)[1]) && pid_alive(p, tuple_elems(opt)[1]));
  }
  absl::MutexLock lock(&t->mu);
  if (t->deleted || t->owner != p->pid()) return raise_badarg(p);
  // Validate everything before changing anything.
  for (Term opt : opts) {
    if (!is_tuple(opt)) return raise_badarg(p);
    const Term* e = tuple_elems(opt);
    Uint n = tuple_arity(opt);
    if (n == 3 && e[0] == kAtomHeir && is_pid(e[1])) continue;
    if (n == 2 && e[0] == kAtomHeir && e[1] == atom::none) continue;
    Access a;
    if (n == 2 && e[0] == kAtomProtection && parse_access(e[1], &a)) continue;
    return raise_badarg(p);
  }
  for (size_t i = 0; i < opts.size(); i++) {
    Term opt = opts[i];
    const Term* e = tuple_elems(opt);
    Uint n = tuple_arity(opt);
    if (e[0] == kAtomHeir) {
      if (n == 3 && alive[i]) {
        t->heir = e[1];
        t->heir_heap = FragmentHeap(8);
        t->heir_data = copy_term(e[2], t->heir_heap);
      } else {
        t->heir = NIL;
        t->heir_data = NIL;
      }
    } else {
      parse_access(e[1], &t->access);
    }
  }
  return atom::true_;
}

// ets:all/0 is Erlang code: it calls this, then waits for one {Ref, Tables}
// message per scheduler (erlang:system_info(schedulers)). We send the whole
// list in the first message and [] in the others.
Term bif_internal_request_all(Process* p, const Term*) {
  static const Term kSchedulers = atom_from("schedulers");
  Sint n = 1;
  for (const BifEntry& e : BifRegistry::all().entries()) {
    if (e.module == "erlang" && e.name == "system_info" && e.arity == 1) {
      Term r = e.fn(p, &kSchedulers);
      if (r != NON_VALUE && is_small(r) && small_value(r) > 0) n = small_value(r);
      break;
    }
  }
  uint64_t id = ets::new_ref_id(p->vm());
  Term ref = make_ref(*p, id);
  FragmentHeap scratch(64);
  Term all = NIL;
  for (const auto& t : ets::all_tables()) {
    absl::ReaderMutexLock lock(&t->mu);
    if (t->deleted) continue;
    Term* c = scratch.alloc(2);
    c[0] = table_name_or_tid(scratch, *t);
    c[1] = all;
    all = make_list(c);
  }
  for (Sint i = 0; i < n; i++) {
    Term msg = make_tuple(scratch, {ref, i == 0 ? all : NIL});
    notify_process(p, p->pid(), msg);
  }
  return ref;
}

}  // namespace

void register_ets_bifs(BifRegistry& r) {
  r.add("ets", "internal_request_all", 0, bif_internal_request_all);
  r.add("ets", "new", 2, bif_new);
  r.add("ets", "insert", 2, bif_insert);
  r.add("ets", "insert_new", 2, bif_insert_new);
  r.add("ets", "delete", 1, bif_delete_1);
  r.add("ets", "delete", 2, bif_delete_2);
  r.add("ets", "delete_object", 2, bif_delete_object);
  r.add("ets", "internal_delete_all", 2, bif_internal_delete_all);
  r.add("ets", "take", 2, bif_take);
  r.add("ets", "update_counter", 3, bif_update_counter_3);
  r.add("ets", "update_counter", 4, bif_update_counter_4);
  r.add("ets", "update_element", 3, bif_update_element);
  r.add("ets", "lookup", 2, bif_lookup);
  r.add("ets", "lookup_element", 3, bif_lookup_element);
  r.add("ets", "member", 2, bif_member);
  r.add("ets", "first", 1, bif_first);
  r.add("ets", "last", 1, bif_last);
  r.add("ets", "next", 2, bif_next);
  r.add("ets", "prev", 2, bif_prev);
  r.add("ets", "slot", 2, bif_slot);
  r.add("ets", "match_spec_compile", 1, bif_match_spec_compile);
  r.add("ets", "is_compiled_ms", 1, bif_is_compiled_ms);
  r.add("ets", "match_spec_run_r", 3, bif_match_spec_run_r);
  r.add("ets", "select", 1, bif_select_continue);
  r.add("ets", "select", 2, bif_select_2);
  r.add("ets", "select", 3, bif_select_3);
  r.add("ets", "select_reverse", 1, bif_select_continue);
  r.add("ets", "select_reverse", 2, bif_select_reverse_2);
  r.add("ets", "select_reverse", 3, bif_select_reverse_3);
  r.add("ets", "match", 1, bif_select_continue);
  r.add("ets", "match", 2, bif_match_2);
  r.add("ets", "match", 3, bif_match_3);
  r.add("ets", "match_object", 1, bif_select_continue);
  r.add("ets", "match_object", 2, bif_match_object_2);
  r.add("ets", "match_object", 3, bif_match_object_3);
  r.add("ets", "select_count", 2, bif_select_count);
  r.add("ets", "internal_select_delete", 2, bif_internal_select_delete);
  r.add("ets", "select_replace", 2, bif_select_replace);
  r.add("ets", "info", 1, bif_info_1);
  r.add("ets", "info", 2, bif_info_2);
  r.add("ets", "whereis", 1, bif_whereis);
  r.add("ets", "rename", 2, bif_rename);
  r.add("ets", "safe_fixtable", 2, bif_safe_fixtable);
  r.add("ets", "give_away", 3, bif_give_away);
  r.add("ets", "setopts", 2, bif_setopts);
}

}  // namespace beamline
