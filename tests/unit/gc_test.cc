// The generational collector (runtime/vm/gc.cc): promotion at the
// high-water mark, fullsweep counting, the old heap across many minor
// collections, off-heap binaries in both generations, max_heap_size, and
// the GC settings as the BIF helpers (runtime/bifs/erlang_gc.cc) see them.
#include "runtime/vm/gc.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "runtime/bifs/erlang_gc.h"
#include "runtime/vm/bitsyntax.h"
#include "tests/unit/test_terms.h"

namespace beamline {
namespace {

using namespace test_terms;
using tb::A;

// A process with x registers, as the interpreter calls the collector.
class GcTest : public ::testing::Test {
 protected:
  GcTest() : p(nullptr, make_pid(1)) {
    for (Term& t : x) t = NIL;
  }

  void gc(unsigned live = kLive, size_t need = 0) {
    garbage_collect(&p, x, live, need);
  }

  // [N-1, ..., 1, 0] built cell by cell on the process heap.
  Term int_list(Sint n) {
    Term l = NIL;
    for (Sint i = 0; i < n; i++) {
      Term* c = p.alloc(2);
      c[0] = make_small(i);
      c[1] = l;
      l = make_list(c);
    }
    return l;
  }

  const Term* ptr(Term t) const {
    return is_list(t) ? list_val(t) : boxed_val(t);
  }
  bool in_young(Term t) const {
    const Term* q = ptr(t);
    return q >= p.heap_start && q < p.htop;
  }
  bool in_old(Term t) const {
    const auto* o = p.gc.old.get();
    const Term* q = ptr(t);
    return o && o->heap && q >= o->heap && q < o->htop;
  }
  size_t old_block() const {
    const auto* o = p.gc.old.get();
    return o && o->heap ? size_t(o->end - o->heap) : 0;
  }
  // A refc binary of `n` bytes (off-heap), and its Binary.
  Term refc_bin(size_t n, Binary** bin) {
    Term b = make_binary(p, std::string(n, 'z'));
    EXPECT_EQ(header_sub(boxed_val(b)[0]), Sub::RefcBin);
    *bin = reinterpret_cast<Binary*>(uintptr_t(boxed_val(b)[2]));
    return b;
  }

