// Term order (compare_terms / compare_terms_exact / eq / eq_exact) checked
// against erl (OTP 25).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <numeric>
#include <string>
#include <vector>

#include "runtime/term/atom_table.h"
#include "runtime/term/binary.h"
#include "runtime/term/compare.h"
#include "runtime/term/heap.h"
#include "runtime/term/map.h"
#include "runtime/term/term.h"
#include "runtime/vm/module.h"
#include "tests/unit/test_terms.h"

namespace {
using namespace beamline;
using namespace tb;

// 2^1030 as limbs.
Term big1030(FragmentHeap& h, bool neg) {
  Term* p = h.alloc(1 + 17);
  p[0] = make_header(neg ? Sub::BigNeg : Sub::BigPos, 17);
  for (int i = 1; i <= 17; i++) p[i] = 0;
  p[17] = uint64_t(1) << (1030 - 16 * 64);
  return make_boxed(p);
}

// Mirrors cmpgen:terms() (the erl generator); kErlOrder is the index order
// of lists:sort/1 on it.
std::vector<Term> terms(FragmentHeap& h) {
  return {
      I(9007199254740993),
      Flt(h, 9007199254740992.0), I(9007199254740991), I(-9007199254740993),
      Flt(h, -9007199254740992.0), Big(h, {1, 1}), Flt(h, 1.8446744073709552e19),
      Big(h, {~uint64_t(0)}), Big(h, {1, 1}, true), Flt(h, -1.8446744073709552e19),
      big1030(h, false), Flt(h, 1.0e308), big1030(h, true), Flt(h, -1.0e308), I(0),
      Flt(h, 0.5), Flt(h, -0.5), I(1), Flt(h, 2.5), I(3), I(kMaxSmall),
      Big(h, {uint64_t(1) << 59}), I(kMinSmall), Big(h, {(uint64_t(1) << 59) + 1}, true),
      Flt(h, 1.0e-10),
      A("a"), A("b"), A("aa"), A("B"), A(""), A("caf\xc3\xa9"), A("\xcf\x89"), A("zzz"),
      export_fun(h, make_export("erlang", "abs", 1)),
      export_fun(h, make_export("erlang", "abs", 2)),
      export_fun(h, make_export("lists", "map", 2)),
      export_fun(h, make_export("erlang", "+", 2)),
      T(h, {}), T(h, {A("a")}), T(h, {A("b")}), T(h, {A("a"), A("a")}),
      T(h, {I(1), I(2), I(3)}), T(h, {T(h, {})}),
      make_empty_map(h), M(h, {A("a"), I(1)}), M(h, {A("a"), I(2)}), M(h, {A("b"), I(0)}),
      M(h, {I(1), A("x")}), M(h, {Flt(h, 1.0), A("x")}), M(h, {I(2), A("x")}),
      M(h, {A("a"), I(1), A("b"), I(1)}), M(h, {I(1), A("a"), I(2), A("b")}),
      NIL, L(h, {A("a")}), L(h, {A("a"), A("b")}), L(h, {A("a")}, A("b")), L(h, {A("b")}),
      L(h, {NIL}), L(h, {I(1)}), L(h, {Flt(h, 1.5)}), Str(h, "abc"), Str(h, "abd"),
      Str(h, "ab"), L(h, {I(97), I(98)}, A("c")),
      Bin(h, ""), Bin(h, std::string_view("\0", 1)), Bin(h, "\x01"), Bin(h, "\x01\x02"),
      Bits(h, "\x80", 1), Bits(h, "\x00", 1), Bits(h, "\x20", 3), Bits(h, "\x10", 4),
      Bin(h, "\xff"), Bits(h, std::string_view("\xff\x00", 2), 9), Bin(h, "abc"), Bin(h, "abd"),
  };
}

const std::vector<size_t> kErlOrder = {12,13,8,9,23,22,3,4,16,14,24,15,17,18,19,2,1,0,20,21,7,6,5,11,10,29,28,25,27,26,30,32,31,36,33,34,35,37,38,39,42,40,41,43,47,49,48,44,45,46,51,50,52,58,59,63,62,60,61,55,53,54,56,57,64,69,65,66,67,71,70,74,75,68,72,73};

TEST(Compare, SortMatchesErl) {
  FragmentHeap h;
  std::vector<Term> ts = terms(h);
  ASSERT_EQ(ts.size(), kErlOrder.size());
  std::vector<size_t> idx(ts.size());
  std::iota(idx.begin(), idx.end(), 0);
  std::stable_sort(idx.begin(), idx.end(),
                   [&](size_t a, size_t b) { return compare_terms(ts[a], ts[b]) < 0; });
  EXPECT_EQ(idx, kErlOrder);
  // Antisymmetry and consistency of exact compare on these (no == pairs).
  for (size_t i = 0; i < ts.size(); i++) {
    for (size_t j = 0; j < ts.size(); j++) {
      int c = compare_terms(ts[i], ts[j]);
      EXPECT_EQ(c, -compare_terms(ts[j], ts[i]));
      EXPECT_EQ(c == 0, i == j) << i << " " << j;
    }
  }
}

TEST(Compare, NumbersExactAndNumeric) {
  FragmentHeap h;
  // 1 == 1.0, 1 =/= 1.0; in exact order integers come before floats.
  EXPECT_EQ(compare_terms(I(1), Flt(h, 1.0)), 0);
  EXPECT_TRUE(eq(I(1), Flt(h, 1.0)));
  EXPECT_FALSE(eq_exact(I(1), Flt(h, 1.0)));
  EXPECT_LT(compare_terms_exact(I(1), Flt(h, 1.0)), 0);
  EXPECT_LT(compare_terms_exact(I(2), Flt(h, 1.0)), 0);
  EXPECT_LT(compare_terms_exact(Big(h, {0, 1}), Flt(h, 0.5)), 0);
  EXPECT_GT(compare_terms_exact(Flt(h, -1.0e300), I(5)), 0);
  // 2^64 == 1.8446744073709552e19 (numerically).
  EXPECT_EQ(compare_terms(Big(h, {0, 1}), Flt(h, 1.8446744073709552e19)), 0);
  EXPECT_EQ(compare_terms(Big(h, {0, 1}, true), Flt(h, -1.8446744073709552e19)), 0);
  EXPECT_GT(compare_terms(I(9007199254740993), Flt(h, 9007199254740992.0)), 0);
  EXPECT_EQ(compare_terms(I(9007199254740992), Flt(h, 9007199254740992.0)), 0);
  // 0.0 and -0.0 are equal, also exactly (OTP 25).
  EXPECT_TRUE(eq_exact(Flt(h, 0.0), Flt(h, -0.0)));
  EXPECT_EQ(compare_terms(I(0), Flt(h, -0.0)), 0);
  // Small vs float beyond 2^53.
  EXPECT_LT(compare_terms(I(kMaxSmall), Flt(h, 576460752303423488.0)), 0);
  EXPECT_EQ(compare_terms(Big(h, {uint64_t(1) << 59}), Flt(h, 576460752303423488.0)), 0);
  EXPECT_LT(compare_terms(Flt(h, 0.5), I(1)), 0);
  EXPECT_GT(compare_terms(Flt(h, 1.5), I(1)), 0);
  EXPECT_LT(compare_terms(Flt(h, 1.0e300), big1030(h, false)), 0);
}

TEST(Compare, RanksAndIdentities) {
  FragmentHeap h;
  // number < atom < reference < fun < port < pid < tuple < map < nil < list < bitstring
  FunEntry fe{atom_from("m"), atom_from("-f/0-fun-0-"), 0, 0, 0, 1};
  std::vector<Term> ranks = {I(1), A("a"), ref(h, 5), closure(h, &fe, {}),
                             export_fun(h, make_export("m", "f", 0)), make_port(3), make_pid(2),
                             T(h, {}), make_empty_map(h), NIL, L(h, {I(1)}), Bin(h, "")};
  for (size_t i = 0; i + 1 < ranks.size(); i++) {
    EXPECT_LT(compare_terms(ranks[i], ranks[i + 1]), 0) << i;
  }
  EXPECT_LT(compare_terms(ref(h, 1), ref(h, 2)), 0);
  EXPECT_TRUE(eq_exact(ref(h, 7), ref(h, 7)));
  EXPECT_LT(compare_terms(make_pid(1), make_pid(9)), 0);
  // Closures: module, index, uniq, then environment.
  FunEntry fe2{atom_from("m"), atom_from("-f/0-fun-1-"), 0, 1, 1, 1};
  EXPECT_LT(compare_terms(closure(h, &fe, {}), closure(h, &fe2, {I(1)})), 0);
  EXPECT_LT(compare_terms(closure(h, &fe2, {I(1)}), closure(h, &fe2, {I(2)})), 0);
  EXPECT_TRUE(eq(closure(h, &fe2, {I(1)}), closure(h, &fe2, {Flt(h, 1.0)})));
  EXPECT_FALSE(eq_exact(closure(h, &fe2, {I(1)}), closure(h, &fe2, {Flt(h, 1.0)})));
  // Nested: {1} == {1.0} but not exactly.
  EXPECT_TRUE(eq(T(h, {I(1)}), T(h, {Flt(h, 1.0)})));
  EXPECT_FALSE(eq_exact(T(h, {I(1)}), T(h, {Flt(h, 1.0)})));
  EXPECT_TRUE(eq(L(h, {I(1), I(2)}), L(h, {Flt(h, 1.0), I(2)})));
  // Binaries of different representations compare by content.
  Term whole = Bin(h, "xabc");
  Term sub = make_sub_binary(h, whole, 8, 24);
  EXPECT_TRUE(eq_exact(sub, Bin(h, "abc")));
  Term b = Bin(h, "\x40\x80");
  Term unaligned = make_sub_binary(h, b, 1, 8);  // <<129>>
  EXPECT_TRUE(eq_exact(unaligned, Bin(h, "\x81")));
  EXPECT_LT(compare_terms(unaligned, Bin(h, "\x82")), 0);
}

TEST(Compare, LongListsAndDeepNestingAreIterative) {
  FragmentHeap h(1 << 16);
  const int n = 1000000;
  Term a = NIL, b = NIL;
  for (int i = 0; i < n; i++) {
    a = L(h, {I(i)}, a);
    b = L(h, {I(i)}, b);
  }
  EXPECT_TRUE(eq_exact(a, b));
  Term c = L(h, {I(-1)}, b);
  Term d = L(h, {I(-1)}, a);
  EXPECT_EQ(compare_terms(c, d), 0);
  Term t1 = NIL, t2 = NIL;
  for (int i = 0; i < 200000; i++) {
    t1 = T(h, {t1, I(i)});
    t2 = T(h, {t2, I(i)});
  }
  EXPECT_TRUE(eq(t1, t2));
  Term l1 = NIL, l2 = NIL;
  for (int i = 0; i < 200000; i++) {
    l1 = L(h, {l1});
    l2 = L(h, {l2});
  }
  EXPECT_TRUE(eq(l1, l2));
}

}  // namespace
