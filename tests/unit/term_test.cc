// Term tagging, deep copies and the per-process copying collector.
#include "gtest/gtest.h"
#include "runtime/bifs/bif.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/binary.h"
#include "runtime/term/compare.h"
#include "runtime/term/map.h"
#include "runtime/term/number.h"
#include "runtime/vm/gc.h"
#include "runtime/vm/process.h"

namespace beamline {
namespace {

TEST(Term, ImmediateTags) {
  EXPECT_TRUE(is_small(make_small(0)));
  EXPECT_EQ(small_value(make_small(kMaxSmall)), kMaxSmall);
  EXPECT_EQ(small_value(make_small(kMinSmall)), kMinSmall);
  EXPECT_EQ(small_value(make_small(-1)), -1);
  Term a = atom_from("hello");
  EXPECT_TRUE(is_atom(a));
  EXPECT_FALSE(is_small(a));
  EXPECT_EQ(atom_name(a), "hello");
  EXPECT_EQ(atom_from("hello"), a);
  EXPECT_TRUE(is_nil(NIL));
  EXPECT_FALSE(is_list(NIL));
  EXPECT_TRUE(is_pid(make_pid(7)));
  EXPECT_EQ(pid_number(make_pid(7)), 7u);
  EXPECT_FALSE(is_atom(make_pid(7)));
  EXPECT_EQ(atom_name(atom::true_), "true");
}

TEST(Term, AtomLimits) {
  EXPECT_TRUE(intern_atom(std::string(255, 'a')).ok());
  EXPECT_FALSE(intern_atom(std::string(256, 'a')).ok());
  Term t;
  EXPECT_FALSE(find_atom("surely_not_an_existing_atom_42", &t));
}

// A structure with every kind of boxed term.
Term sample(Heap& h) {
  uint8_t* bytes;
  Term big_bin = make_uninit_binary(h, 1000, &bytes);
  for (int i = 0; i < 1000; i++) bytes[i] = uint8_t(i);
  Term sub = make_sub_binary(h, big_bin, 3, 77);  // unaligned bitstring
  Term kvs[6] = {atom_from("a"), make_small(1), make_small(2), make_float(h, 2.5),
                 make_binary(h, "k"), big_bin};
  Term map = map_from_pairs(h, kvs, 3);
  Term big = make_integer(h, BigInt(1) << 200);
  Term elems[] = {make_small(1), big, make_float(h, -0.0), sub, map,
                  make_binary(h, "short"), NIL};
  Term list = make_list_from(h, elems, 7, make_small(9));  // improper
  return make_tuple(h, {list, atom_from("x"), map});
}

TEST(Term, CopyTermIsEqual) {
  FragmentHeap a, b;
  Term t = sample(a);
  Term c = copy_term(t, b);
  EXPECT_TRUE(eq_exact(t, c));
  EXPECT_EQ(compare_terms(t, c), 0);
  EXPECT_LE(b.used_words(), term_size(t) + 1);
}

TEST(Gc, KeepsLiveDataAndDropsGarbage) {
  Process p(nullptr, make_pid(1));
  FragmentHeap reference;
  Term x[2];
  x[0] = sample(p);
  Term expected = copy_term(x[0], reference);
  // Lots of garbage and a long live list.
  Term live = NIL;
  for (int i = 0; i < 20000; i++) {
    (void)make_tuple(p, {make_small(i), make_small(i)});  // garbage
    Term* cell = p.alloc(2);
    cell[0] = make_small(i);
    cell[1] = live;
    live = make_list(cell);
  }
  x[1] = live;
  garbage_collect(&p, x, 2, 10);
  EXPECT_TRUE(eq_exact(x[0], expected));
  EXPECT_EQ(list_length(x[1]), 20000);
  EXPECT_EQ(small_value(car(x[1])), 19999);
  EXPECT_GE(p.heap_words_free(), 10u);
  // The garbage is gone: the heap holds about the live data only.
  size_t used = size_t(p.htop - p.heap_start);
  EXPECT_LT(used, term_size(x[0]) + 2 * 20000 + 64);
  // A second collection moves everything again and keeps it equal.
  garbage_collect(&p, x, 2, 0);
  EXPECT_TRUE(eq_exact(x[0], expected));
}

TEST(Gc, StackRootsSurvive) {
  Process p(nullptr, make_pid(1));
  Term x[1] = {NIL};
  // A frame with two y registers holding heap terms.
  Term t = make_tuple(p, {make_small(1), make_binary(p, "frame")});
  p.stop -= 3;
  p.stop[0] = 0x1000;  // a continuation pointer (word aligned, header tag)
  p.stop[1] = t;
  p.stop[2] = make_small(5);
  FragmentHeap reference;
  Term expected = copy_term(t, reference);
  garbage_collect(&p, x, 0, 100);
  EXPECT_EQ(p.stop[0], Term(0x1000));
  EXPECT_TRUE(eq_exact(p.stop[1], expected));
  EXPECT_EQ(p.stop[2], make_small(5));
}

}  // namespace
}  // namespace beamline