  static constexpr unsigned kLive = 4;
  Process p;
  Term x[8];
};

TEST_F(GcTest, HeapSizeSequenceIsErls) {
  size_t count;
  const uint64_t* s = gc_heap_sizes(&count);
  const size_t head[] = {12, 38, 51, 90, 142, 233, 376, 610, 987, 1598, 2586};
  for (size_t i = 0; i < std::size(head); i++) EXPECT_EQ(s[i], head[i]);
  EXPECT_EQ(s[22], 833026u);
  EXPECT_EQ(count, 137u);  // length(erlang:system_info(heap_sizes))
  EXPECT_EQ(s[count - 1], 885767171276247u);
  EXPECT_EQ(gc_next_heap_size(0), 12u);
  EXPECT_EQ(gc_next_heap_size(233), 233u);
  EXPECT_EQ(gc_next_heap_size(234), 376u);
  EXPECT_EQ(gc_next_heap_size(233, 1), 376u);
  EXPECT_EQ(gc_next_heap_size(234, 1), 610u);
}

TEST_F(GcTest, FirstCollectionIsMajorThenSurvivorsArePromoted) {
  x[0] = int_list(100);
  std::string before = show(x[0]);
  gc();
  // No old heap and nothing had survived before: BEAM does a major one.
  EXPECT_EQ(p.gc.minor_gcs, 0);
  EXPECT_TRUE(in_young(x[0]));
  EXPECT_EQ(p.gc.high_water, p.htop);  // everything survived once
  gc();
  EXPECT_EQ(p.gc.minor_gcs, 1);
  EXPECT_TRUE(in_old(x[0]));
  EXPECT_EQ(show(x[0]), before);
  EXPECT_EQ(p.htop, p.heap_start);  // nothing young is left
}

TEST_F(GcTest, NewDataWaitsOneCollectionBeforePromotion) {
  x[0] = int_list(50);
  gc();
  gc();  // x0 is old now
  ASSERT_TRUE(in_old(x[0]));
  x[1] = make_tuple(p, {x[0], int_list(10)});  // young, refers to old
  std::string t = show(x[1]);
  gc();
  EXPECT_TRUE(in_young(x[1]));  // survived once: below the high-water mark
  EXPECT_TRUE(in_old(x[0]));
  EXPECT_EQ(tuple_elems(x[1])[0], x[0]);  // old data does not move in a minor
  gc();
  EXPECT_TRUE(in_old(x[1]));
  EXPECT_TRUE(in_old(tuple_elems(x[1])[1]));
  EXPECT_EQ(show(x[1]), t);
}

TEST_F(GcTest, FullsweepAfterCountsMinorCollections) {
  p.gc.fullsweep_after = 3;
  x[0] = int_list(20);
  std::vector<int> seen;
  for (int i = 0; i < 9; i++) {
    x[1] = int_list(5);  // some young data each time
    gc();
    seen.push_back(p.gc.minor_gcs);
  }
  // Major, 3 minors, major (old heap freed), ...
  EXPECT_EQ(seen, (std::vector<int>{0, 1, 2, 3, 0, 1, 2, 3, 0}));
  EXPECT_EQ(old_block(), 0u);  // a major collection frees the old heap
  EXPECT_EQ(show(x[0]), show(int_list(20)));
}

TEST_F(GcTest, FullsweepAfterZeroMeansAlwaysMajor) {
  p.gc.fullsweep_after = 0;
  x[0] = int_list(20);
  for (int i = 0; i < 5; i++) {
    gc();
    EXPECT_EQ(p.gc.minor_gcs, 0);
    EXPECT_EQ(old_block(), 0u);
    EXPECT_TRUE(in_young(x[0]));
  }
}

TEST_F(GcTest, CollectingAnIdleProcess) {
  // erlang:garbage_collect(Pid): the saved registers are the roots.
  p.xsave = {int_list(20), make_small(7)};
  garbage_collect_idle(&p, false);
  EXPECT_EQ(p.gc.minor_gcs, 0);  // the first one is major (nothing is old)
  garbage_collect_idle(&p, false);
  EXPECT_EQ(p.gc.minor_gcs, 1);
  EXPECT_TRUE(in_old(p.xsave[0]));
  garbage_collect_idle(&p, true);
  EXPECT_EQ(p.gc.minor_gcs, 0);
  EXPECT_EQ(old_block(), 0u);
  EXPECT_TRUE(in_young(p.xsave[0]));
  EXPECT_EQ(show(p.xsave[0]), show(int_list(20)));
  EXPECT_EQ(p.xsave[1], make_small(7));
}

TEST_F(GcTest, OldDataSurvivesManyMinorCollections) {
  p.gc.fullsweep_after = 65535;
  Binary* bin;
  x[0] = make_tuple(p, {int_list(300), refc_bin(1000, &bin),
                        parse_term(p, "#{a => {1, \"two\"}, b => [3.0, <<\"four\">>]}")});
  std::string keep = show(x[0]);
  int64_t refc = bin->refc.load();
  for (int i = 0; i < 2000; i++) {
    x[1] = int_list(40);                   // garbage next time
    x[2] = make_tuple(p, {x[1], x[0]});    // young referring to old
    gc(3, i % 7);
    ASSERT_GE(p.heap_words_free(), size_t(i % 7));
  }
  EXPECT_TRUE(in_old(x[0]));
  EXPECT_EQ(show(x[0]), keep);
  EXPECT_EQ(bin->refc.load(), refc);
  EXPECT_EQ(p.gc.minor_gcs, 1999);
  // Garbage does not accumulate: young and old stay small.
  EXPECT_LT(gc_total_heap_size(&p), 10000u);
  garbage_collect_major(&p, x, 3, 0);
  EXPECT_EQ(show(x[0]), keep);
  EXPECT_EQ(bin->refc.load(), refc);
}

TEST_F(GcTest, YoungBinaryReleasedWhenUnreachable) {
  Binary* bin;
  x[0] = refc_bin(500, &bin);
  bin->inc_ref();  // our own handle, to watch the count
  ASSERT_EQ(bin->refc.load(), 2);
  gc();
  EXPECT_EQ(bin->refc.load(), 2);  // reachable
  x[0] = NIL;
  gc();
  EXPECT_EQ(bin->refc.load(), 1);  // released by the collection
  bin->dec_ref();
}

TEST_F(GcTest, OldBinaryReleasedOnlyByMajorCollection) {
  Binary* bin;
  x[2] = int_list(2000);  // live old data: an old heap with room to spare
  x[0] = make_tuple(p, {refc_bin(500, &bin)});
  bin->inc_ref();
  gc();
  gc();
  ASSERT_TRUE(in_old(x[0]));
  x[0] = NIL;  // now only dead old data refers to it
  for (int i = 0; i < 5; i++) {
    int minors = p.gc.minor_gcs;
    x[1] = int_list(10);
    gc();
    ASSERT_EQ(p.gc.minor_gcs, minors + 1);
    EXPECT_EQ(bin->refc.load(), 2) << "minor collection " << i;
  }
  garbage_collect_major(&p, x, kLive, 0);
  EXPECT_EQ(bin->refc.load(), 1);
  bin->dec_ref();
}

TEST_F(GcTest, FullOldHeapForcesMajorCollection) {
  x[0] = int_list(3);  // a tiny old heap (BEAM's smallest size)
  gc();
  gc();
  ASSERT_TRUE(in_old(x[0]));
  ASSERT_EQ(p.gc.minor_gcs, 1);
  x[1] = int_list(100);
  gc();  // x1 survives once...
  EXPECT_EQ(p.gc.minor_gcs, 2);
  gc();  // ...and does not fit in the old heap: major instead
  EXPECT_EQ(p.gc.minor_gcs, 0);
  EXPECT_TRUE(in_young(x[1]));
  EXPECT_EQ(show(x[0]), "[2,1,0]");
}

TEST_F(GcTest, BinaryReachableFromOldDataOnlySurvives) {
  Binary* bin;
  x[0] = make_tuple(p, {refc_bin(500, &bin)});
  bin->inc_ref();
  gc();
  gc();
  ASSERT_TRUE(in_old(x[0]));
  // A young sub-binary of it, then only the old tuple keeps it.
  x[1] = make_tuple(p, {tuple_elems(x[0])[0]});
  gc();
  x[1] = NIL;
  for (int i = 0; i < 4; i++) gc();
  garbage_collect_major(&p, x, kLive, 0);
  EXPECT_EQ(bin->refc.load(), 2);
  BitView v;
  ASSERT_TRUE(bit_view(tuple_elems(x[0])[0], &v));
  EXPECT_EQ(v.byte_size(), 500u);
  EXPECT_EQ(v.bytes()[499], 'z');
  x[0] = NIL;
  garbage_collect_major(&p, x, kLive, 0);
  EXPECT_EQ(bin->refc.load(), 1);
  bin->dec_ref();
}

TEST_F(GcTest, BinaryDataTriggersCollection) {
  // More young binary data than the vheap limit: the next safe point collects.
  p.gc.bin_vheap_index = gc_heap_size_index(987);  // words
  Binary* b;
  EXPECT_FALSE(gc_wanted(&p));
  x[0] = refc_bin(4000, &b);  // 500 words
  EXPECT_FALSE(gc_wanted(&p));
  x[1] = refc_bin(8100, &b);  // 1012 more: over 987
  EXPECT_TRUE(gc_wanted(&p));
  x[0] = x[1] = NIL;
  gc();
  EXPECT_FALSE(gc_wanted(&p));
}

TEST_F(GcTest, RootsStackDictionaryAndSavedRegisters) {
  // A stack frame [CP, y0, y1] and the other per-process roots.
  p.stop -= 3;
  p.stop[0] = 0;  // a (null) continuation pointer: not a term
  p.stop[1] = int_list(7);
  p.stop[2] = make_small(5);
  p.dictionary = parse_term(p, "[{k, [1, 2, 3]}]");
  p.xsave = {parse_term(p, "{saved, <<1, 2, 3>>}")};
  Term sub = make_sub_binary(p, make_binary(p, "0123456789abcdef0123456789abcdef"
                                               "0123456789abcdef0123456789abcdef"
                                               "0123456789"), 24, 32);
  x[0] = sub;
  for (int i = 0; i < 3; i++) gc(1);
  EXPECT_EQ(show(p.stop[1]), "[6,5,4,3,2,1,0]");
  EXPECT_EQ(p.stop[2], make_small(5));
  EXPECT_EQ(p.stop[0], Term(0));
  EXPECT_EQ(p.heap_end - p.stop, 3);
  EXPECT_EQ(show(p.dictionary), "[{k,[1,2,3]}]");
  EXPECT_EQ(show(p.xsave[0]), "{saved,<<1,2,3>>}");
  EXPECT_EQ(show(x[0]), "<<51,52,53,54>>");  // "3456"
  EXPECT_TRUE(in_old(p.dictionary));
}

TEST_F(GcTest, MatchContextFollowsItsBinaryIntoTheOldHeap) {
  x[0] = bs_start_match(p, make_binary(p, "hello, world"));
  ASSERT_TRUE(is_match_ctx(x[0]));
  gc(1);
  gc(1);
  ASSERT_TRUE(in_old(x[0]));
  ASSERT_TRUE(in_old(ms_orig(x[0])));
  BitView v;
  ASSERT_TRUE(bit_view(ms_orig(x[0]), &v));
  EXPECT_EQ(ms_base(x[0]), v.base);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(ms_base(x[0])), 12),
            "hello, world");
}

