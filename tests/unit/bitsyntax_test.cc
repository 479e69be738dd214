// Bit syntax runtime (runtime/vm/bitsyntax.h). Expected values come from
// erl (OTP 25) running the equivalent compiled Erlang code.
#include <gtest/gtest.h>

#include <random>

#include "tests/unit/bin_test_support.h"

namespace beamline::testing {
namespace {

// ---- construction helpers -----------------------------------------------------

BsSegment seg_int(Term v, Term size, unsigned flags = 0, unsigned unit = 1) {
  return BsSegment{SegType::Integer, unit, flags, v, size, nullptr, 0};
}
BsSegment seg_float(Term v, Term size, unsigned flags = 0, unsigned unit = 1) {
  return BsSegment{SegType::Float, unit, flags, v, size, nullptr, 0};
}
BsSegment seg_bin(Term v, Term size = atom::all, unsigned unit = 8) {
  return BsSegment{SegType::Binary, unit, 0, v, size, nullptr, 0};
}
BsSegment seg_utf(SegType t, Term v, unsigned flags = 0) {
  return BsSegment{t, 1, flags, v, NON_VALUE, nullptr, 0};
}
BsSegment seg_str(const char* s) {
  return BsSegment{SegType::String, 8, 0, NON_VALUE, NON_VALUE,
                   reinterpret_cast<const uint8_t*>(s), std::strlen(s)};
}
BsSegment seg_append(Term acc, unsigned unit = 8, bool priv = false) {
  return BsSegment{priv ? SegType::PrivateAppend : SegType::Append, unit, 0,
                   acc, atom::all, nullptr, 0};
}

// The built bitstring printed with ~w, or "EXC:Reason Cause".
std::string build(Heap& h, std::vector<BsSegment> segs, Term* out = nullptr) {
  Term error = NON_VALUE, cause = NON_VALUE;
  size_t failed = 99;
  Term r = bs_create_bin(h, segs.data(), segs.size(), &error, &failed, &cause);
  if (out) *out = r;
  if (r == NON_VALUE) return "EXC:" + S(error) + " " + S(cause);
  return S(r);
}

Term I(Sint v) { return make_small(v); }

Sint referenced(Term t) {
  const Term* b = boxed_val(t);
  if (header_sub(*b) == Sub::SubBin) b = boxed_val(b[5]);
  return Sint(b[1]);
}

class BitSyntax : public ::testing::Test {
 protected:
  Process p{nullptr, make_pid(1)};
  Heap& h = p;
  Term foo = atom_from("foo");
};

// ---- construction -------------------------------------------------------------

TEST_F(BitSyntax, IntegerEndianness) {
  // <<1:12/little, 2:12/big, (-1):7, 258:12/little>>
  EXPECT_EQ(build(h, {seg_int(I(1), I(12), kBsLittle), seg_int(I(2), I(12)),
                      seg_int(I(-1), I(7)), seg_int(I(258), I(12), kBsLittle)}),
            "<<1,0,2,254,4,1:3>>");
  // <<(-1):70, (1 bsl 65 + 5):67/little, (-5):67/little-signed>>
  Term big = T(h, "36893488147419103237");
  EXPECT_EQ(build(h, {seg_int(I(-1), I(70)), seg_int(big, I(67), kBsLittle),
                      seg_int(I(-5), I(67), kBsLittle | kBsSigned)}),
            "<<255,255,255,255,255,255,255,255,252,20,0,0,0,0,0,0,1,125,255,255,"
            "255,255,255,255,255,15:4>>");
  // Truncation and native (= little).
  EXPECT_EQ(build(h, {seg_int(I(0x1234), I(8)), seg_int(I(0x1234), I(16), kBsNative)}),
            "<<52,52,18>>");
  EXPECT_EQ(build(h, {seg_int(T(h, "-18446744073709551617"), I(72))}),
            "<<254,255,255,255,255,255,255,255,255>>");
  EXPECT_EQ(build(h, {seg_int(I(5), I(0)), seg_int(I(3), I(2), 0, 4)}), "<<3>>");
  EXPECT_EQ(build(h, {}), "<<>>");
}

TEST_F(BitSyntax, Floats) {
  Term f15 = make_float(h, 1.5), f1e10 = make_float(h, 1.0e10);
  EXPECT_EQ(build(h, {seg_float(f15, I(16)), seg_float(f1e10, I(16))}),
            "<<62,0,124,0>>");
  // 65520.0, 65519.0, 1.0e-8, -0.0, 6.0e-5 as half floats.
  EXPECT_EQ(build(h, {seg_float(make_float(h, 65520.0), I(16)),
                      seg_float(make_float(h, 65519.0), I(16)),
                      seg_float(make_float(h, 1.0e-8), I(16)),
                      seg_float(make_float(h, -0.0), I(16)),
                      seg_float(make_float(h, 6.0e-5), I(16))}),
            "<<124,0,123,255,0,0,128,0,3,239>>");
  // Direct (not double) rounding to half: 1 + 2^-11 + 2^-40.
  EXPECT_EQ(build(h, {seg_float(make_float(h, 1.0 + std::ldexp(1.0, -11) +
                                                  std::ldexp(1.0, -40)),
                                I(16))}),
            "<<60,1>>");
  EXPECT_EQ(build(h, {seg_float(make_float(h, 3.4028235677973366e38), I(32)),
                      seg_float(make_float(h, 3.4028235e38), I(32)),
                      seg_float(make_float(h, 1.0e-46), I(32))}),
            "<<127,128,0,0,127,127,255,255,0,0,0,0>>");
  EXPECT_EQ(build(h, {seg_float(make_float(h, 1.0), I(32), kBsLittle),
                      seg_float(make_float(h, 2.5), I(64), kBsLittle)}),
            "<<0,0,128,63,0,0,0,0,0,0,4,64>>");
  EXPECT_EQ(build(h, {seg_float(I(100), I(16)), seg_float(I(100), I(32))}),
            "<<86,64,66,200,0,0>>");
  Term b200 = T(h, "1606938044258990275541962092341162602522202993782792835301376");
  EXPECT_EQ(build(h, {seg_float(b200, I(32))}), "<<127,128,0,0>>");
  EXPECT_EQ(build(h, {seg_float(b200, I(64))}), "<<76,112,0,0,0,0,0,0>>");
  // float((2^63 + 2^10) bsl 64 + 2^63) rounds like erl (2^127).
  Term odd = T(h, "170141183460469250630376607231319736320");
  EXPECT_EQ(build(h, {seg_float(odd, I(64))}), "<<71,224,0,0,0,0,0,0>>");
  EXPECT_EQ(build(h, {seg_float(f15, I(3), 0, 8)}), "EXC:badarg {1,float,invalid,24}");
}

TEST_F(BitSyntax, Utf) {
  EXPECT_EQ(build(h, {seg_utf(SegType::Utf32, I(0x10FFFF), kBsLittle),
                      seg_utf(SegType::Utf16, I(0x10FFFF), kBsLittle),
                      seg_utf(SegType::Utf8, I(0x10FFFF))}),
            "<<255,255,16,0,255,219,255,223,244,143,191,191>>");
  EXPECT_EQ(build(h, {seg_utf(SegType::Utf8, I(0x7F)), seg_utf(SegType::Utf8, I(0x80)),
                      seg_utf(SegType::Utf8, I(0x7FF)), seg_utf(SegType::Utf8, I(0x800)),
                      seg_utf(SegType::Utf16, I(0xFFFF))}),
            "<<127,194,128,223,191,224,160,128,255,255>>");
  EXPECT_EQ(build(h, {seg_int(I(1), I(1)), seg_utf(SegType::Utf8, I(0xE9))}),
            "<<225,212,1:1>>");
}

TEST_F(BitSyntax, StringsAfterUtf) {
  EXPECT_EQ(build(h, {seg_utf(SegType::Utf16, I(0x1F600), kBsLittle), seg_str("xy")}),
            "<<61,216,0,222,120,121>>");
  EXPECT_EQ(build(h, {seg_int(I(1), I(1)), seg_utf(SegType::Utf8, I(0x1F600)),
                      seg_str("xy")}),
            "<<248,79,204,64,60,60,1:1>>");
}

TEST_F(BitSyntax, BinariesAndStrings) {
  Term b = T(h, "<<1,2,3>>");
  EXPECT_EQ(build(h, {seg_bin(b, I(2))}), "<<1,2>>");
  EXPECT_EQ(build(h, {seg_bin(b, I(2), 4)}), "<<1>>");
  EXPECT_EQ(build(h, {seg_bin(T(h, "<<1:1>>"), I(1), 1)}), "<<1:1>>");
  EXPECT_EQ(build(h, {seg_str("ab"), seg_int(I(1), I(3)), seg_bin(b),
                      seg_str("c")}),
            "<<97,98,32,32,64,108,3:3>>");
  EXPECT_EQ(build(h, {seg_bin(T(h, "<<5:3>>"), atom::all, 1), seg_bin(b)}),
            "<<160,32,64,3:3>>");
}

TEST_F(BitSyntax, ConstructionErrors) {
  Term b = T(h, "<<1,2,3>>");
  Term f15 = make_float(h, 1.5);
  EXPECT_EQ(build(h, {seg_int(foo, I(8))}), "EXC:badarg {1,integer,type,foo}");
  EXPECT_EQ(build(h, {seg_int(I(1), I(-1))}), "EXC:badarg {1,integer,size,-1}");
  EXPECT_EQ(build(h, {seg_int(I(1), foo)}), "EXC:badarg {1,integer,size,foo}");
  EXPECT_EQ(build(h, {seg_bin(b, I(4))}), "EXC:badarg {1,binary,short,<<1,2,3>>}");
  EXPECT_EQ(build(h, {seg_float(f15, I(-1))}), "EXC:badarg {1,float,size,-1}");
  EXPECT_EQ(build(h, {seg_float(f15, I(24))}), "EXC:badarg {1,float,invalid,24}");
  EXPECT_EQ(build(h, {seg_float(foo, I(64))}), "EXC:badarg {1,float,type,foo}");
  EXPECT_EQ(build(h, {seg_int(f15, I(8))}), "EXC:badarg {1,integer,type,1.5}");
  EXPECT_EQ(build(h, {seg_int(I(1), T(h, "4611686018427387904"))}),
            "EXC:system_limit {1,integer,size,4611686018427387904}");
  EXPECT_EQ(build(h, {seg_int(I(1), T(h, "1180591620717411303424"))}),
            "EXC:system_limit {1,integer,size,1180591620717411303424}");
  EXPECT_EQ(build(h, {seg_int(I(1), T(h, "-1180591620717411303424"))}),
            "EXC:badarg {1,integer,size,-1180591620717411303424}");
  EXPECT_EQ(build(h, {seg_int(I(-1), T(h, "1152921504606846976"))}),
            "EXC:system_limit {1,integer,size,1152921504606846976}");
  EXPECT_EQ(build(h, {seg_bin(T(h, "<<>>"), T(h, "-1152921504606846976"))}),
            "EXC:badarg {1,binary,size,-1152921504606846976}");
  EXPECT_EQ(build(h, {seg_bin(b, T(h, "2305843009213693952"))}),
            "EXC:system_limit {1,binary,size,2305843009213693952}");
  EXPECT_EQ(build(h, {seg_utf(SegType::Utf8, I(0xD800))}),
            "EXC:badarg {1,utf8,type,55296}");
  EXPECT_EQ(build(h, {seg_utf(SegType::Utf16, I(-1))}), "EXC:badarg {1,utf16,type,-1}");
  EXPECT_EQ(build(h, {seg_utf(SegType::Utf16, foo)}), "EXC:badarg {1,utf16,type,foo}");
  EXPECT_EQ(build(h, {seg_utf(SegType::Utf32, I(0x110000))}),
            "EXC:badarg {1,utf32,type,1114112}");
  EXPECT_EQ(build(h, {seg_bin(T(h, "<<1:1>>"))}), "EXC:badarg {1,binary,unit,<<1:1>>}");
  EXPECT_EQ(build(h, {seg_bin(foo, I(2))}), "EXC:badarg {1,binary,type,foo}");
  EXPECT_EQ(build(h, {seg_bin(foo, I(0))}), "EXC:badarg {1,binary,type,foo}");
  EXPECT_EQ(build(h, {seg_bin(b, I(-1))}), "EXC:badarg {1,binary,size,-1}");
  EXPECT_EQ(build(h, {seg_int(foo, I(0))}), "EXC:badarg {1,integer,type,foo}");
  EXPECT_EQ(build(h, {seg_float(f15, I(0))}), "EXC:badarg {1,float,invalid,0}");
  EXPECT_EQ(build(h, {seg_float(foo, I(0))}), "EXC:badarg {1,float,invalid,0}");
  EXPECT_EQ(build(h, {seg_float(T(h, "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376"), I(64))}),
            "EXC:badarg {1,float,no_float,13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376}");
  // Order: sizes (and whole-binary types/units) of all segments first.
  EXPECT_EQ(build(h, {seg_int(foo, I(8)), seg_bin(atom_from("bar"))}),
            "EXC:badarg {2,binary,type,bar}");
  EXPECT_EQ(build(h, {seg_int(I(1), I(-1)), seg_bin(foo)}),
            "EXC:badarg {1,integer,size,-1}");
  EXPECT_EQ(build(h, {seg_utf(SegType::Utf8, foo), seg_bin(b, I(-1))}),
            "EXC:badarg {2,binary,size,-1}");
  EXPECT_EQ(build(h, {seg_bin(b, I(-1)), seg_utf(SegType::Utf8, foo)}),
            "EXC:badarg {1,binary,size,-1}");
  EXPECT_EQ(build(h, {seg_int(foo, I(8)), seg_float(f15, I(-1))}),
            "EXC:badarg {2,float,size,-1}");
  EXPECT_EQ(build(h, {seg_float(f15, I(24)), seg_bin(foo)}),
            "EXC:badarg {2,binary,type,foo}");
  EXPECT_EQ(build(h, {seg_int(foo, I(8)), seg_bin(b, I(4))}),
            "EXC:badarg {1,integer,type,foo}");
  EXPECT_EQ(build(h, {seg_int(foo, I(8)), seg_utf(SegType::Utf8, I(0xD800))}),
            "EXC:badarg {1,integer,type,foo}");
  EXPECT_EQ(build(h, {seg_utf(SegType::Utf8, I(0xD800)), seg_int(foo, I(-1))}),
            "EXC:badarg {2,integer,size,-1}");
  // Appends report the binary type.
  EXPECT_EQ(build(h, {seg_append(foo), seg_int(I(1), I(8))}),
            "EXC:badarg {1,binary,type,foo}");
  EXPECT_EQ(build(h, {seg_append(T(h, "<<1:3>>")), seg_int(I(1), I(8))}),
            "EXC:badarg {1,binary,unit,<<1:3>>}");
  EXPECT_EQ(build(h, {seg_append(T(h, "<<1:3>>"), 1), seg_int(I(1), I(8))}),
            "<<32,1:3>>");
  // The compiler's segment numbers are reported when given.
  {
    BsSegment s = seg_int(foo, I(8));
    unsigned nos[] = {4};
    Term error, cause;
    size_t failed;
    EXPECT_EQ(bs_create_bin(h, &s, 1, &error, &failed, &cause, nos), NON_VALUE);
    EXPECT_EQ(S(cause), "{4,integer,type,foo}");
  }
  // failed_segment is the index in the array.
  std::vector<BsSegment> segs = {seg_int(I(1), I(8)), seg_int(foo, I(8))};
  Term error;
  size_t failed = 99;
  EXPECT_EQ(bs_create_bin(h, segs.data(), segs.size(), &error, &failed), NON_VALUE);
  EXPECT_EQ(error, atom::badarg);
  EXPECT_EQ(failed, 1u);
}

// ---- writable binaries --------------------------------------------------------------

// loop(N, Acc) -> loop(N-1, <<Acc/binary, 7>>).
Term append_loop(Heap& h, Term acc, int n, bool bits = false) {
  for (int i = 0; i < n; i++) {
    std::vector<BsSegment> segs = {seg_append(acc, bits ? 1 : 8),
                                   seg_int(I(bits ? 1 : 7), I(bits ? 1 : 8))};
    Term error;
    size_t failed;
    acc = bs_create_bin(h, segs.data(), segs.size(), &error, &failed);
  }
  return acc;
}

TEST_F(BitSyntax, AppendCapacityLikeErl) {
  Term empty = T(h, "<<>>");
  struct {
    int n;
    Sint bits, ref;
  } from_empty[] = {{1, 8, 256},       {255, 2040, 256},  {256, 2048, 256},
                    {257, 2056, 514},  {512, 4096, 514},  {513, 4104, 514},
                    {1000, 8000, 1030}};
  for (auto& c : from_empty) {
    Term r = append_loop(h, empty, c.n);
    BitView v;
    ASSERT_TRUE(bit_view(r, &v));
    EXPECT_EQ(Sint(v.bit_size), c.bits) << c.n;
    EXPECT_EQ(referenced(r), c.ref) << c.n;
  }
  std::string s300(300, '\1');
  Term b300 = make_binary(h, s300);
  struct {
    int n;
    Sint ref;
  } from300[] = {{1, 602}, {2, 602}, {300, 602}, {301, 602},
                 {302, 602}, {600, 1206}, {1000, 2414}};
  for (auto& c : from300) {
    EXPECT_EQ(referenced(append_loop(h, b300, c.n)), c.ref) << c.n;
  }
  // Bitstrings: 2048 bits -> 256, 2049 -> 514.
  EXPECT_EQ(referenced(append_loop(h, empty, 2048, true)), 256);
  EXPECT_EQ(referenced(append_loop(h, empty, 2049, true)), 514);
  EXPECT_EQ(referenced(append_loop(h, T(h, "<<1,2,3>>"), 1)), 256);
}

TEST_F(BitSyntax, AppendInPlaceKeepsOldValues) {
  Term acc = append_loop(h, T(h, "<<>>"), 3);  // <<7,7,7>>
  Term a = append_loop(h, acc, 1);            // in place
  const Term* sa = boxed_val(a);
  const Term* sacc = boxed_val(acc);
  EXPECT_EQ(sa[5], sacc[5]) << "appended into the same ProcBin";
  // Appending to the old accumulator again must copy, not overwrite.
  std::vector<BsSegment> segs = {seg_append(acc), seg_int(I(9), I(8))};
  Term error;
  size_t failed;
  Term b = bs_create_bin(h, segs.data(), segs.size(), &error, &failed);
  EXPECT_EQ(S(acc), "<<7,7,7>>");
  EXPECT_EQ(S(a), "<<7,7,7,7>>");
  EXPECT_EQ(S(b), "<<7,7,7,9>>");
  EXPECT_NE(boxed_val(b)[5], sacc[5]);
  // Long loop: values intact.
  Term big = append_loop(h, T(h, "<<>>"), 100000);
  BitView v;
  bit_view(big, &v);
  ASSERT_EQ(v.bit_size, 800000u);
  for (size_t i = 0; i < 100000; i += 997) EXPECT_EQ(v.bytes()[i], 7);
  // Bit-level accumulation keeps unaligned data.
  Term bits = append_loop(h, T(h, "<<>>"), 13, true);
  EXPECT_EQ(S(bits), "<<255,31:5>>");
}

TEST_F(BitSyntax, AppendOnlyInPlaceOnWriterHeap) {
  Term acc = append_loop(h, T(h, "<<>>"), 2);
  Process other(nullptr, make_pid(2));
  Term acc2 = append_loop(other, acc, 1);
  EXPECT_NE(boxed_val(acc2)[5], boxed_val(acc)[5]);
  EXPECT_EQ(S(acc2), "<<7,7,7>>");
}

TEST_F(BitSyntax, InitWritableAndPrivateAppend) {
  // << <<X:7>> || X <- lists:seq(1, 300) >> with the compiler's size hint 263.
  Term acc = bs_init_writable(h, I(263));
  for (int x = 1; x <= 300; x++) {
    std::vector<BsSegment> segs = {seg_append(acc, 1, true), seg_int(I(x), I(7))};
    Term error;
    size_t failed;
    acc = bs_create_bin(h, segs.data(), segs.size(), &error, &failed);
  }
  BitView v;
  bit_view(acc, &v);
  EXPECT_EQ(v.bit_size, 2100u);
  EXPECT_EQ(referenced(acc), 263);
  EXPECT_EQ(referenced(bs_init_writable(h, I(0))), 0);
  EXPECT_EQ(referenced(bs_init_writable(h, foo)), 1024);
}

TEST_F(BitSyntax, MatchingMakesWritableReadOnly) {
  Term a = append_loop(h, T(h, "<<>>"), 10);
  EXPECT_EQ(referenced(a), 256);
  Term ctx = bs_start_match(h, a);
  ASSERT_NE(ctx, NON_VALUE);
  EXPECT_EQ(referenced(a), 10);
  Term a2 = append_loop(h, a, 1);
  EXPECT_EQ(referenced(a2), 256);
  EXPECT_NE(boxed_val(a2)[5], boxed_val(a)[5]);
}

// ---- matching -----------------------------------------------------------------

TEST_F(BitSyntax, StartMatch) {
  EXPECT_EQ(bs_start_match(h, foo), NON_VALUE);
  EXPECT_EQ(bs_start_match(h, I(1)), NON_VALUE);
  Term ctx = bs_start_match(h, T(h, "<<1,2,3>>"));
  ASSERT_TRUE(is_match_ctx(ctx));
  EXPECT_EQ(bs_start_match(h, ctx), ctx);
  EXPECT_EQ(bs_remaining(ctx), 24u);
}

TEST_F(BitSyntax, GetInteger) {
  Term out;
  Term ctx = bs_start_match(h, T(h, "<<1,2:4>>"));
  ASSERT_TRUE(bs_get_integer(h, ctx, 12, kBsLittle, &out));
  EXPECT_EQ(S(out), "513");
  ctx = bs_start_match(h, T(h, "<<1,15:4>>"));
  ASSERT_TRUE(bs_get_integer(h, ctx, 12, kBsLittle | kBsSigned, &out));
  EXPECT_EQ(S(out), "-255");
  ctx = bs_start_match(h, T(h, "<<1,2,3:3>>"));
  ASSERT_TRUE(bs_get_integer(h, ctx, 19, kBsLittle, &out));
  EXPECT_EQ(S(out), "197121");
  ctx = bs_start_match(h, T(h, "<<255,255,255,255,255,255,255,255,255,1>>"));
  ASSERT_TRUE(bs_get_integer(h, ctx, 72, 0, &out));
  EXPECT_EQ(S(out), "4722366482869645213695");
  ASSERT_FALSE(bs_get_integer(h, ctx, 9, 0, &out));
  EXPECT_EQ(bs_get_position(ctx), 72u);
  ASSERT_TRUE(bs_get_integer(h, ctx, 8, kBsSigned, &out));
  EXPECT_EQ(S(out), "1");
  ctx = bs_start_match(h, T(h, "<<255,255,255,255,255,255,255,255,255,1>>"));
  ASSERT_TRUE(bs_get_integer(h, ctx, 72, kBsSigned, &out));
  EXPECT_EQ(S(out), "-1");
  bs_set_position(ctx, 0);
  ASSERT_TRUE(bs_get_integer(h, ctx, 80, kBsSigned | kBsLittle, &out));
  EXPECT_EQ(S(out), "9444732965739290427391");
  bs_set_position(ctx, 0);
  ASSERT_TRUE(bs_get_integer(h, ctx, 64, 0, &out));
  EXPECT_EQ(S(out), "18446744073709551615");
  bs_set_position(ctx, 0);
  ASSERT_TRUE(bs_get_integer(h, ctx, 60, kBsSigned, &out));
  EXPECT_EQ(S(out), "-1");
  bs_set_position(ctx, 4);
  ASSERT_TRUE(bs_get_integer(h, ctx, 0, 0, &out));
  EXPECT_EQ(S(out), "0");
  // Small/bignum boundary: 2^59 - 1 and 2^59.
  ctx = bs_start_match(h, T(h, "<<7,255,255,255,255,255,255,255,8,0,0,0,0,0,0,0>>"));
  ASSERT_TRUE(bs_get_integer(h, ctx, 64, 0, &out));
  EXPECT_TRUE(is_small(out));
  EXPECT_EQ(S(out), "576460752303423487");
  ASSERT_TRUE(bs_get_integer(h, ctx, 64, 0, &out));
  EXPECT_TRUE(is_bignum(out));
  EXPECT_EQ(S(out), "576460752303423488");
  ctx = bs_start_match(h, T(h, "<<248,0,0,0,0,0,0,0>>"));
  ASSERT_TRUE(bs_get_integer(h, ctx, 64, kBsSigned, &out));
  EXPECT_TRUE(is_small(out));
  EXPECT_EQ(S(out), "-576460752303423488");
}

TEST_F(BitSyntax, GetFloat) {
  Term out;
  Term ctx = bs_start_match(h, T(h, "<<1,0,124,0,127,128,0,0,1,2,3,4,5,6,7,8>>"));
  ASSERT_TRUE(bs_get_float(h, ctx, 16, 0, &out));
  EXPECT_EQ(float_value(out), 1.52587890625e-5);
  EXPECT_FALSE(bs_get_float(h, ctx, 16, 0, &out));  // infinity
  EXPECT_EQ(bs_get_position(ctx), 16u);
  bs_skip_bits(ctx, 16);
  EXPECT_FALSE(bs_get_float(h, ctx, 32, 0, &out));
  bs_skip_bits(ctx, 32);
  ASSERT_TRUE(bs_get_float(h, ctx, 64, 0, &out));
  EXPECT_EQ(float_value(out), 8.20788039913184e-304);
  ctx = bs_start_match(h, T(h, "<<1,2,3>>"));
  EXPECT_FALSE(bs_get_float(h, ctx, 24, 0, &out));
  ctx = bs_start_match(h, T(h, "<<0,0,128,63,0,0,0,0,0,0,4,64>>"));
  ASSERT_TRUE(bs_get_float(h, ctx, 32, kBsLittle, &out));
  EXPECT_EQ(float_value(out), 1.0);
  ASSERT_TRUE(bs_get_float(h, ctx, 64, kBsLittle, &out));
  EXPECT_EQ(float_value(out), 2.5);
  ctx = bs_start_match(h, T(h, "<<0,0,0:1>>"));
  bs_skip_bits(ctx, 1);
  ASSERT_TRUE(bs_get_float(h, ctx, 16, 0, &out));
  EXPECT_EQ(float_value(out), 0.0);
}

TEST_F(BitSyntax, GetBinaryCopiesSmallSubBinariesLarge) {
  std::string s(200, 'x');
  Term big = make_binary(h, s);
  Term ctx = bs_start_match(h, big);
  Term out;
  ASSERT_TRUE(bs_get_binary(h, ctx, 64 * 8, &out));
  EXPECT_EQ(referenced(out), 64);
  ASSERT_TRUE(bs_get_binary(h, ctx, 65 * 8, &out));
  EXPECT_EQ(referenced(out), 200);
  EXPECT_FALSE(bs_get_binary(h, ctx, 72 * 8, &out));
  ASSERT_TRUE(bs_get_binary_all(h, ctx, 8, &out));
  EXPECT_EQ(referenced(out), 200);  // 71 bytes left: a sub-binary
  EXPECT_EQ(bs_remaining(ctx), 0u);
  // Unaligned.
  ctx = bs_start_match(h, T(h, "<<1,2,3,4>>"));
  bs_skip_bits(ctx, 3);
  ASSERT_TRUE(bs_get_binary(h, ctx, 12, &out));
  EXPECT_EQ(S(out), "<<8,1:4>>");
  EXPECT_FALSE(bs_get_binary_all(h, ctx, 8, &out));
  EXPECT_EQ(bs_get_position(ctx), 15u);
  EXPECT_EQ(S(bs_get_tail(h, ctx)), "<<1,130,0:1>>");
  ASSERT_TRUE(bs_get_binary_all(h, ctx, 1, &out));
  EXPECT_EQ(S(out), "<<1,130,0:1>>");
  EXPECT_EQ(S(bs_get_tail(h, ctx)), "<<>>");
}

TEST_F(BitSyntax, StartMatchOnSubBinary) {
  Term b = T(h, "<<1,2,3,4,5>>");
  Term sub = make_sub_binary(h, b, 11, 20);
  Term ctx = bs_start_match(h, sub);
  EXPECT_EQ(bs_remaining(ctx), 20u);
  EXPECT_EQ(boxed_val(ctx)[1], b);  // resolved to the original
  Term out;
  ASSERT_TRUE(bs_get_integer(h, ctx, 20, 0, &out));
  // bits 11..30 of 00000001 00000010 00000011 00000100
  EXPECT_EQ(big_of(out), Big(((0x01020304u >> 1) & 0xFFFFF)));
}

TEST_F(BitSyntax, TestsSkipsAndStrings) {
  Term ctx = bs_start_match(h, T(h, "<<\"hello\",5:3>>"));
  EXPECT_TRUE(bs_test_unit(ctx, 1));
  EXPECT_FALSE(bs_test_unit(ctx, 8));
  EXPECT_TRUE(bs_test_tail(ctx, 43));
  EXPECT_FALSE(bs_match_string(ctx, reinterpret_cast<const uint8_t*>("hex"), 24));
  EXPECT_EQ(bs_get_position(ctx), 0u);
  EXPECT_TRUE(bs_match_string(ctx, reinterpret_cast<const uint8_t*>("he"), 16));
  EXPECT_TRUE(bs_skip_bits(ctx, 3));
  // "llo" shifted by 3 bits, then 5:3 -> compare 27 bits at offset 19.
  uint8_t pat[4];
  std::memset(pat, 0, sizeof pat);
  bs_copy_bits(reinterpret_cast<const uint8_t*>("hello"), 19, pat, 0, 21);
  EXPECT_TRUE(bs_match_string(ctx, pat, 21));
  EXPECT_TRUE(bs_test_tail(ctx, 3));
  EXPECT_FALSE(bs_skip_bits(ctx, 4));
  EXPECT_FALSE(bs_skip_all(ctx, 2));
  EXPECT_TRUE(bs_skip_all(ctx, 3));
  EXPECT_TRUE(bs_test_tail(ctx, 0));
}

TEST_F(BitSyntax, Utf8Matching) {
  Term out;
  Term ctx = bs_start_match(
      h, T(h, "<<97,195,169,226,130,172,240,159,152,128,192,128>>"));
  ASSERT_TRUE(bs_get_utf8(ctx, &out));
  EXPECT_EQ(S(out), "97");
  ASSERT_TRUE(bs_get_utf8(ctx, &out));
  EXPECT_EQ(S(out), "233");
  ASSERT_TRUE(bs_get_utf8(ctx, &out));
  EXPECT_EQ(S(out), "8364");
  ASSERT_TRUE(bs_skip_utf8(ctx));
  EXPECT_FALSE(bs_get_utf8(ctx, &out));  // overlong
  EXPECT_EQ(bs_remaining(ctx), 16u);
  for (const char* bad : {"<<237,160,128>>", "<<244,144,128,128>>", "<<226,130>>",
                          "<<128>>", "<<255>>", "<<240,159,152>>", "<<>>"}) {
    ctx = bs_start_match(h, T(h, bad));
    EXPECT_FALSE(bs_get_utf8(ctx, &out)) << bad;
  }
  ctx = bs_start_match(h, T(h, "<<1:1,97,195,169>>"));
  bs_skip_bits(ctx, 1);
  ASSERT_TRUE(bs_get_utf8(ctx, &out));
  ASSERT_TRUE(bs_get_utf8(ctx, &out));
  EXPECT_EQ(S(out), "233");
}

TEST_F(BitSyntax, Utf16And32Matching) {
  Term out;
  Term ctx = bs_start_match(h, T(h, "<<216,61,222,0,0,97,216,0,0,97>>"));
  ASSERT_TRUE(bs_get_utf16(ctx, 0, &out));
  EXPECT_EQ(S(out), "128512");
  ASSERT_TRUE(bs_get_utf16(ctx, 0, &out));
  EXPECT_EQ(S(out), "97");
  EXPECT_FALSE(bs_get_utf16(ctx, 0, &out));  // high surrogate + non-low
  EXPECT_EQ(bs_get_position(ctx), 48u);
  ctx = bs_start_match(h, T(h, "<<61,216,0,222,0,220>>"));
  ASSERT_TRUE(bs_get_utf16(ctx, kBsLittle, &out));
  EXPECT_EQ(S(out), "128512");
  EXPECT_FALSE(bs_get_utf16(ctx, kBsLittle, &out));  // lone low surrogate
  ctx = bs_start_match(h, T(h, "<<216,0>>"));
  EXPECT_FALSE(bs_skip_utf16(ctx, 0));
  ctx = bs_start_match(h, T(h, "<<0,16,255,255,0,17,0,0,0,0,216,0,97,0,0,0>>"));
  ASSERT_TRUE(bs_get_utf32(ctx, 0, &out));
  EXPECT_EQ(S(out), "1114111");
  EXPECT_FALSE(bs_get_utf32(ctx, 0, &out));
  bs_skip_bits(ctx, 32);
  EXPECT_FALSE(bs_get_utf32(ctx, 0, &out));
  bs_skip_bits(ctx, 32);
  ASSERT_TRUE(bs_get_utf32(ctx, kBsLittle, &out));
  EXPECT_EQ(S(out), "97");
}

TEST_F(BitSyntax, SizeBits) {
  Uint bits;
  EXPECT_TRUE(bs_size_bits(I(3), 8, &bits));
  EXPECT_EQ(bits, 24u);
  EXPECT_FALSE(bs_size_bits(I(-1), 1, &bits));
  EXPECT_FALSE(bs_size_bits(foo, 1, &bits));
  EXPECT_FALSE(bs_size_bits(T(h, "1180591620717411303424"), 1, &bits));
}

// ---- round trips ------------------------------------------------------------------

TEST_F(BitSyntax, IntegerRoundTrips) {
  std::mt19937_64 rng(42);
  for (int iter = 0; iter < 3000; iter++) {
    Uint lead = rng() % 13;
    Uint bits = rng() % 3 == 0 ? rng() % 200 : rng() % 70;
    unsigned flags = unsigned(rng() % 4);  // little / signed
    Big v = 0;
    for (int k = 0; k < 4; k++) v = (v << 64) | Big(rng());
    if (rng() % 2) v = -v;
    if (rng() % 3 == 0) v = Big(int64_t(rng()) >> (rng() % 64));
    Term vt = make_big(h, v);
    std::vector<BsSegment> segs = {seg_int(I(0), I(Sint(lead))),
                                   seg_int(vt, I(Sint(bits)), flags)};
    Term error;
    size_t failed;
    Term bin = bs_create_bin(h, segs.data(), segs.size(), &error, &failed);
    ASSERT_NE(bin, NON_VALUE);
    Term ctx = bs_start_match(h, bin);
    ASSERT_TRUE(bs_skip_bits(ctx, lead));
    Term out;
    ASSERT_TRUE(bs_get_integer(h, ctx, bits, flags, &out));
    // Expected: v modulo 2^bits, signed or not.
    Big mod = Big(1) << bits;
    Big want = v % mod;
    if (want < 0) want += mod;
    if ((flags & kBsSigned) && bits > 0 && want >= (mod >> 1)) want -= mod;
    ASSERT_EQ(big_of(out), want) << "bits=" << bits << " flags=" << flags
                                 << " v=" << v;
    EXPECT_EQ(bs_remaining(ctx), 0u);
  }
}

TEST_F(BitSyntax, CopyBitsMatchesReference) {
  std::mt19937 rng(7);
  std::vector<uint8_t> src(40), dst(40), ref(40);
  for (int iter = 0; iter < 2000; iter++) {
    for (auto& b : src) b = uint8_t(rng());
    for (size_t i = 0; i < dst.size(); i++) dst[i] = ref[i] = uint8_t(rng());
    size_t so = rng() % 64, dof = rng() % 64, n = rng() % 250;
    bs_copy_bits(src.data(), so, dst.data(), dof, n);
    copy_bits(src.data(), so, ref.data(), dof, n);
    ASSERT_EQ(dst, ref) << so << " " << dof << " " << n;
  }
}

}  // namespace
}  // namespace beamline::testing
