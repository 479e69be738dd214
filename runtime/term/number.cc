// Integers (small and big), floats and arithmetic with Erlang semantics.
//
// Bignums are stored as little-endian 64-bit limbs (magnitude) under a
// BigPos/BigNeg header. Arithmetic on them goes through Boost's cpp_int;
// small operands take overflow-checked fast paths.
#include "runtime/term/number.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "runtime/term/atom_table.h"

namespace beamline {

namespace mp = boost::multiprecision;

namespace {

constexpr uint64_t kMaxBigBits = uint64_t(kMaxBigLimbs) * 64;

thread_local Term t_arith_error = atom::badarith;

Term fail_badarith() {
  t_arith_error = atom::badarith;
  return NON_VALUE;
}
Term fail_limit() {
  t_arith_error = atom::system_limit;
  return NON_VALUE;
}

inline bool big_is_neg(Term t) {
  return header_sub(boxed_header(t)) == Sub::BigNeg;
}
inline Uint big_nlimbs(Term t) { return header_arity(boxed_header(t)); }
inline const uint64_t* big_limbs(Term t) {
  return reinterpret_cast<const uint64_t*>(boxed_val(t) + 1);
}

// Builds an integer from a magnitude (little-endian limbs) and a sign.
Term make_from_limbs(Heap& heap, const uint64_t* limbs, size_t n, bool neg) {
  while (n > 0 && limbs[n - 1] == 0) n--;
  if (n == 0) return make_small(0);
  if (n == 1) {
    uint64_t m = limbs[0];
    if (!neg && m <= uint64_t(kMaxSmall)) return make_small(Sint(m));
    if (neg && m <= uint64_t(kMaxSmall) + 1) return make_small(-Sint(m));
  }
  Term* p = heap.alloc(n + 1);
  p[0] = make_header(neg ? Sub::BigNeg : Sub::BigPos, n);
  std::memcpy(p + 1, limbs, n * sizeof(uint64_t));
  return make_boxed(p);
}

// Magnitude bits of a BigInt (0 for zero).
uint64_t bigint_bits(const BigInt& v) {
  if (v.is_zero()) return 0;
  if (v.sign() < 0) return uint64_t(mp::msb(BigInt(-v))) + 1;
  return uint64_t(mp::msb(v)) + 1;
}

// Magnitude bits of an integer term.
uint64_t integer_bits(Term t) {
  if (is_small(t)) {
    Sint v = small_value(t);
    uint64_t m = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
    return m == 0 ? 0 : 64 - uint64_t(__builtin_clzll(m));
  }
  Uint n = big_nlimbs(t);
  uint64_t top = big_limbs(t)[n - 1];
  return (n - 1) * 64 + (64 - uint64_t(__builtin_clzll(top)));
}

int integer_sign(Term t) {
  if (is_small(t)) {
    Sint v = small_value(t);
    return (v > 0) - (v < 0);
  }
  return big_is_neg(t) ? -1 : 1;
}

// An arithmetic result: system_limit if it exceeds BEAM's bignum size.
Term make_result(Heap& heap, const BigInt& v) {
  if (bigint_bits(v) > kMaxBigBits) return fail_limit();
  return make_integer(heap, v);
}

// BEAM's big_to_double: Horner's scheme over the 64-bit digits from the most
// significant one. (Not always correctly rounded, exactly like erl.)
double big_to_double(Term t) {
  const uint64_t* l = big_limbs(t);
  const double base = 18446744073709551616.0;  // 2^64
  double d = 0.0;
  for (Uint i = big_nlimbs(t); i-- > 0;) d = d * base + double(l[i]);
  return big_is_neg(t) ? -d : d;
}

// Exact integer value of an integral double as a BigInt.
BigInt double_to_bigint(double d) {
  if (std::fabs(d) < 9223372036854775808.0) return BigInt(int64_t(d));
  int e;
  double m = std::frexp(std::fabs(d), &e);  // |d| = m * 2^e, m in [0.5, 1)
  uint64_t mant = uint64_t(std::ldexp(m, 53));
  BigInt r(mant);
  r <<= unsigned(e - 53);
  return d < 0 ? BigInt(-r) : r;
}

// ---- two's complement bitwise operations on arbitrary precision -----------
// For negative x, ~x == -x - 1 is non-negative; the identities below keep all
// cpp_int bitwise operations on non-negative values.
BigInt nonneg_not(const BigInt& x) { return -x - 1; }  // ~x

BigInt tc_and(const BigInt& a, const BigInt& b) {
  bool an = a.sign() < 0, bn = b.sign() < 0;
  if (!an && !bn) return a & b;
  if (an && bn) return nonneg_not(nonneg_not(a) | nonneg_not(b));
  const BigInt& p = an ? b : a;
  BigInt nn = nonneg_not(an ? a : b);
  return p ^ (p & nn);  // p & ~nn
}

BigInt tc_or(const BigInt& a, const BigInt& b) {
  bool an = a.sign() < 0, bn = b.sign() < 0;
  if (!an && !bn) return a | b;
  if (an && bn) return nonneg_not(nonneg_not(a) & nonneg_not(b));
  const BigInt& p = an ? b : a;
  BigInt nn = nonneg_not(an ? a : b);
  return nonneg_not(nn ^ (nn & p));  // ~(nn & ~p)
}

BigInt tc_xor(const BigInt& a, const BigInt& b) {
  bool an = a.sign() < 0, bn = b.sign() < 0;
  if (!an && !bn) return a ^ b;
  if (an && bn) return nonneg_not(a) ^ nonneg_not(b);
  const BigInt& p = an ? b : a;
  BigInt nn = nonneg_not(an ? a : b);
  return nonneg_not(p ^ nn);
}

// a bsr s for s >= 0 (floor division by 2^s).
Term shift_right(Heap& heap, Term a, uint64_t s) {
  if (is_small(a)) {
    Sint v = small_value(a);
    if (s >= 63) return make_small(v < 0 ? -1 : 0);
    return make_small(v >> s);
  }
  bool neg = big_is_neg(a);
  if (s >= integer_bits(a)) return make_small(neg ? -1 : 0);
  BigInt v = to_bigint(a);
  if (!neg) return make_integer(heap, BigInt(v >> unsigned(s)));
  BigInt n = nonneg_not(v);
  n >>= unsigned(s);
  return make_integer(heap, nonneg_not(n));
}

// a bsl s for s >= 0.
Term shift_left(Heap& heap, Term a, uint64_t s) {
  int sign = integer_sign(a);
  if (sign == 0) return make_small(0);
  if (is_small(a) && s < 63) {
    Sint v = small_value(a);
    Sint r = Sint(uint64_t(v) << s);
    if ((r >> s) == v) return make_integer(heap, int64_t(r));
  }
  uint64_t bits = integer_bits(a);
  if (s > kMaxBigBits || bits + s > kMaxBigBits) return fail_limit();
  BigInt v = to_bigint(a);
  v <<= unsigned(s);
  return make_integer(heap, v);
}

}  // namespace

// ---- construction and access ----------------------------------------------------

Term make_integer(Heap& heap, int64_t v) {
  if (fits_small(v)) return make_small(v);
  uint64_t m = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
  return make_from_limbs(heap, &m, 1, v < 0);
}

Term make_integer(Heap& heap, uint64_t v) {
  if (v <= uint64_t(kMaxSmall)) return make_small(Sint(v));
  return make_from_limbs(heap, &v, 1, false);
}

Term make_integer(Heap& heap, const BigInt& v) {
  int sign = v.sign();
  if (sign == 0) return make_small(0);
  if (v >= kMinSmall && v <= kMaxSmall)
    return make_small(v.convert_to<int64_t>());
  std::vector<uint64_t> limbs;
  limbs.reserve(bigint_bits(v) / 64 + 1);
  mp::export_bits(v, std::back_inserter(limbs), 64, false);
  return make_from_limbs(heap, limbs.data(), limbs.size(), sign < 0);
}

Term make_float(Heap& heap, double d) {
  Term* p = heap.alloc(kFloatWords);
  p[0] = make_header(Sub::Float, kFloatWords - 1);
  std::memcpy(p + 1, &d, sizeof d);
  return make_boxed(p);
}

Term make_float_checked(Heap& heap, double d) {
  if (!std::isfinite(d)) return fail_badarith();
  return make_float(heap, d);
}

BigInt to_bigint(Term t) {
  if (is_small(t)) return BigInt(small_value(t));
  const uint64_t* l = big_limbs(t);
  Uint n = big_nlimbs(t);
  BigInt r;
  mp::import_bits(r, l, l + n, 64, false);
  if (big_is_neg(t)) r = -r;
  return r;
}

bool integer_to_int64(Term t, int64_t* out) {
  if (is_small(t)) {
    *out = small_value(t);
    return true;
  }
  if (!is_bignum(t) || big_nlimbs(t) != 1) return false;
  uint64_t m = big_limbs(t)[0];
  if (big_is_neg(t)) {
    if (m > (uint64_t(1) << 63)) return false;
    *out = int64_t(uint64_t(0) - m);
  } else {
    if (m > uint64_t(INT64_MAX)) return false;
    *out = int64_t(m);
  }
  return true;
}

double number_to_double(Term t) {
  if (is_small(t)) return double(small_value(t));
  if (is_float(t)) return float_value(t);
  return big_to_double(t);
}

bool number_to_double_checked(Term t, double* out) {
  if (is_small(t)) {
    *out = double(small_value(t));
    return true;
  }
  if (is_float(t)) {
    *out = float_value(t);
    return true;
  }
  if (!is_bignum(t)) return false;
  double d = big_to_double(t);
  if (!std::isfinite(d)) return false;
  *out = d;
  return true;
}

size_t bigint_words(const BigInt& v) {
  uint64_t bits = bigint_bits(v);
  size_t limbs = bits == 0 ? 1 : size_t((bits + 63) / 64);
  return 1 + limbs;
}

Term double_to_integer(Heap& heap, double d) {
  if (d > -1.152921504606846976e18 && d < 1.152921504606846976e18)
    return make_integer(heap, int64_t(d));
  return make_integer(heap, double_to_bigint(d));
}

Term arith_error_reason() { return t_arith_error; }

// ---- arithmetic -----------------------------------------------------------------

namespace {

// Float operation on two numbers (at least one a float).
template <typename Op>
Term float_op(Heap& h, Term a, Term b, Op op) {
  double x, y;
  if (!number_to_double_checked(a, &x) || !number_to_double_checked(b, &y))
    return fail_badarith();
  return make_float_checked(h, op(x, y));
}

}  // namespace

Term arith_add(Heap& h, Term a, Term b) {
  if (is_small(a) && is_small(b))
    return make_integer(h, int64_t(small_value(a) + small_value(b)));
  if (!is_number(a) || !is_number(b)) return fail_badarith();
  if (is_float(a) || is_float(b))
    return float_op(h, a, b, [](double x, double y) { return x + y; });
  return make_result(h, to_bigint(a) + to_bigint(b));
}

Term arith_sub(Heap& h, Term a, Term b) {
  if (is_small(a) && is_small(b))
    return make_integer(h, int64_t(small_value(a) - small_value(b)));
  if (!is_number(a) || !is_number(b)) return fail_badarith();
  if (is_float(a) || is_float(b))
    return float_op(h, a, b, [](double x, double y) { return x - y; });
  return make_result(h, to_bigint(a) - to_bigint(b));
}

Term arith_mul(Heap& h, Term a, Term b) {
  if (is_small(a) && is_small(b)) {
    int64_t r;
    if (!__builtin_mul_overflow(small_value(a), small_value(b), &r))
      return make_integer(h, r);
  } else if (!is_number(a) || !is_number(b)) {
    return fail_badarith();
  } else if (is_float(a) || is_float(b)) {
    return float_op(h, a, b, [](double x, double y) { return x * y; });
  }
  if (integer_sign(a) == 0 || integer_sign(b) == 0) return make_small(0);
  // The product has at least bits(a) + bits(b) - 1 bits.
  if (integer_bits(a) + integer_bits(b) - 1 > kMaxBigBits) return fail_limit();
  return make_result(h, to_bigint(a) * to_bigint(b));
}

Term arith_fdiv(Heap& h, Term a, Term b) {
  double x, y;
  if (!number_to_double_checked(a, &x) || !number_to_double_checked(b, &y))
    return fail_badarith();
  if (y == 0.0) return fail_badarith();
  return make_float_checked(h, x / y);
}

Term arith_idiv(Heap& h, Term a, Term b) {
  if (!is_integer(a) || !is_integer(b)) return fail_badarith();
  if (is_small(b) && small_value(b) == 0) return fail_badarith();
  if (is_small(a) && is_small(b))
    return make_integer(h, int64_t(small_value(a) / small_value(b)));
  BigInt q = to_bigint(a) / to_bigint(b);  // truncates toward zero
  return make_integer(h, q);
}

Term arith_rem(Heap& h, Term a, Term b) {
  if (!is_integer(a) || !is_integer(b)) return fail_badarith();
  if (is_small(b) && small_value(b) == 0) return fail_badarith();
  if (is_small(a) && is_small(b))
    return make_small(small_value(a) % small_value(b));
  BigInt r = to_bigint(a) % to_bigint(b);  // sign of the dividend
  return make_integer(h, r);
}

Term arith_band(Heap& h, Term a, Term b) {
  if (is_small(a) && is_small(b))
    return make_small(small_value(a) & small_value(b));
  if (!is_integer(a) || !is_integer(b)) return fail_badarith();
  return make_result(h, tc_and(to_bigint(a), to_bigint(b)));
}

Term arith_bor(Heap& h, Term a, Term b) {
  if (is_small(a) && is_small(b))
    return make_small(small_value(a) | small_value(b));
  if (!is_integer(a) || !is_integer(b)) return fail_badarith();
  return make_result(h, tc_or(to_bigint(a), to_bigint(b)));
}

Term arith_bxor(Heap& h, Term a, Term b) {
  if (is_small(a) && is_small(b))
    return make_small(small_value(a) ^ small_value(b));
  if (!is_integer(a) || !is_integer(b)) return fail_badarith();
  return make_result(h, tc_xor(to_bigint(a), to_bigint(b)));
}

Term arith_bsl(Heap& h, Term a, Term b) {
  if (!is_integer(a) || !is_integer(b)) return fail_badarith();
  if (is_small(b)) {
    Sint s = small_value(b);
    if (s >= 0) return shift_left(h, a, uint64_t(s));
    return shift_right(h, a, uint64_t(0) - uint64_t(s));
  }
  // A bignum shift count.
  if (!big_is_neg(b)) {
    if (integer_sign(a) == 0) return make_small(0);
    return fail_limit();
  }
  return make_small(integer_sign(a) < 0 ? -1 : 0);
}

Term arith_bsr(Heap& h, Term a, Term b) {
  if (!is_integer(a) || !is_integer(b)) return fail_badarith();
  if (is_small(b)) {
    Sint s = small_value(b);
    if (s >= 0) return shift_right(h, a, uint64_t(s));
    return shift_left(h, a, uint64_t(0) - uint64_t(s));
  }
  if (!big_is_neg(b)) return make_small(integer_sign(a) < 0 ? -1 : 0);
  if (integer_sign(a) == 0) return make_small(0);
  return fail_limit();
}

Term arith_bnot(Heap& h, Term a) {
  if (is_small(a)) return make_small(~small_value(a));
  if (!is_bignum(a)) return fail_badarith();
  return make_result(h, nonneg_not(to_bigint(a)));
}

Term arith_neg(Heap& h, Term a) {
  if (is_small(a)) return make_integer(h, int64_t(-small_value(a)));
  if (is_float(a)) return make_float(h, -float_value(a));
  if (!is_bignum(a)) return fail_badarith();
  // Same magnitude, other sign.
  return make_from_limbs(h, big_limbs(a), big_nlimbs(a), !big_is_neg(a));
}

Term arith_plus(Term a) {
  if (is_number(a)) return a;
  return fail_badarith();
}

// ---- comparison -------------------------------------------------------------------

namespace {

int cmp3(Sint a, Sint b) { return (a > b) - (a < b); }

int compare_integers(Term a, Term b) {
  if (is_small(a) && is_small(b)) return cmp3(small_value(a), small_value(b));
  int sa = integer_sign(a), sb = integer_sign(b);
  if (sa != sb) return sa < sb ? -1 : 1;
  if (is_small(a)) return big_is_neg(b) ? 1 : -1;  // |small| < |big|
  if (is_small(b)) return big_is_neg(a) ? -1 : 1;
  // Both bignums, same sign: compare magnitudes.
  Uint na = big_nlimbs(a), nb = big_nlimbs(b);
  int mag = 0;
  if (na != nb) {
    mag = na < nb ? -1 : 1;
  } else {
    const uint64_t* la = big_limbs(a);
    const uint64_t* lb = big_limbs(b);
    for (Uint i = na; i-- > 0;) {
      if (la[i] != lb[i]) {
        mag = la[i] < lb[i] ? -1 : 1;
        break;
      }
    }
  }
  return sa < 0 ? -mag : mag;
}

// Exact comparison of an integer with a (finite) float.
int compare_int_float(Term i, double f) {
  if (is_small(i)) {
    Sint v = small_value(i);
    if (f >= 4611686018427387904.0) return -1;  // 2^62 > any small
    if (f <= -4611686018427387904.0) return 1;
    Sint t = Sint(f);  // truncation, exact
    if (v != t) return v < t ? -1 : 1;
    double frac = f - double(t);  // exact
    return frac > 0 ? -1 : (frac < 0 ? 1 : 0);
  }
  // A bignum has |i| > 2^59.
  int sign = integer_sign(i);
  if (std::fabs(f) < 576460752303423488.0) return sign;  // |f| < 2^59
  if ((f < 0) != (sign < 0)) return sign;
  // |f| >= 2^59 is integral: compare exactly.
  BigInt bf = double_to_bigint(f);
  BigInt bi = to_bigint(i);
  return bi < bf ? -1 : (bi > bf ? 1 : 0);
}

}  // namespace

int compare_numbers(Term a, Term b) {
  bool fa = is_float(a), fb = is_float(b);
  if (!fa && !fb) return compare_integers(a, b);
  if (fa && fb) {
    double x = float_value(a), y = float_value(b);
    return (x > y) - (x < y);
  }
  if (fb) return compare_int_float(a, float_value(b));
  return -compare_int_float(b, float_value(a));
}

// ---- integer text -----------------------------------------------------------------

namespace {

constexpr char kDigitChars[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

// Writes m in `base` (most significant first) to out; m > 0.
void append_u64(std::string& out, uint64_t m, int base, int min_width) {
  char buf[65];
  int n = 0;
  while (m != 0) {
    buf[n++] = kDigitChars[m % unsigned(base)];
    m /= unsigned(base);
  }
  while (n < min_width) buf[n++] = '0';
  while (n > 0) out.push_back(buf[--n]);
}

// Largest power of base that fits in 64 bits, and its exponent.
void chunk_for_base(int base, uint64_t* pow_out, int* digits_out) {
  uint64_t p = 1;
  int k = 0;
  while (p <= UINT64_MAX / unsigned(base)) {
    p *= unsigned(base);
    k++;
  }
  *pow_out = p;
  *digits_out = k;
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

}  // namespace

std::string integer_to_string(Term t, int base) {
  std::string out;
  if (base < 2 || base > 36) base = 10;
  if (is_small(t)) {
    Sint v = small_value(t);
    if (v == 0) return "0";
    if (v < 0) out.push_back('-');
    append_u64(out, v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v), base, 0);
    return out;
  }
  BigInt m = to_bigint(t);
  if (m.sign() < 0) {
    out.push_back('-');
    m = -m;
  }
  uint64_t chunk;
  int chunk_digits;
  chunk_for_base(base, &chunk, &chunk_digits);
  std::vector<uint64_t> parts;  // least significant first
  BigInt q, r;
  const BigInt divisor(chunk);
  while (!m.is_zero()) {
    mp::divide_qr(m, divisor, q, r);
    parts.push_back(static_cast<uint64_t>(r));
    m.swap(q);
  }
  append_u64(out, parts.back(), base, 0);
  for (size_t i = parts.size() - 1; i-- > 0;)
    append_u64(out, parts[i], base, chunk_digits);
  return out;
}

std::optional<Term> string_to_integer(Heap& heap, std::string_view s,
                                      int base) {
  if (base < 2 || base > 36) return std::nullopt;
  size_t i = 0;
  bool neg = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    neg = s[i] == '-';
    i++;
  }
  if (i == s.size()) return std::nullopt;
  for (size_t j = i; j < s.size(); j++)
    if (digit_value(s[j]) >= base) return std::nullopt;
  // Fast path: fits in 64 bits without overflow.
  uint64_t acc = 0;
  size_t j = i;
  for (; j < s.size(); j++) {
    uint64_t d = uint64_t(digit_value(s[j]));
    if (acc > (UINT64_MAX - d) / unsigned(base)) break;
    acc = acc * unsigned(base) + d;
  }
  if (j == s.size()) {
    if (!neg) return make_integer(heap, acc);
    if (acc <= (uint64_t(1) << 63))
      return make_integer(heap, int64_t(uint64_t(0) - acc));
  }
  uint64_t chunk;
  int chunk_digits;
  chunk_for_base(base, &chunk, &chunk_digits);
  BigInt v = 0;
  j = i;
  while (j < s.size()) {
    size_t n = std::min(s.size() - j, size_t(chunk_digits));
    uint64_t part = 0, scale = 1;
    for (size_t k = 0; k < n; k++) {
      part = part * unsigned(base) + uint64_t(digit_value(s[j + k]));
      scale *= unsigned(base);
    }
    v *= scale;
    v += part;
    j += n;
  }
  if (neg) v = -v;
  return make_integer(heap, v);
}

// ---- float text -----------------------------------------------------------------------

namespace {

// Shortest round-trip decimal digits of a finite non-zero |d|:
// |d| = digits * 10^exp10, digits without leading or trailing zeros.
void shortest_digits(double d, std::string* digits, int* exp10) {
  std::string s = fmt::format("{}", std::fabs(d));
  std::string ds;
  int dot = -1;
  int e = 0;
  size_t k = 0;
  for (; k < s.size() && s[k] != 'e'; k++) {
    if (s[k] == '.')
      dot = int(ds.size());
    else
      ds.push_back(s[k]);
  }
  if (k < s.size()) e = std::atoi(s.c_str() + k + 1);
  if (dot < 0) dot = int(ds.size());
  // value = 0.ds * 10^(dot + e) = ds * 10^(dot + e - len)
  int ex = dot + e - int(ds.size());
  size_t first = ds.find_first_not_of('0');
  ds.erase(0, first);
  while (!ds.empty() && ds.back() == '0') {
    ds.pop_back();
    ex++;
  }
  *digits = std::move(ds);
  *exp10 = ex;
}

}  // namespace

std::string float_to_shortest(double d) {
  if (d == 0.0) return std::signbit(d) ? "-0.0" : "0.0";
  std::string digits;
  int e;  // value = digits * 10^e
  shortest_digits(d, &digits, &e);
  const int n = int(digits.size());
  const int sci = e + n - 1;  // scientific exponent
  int lower, upper;
  if (n == 1) {
    lower = -4;
    upper = 2;
  } else if (sci >= 10) {
    lower = -(n + 2);
    upper = 2;
  } else {
    lower = -(n + 2);
    upper = 1;
  }
  bool fixed = false;
  if (lower <= e && e <= upper) {
    // erl switches to scientific notation for integers beyond 2^53.
    uint64_t out = std::strtoull(digits.c_str(), nullptr, 10);
    bool big = (out >= (uint64_t(1) << 53) && e == 0) ||
               (out > (uint64_t(1) << 52) / 5 && e == 1) ||
               (out > (uint64_t(1) << 51) / 25 && e == 2);
    fixed = !big;
  }
  std::string r;
  if (std::signbit(d)) r.push_back('-');
  if (fixed) {
    int whole = n + e;
    if (e >= 0) {
      r += digits;
      r.append(size_t(e), '0');
      r += ".0";
    } else if (whole > 0) {
      r.append(digits, 0, size_t(whole));
      r.push_back('.');
      r.append(digits, size_t(whole), std::string::npos);
    } else {
      r += "0.";
      r.append(size_t(-whole), '0');
      r += digits;
    }
    return r;
  }
  r.push_back(digits[0]);
  r.push_back('.');
  if (n > 1)
    r.append(digits, 1, std::string::npos);
  else
    r.push_back('0');
  r.push_back('e');
  r += std::to_string(sci);
  return r;
}

std::string float_to_default(double d) {
  return fmt::format("{:.20e}", d);
}

namespace {

// erl formats into a 256-byte buffer (255 characters and a NUL).
constexpr size_t kFloatBuf = 256;

// Deletes trailing zeros but keeps one digit after the decimal point.
void strip_trailing_zeros(std::string& s) {
  size_t end = s.size();
  while (end > 0 && s[end - 1] == '0') end--;
  if (end > 0 && s[end - 1] == '.') end++;
  s.resize(end);
}

}  // namespace

std::optional<std::string> float_to_fixed(double f, int decimals,
                                          bool compact) {
  static const double pow10v[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,
                                  1e7,  1e8,  1e9,  1e10, 1e11, 1e12, 1e13,
                                  1e14, 1e15, 1e16, 1e17, 1e18};
  constexpr int kMaxDecimals = 19;
  constexpr double kMaxFloat = 9007199254740992.0;  // 2^53
  if (decimals < 0) return std::nullopt;
  bool neg = std::signbit(f);
  double af = std::fabs(f);
  if (af > kMaxFloat || decimals >= kMaxDecimals) {
    // erl falls back to printf("%.*f").
    std::string s = fmt::format("{:.{}f}", f, decimals);
    if (s.size() >= kFloatBuf) return std::nullopt;
    if (compact) strip_trailing_zeros(s);
    return s;
  }
  uint64_t int_part, frac_part = 0;
  if (decimals > 0) {
    double int_f = std::floor(af);
    double frac_f = std::round((af - int_f) * pow10v[decimals]);
    int_part = uint64_t(int_f);
    frac_part = uint64_t(frac_f);
    if (frac_f >= pow10v[decimals]) {  // rounding carried into int_part
      int_part++;
      frac_part = 0;
    }
  } else {
    int_part = uint64_t(std::llround(af));
  }
  std::string s;
  if (neg) s.push_back('-');
  s += std::to_string(int_part);
  if (decimals > 0) {
    s.push_back('.');
    std::string fr = std::to_string(frac_part);
    s.append(size_t(decimals) - fr.size(), '0');
    s += fr;
    if (compact) strip_trailing_zeros(s);
  }
  return s;
}

std::optional<std::string> float_to_scientific(double d, int decimals) {
  if (decimals < 0) return std::nullopt;
  std::string s = fmt::format("{:.{}e}", d, decimals);
  if (s.size() >= kFloatBuf) return std::nullopt;
  return s;
}

std::optional<double> string_to_float(std::string_view s) {
  size_t nul = s.find('\0');
  if (nul != std::string_view::npos) s = s.substr(0, nul);
  // Syntax check: [+-]digits[.,]digits([eE][+-]digits)?
  size_t i = 0, n = s.size();
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  if (i < n && (s[i] == '+' || s[i] == '-')) i++;
  size_t int_start = i;
  while (i < n && is_digit(s[i])) i++;
  if (i == int_start) return std::nullopt;
  size_t int_end = i;
  if (i == n || (s[i] != '.' && s[i] != ',')) return std::nullopt;
  i++;
  size_t frac_start = i;
  while (i < n && is_digit(s[i])) i++;
  if (i == frac_start) return std::nullopt;
  size_t frac_end = i;
  long long exp = 0;
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    i++;
    bool eneg = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) {
      eneg = s[i] == '-';
      i++;
    }
    size_t exp_start = i;
    while (i < n && is_digit(s[i])) {
      if (exp < 100000000) exp = exp * 10 + (s[i] - '0');
      i++;
    }
    if (i == exp_start) return std::nullopt;
    if (eneg) exp = -exp;
  }
  if (i != n) return std::nullopt;
  // Normalise to "[-]digits.digitsE[-]exp" with '.' as the radix point and
  // parse it with strtod (correctly rounded).
  bool neg = s[0] == '-';
  // Decimal magnitude of the first non-zero digit, to tell overflow from
  // underflow.
  long long magnitude = LLONG_MIN;
  for (size_t k = int_start; k < int_end; k++) {
    if (s[k] != '0') {
      magnitude = (long long)(int_end - k) - 1;
      break;
    }
  }
  if (magnitude == LLONG_MIN) {
    for (size_t k = frac_start; k < frac_end; k++) {
      if (s[k] != '0') {
        magnitude = -(long long)(k - frac_start) - 1;
        break;
      }
    }
  }
  if (magnitude == LLONG_MIN) return neg ? -0.0 : 0.0;
  magnitude += exp;
  if (magnitude > 400) return std::nullopt;
  if (magnitude < -400) return neg ? -0.0 : 0.0;
  std::string buf;
  buf.reserve(n + 8);
  if (neg) buf.push_back('-');
  buf.append(s.substr(int_start, int_end - int_start));
  buf.push_back('.');
  buf.append(s.substr(frac_start, frac_end - frac_start));
  buf.push_back('e');
  buf += std::to_string(exp);
  char* end = nullptr;
  double d = std::strtod(buf.c_str(), &end);
  if (end != buf.c_str() + buf.size()) return std::nullopt;
  if (!std::isfinite(d)) return std::nullopt;
  return d;
}

}  // namespace beamline