TEST_F(GcTest, FragmentsAreYoungData) {
  // Allocations that do not fit land in fragments; they are never promoted
  // by the collection that empties them.
  x[0] = int_list(1000);  // more than the 233-word block
  EXPECT_GT(p.fragments.used_words(), 0u);
  gc();
  EXPECT_EQ(p.fragments.used_words(), 0u);
  EXPECT_TRUE(in_young(x[0]));
  EXPECT_EQ(show(x[0]).size(), show(int_list(1000)).size());
}

TEST_F(GcTest, HibernateLeavesExactlyTheLiveData) {
  x[0] = int_list(100);
  gc();
  gc();
  x[1] = int_list(10);
  ASSERT_GT(old_block(), 0u);
  garbage_collect_hibernate(&p, x, 2);
  EXPECT_EQ(old_block(), 0u);
  EXPECT_EQ(p.htop, p.heap_end);  // exact size, empty stack
  EXPECT_EQ(size_t(p.htop - p.heap_start), 2u * 110);
  EXPECT_EQ(show(x[1]), "[9,8,7,6,5,4,3,2,1,0]");
  x[2] = int_list(300);  // grows again from there
  gc(3);
  EXPECT_GE(size_t(p.heap_end - p.heap_start), p.min_heap_size);
}

TEST_F(GcTest, HeapGrowsAndShrinks) {
  x[0] = int_list(20000);
  gc(1);
  size_t big = size_t(p.heap_end - p.heap_start);
  EXPECT_GE(big, 40000u);
  x[0] = NIL;
  garbage_collect_major(&p, x, 1, 0);
  EXPECT_EQ(size_t(p.heap_end - p.heap_start), p.min_heap_size);
}

