// The runtime's shared (cross-process) structures, hammered from several OS
// threads at once as the scheduler threads do: the atom table, the export
// table, off-heap binary reference counts, ETS (one table from many
// processes, deletion and ownership changes under readers), persistent_term,
// the OS environment, standard output, unique integers and code loading.
//
// Every test checks results (identical atoms for identical names, counts,
// table contents), not just survival. scripts/test-tsan.sh also runs this
// file under ThreadSanitizer (the native-tsan preset), where it must be
// race-free.
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <latch>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "platform/io.h"
#include "runtime/ets/ets.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/binary.h"
#include "runtime/term/map.h"
#include "runtime/vm/module.h"
#include "runtime/vm/vm.h"
#include "tests/unit/ets_test_support.h"

namespace beamline {
namespace {

using ets_test::find_bif;
using test_terms::parse_term;
using test_terms::show;

constexpr int kThreads = 8;

// Runs fn(0..n-1) on n threads that start together.
template <typename Fn>
void run_threads(int n, Fn fn) {
  std::latch start(n);
  std::vector<std::thread> threads;
  threads.reserve(n);
  for (int i = 0; i < n; i++) {
    threads.emplace_back([&, i] {
      start.arrive_and_wait();
      fn(i);
    });
  }
  for (auto& t : threads) t.join();
}

// Yields until pred() holds; false after `seconds` (so that a broken run
// fails instead of hanging).
template <typename Pred>
bool spin_until(Pred pred, int seconds = 300) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (!pred()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::yield();
  }
  return true;
}

// A name prefix no earlier test (or --gtest_repeat round) used: atoms and
// persistent terms live as long as the test process.
std::string fresh_prefix(std::string_view what) {
  static std::atomic<int> round{0};
  return "conc_" + std::string(what) + "_" + std::to_string(round.fetch_add(1)) + "_";
}

// Calls a BIF as process p; NON_VALUE if it raised.
Term call(Process& p, std::string_view m, std::string_view f, std::vector<Term> args) {
  BifFunction fn = find_bif(m, f, unsigned(args.size()));
  if (!fn) return NON_VALUE;
  p.exc_reason = NON_VALUE;
  return fn(&p, args.data());
}

bool raised_badarg(Process& p, Term r) {
  return r == NON_VALUE && p.exc_reason == atom::badarg;
}

// ---- atoms ---------------------------------------------------------------------------

TEST(ConcurrentAtoms, SameNamesGiveIdenticalAtomsInEveryThread) {
  const std::string prefix = fresh_prefix("same");
  constexpr int kNames = 3000;  // 7 is coprime to it: k * 7 % kNames permutes
  const size_t before = atom_count();
  std::vector<std::vector<Term>> got(kThreads, std::vector<Term>(kNames, NON_VALUE));
  run_threads(kThreads, [&](int t) {
    Process p(nullptr, make_pid(100 + t));
    for (int k = 0; k < kNames; k++) {
      int j = (k * 7 + t * 131) % kNames;  // each thread in its own order
      std::string name = prefix + std::to_string(j);
      Term a = NON_VALUE;
      switch (t % 3) {
        case 0: {
          auto r = intern_atom(name);
          if (r.ok()) a = *r;
          break;
        }
        case 1:
          a = call(p, "erlang", "list_to_atom", {bytes_to_list(p, name)});
          break;
        case 2:
          a = call(p, "erlang", "binary_to_atom", {make_binary(p, name), atom::utf8});
          break;
      }
      got[t][j] = a;
    }
  });
  EXPECT_EQ(atom_count() - before, size_t(kNames));
  std::set<Term> distinct;
  for (int j = 0; j < kNames; j++) {
    std::string name = prefix + std::to_string(j);
    ASSERT_TRUE(is_atom(got[0][j])) << name;
    for (int t = 1; t < kThreads; t++) {
      ASSERT_EQ(got[t][j], got[0][j]) << name << " in thread " << t;
    }
    EXPECT_EQ(atom_name(got[0][j]), name);
    Term found;
    ASSERT_TRUE(find_atom(name, &found));
    EXPECT_EQ(found, got[0][j]);
    distinct.insert(got[0][j]);
  }
  EXPECT_EQ(distinct.size(), size_t(kNames));
}

TEST(ConcurrentAtoms, DistinctNamesWhileOthersLookUp) {
  const std::string prefix = fresh_prefix("own");
  constexpr int kPerThread = 1500;
  const size_t before = atom_count();
  std::vector<std::vector<Term>> got(kThreads);
  std::atomic<int> bad_lookups{0};
  run_threads(kThreads, [&](int t) {
    Process p(nullptr, make_pid(100 + t));
    for (int k = 0; k < kPerThread; k++) {
      std::string name = prefix + std::to_string(t) + "_" + std::to_string(k);
      got[t].push_back(atom_from(name));
      // Existing atoms, looked up while others create: predefined ones, and
      // another thread's names (present or not yet; never a wrong atom).
      if (atom_from("ok") != atom::ok || atom_name(atom::badarg) != "badarg") {
        bad_lookups++;
      }
      std::string other = prefix + std::to_string((t + 1) % kThreads) + "_" +
                          std::to_string(k);
      Term a;
      if (find_atom(other, &a) && atom_name(a) != other) bad_lookups++;
      Term e = call(p, "erlang", "binary_to_existing_atom",
                    {make_binary(p, "undefined"), atom::utf8});
      if (e != atom::undefined) bad_lookups++;
    }
  });
  EXPECT_EQ(bad_lookups.load(), 0);
  EXPECT_EQ(atom_count() - before, size_t(kThreads * kPerThread));
  std::set<Term> all;
  for (int t = 0; t < kThreads; t++) {
    for (int k = 0; k < kPerThread; k++) {
      EXPECT_EQ(atom_name(got[t][k]),
                prefix + std::to_string(t) + "_" + std::to_string(k));
      all.insert(got[t][k]);
    }
  }
  EXPECT_EQ(all.size(), size_t(kThreads * kPerThread));
}

// ---- the export table ------------------------------------------------------------------

TEST(ConcurrentExports, SameMfaGivesOneEntry) {
  ExportTable table;
  const std::string prefix = fresh_prefix("mod");
  constexpr int kModules = 8, kFunctions = 50, kArities = 4;
  constexpr int kMfas = kModules * kFunctions * kArities;
  std::vector<Term> mods, funs;
  for (int i = 0; i < kModules; i++) mods.push_back(atom_from(prefix + std::to_string(i)));
  for (int i = 0; i < kFunctions; i++) funs.push_back(atom_from("f" + std::to_string(i)));
  auto mfa = [&](int i, Term* m, Term* f, unsigned* a) {
    *m = mods[i % kModules];
    *f = funs[(i / kModules) % kFunctions];
    *a = unsigned(i / (kModules * kFunctions));
  };
  // Fake code addresses, one per entry: thread t publishes the entries
  // i % kThreads == t; the others may see them appear, never change.
  static Term fake_code[kMfas];
  std::vector<std::vector<Export*>> got(kThreads, std::vector<Export*>(kMfas));
  std::atomic<int> bad{0};
  run_threads(kThreads, [&](int t) {
    for (int k = 0; k < kMfas; k++) {
      int i = (k * 7 + t * 97) % kMfas;  // 7 is coprime to kMfas (1600)
      Term m, f;
      unsigned a;
      mfa(i, &m, &f, &a);
      Export* e = table.get(m, f, a);
      got[t][i] = e;
      if (e->module != m || e->function != f || e->arity != a) bad++;
      if (i % kThreads == t) e->code.store(&fake_code[i], std::memory_order_release);
      const Term* c = e->code.load(std::memory_order_acquire);
      if (c != nullptr && c != &fake_code[i]) bad++;
      if (table.find(m, f, a) != e) bad++;
    }
  });
  EXPECT_EQ(bad.load(), 0);
  std::set<Export*> distinct;
  for (int i = 0; i < kMfas; i++) {
    for (int t = 1; t < kThreads; t++) ASSERT_EQ(got[t][i], got[0][i]) << "MFA " << i;
    EXPECT_EQ(got[0][i]->code.load(), &fake_code[i]);
    distinct.insert(got[0][i]);
  }
  EXPECT_EQ(distinct.size(), size_t(kMfas));
  EXPECT_EQ(table.find(atom_from(prefix + "none"), funs[0], 0), nullptr);
}

// ---- off-heap binaries ---------------------------------------------------------------------

Binary* binary_of(Term procbin) {
  return reinterpret_cast<Binary*>(uintptr_t(boxed_val(procbin)[2]));
}

TEST(ConcurrentBinaries, ReferenceCountsFromCopiesInEveryThread) {
  FragmentHeap owner(64);
  std::string bytes(1000, '\0');
  for (size_t i = 0; i < bytes.size(); i++) bytes[i] = char(i * 31);
  Term bin = make_binary(owner, bytes);
  ASSERT_EQ(header_sub(*boxed_val(bin)), Sub::RefcBin);
  Binary* b = binary_of(bin);
  ASSERT_EQ(b->refc.load(), 1);
  Term sub = make_sub_binary(owner, bin, 8 * 100, 8 * 500);  // a view into it
  constexpr int kRounds = 2000;
  std::atomic<int> bad{0};
  run_threads(kThreads, [&](int t) {
    for (int k = 0; k < kRounds; k++) {
      // A message's worth of copies: a fragment holding the binary, a
      // sub-binary of it and a tuple of both, released at once.
      FragmentHeap msg(16);
      Term c = copy_term(k % 2 ? bin : sub, msg);
      Term pair = make_tuple(msg, {c, copy_term(bin, msg)});
      if (!is_tuple(pair) || tuple_elems(pair)[0] != c) bad++;
      BitView v;
      if (!bit_view(c, &v) || !v.byte_aligned()) {
        bad++;
        continue;
      }
      std::string_view seen = v.as_string_view();
      std::string_view want = k % 2 ? std::string_view(bytes)
                                    : std::string_view(bytes).substr(100, 500);
      if (seen != want) bad++;
      if (k % 8 == 0) {  // raw handles too, as ETS and messages take them
        b->inc_ref();
        b->dec_ref();
      }
    }
  });
  EXPECT_EQ(bad.load(), 0);
  EXPECT_EQ(b->refc.load(), 1);
}

TEST(ConcurrentBinaries, LastReleaseOnAnyThreadFrees) {
  // Each thread drops one of kThreads references; whichever is last frees
  // (ASan/TSan builds check that the free happens after every read).
  for (int round = 0; round < 50; round++) {
    Binary* b = Binary::create(256);
    for (int i = 0; i < 256; i++) b->data()[i] = uint8_t(i);
    for (int i = 1; i < kThreads; i++) b->inc_ref();
    std::atomic<int> bad{0};
    run_threads(kThreads, [&](int) {
      unsigned sum = 0;
      for (int i = 0; i < 256; i++) sum += b->data()[i];
      if (sum != 255 * 256 / 2) bad++;
      b->dec_ref();
    });
    EXPECT_EQ(bad.load(), 0);
  }
}

// ---- ETS ----------------------------------------------------------------------------------

Term tuple3(Heap& h, Term a, Term b, Term c) { return make_tuple(h, {a, b, c}); }

class ConcurrentEts : public ::testing::TestWithParam<const char*> {};

// Every thread, as its own process, inserts its keys, reads them back,
// deletes a third, bumps a shared counter, and now and then reads the whole
// table (select_count, first/next, select) while the others write.
TEST_P(ConcurrentEts, InsertLookupDeleteFromManyProcesses) {
  const std::string type = GetParam();
  const bool set_like = type == "set" || type == "ordered_set";
  Process owner(nullptr, make_pid(50));
  FragmentHeap h(256);
  Term tab = call(owner, "ets", "new",
                  {atom_from("conc"), parse_term(h, "[public, " + type + "]")});
  ASSERT_NE(tab, NON_VALUE);
  const Term counter = atom_from("counter");
  if (set_like) {
    ASSERT_EQ(call(owner, "ets", "insert",
                   {tab, make_tuple(h, {counter, make_small(0)})}),
              atom::true_);
  }
  Term all_spec = parse_term(h, "[{{'$1','_','_'},[{is_integer,'$1'}],['$1']}]");
  Term count_spec = parse_term(h, "[{{'$1','_','_'},[{is_integer,'$1'}],[true]}]");
  constexpr int kKeys = 1200;
  const std::string big(200, 'b');  // an off-heap binary in every tenth object
  std::atomic<int> bad{0};
  run_threads(kThreads, [&](int t) {
    Process w(nullptr, make_pid(100 + t));
    for (int k = 0; k < kKeys; k++) {
      Term key = make_small(t * kKeys + k);
      Term extra = k % 10 == 0 ? make_binary(w, big) : NIL;
      Term obj = tuple3(w, key, make_small(k), extra);
      if (call(w, "ets", "insert", {tab, obj}) != atom::true_) bad++;
      Term r = call(w, "ets", "lookup", {tab, key});
      if (show(r) != show(make_list_from(w, &obj, 1))) bad++;
      if (set_like) {
        Term n = call(w, "ets", "update_counter",
                      {tab, counter, make_tuple(w, {make_small(2), make_small(1)})});
        if (!is_small(n) || small_value(n) < 1) bad++;
      }
      if (k % 3 == 0) {
        if (call(w, "ets", "delete", {tab, key}) != atom::true_) bad++;
        if (call(w, "ets", "lookup", {tab, key}) != NIL) bad++;
        if (call(w, "ets", "member", {tab, key}) != atom::false_) bad++;
      }
      if (k % 97 == 0) {
        // Whole-table reads under the others' writes: well-formed results.
        Term n = call(w, "ets", "select_count", {tab, count_spec});
        if (!is_small(n) || small_value(n) < 0 ||
            small_value(n) > kThreads * kKeys)
          bad++;
        Term keys = call(w, "ets", "select", {tab, all_spec});
        if (list_length(keys) < 0) bad++;
        Term cur = call(w, "ets", "first", {tab});
        for (int step = 0; step < 20 && is_small(cur); step++) {
          cur = call(w, "ets", "next", {tab, cur});
          // A hash table's next/2 of a key deleted meanwhile is badarg.
          if (cur == NON_VALUE && !raised_badarg(w, cur)) bad++;
        }
      }
    }
  });
  EXPECT_EQ(bad.load(), 0);
  // Two of every three keys remain, and exactly those.
  const int kept_per_thread = kKeys - (kKeys + 2) / 3;
  const int expected = kThreads * kept_per_thread;
  EXPECT_EQ(call(owner, "ets", "select_count", {tab, count_spec}), make_small(expected));
  EXPECT_EQ(call(owner, "ets", "info", {tab, atom_from("size")}),
            make_small(expected + (set_like ? 1 : 0)));
  for (int t = 0; t < kThreads; t++) {
    for (int k = 0; k < kKeys; k++) {
      Term r = call(owner, "ets", "lookup", {tab, make_small(t * kKeys + k)});
      if (k % 3 == 0) {
        ASSERT_EQ(r, NIL) << t << "/" << k;
      } else {
        ASSERT_EQ(list_length(r), 1) << t << "/" << k;
        ASSERT_EQ(tuple_elems(car(r))[1], make_small(k));
      }
    }
  }
  if (set_like) {
    Term r = call(owner, "ets", "lookup", {tab, counter});
    ASSERT_EQ(list_length(r), 1);
    EXPECT_EQ(tuple_elems(car(r))[1], make_small(kThreads * kKeys));
  }
  EXPECT_EQ(call(owner, "ets", "delete", {tab}), atom::true_);
}

INSTANTIATE_TEST_SUITE_P(TableTypes, ConcurrentEts,
                         ::testing::Values("set", "ordered_set", "bag", "duplicate_bag"));

// A fixed table's traversal sees every key present when it started, once,
// while other processes insert.
TEST(ConcurrentEtsTraversal, FixedTableNextVisitsEveryOldKeyOnce) {
  Process owner(nullptr, make_pid(50));
  FragmentHeap h(64);
  Term tab = call(owner, "ets", "new",
                  {atom_from("trav"), parse_term(h, "[public, set]")});
  constexpr int kOld = 2000, kNew = 3000;
  for (int k = 0; k < kOld; k++) {
    call(owner, "ets", "insert", {tab, make_tuple(h, {make_small(k), NIL})});
  }
  std::atomic<int> bad{0};
  run_threads(kThreads, [&](int t) {
    Process w(nullptr, make_pid(100 + t));
    if (t % 2 == 0) {  // writers: new keys (which make the table grow)
      for (int k = 0; k < kNew; k++) {
        Term key = make_small(kOld + t * kNew + k);
        if (call(w, "ets", "insert", {tab, make_tuple(w, {key, NIL})}) != atom::true_)
          bad++;
      }
      return;
    }
    for (int round = 0; round < 2; round++) {  // readers: whole traversals
      if (call(w, "ets", "safe_fixtable", {tab, atom::true_}) != atom::true_) bad++;
      std::vector<int> seen(kOld, 0);
      Term cur = call(w, "ets", "first", {tab});
      while (is_small(cur)) {
        Sint k = small_value(cur);
        if (k < kOld) seen[k]++;
        cur = call(w, "ets", "next", {tab, cur});
      }
      if (cur != atom_from("$end_of_table")) bad++;
      for (int n : seen) {
        if (n != 1) bad++;
      }
      if (call(w, "ets", "safe_fixtable", {tab, atom::false_}) != atom::true_) bad++;
    }
  });
  EXPECT_EQ(bad.load(), 0);
  EXPECT_EQ(call(owner, "ets", "info", {tab, atom_from("size")}),
            make_small(kOld + (kThreads / 2) * kNew));
  EXPECT_EQ(call(owner, "ets", "info", {tab, atom_from("fixed")}), atom::false_);
  call(owner, "ets", "delete", {tab});
}

// ets:delete/1 while other processes read: each reader sees correct objects,
// then badarg from some point on, never anything else.
TEST(ConcurrentEtsDelete, DeleteWhileOthersRead) {
  for (int round = 0; round < 10; round++) {
    Process owner(nullptr, make_pid(50));
    FragmentHeap h(64);
    Term tab = call(owner, "ets", "new",
                    {atom_from("victim"), parse_term(h, "[public, named_table, set]")});
    ASSERT_EQ(tab, atom_from("victim"));
    constexpr int kObjects = 300;
    for (int k = 0; k < kObjects; k++) {
      call(owner, "ets", "insert",
           {tab, make_tuple(h, {make_small(k), make_binary(h, std::string(100, 'v'))})});
    }
    std::atomic<int> readers_ready{0};
    std::atomic<int> bad{0};
    run_threads(kThreads, [&](int t) {
      Process w(nullptr, make_pid(100 + t));
      if (t == 0) {  // the owner deletes once every reader has read
        if (!spin_until([&] { return readers_ready.load() == kThreads - 1; })) bad++;
        if (call(owner, "ets", "delete", {tab}) != atom::true_) bad++;
        return;
      }
      bool deleted = false, counted = false;
      for (int k = 0; !deleted || k % kObjects != 0; k++) {
        Term key = make_small(k % kObjects);
        Term r = k % 5 == 4 ? call(w, "ets", "select_count",
                                   {tab, parse_term(w, "[{'_',[],[true]}]")})
                            : call(w, "ets", "lookup", {tab, key});
        if (raised_badarg(w, r)) {
          deleted = true;
          continue;
        }
        if (deleted) bad++;  // readable again after deletion
        if (k % 5 == 4) {
          if (r != make_small(kObjects)) bad++;
        } else if (list_length(r) != 1 || tuple_elems(car(r))[0] != key) {
          bad++;
        }
        if (!counted) {
          counted = true;
          readers_ready++;
        }
      }
    });
    EXPECT_EQ(bad.load(), 0) << "round " << round;
    EXPECT_EQ(call(owner, "ets", "info", {tab}), atom::undefined);
    EXPECT_EQ(call(owner, "ets", "whereis", {tab}), atom::undefined);
  }
}

// Ownership moving between processes (give_away) while others write, then
// the owner's exit deleting the table under its readers.
TEST(ConcurrentEtsOwnership, GiveAwayAndOwnerExitUnderWriters) {
  constexpr int kOwners = 2;
  std::vector<std::unique_ptr<Process>> procs;
  for (int i = 0; i < kThreads; i++) {
    procs.push_back(std::make_unique<Process>(nullptr, make_pid(200 + i)));
  }
  FragmentHeap h(64);
  Term tab = call(*procs[0], "ets", "new",
                  {atom_from("moving"), parse_term(h, "[public, set]")});
  constexpr int kPasses = 300, kInserts = 5000;
  std::atomic<int> bad{0};
  std::vector<int> inserted(kThreads, 0);
  run_threads(kThreads, [&](int t) {
    Process& me = *procs[t];
    if (t < kOwners) {
      // Owners 0 and 1 pass the table back and forth: each waits until it
      // owns it, then gives it to the other.
      for (int passes = 0; passes < kPasses; passes++) {
        if (!spin_until([&] {
              return call(me, "ets", "info", {tab, atom_from("owner")}) == me.pid();
            })) {
          bad++;
          break;
        }
        Term other = procs[1 - t]->pid();
        if (call(me, "ets", "give_away", {tab, other, make_small(passes)}) != atom::true_)
          bad++;
      }
      return;
    }
    int k = 0;
    for (; k < kInserts; k++) {  // the others write, whoever owns the table
      Term key = make_small(t * 1000000 + k);
      if (call(me, "ets", "insert", {tab, make_tuple(me, {key, me.pid()})}) != atom::true_) {
        bad++;
        break;
      }
      // Only the owner may give the table away.
      if (k % 500 == 0 &&
          !raised_badarg(me, call(me, "ets", "give_away", {tab, procs[0]->pid(), NIL})))
        bad++;
    }
    inserted[t] = k;
  });
  EXPECT_EQ(bad.load(), 0);
  int total = 0;
  for (int n : inserted) total += n;
  EXPECT_EQ(call(*procs[0], "ets", "info", {tab, atom_from("size")}), make_small(total));
  // kOwners * kPasses passes, starting from owner 0: back with owner 0.
  EXPECT_EQ(call(*procs[0], "ets", "info", {tab, atom_from("owner")}), procs[0]->pid());

  // The owner exits while the others read.
  std::atomic<int> reads_ok{0};
  run_threads(kThreads, [&](int t) {
    Process& me = *procs[t];
    if (t == 0) {
      if (!spin_until([&] { return reads_ok.load() == kThreads - 1; })) bad++;
      ets_delete_owned_by(me.pid());
      return;
    }
    bool gone = false, counted = false;
    const int writer = kOwners + t % (kThreads - kOwners);  // whose keys to read
    for (int k = 0; !gone; k++) {
      Term r = call(me, "ets", "lookup", {tab, make_small(writer * 1000000 + k % 100)});
      if (raised_badarg(me, r)) {
        gone = true;
        continue;
      }
      if (list_length(r) != 1) bad++;
      if (!counted) {
        counted = true;
        reads_ok++;
      }
    }
  });
  EXPECT_EQ(bad.load(), 0);
  EXPECT_EQ(call(*procs[1], "ets", "info", {tab}), atom::undefined);
}

// ---- persistent_term --------------------------------------------------------------------------

TEST(ConcurrentPersistentTerm, PutGetEraseFromAllThreads) {
  Process main_p(nullptr, make_pid(60));
  const Term tag = atom_from(fresh_prefix("pt"));
  const Term count_key = atom_from("count");
  auto count = [&] {
    Term info = call(main_p, "persistent_term", "info", {});
    Term v;
    EXPECT_TRUE(map_get(info, count_key, &v));
    return small_value(v);
  };
  const Sint before = count();
  constexpr int kKeys = 300;
  FragmentHeap h(64);
  Term shared_key = make_tuple(h, {tag, atom_from("shared")});
  Term contested_key = make_tuple(h, {tag, atom_from("contested")});
  const std::string payload(150, 'p');
  std::atomic<int> bad{0};
  run_threads(kThreads, [&](int t) {
    Process p(nullptr, make_pid(100 + t));
    for (int k = 0; k < kKeys; k++) {
      Term key = make_tuple(p, {tag, make_small(t), make_small(k)});
      Term value = make_tuple(p, {make_small(k), make_binary(p, payload)});
      if (call(p, "persistent_term", "put", {key, value}) != atom::ok) bad++;
      Term got = call(p, "persistent_term", "get", {key});
      if (got == NON_VALUE || show(got) != show(value)) bad++;
      // Everyone puts the same value under one key (no change after the
      // first), and its own value under another (any of them is visible).
      if (call(p, "persistent_term", "put", {shared_key, make_small(42)}) != atom::ok) bad++;
      if (call(p, "persistent_term", "get", {shared_key}) != make_small(42)) bad++;
      call(p, "persistent_term", "put", {contested_key, make_small(t)});
      Term c = call(p, "persistent_term", "get", {contested_key});
      if (!is_small(c) || small_value(c) < 0 || small_value(c) >= kThreads) bad++;
      if (k % 50 == 0 && list_length(call(p, "persistent_term", "get", {})) < 0) bad++;
    }
  });
  EXPECT_EQ(bad.load(), 0);
  EXPECT_EQ(count() - before, kThreads * kKeys + 2);
  // Erase concurrently: every key exactly once.
  run_threads(kThreads, [&](int t) {
    Process p(nullptr, make_pid(100 + t));
    for (int k = 0; k < kKeys; k++) {
      Term key = make_tuple(p, {tag, make_small(t), make_small(k)});
      if (call(p, "persistent_term", "erase", {key}) != atom::true_) bad++;
      if (call(p, "persistent_term", "get", {key, atom::undefined}) != atom::undefined) bad++;
    }
  });
  EXPECT_EQ(bad.load(), 0);
  call(main_p, "persistent_term", "erase", {shared_key});
  call(main_p, "persistent_term", "erase", {contested_key});
  EXPECT_EQ(count(), before);
}

// ---- the OS environment ------------------------------------------------------------------------

TEST(ConcurrentOsEnv, PutenvGetenvEnvFromAllThreads) {
  const std::string prefix = "BEAMLINE_CONC_" + std::to_string(::getpid()) + "_";
  std::atomic<int> bad{0};
  run_threads(kThreads, [&](int t) {
    Process p(nullptr, make_pid(100 + t));
    for (int k = 0; k < 300; k++) {
      std::string name = prefix + std::to_string(t) + "_" + std::to_string(k % 10);
      std::string value = "v" + std::to_string(k);
      if (call(p, "os", "putenv", {bytes_to_list(p, name), bytes_to_list(p, value)}) !=
          atom::true_)
        bad++;
      Term got = call(p, "os", "getenv", {bytes_to_list(p, name)});
      if (show(got) != show(bytes_to_list(p, value))) bad++;
      if (k % 25 == 0) {
        if (list_length(call(p, "os", "env", {})) <= 0) bad++;
        // Time zone conversions read TZ (and glibc's tzset state).
        if (call(p, "erlang", "localtime", {}) == NON_VALUE) bad++;
        Term dt = parse_term(p, "{{2020,1,1},{12,0,0}}");
        if (call(p, "erlang", "localtime_to_universaltime", {dt, atom::undefined}) ==
                NON_VALUE ||
            call(p, "erlang", "universaltime_to_localtime", {dt}) == NON_VALUE)
          bad++;
        call(p, "os", "unsetenv", {bytes_to_list(p, name)});
        if (call(p, "os", "getenv", {bytes_to_list(p, name)}) != atom::false_) bad++;
      }
    }
    for (int k = 0; k < 10; k++) {
      std::string name = prefix + std::to_string(t) + "_" + std::to_string(k);
      call(p, "os", "unsetenv", {bytes_to_list(p, name)});
    }
  });
  EXPECT_EQ(bad.load(), 0);
}

// ---- standard output ------------------------------------------------------------------------------

// Each write request reaches standard output in one piece, even when it is
// larger than stdio's buffer.
TEST(ConcurrentOutput, WritesAreNeverInterleaved) {
  std::fflush(stdout);
  std::string path = ::testing::TempDir() + "concurrency_stdout_" +
                     std::to_string(::getpid());
  int fd = ::open(path.c_str(), O_CREAT | O_TRUNC | O_WRONLY, 0600);
  ASSERT_GE(fd, 0);
  int saved = ::dup(1);
  ASSERT_GE(saved, 0);
  ::dup2(fd, 1);
  ::close(fd);
  constexpr int kLines = 150;
  run_threads(kThreads, [&](int t) {
    for (int k = 0; k < kLines; k++) {
      // 100 .. 9000 bytes: some fit stdio's buffer, some are written past it.
      size_t len = 100 + size_t((k * 977 + t * 131) % 8900);
      std::string line = std::to_string(t) + ":" + std::to_string(k) + ":" +
                         std::string(len, char('a' + t)) + "\n";
      platform::write_stdout(line);
      if (k % 40 == 0) platform::flush_output();
    }
  });
  platform::flush_output();
  ::dup2(saved, 1);
  ::close(saved);
  std::ifstream in(path);
  std::string line;
  std::vector<int> next(kThreads, 0);
  int lines = 0;
  while (std::getline(in, line)) {
    lines++;
    int t, k;
    char c1, c2;
    std::istringstream head(line);
    ASSERT_TRUE(head >> t >> c1 >> k >> c2) << "line " << lines;
    ASSERT_TRUE(t >= 0 && t < kThreads && c1 == ':' && c2 == ':') << "line " << lines;
    EXPECT_EQ(k, next[t]) << "thread " << t << "'s lines out of order";
    next[t] = k + 1;
    size_t len = 100 + size_t((k * 977 + t * 131) % 8900);
    std::string body = line.substr(line.size() - len);
    ASSERT_EQ(line.size(), std::to_string(t).size() + std::to_string(k).size() + 2 + len)
        << "line " << lines << " is not one write";
    ASSERT_EQ(body, std::string(len, char('a' + t))) << "line " << lines << " mixed";
  }
  EXPECT_EQ(lines, kThreads * kLines);
  std::remove(path.c_str());
}

// ---- the VM's unique numbers and code loading ------------------------------------------------------

std::string lib_dir() { return BEAMLINE_TEST_LIB_DIR; }

std::string read_beam(const std::string& app, const std::string& module) {
  std::ifstream in(lib_dir() + "/otp/" + app + "/ebin/" + module + ".beam",
                   std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(ConcurrentVm, UniqueNumbersAreUnique) {
  VmOptions o;
  VM vm(o);
  constexpr int kPerThread = 20000;
  std::vector<std::vector<uint64_t>> got(kThreads);
  run_threads(kThreads, [&](int t) {
    Process p(&vm, make_pid(100 + t));
    for (int k = 0; k < kPerThread; k++) {
      if (k % 4 == 0) {
        Term r = call(p, "erlang", "unique_integer", {NIL});
        got[t].push_back(uint64_t(small_value(r)));
      } else {
        got[t].push_back(vm.next_unique());
      }
    }
  });
  std::vector<uint64_t> all;
  for (auto& v : got) all.insert(all.end(), v.begin(), v.end());
  std::sort(all.begin(), all.end());
  EXPECT_EQ(std::adjacent_find(all.begin(), all.end()), all.end());
  EXPECT_EQ(all.size(), size_t(kThreads * kPerThread));
}

// Modules load on some threads while every thread resolves their exports:
// an export's code goes from undefined to the loaded entry, never back.
TEST(ConcurrentVm, ExportsResolveWhileModulesLoad) {
  struct Mod {
    const char* module;
    const char* function;
    unsigned arity;
  };
  const Mod mods[] = {{"orddict", "new", 0},   {"queue", "new", 0},
                      {"sets", "new", 0},      {"dict", "new", 0},
                      {"ordsets", "new", 0},   {"gb_trees", "empty", 0},
                      {"proplists", "get_value", 2}, {"gb_sets", "empty", 0}};
  constexpr int kMods = sizeof(mods) / sizeof(mods[0]);
  std::vector<std::string> beams;
  for (const Mod& m : mods) {
    beams.push_back(read_beam("stdlib", m.module));
    ASSERT_FALSE(beams.back().empty()) << m.module;
  }
  VmOptions o;
  VM vm(o);
  std::atomic<int> bad{0}, loaded{0};
  run_threads(kThreads, [&](int t) {
    if (t < kMods) {
      auto r = vm.load_module(mods[t].module, beams[t]);
      if (!r.ok()) bad++;
      loaded++;
    }
    std::vector<bool> seen(kMods, false);
    for (int spins = 0; spins < 200000; spins++) {
      int done = 0;
      for (int i = 0; i < kMods; i++) {
        Export* e = vm.exports().get(atom_from(mods[i].module),
                                     atom_from(mods[i].function), mods[i].arity);
        bool has = e->code.load(std::memory_order_acquire) != nullptr;
        if (seen[i] && !has) bad++;
        if (has) {
          seen[i] = true;
          done++;
        }
      }
      if (done == kMods) break;
      std::this_thread::yield();
    }
    for (int i = 0; i < kMods; i++)
      if (!seen[i]) bad++;
  });
  EXPECT_EQ(bad.load(), 0);
  EXPECT_EQ(loaded.load(), kMods);
  for (const Mod& m : mods) EXPECT_NE(vm.find_module(atom_from(m.module)), nullptr);
}

}  // namespace
}  // namespace beamline
