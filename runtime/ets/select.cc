// The select family over ETS tables (see select.h). Hash-table traversal
// follows erl_db_hash.c: buckets in index order, chains in order, matches
// accumulated by consing (so select/2 returns them in reverse traversal
// order); chunks stop at bucket boundaries and carry the surplus in the
// continuation. Ordered sets return matches in key order.
#include "runtime/ets/select.h"

#include <algorithm>

#include "runtime/bifs/bif.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/compare.h"
#include "runtime/vm/process.h"

namespace beamline {
namespace ets {
namespace {

const Term kAtomEOT = atom_from("$end_of_table");

// Runs a program with a scratch heap for intermediate terms; results must be
// copied out (`keep`) before the next run.
class Runner {
 public:
  Runner(Process* p, const MatchProgram& prog)
      : p_(p), prog_(prog), scratch_(std::make_unique<FragmentHeap>(256)) {}
  Term run(Term obj) {
    if (scratch_->used_words() > 8192)
      scratch_ = std::make_unique<FragmentHeap>(256);
    return prog_.run(obj, p_, *scratch_);
  }
  Term keep(Term result) { return copy_term(result, *p_); }

 private:
  Process* p_;
  const MatchProgram& prog_;
  std::unique_ptr<FragmentHeap> scratch_;
};

// A list whose head is the last element of `v` (a list built by consing in
// traversal order).
Term list_newest_first(Heap& h, const std::vector<Term>& v) {
  Term l = NIL;
  for (Term t : v) {
    Term* c = h.alloc(2);
    c[0] = t;
    c[1] = l;
    l = make_list(c);
  }
  return l;
}

Term list_in_order(Heap& h, const std::vector<Term>& v) {
  return make_list_from(h, v.data(), v.size());
}

// ERTS analyze_pattern for hash tables: which buckets to search when every
// clause names a ground key. Returns false for "traverse everything";
// `buckets` empty with true means nothing can match.
bool hash_key_buckets(const Table& t, const MatchProgram& prog,
                      std::vector<uint32_t>* buckets) {
  std::vector<Term> keys;
  MatchProgram::KeyInfo info = prog.analyze_keys(t.keypos, &keys);
  if (info == MatchProgram::KeyInfo::kScan) return false;
  for (Term key : keys) {
    uint32_t h = HashStore::make_hash(key);
    uint32_t ix = t.hash.hash_to_ix(h);
    bool present = false;
    for (const HashNode* b = t.hash.buckets[ix]; b; b = b->next) {
      if (!b->pseudo_deleted && b->hvalue == h &&
          eq_exact(key, t.key_of(b->obj->term))) {
        present = true;
        break;
      }
    }
    if (present && std::find(buckets->begin(), buckets->end(), ix) ==
                       buckets->end())
      buckets->push_back(ix);
  }
  return true;
}

// Ordered set: the sorted distinct ground keys, or false to scan.
bool tree_keys(const Table& t, const MatchProgram& prog,
               std::vector<Term>* keys) {
  MatchProgram::KeyInfo info = prog.analyze_keys(t.keypos, keys);
  if (info == MatchProgram::KeyInfo::kScan) return false;
  std::sort(keys->begin(), keys->end(),
            [](Term a, Term b) { return compare_terms(a, b) < 0; });
  keys->erase(std::unique(keys->begin(), keys->end(),
                          [](Term a, Term b) { return compare_terms(a, b) == 0; }),
              keys->end());
  return true;
}

// Calls visit(ix) for the given buckets, or for all buckets in slot order.
template <typename F>
void for_each_bucket(const Table& t, const std::vector<uint32_t>* buckets, F&& visit) {
  if (buckets) {
    for (uint32_t ix : *buckets) visit(ix);
    return;
  }
  uint32_t ix = 0;
  do visit(ix);
  while ((ix = t.hash.next_slot(ix)) != 0);
}

// Calls visit(ix) for the buckets a match over `prog` has to search: those
// of its ground keys, or all.
template <typename F>
void for_each_match_bucket(const Table& t, const MatchProgram& prog, F&& visit) {
  std::vector<uint32_t> buckets;
  bool key_given = hash_key_buckets(t, prog, &buckets);
  for_each_bucket(t, key_given ? &buckets : nullptr, visit);
}

// Calls f(object term) for the live objects of bucket `ix`, in chain order.
template <typename F>
void visit_bucket(const Table& t, uint32_t ix, F&& f) {
  for (const HashNode* b = t.hash.buckets[ix]; b; b = b->next)
    if (!b->pseudo_deleted) f(b->obj->term);
}

// Visits every live hash object of the given buckets (or of all buckets) in
// traversal order.
template <typename F>
void hash_visit(const Table& t, const std::vector<uint32_t>* buckets, F&& f) {
  for_each_bucket(t, buckets, [&](uint32_t ix) { visit_bucket(t, ix, f); });
}

template <typename F>
void tree_visit(const Table& t, const std::vector<Term>* keys, bool reverse,
                F&& f) {
  if (keys) {
    if (!reverse) {
      for (Term k : *keys) {
        auto it = t.tree.find(k);
        if (it != t.tree.end()) f(it->second->term);
      }
    } else {
      for (size_t i = keys->size(); i-- > 0;) {
        auto it = t.tree.find((*keys)[i]);
        if (it != t.tree.end()) f(it->second->term);
      }
    }
    return;
  }
  if (!reverse) {
    for (const auto& [k, o] : t.tree) f(o->term);
  } else {
    for (auto it = t.tree.rbegin(); it != t.tree.rend(); ++it) f(it->second->term);
  }
}

// The end of a hash chunk (select_chunk_on_loop_ended): `ml` holds the
// matches in traversal order (the list head is ml.back()).
Term hash_chunk_result(Process* p, std::vector<Term>& ml, Sint chunk,
                       Sint slot_ix, Term tid, Term ms_ref) {
  Heap& h = *p;
  Sint got = Sint(ml.size());
  std::vector<Term> rest;  // traversal order, newest last
  if (got > chunk) {
    rest.assign(ml.begin() + chunk, ml.end());
    ml.resize(chunk);
  }
  if (!rest.empty() || slot_ix >= 0) {
    Term cont = make_tuple(
        h, {tid, make_small(slot_ix), make_small(chunk), ms_ref,
            list_newest_first(h, rest), make_small(Sint(rest.size()))});
    return make_tuple(h, {list_newest_first(h, ml), cont});
  }
  if (!ml.empty()) return make_tuple(h, {list_newest_first(h, ml), kAtomEOT});
  return kAtomEOT;
}

}  // namespace

Term select_all(Process* p, const Table& t, const MatchProgram& prog,
                bool reverse) {
  std::vector<Term> results;
  if (prog.empty()) return NIL;
  Runner r(p, prog);
  auto on_obj = [&](Term obj) {
    Term res = r.run(obj);
    if (res != NON_VALUE) results.push_back(r.keep(res));
  };
  if (t.is_hash()) {
    for_each_match_bucket(t, prog, [&](uint32_t ix) { visit_bucket(t, ix, on_obj); });
    return list_newest_first(*p, results);
  }
  std::vector<Term> keys;
  bool key_given = tree_keys(t, prog, &keys);
  tree_visit(t, key_given ? &keys : nullptr, reverse, on_obj);
  return list_in_order(*p, results);
}

Term select_chunk(Process* p, const Table& t, const MatchProgram& prog,
                  Term tid, Term ms_ref, Sint chunk, bool reverse) {
  if (prog.empty()) return kAtomEOT;
  Runner r(p, prog);
  std::vector<Term> ml;
  if (t.is_hash()) {
    std::vector<uint32_t> buckets;
    if (hash_key_buckets(t, prog, &buckets)) {
      if (buckets.empty()) return kAtomEOT;
      size_t visited = 0;
      hash_visit(t, &buckets, [&](Term obj) {
        visited++;
        Term res = r.run(obj);
        if (res != NON_VALUE) ml.push_back(r.keep(res));
      });
      if (visited == 0) return kAtomEOT;
      return hash_chunk_result(p, ml, chunk, -1, tid, ms_ref);
    }
    Sint slot_ix = -1;
    size_t visited = 0;
    for (uint32_t ix = 0;;) {
      visit_bucket(t, ix, [&](Term obj) {
        visited++;
        Term res = r.run(obj);
        if (res != NON_VALUE) ml.push_back(r.keep(res));
      });
      ix = t.hash.next_slot(ix);
      if (ix == 0) break;
      if (Sint(ml.size()) >= chunk) {
        slot_ix = Sint(ix);
        break;
      }
    }
    if (visited == 0) return kAtomEOT;
    return hash_chunk_result(p, ml, chunk, slot_ix, tid, ms_ref);
  }
  // ordered_set
  Term last_key = NON_VALUE;
  auto visit = [&](const DbObject& o) -> bool {
    Term res = r.run(o.term);
    if (res != NON_VALUE) {
      ml.push_back(r.keep(res));
      if (Sint(ml.size()) == chunk) {
        last_key = t.key_of(o.term);
        return false;
      }
    }
    return true;
  };
  if (!reverse) {
    for (const auto& [k, o] : t.tree)
      if (!visit(*o)) break;
  } else {
    for (auto it = t.tree.rbegin(); it != t.tree.rend(); ++it)
      if (!visit(*it->second)) break;
  }
  Heap& h = *p;
  if (last_key == NON_VALUE) {
    if (ml.empty()) return kAtomEOT;
    return make_tuple(h, {list_in_order(h, ml), kAtomEOT});
  }
  Term cont = make_tuple(
      h, {tid, copy_term(last_key, h), NIL, make_small(chunk), ms_ref, NIL,
          make_small(reverse ? 1 : 0), make_small(0)});
  return make_tuple(h, {list_in_order(h, ml), cont});
}

Term select_continue(Process* p, const Table& t, const MatchProgram& prog,
                     Term cont) {
  Heap& h = *p;
  const Term* c = tuple_elems(cont);
  Runner r(p, prog);
  if (t.is_hash()) {
    // {Tid, Slot, Chunk, MSRef, Rest, RestSize}
    if (tuple_arity(cont) != 6) return NON_VALUE;
    if (!is_small(c[1]) || !is_small(c[2]) || !is_small(c[5])) return NON_VALUE;
    Sint slot_ix = small_value(c[1]);
    Sint chunk = small_value(c[2]);
    Sint got = small_value(c[5]);
    if (chunk < 0 || got < 0) return NON_VALUE;
    std::vector<Term> ml;  // newest last
    Term rest = c[4];
    for (; is_list(rest); rest = cdr(rest)) ml.push_back(car(rest));
    if (!is_nil(rest) || Sint(ml.size()) != got) return NON_VALUE;
    std::reverse(ml.begin(), ml.end());
    if (!(slot_ix < 0 || (chunk && got >= chunk))) {
      if (Uint(slot_ix) >= t.hash.nactive) return NON_VALUE;
      uint32_t ix = uint32_t(slot_ix);
      for (;;) {
        visit_bucket(t, ix, [&](Term obj) {
          Term res = r.run(obj);
          if (res != NON_VALUE) ml.push_back(r.keep(res));
        });
        ix = t.hash.next_slot(ix);
        if (ix == 0) {
          slot_ix = -1;
          break;
        }
        if (chunk && Sint(ml.size()) >= chunk) {
          slot_ix = Sint(ix);
          break;
        }
      }
    }
    if (!chunk) return list_newest_first(h, ml);
    std::vector<Term> new_rest;  // list order (head first)
    Sint total = Sint(ml.size());
    if (total > chunk) {
      // Move the newest surplus into the rest list, consing (which reverses
      // them, as in ERTS).
      std::vector<Term> popped;
      for (Sint i = 0; i < total - chunk; i++) {
        popped.push_back(ml.back());
        ml.pop_back();
      }
      new_rest.assign(popped.rbegin(), popped.rend());
    }
    if (!new_rest.empty() || slot_ix >= 0) {
      Term k = make_tuple(
          h, {c[0], make_small(slot_ix), c[2], c[3], list_in_order(h, new_rest),
              make_small(Sint(new_rest.size()))});
      return make_tuple(h, {list_newest_first(h, ml), k});
    }
    if (!ml.empty()) return make_tuple(h, {list_newest_first(h, ml), kAtomEOT});
    return kAtomEOT;
  }
  // ordered_set: {Tid, LastKey, EndCondition, Chunk, MSRef, Accum, Reverse, Got}
  if (tuple_arity(cont) != 8) return NON_VALUE;
  if (!is_small(c[3]) || !is_small(c[6]) || !is_small(c[7])) return NON_VALUE;
  if (!is_list(c[5]) && !is_nil(c[5])) return NON_VALUE;
  Term last_key = c[1];
  Sint chunk = small_value(c[3]);
  bool reverse = small_value(c[6]) != 0;
  Sint got = small_value(c[7]);
  std::vector<Term> acc;  // accum is newest first
  for (Term l = c[5]; is_list(l); l = cdr(l)) acc.push_back(car(l));
  std::reverse(acc.begin(), acc.end());
  if (!chunk) {
    // Internal (trap) form: the rest of the table away from LastKey.
    std::vector<Term> more;
    auto visit = [&](const DbObject& o) {
      Term res = r.run(o.term);
      if (res != NON_VALUE) more.push_back(r.keep(res));
    };
    if (!reverse) {
      for (auto it = std::make_reverse_iterator(t.tree.lower_bound(last_key));
           it != t.tree.rend(); ++it)
        visit(*it->second);
    } else {
      for (auto it = t.tree.upper_bound(last_key); it != t.tree.end(); ++it)
        visit(*it->second);
    }
    // `more` was collected walking away from LastKey; consing it onto the
    // accumulator puts the far end first.
    std::vector<Term> all(more.rbegin(), more.rend());
    (void)got;
    return make_list_from(h, all.data(), all.size(), c[5]);
  }
  Term new_last = NON_VALUE;
  Sint count = got;
  auto visit = [&](const DbObject& o) -> bool {
    Term res = r.run(o.term);
    if (res != NON_VALUE) {
      acc.push_back(r.keep(res));
      if (++count == chunk) {
        new_last = t.key_of(o.term);
        return false;
      }
    }
    return true;
  };
  if (!reverse) {
    for (auto it = t.tree.upper_bound(last_key); it != t.tree.end(); ++it)
      if (!visit(*it->second)) break;
  } else {
    for (auto it = std::make_reverse_iterator(t.tree.lower_bound(last_key));
         it != t.tree.rend(); ++it)
      if (!visit(*it->second)) break;
  }
  if (new_last == NON_VALUE) {
    if (acc.empty()) return kAtomEOT;
    return make_tuple(h, {list_in_order(h, acc), kAtomEOT});
  }
  Term k = make_tuple(h, {c[0], copy_term(new_last, h), c[2], c[3], c[4],
                             NIL, c[6], make_small(0)});
  return make_tuple(h, {list_in_order(h, acc), k});
}

Uint select_count(Process* p, const Table& t, const MatchProgram& prog) {
  if (prog.empty()) return 0;
  Runner r(p, prog);
  Uint n = 0;
  auto on_obj = [&](Term obj) {
    if (r.run(obj) == atom::true_) n++;
  };
  if (t.is_hash()) {
    for_each_match_bucket(t, prog, [&](uint32_t ix) { visit_bucket(t, ix, on_obj); });
  } else {
    std::vector<Term> keys;
    bool key_given = tree_keys(t, prog, &keys);
    tree_visit(t, key_given ? &keys : nullptr, false, on_obj);
  }
  return n;
}

Uint select_delete(Process* p, Table& t, const MatchProgram& prog) {
  if (prog.empty()) return 0;
  Runner r(p, prog);
  Uint n = 0;
  if (t.is_hash()) {
    bool fixed = t.is_fixed();
    for_each_match_bucket(t, prog, [&](uint32_t ix) {
      HashNode** bp = &t.hash.buckets[ix];
      while (*bp) {
        HashNode* b = *bp;
        if (!b->pseudo_deleted && r.run(b->obj->term) == atom::true_) {
          n++;
          t.hash.add_items(b->hvalue, -1);
          if (fixed) {
            b->pseudo_deleted = true;
          } else {
            *bp = b->next;
            t.free_node(b);
            continue;
          }
        }
        bp = &b->next;
      }
    });
    if (n && !fixed) t.hash.try_shrink(t.hash.nitems);
    return n;
  }
  for (auto it = t.tree.begin(); it != t.tree.end();) {
    if (r.run(it->second->term) == atom::true_) {
      n++;
      t.free_object(std::move(it->second));
      it = t.tree.erase(it);
    } else {
      ++it;
    }
  }
  return n;
}

Uint select_replace(Process* p, Table& t, const MatchProgram& prog) {
  if (prog.empty()) return 0;
  Runner r(p, prog);
  Uint n = 0;
  auto acceptable = [&](Term res, Term old) {
    if (!is_tuple(res) || tuple_arity(res) < t.keypos) return false;
    Term nk = t.key_of(res), ok = t.key_of(old);
    return t.is_hash() ? eq_exact(nk, ok) : compare_terms(nk, ok) == 0;
  };
  if (t.is_hash()) {
    for_each_match_bucket(t, prog, [&](uint32_t ix) {
      for (HashNode* b = t.hash.buckets[ix]; b; b = b->next) {
        if (b->pseudo_deleted) continue;
        Term res = r.run(b->obj->term);
        if (res == NON_VALUE || !acceptable(res, b->obj->term)) continue;
        auto o = t.new_object(res);
        t.free_object(std::move(b->obj));
        b->obj = std::move(o);
        n++;
      }
    });
    return n;
  }
  for (auto it = t.tree.begin(); it != t.tree.end(); ++it) {
    Term res = r.run(it->second->term);
    if (res == NON_VALUE || !acceptable(res, it->second->term)) continue;
    auto o = t.new_object(res);
    // The key term must point into the new object; the order is unchanged.
    const_cast<Term&>(it->first) = t.key_of(o->term);
    t.free_object(std::move(it->second));
    it->second = std::move(o);
    n++;
  }
  return n;
}

}  // namespace ets
}  // namespace beamline