TEST_F(GcTest, MaxHeapSizeKillsWithoutCollecting) {
  p.gc.max_heap_size = 1000;
  p.gc.max_heap_flags = kMaxHeapKill | kMaxHeapLog;
  x[0] = int_list(2000);  // 4000 words: over the limit
  std::string keep = show(x[0]);
  gc(1, 50);
  EXPECT_TRUE(p.gc.max_heap_killed);
  EXPECT_GE(p.heap_words_free(), 50u);  // the caller may still allocate
  EXPECT_EQ(show(x[0]), keep);  // not collected: the data is where it was
  // Still memory-safe if it runs on: later collections work (no new check).
  Term* hp = p.alloc(50);
  hp[0] = make_small(1);
  for (int i = 0; i < 3; i++) gc(1, 500);
  EXPECT_GE(p.heap_words_free(), 500u);
  EXPECT_EQ(show(x[0]), keep);
}

TEST_F(GcTest, MaxHeapSizeWithoutKillCollects) {
  p.gc.max_heap_size = 1000;
  p.gc.max_heap_flags = kMaxHeapLog;  // kill => false
  x[0] = int_list(2000);
  gc(1);
  EXPECT_FALSE(p.gc.max_heap_killed);
  EXPECT_TRUE(in_young(x[0]));
  EXPECT_EQ(p.fragments.used_words(), 0u);
}

