// erlang:phash2/1,2 and erlang:phash/2 values checked against erl (OTP 25).
#include <gtest/gtest.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "runtime/term/atom_table.h"
#include "runtime/term/binary.h"
#include "runtime/term/hash.h"
#include "runtime/term/heap.h"
#include "runtime/term/map.h"
#include "runtime/term/term.h"
#include "runtime/vm/module.h"
#include "tests/unit/test_terms.h"

namespace {
using namespace beamline;
using namespace tb;

struct Expected {
  uint32_t phash2;  // erlang:phash2(T, 1 bsl 32)
  uint64_t phash;   // erlang:phash(T, 1 bsl 32) = phash + 1
};

// Generated from erl (OTP 25), same order as the terms below.
const Expected kExpected[] = {
  {3175731469, 1},  // 0
  {539485162, 2788898428},  // 1
  {1117813597, 1680185270},  // -1
  {701417368, 1169616943},  // 42
  {715823293, 2499495046},  // 255
  {3929335767, 1920229268},  // 256
  {661110369, 3245481292},  // -255
  {4273352567, 1192343453},  // 134217727
  {2562491755, 2147483673},  // 134217728
  {874979335, 2147489129},  // -134217728
  {1418916782, 3827674398},  // -134217729
  {1638133000, 3114282913},  // 576460752303423487
  {2316875190, 2147489129},  // -576460752303423488
  {2442888721, 2147483673},  // 576460752303423488
  {2108323275, 2788898428},  // 4294967296
  {2519041713, 2788898428},  // 18446744073709551616
  {2563594619, 1680185270},  // -18446744073709551616
  {3215545257, 2153028131},  // 18446744073709551621
  {1200553429, 2565659117},  // 1361129467683753853853498429727072845824
  {423528920, 1},  // 0.0
  {423528920, 1},  // -0.0
  {3029937084, 1072693249},  // 1.0
  {1758584130, 3220701185},  // -1.5
  {764465415, 340593892},  // 3.141592653589793
  {387524106, 4130836897},  // 1.0e300
  {3731526247, 2},  // 5.0e-324
  {97, 98},  // a
  {26499, 26500},  // abc
  {18131988, 18131989},  // 'hello world'
  {0, 1},  // ''
  {506293, 506294},  // true
  {432201, 432202},  // caf?
  {3449, 3450},  // '\x{3C9}'
  {3468870702, 2},  // []
  {1634476877, 2953390077},  // [a]
  {4186538188, 3336869158},  // [1,2,3]
  {519996486, 3654580166},  // [97,98,99]
  {1752753207, 1938728202},  // [97,98,99,100]
  {2487089008, 721934915},  // [97,98,99,100,101]
  {3844221178, 2402949552},  // [1|2]
  {2356411656, 4159696708},  // [a|b]
  {499070068, 2952798237},  // [[]]
  {514113909, 3220643892},  // [256,1]
  {3823967710, 793409820},  // [1,256,2,3,4,5]
  {221703996, 1},  // {}
  {2853905094, 268840045},  // {a}
  {1980325998, 1904799770},  // {a,b}
  {3585740623, 2943459108},  // {1,{2,{3}}}
  {4093491090, 2150340786},  // {[],<<>>}
  {147926629, 1},  // <<>>
  {881997586, 268436143},  // <<1>>
  {1658093459, 476327964},  // <<104,101,108,108,111>>
  {3739239162, 2094552919},  // <<48,49,50,51,52,53,54,55,56,57,97,98>>
  {873230043, 1305345683},  // <<48,49,50,51,52,53,54,55,56,57,97,98,99>>
  {3051755777, 2312692743},  // <<1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,2...
  {3994547237, 808817679},  // <<1:1>>
  {3354768668, 3507216109},  // <<5:3>>
  {2292987389, 2014452361},  // <<1,2,3:4>>
  {2508458947, 3096541741},  // <<255,7:3>>
  {844985373, 1113425985},  // #{}
  {1401795262, 1670235874},  // #{a => 1}
  {1982682855, 2251123467},  // #{a => 1,b => 2}
  {2632281952, 2900722564},  // #{1 => a,1.0 => b}
  {2202532150, 2470972762},  // #{16 => 16,18 => 18,5 => 5,19 => 19,27 => 27,35 => 35,10 ...
  {1483392458, 799609614},  // [#{x => [1,2]},{#{}}]
  {2174955236, 2515667794},  // fun erlang:abs/1
  {840287883, 904024396},  // fun lists:map/2
};

std::vector<Term> build_terms(FragmentHeap& h) {
  std::string bytes100;
  for (int i = 1; i <= 100; i++) bytes100.push_back(char(i));
  std::vector<Term> kv40;
  for (int i = 1; i <= 40; i++) {
    kv40.push_back(I(i));
    kv40.push_back(I(i));
  }
  return {
      I(0), I(1), I(-1), I(42), I(255), I(256), I(-255), I(134217727), I(134217728),
      I(-134217728), I(-134217729), I(kMaxSmall), I(kMinSmall), Big(h, {uint64_t(1) << 59}),
      I(4294967296), Big(h, {0, 1}), Big(h, {0, 1}, true), Big(h, {5, 1}), Big(h, {0, 0, 4}),
      Flt(h, 0.0), Flt(h, -0.0), Flt(h, 1.0), Flt(h, -1.5), Flt(h, 3.141592653589793),
      Flt(h, 1.0e300), Flt(h, 5.0e-324),
      A("a"), A("abc"), A("hello world"), A(""), A("true"), A("caf\xc3\xa9"), A("\xcf\x89"),
      NIL, L(h, {A("a")}), L(h, {I(1), I(2), I(3)}), Str(h, "abc"), Str(h, "abcd"),
      Str(h, "abcde"), L(h, {I(1)}, I(2)), L(h, {A("a")}, A("b")), L(h, {NIL}),
      L(h, {I(256), I(1)}), L(h, {I(1), I(256), I(2), I(3), I(4), I(5)}),
      T(h, {}), T(h, {A("a")}), T(h, {A("a"), A("b")}),
      T(h, {I(1), T(h, {I(2), T(h, {I(3)})})}), T(h, {NIL, Bin(h, "")}),
      Bin(h, ""), Bin(h, "\x01"), Bin(h, "hello"), Bin(h, "0123456789ab"),
      Bin(h, "0123456789abc"), Bin(h, bytes100),
      Bits(h, "\x80", 1), Bits(h, "\xa0", 3), Bits(h, std::string_view("\x01\x02\x30", 3), 20),
      Bits(h, "\xff\xe0", 11),
      make_empty_map(h), M(h, {A("a"), I(1)}), M(h, {A("a"), I(1), A("b"), I(2)}),
      M(h, {I(1), A("a"), Flt(h, 1.0), A("b")}), map_from_pairs(h, kv40.data(), 40),
      L(h, {M(h, {A("x"), L(h, {I(1), I(2)})}), T(h, {make_empty_map(h)})}),
      export_fun(h, make_export("erlang", "abs", 1)),
      export_fun(h, make_export("lists", "map", 2)),
  };
}

TEST(Hash, Phash2AndPhashMatchErl) {
  FragmentHeap h;
  std::vector<Term> terms = build_terms(h);
  ASSERT_EQ(terms.size(), sizeof(kExpected) / sizeof(kExpected[0]));
  for (size_t i = 0; i < terms.size(); i++) {
    EXPECT_EQ(term_phash2(terms[i]), kExpected[i].phash2) << "term #" << i;
    EXPECT_EQ(uint64_t(term_phash(terms[i])) + 1, kExpected[i].phash) << "term #" << i;
  }
}

TEST(Hash, Closures) {
  // erl: a module hashgen with mk(X, Y) -> fun() -> {X, Y} end (FunT index 0,
  // uniq 7710820) and fun() -> ok end (index 1).
  FragmentHeap h;
  FunEntry fe0{atom_from("hashgen"), atom_from("-mk/2-fun-0-"), 0, 2, 0, 7710820};
  FunEntry fe1{atom_from("hashgen"), atom_from("-funs/0-fun-0-"), 0, 0, 1, 7710820};
  Term f1 = closure(h, &fe0, {I(1), A("a")});
  Term f2 = closure(h, &fe0, {NIL, Bin(h, "x")});
  Term f3 = closure(h, &fe1, {});
  EXPECT_EQ(term_phash2(f1), 577323774u);
  EXPECT_EQ(uint64_t(term_phash(f1)) + 1, 3321266171u);
  EXPECT_EQ(term_phash2(f2), 1089005804u);
  EXPECT_EQ(uint64_t(term_phash(f2)) + 1, 4061500009u);
  EXPECT_EQ(term_phash2(f3), 4145387745u);
  EXPECT_EQ(uint64_t(term_phash(f3)) + 1, 3570447452u);
}

TEST(Hash, Representations) {
  // Sub-binaries and unaligned bitstrings hash by content.
  FragmentHeap h;
  Term whole = Bin(h, "xhello");
  Term sub = make_sub_binary(h, whole, 8, 40);
  EXPECT_EQ(term_phash2(sub), 1658093459u);
  EXPECT_EQ(uint64_t(term_phash(sub)) + 1, 476327964u);
  // <<1:1>> as an unaligned slice of <<0b01000000>>.
  Term b = Bin(h, "\x40");
  Term slice = make_sub_binary(h, b, 1, 1);
  EXPECT_EQ(term_phash2(slice), 3994547237u);
  // A large binary (off-heap) hashes like its bytes.
  std::string big(1000, 'z');
  Term a1 = Bin(h, big);
  Term a2 = Bin(h, big);
  EXPECT_EQ(term_phash2(a1), term_phash2(a2));
  EXPECT_EQ(internal_hash(a1, 0), internal_hash(a2, 0));
}

TEST(Hash, AtomHashValues) {
  // phash2 of an atom is its ERTS atom hash.
  EXPECT_EQ(atom_hash_value(atom_from("a")), 97u);
  EXPECT_EQ(atom_hash_value(atom_from("true")), 506293u);
  EXPECT_EQ(atom_hash_value(atom_from("caf\xc3\xa9")), 432201u);
}

TEST(Hash, DeepNestingDoesNotOverflow) {
  FragmentHeap h(1 << 16);
  Term t = NIL;
  for (int i = 0; i < 200000; i++) t = T(h, {t});
  Term l = NIL;
  for (int i = 0; i < 200000; i++) l = L(h, {l});
  (void)term_phash2(t);
  (void)term_phash(t);
  (void)internal_hash(t, 0);
  (void)term_phash2(l);
  (void)term_phash(l);
  (void)internal_hash(l, 0);
}

}  // namespace