TEST_F(GcTest, MaxHeapSizeUnderTheLimitOrUnlimited) {
  p.gc.max_heap_size = 100000;
  x[0] = int_list(2000);
  gc(1);
  gc(1);
  EXPECT_FALSE(p.gc.max_heap_killed);
  p.gc.max_heap_size = 0;  // no limit
  x[1] = int_list(50000);
  gc(2);
  EXPECT_FALSE(p.gc.max_heap_killed);
}

TEST_F(GcTest, MaxHeapSizeCountsTheOldHeap) {
  // Young data small, old data large: the limit applies to the total.
  x[0] = int_list(3000);
  gc(1);
  gc(1);
  ASSERT_TRUE(in_old(x[0]));
  p.gc.max_heap_size = 2000;
  x[1] = int_list(10);
  gc(2);
  EXPECT_TRUE(p.gc.max_heap_killed);
}

TEST_F(GcTest, GcInfoFigures) {
  x[0] = int_list(100);
  gc(1);
  gc(1);
  uint64_t info[kGcInfoItems];
  gc_info(&p, info);
  EXPECT_STREQ(kGcInfoNames[0], "old_heap_block_size");
  EXPECT_EQ(info[0], old_block());
  EXPECT_EQ(info[1], uint64_t(p.heap_end - p.heap_start));
  EXPECT_EQ(info[5], 200u);  // old_heap_size: the promoted list
  EXPECT_EQ(info[6], 0u);    // heap_size: nothing young
  EXPECT_EQ(gc_total_heap_size(&p), info[0] + info[1] + info[2]);
  EXPECT_EQ(gc_heap_size(&p), info[1] + info[2]);
}

// ---- the BIF-side helpers --------------------------------------------------------

TEST_F(GcTest, ProcessFlagMaxHeapSize) {
  Term r;
  ASSERT_TRUE(gc_process_flag(&p, atom::max_heap_size, make_small(10000), &r));
  EXPECT_EQ(show(r), "#{error_logger => true,kill => true,size => 0}");
  Term m = parse_term(p, "#{size => 20000, kill => false}");
  ASSERT_TRUE(gc_process_flag(&p, atom::max_heap_size, m, &r));
  EXPECT_EQ(show(r), "#{error_logger => true,kill => true,size => 10000}");
  EXPECT_EQ(p.gc.max_heap_size, 20000u);
  EXPECT_EQ(p.gc.max_heap_flags, kMaxHeapLog);
  for (const char* bad : {"-1", "5", "232", "foo", "1.0", "#{kill => true}",
                          "#{size => 1000, kill => 1}",
                          "#{size => 10, include_shared_binaries => true}"}) {
    ASSERT_TRUE(gc_process_flag(&p, atom::max_heap_size, parse_term(p, bad), &r));
    EXPECT_EQ(r, NON_VALUE) << bad;
  }
  // Unknown keys are ignored; flags not given are the system's.
  Term m2 = parse_term(p, "#{size => 1000, foo => 1}");
  ASSERT_TRUE(gc_process_flag(&p, atom::max_heap_size, m2, &r));
  EXPECT_EQ(show(r), "#{error_logger => true,kill => false,size => 20000}");
  ASSERT_TRUE(gc_process_flag(&p, atom::max_heap_size, make_small(0), &r));
  EXPECT_EQ(show(r), "#{error_logger => true,kill => true,size => 1000}");
  EXPECT_FALSE(gc_process_flag(&p, A("trap_exit"), atom::true_, &r));
}

TEST_F(GcTest, ProcessFlagSizesRoundAsErl) {
  Term r;
  ASSERT_TRUE(gc_process_flag(&p, atom::min_heap_size, make_small(100000), &r));
  EXPECT_EQ(r, make_small(233));
  ASSERT_TRUE(gc_process_flag(&p, atom::min_heap_size, make_small(1000), &r));
  EXPECT_EQ(r, make_small(121536));
  ASSERT_TRUE(gc_process_flag(&p, atom::min_heap_size, make_small(10), &r));
  EXPECT_EQ(r, make_small(1598));
  EXPECT_EQ(p.min_heap_size, 233u);
  ASSERT_TRUE(gc_process_flag(&p, A("fullsweep_after"), make_small(70000), &r));
  EXPECT_EQ(r, make_small(65535));
  EXPECT_EQ(p.gc.fullsweep_after, 4464);  // 16 bits, as erl
  ASSERT_TRUE(gc_process_flag(&p, A("min_bin_vheap_size"), make_small(50000), &r));
  EXPECT_EQ(r, make_small(46422));
  EXPECT_EQ(gc_min_bin_vheap_size(&p), 75113u);
  ASSERT_TRUE(gc_process_flag(&p, A("min_bin_vheap_size"), make_small(10), &r));
  EXPECT_EQ(gc_min_bin_vheap_size(&p), 46422u);
}

TEST_F(GcTest, ProcessInfoGarbageCollection) {
  Term r = gc_process_info_item(&p, &p, A("garbage_collection"));
  EXPECT_EQ(show(r),
            "{garbage_collection,[{max_heap_size,#{error_logger => true,kill => true,"
            "size => 0}},{min_bin_vheap_size,46422},{min_heap_size,233},"
            "{fullsweep_after,65535},{minor_gcs,0}]}");
  r = gc_process_info_item(&p, &p, A("garbage_collection_info"));
  EXPECT_EQ(list_to_vector(tuple_elems(r)[1]).size(), size_t(kGcInfoItems));
  EXPECT_EQ(gc_process_info_item(&p, &p, A("registered_name")), NON_VALUE);
  r = gc_process_info_item(&p, &p, A("total_heap_size"));
  EXPECT_EQ(show(r), "{total_heap_size,233}");
}

TEST_F(GcTest, SpawnOptions) {
  GcSpawnOptions o;
  EXPECT_EQ(gc_spawn_option(parse_term(p, "{min_heap_size, 500}"), &o), GcSpawnOpt::Ok);
  EXPECT_EQ(o.min_heap_size, 610u);
  EXPECT_EQ(gc_spawn_option(parse_term(p, "{fullsweep_after, 5}"), &o), GcSpawnOpt::Ok);
  EXPECT_EQ(gc_spawn_option(parse_term(p, "{max_heap_size, #{size => 100000, kill => false}}"), &o),
            GcSpawnOpt::Ok);
  EXPECT_EQ(gc_spawn_option(parse_term(p, "{priority, high}"), &o), GcSpawnOpt::NotGc);
  EXPECT_EQ(gc_spawn_option(parse_term(p, "{fullsweep_after, -1}"), &o), GcSpawnOpt::Bad);
  EXPECT_EQ(gc_spawn_option(parse_term(p, "{min_heap_size, foo}"), &o), GcSpawnOpt::Bad);
  EXPECT_TRUE(gc_spawn_options_valid(o));
  Process child(nullptr, make_pid(2));
  child.xsave = {make_tuple(child, {make_small(1), make_small(2)})};  // args
  gc_apply_spawn_options(&child, o);
  EXPECT_EQ(show(child.xsave[0]), "{1,2}");
  EXPECT_EQ(child.min_heap_size, 610u);
  EXPECT_EQ(child.heap_end - child.heap_start, 610);
  EXPECT_EQ(child.gc.fullsweep_after, 5);
  EXPECT_EQ(child.gc.max_heap_size, 100000u);
  EXPECT_EQ(child.gc.max_heap_flags, kMaxHeapLog);

  // Growing to min_heap_size is not a collection: no max_heap_size check.
  GcSpawnOptions tight;
  gc_spawn_option(parse_term(p, "{min_heap_size, 600}"), &tight);
  gc_spawn_option(parse_term(p, "{max_heap_size, 700}"), &tight);
  EXPECT_TRUE(gc_spawn_options_valid(tight));
  Process child2(nullptr, make_pid(4));
  child2.xsave = {parse_term(child2, "[{a, \"list\"}, <<\"bin\">>]")};
  gc_apply_spawn_options(&child2, tight);
  EXPECT_FALSE(child2.gc.max_heap_killed);
  EXPECT_EQ(child2.heap_end - child2.heap_start, 610);
  EXPECT_EQ(show(child2.xsave[0]), "[{a,[108,105,115,116]},<<98,105,110>>]");
  // min_bin_vheap_size alone is ignored, as erl does.
  GcSpawnOptions vh;
  gc_spawn_option(parse_term(p, "{min_bin_vheap_size, 100000}"), &vh);
  Process child3(nullptr, make_pid(5));
  gc_apply_spawn_options(&child3, vh);
  EXPECT_EQ(gc_min_bin_vheap_size(&child3), 46422u);
  gc_spawn_option(parse_term(p, "{fullsweep_after, 10}"), &vh);
  gc_apply_spawn_options(&child3, vh);
  EXPECT_EQ(gc_min_bin_vheap_size(&child3), 121536u);

  GcSpawnOptions bad;
  gc_spawn_option(parse_term(p, "{max_heap_size, 100}"), &bad);
  EXPECT_FALSE(gc_spawn_options_valid(bad));  // below the default 233
  GcSpawnOptions bad2;
  gc_spawn_option(parse_term(p, "{min_heap_size, 100}"), &bad2);
  gc_spawn_option(parse_term(p, "{max_heap_size, 200}"), &bad2);
  EXPECT_FALSE(gc_spawn_options_valid(bad2));
}

TEST_F(GcTest, SystemFlagsAreDefaultsForNewProcesses) {
  Term r;
  ASSERT_TRUE(gc_system_flag(&p, A("fullsweep_after"), make_small(10), &r));
  EXPECT_EQ(r, make_small(65535));
  ASSERT_TRUE(gc_system_flag(&p, atom::max_heap_size, make_small(100000), &r));
  EXPECT_EQ(show(r), "#{error_logger => true,kill => true,size => 0}");
  {
    Process q(nullptr, make_pid(3));
    EXPECT_EQ(q.gc.fullsweep_after, 10);
    EXPECT_EQ(q.gc.max_heap_size, 100000u);
  }
  EXPECT_EQ(show(gc_system_info(&p, atom::max_heap_size)),
            "#{error_logger => true,kill => true,size => 100000}");
  ASSERT_TRUE(gc_system_flag(&p, A("fullsweep_after"), make_small(70000), &r));
  EXPECT_EQ(show(gc_system_info(&p, A("fullsweep_after"))), "{fullsweep_after,65535}");
  ASSERT_TRUE(gc_system_flag(&p, atom::max_heap_size, make_small(0), &r));
  ASSERT_TRUE(gc_system_flag(&p, atom::max_heap_size, make_small(10), &r));
  EXPECT_EQ(r, NON_VALUE);
  EXPECT_EQ(show(gc_system_info(&p, A("garbage_collection"))),
            "[{max_heap_size,0},{min_bin_vheap_size,46422},{min_heap_size,233},"
            "{fullsweep_after,65535}]");
}

}  // namespace
}  // namespace beamline
