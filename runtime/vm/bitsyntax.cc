// Bit-syntax runtime: match contexts, segment readers and writers, and
// bs_create_bin. See bitsyntax.h for the layouts and the writable-binary
// scheme.
#include "runtime/vm/bitsyntax.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/number.h"
#include "runtime/vm/process.h"

namespace beamline {

namespace {

inline uint64_t low_mask(unsigned n) {
  return n >= 64 ? ~uint64_t(0) : (uint64_t(1) << n) - 1;
}

inline bool is_little(unsigned flags) {
  return (flags & (kBsLittle | kBsNative)) != 0;
}

// Bitstring views resolved to their original: the original term (HeapBin or
// RefcBin), the absolute bit offset in it and the bit size.
struct Resolved {
  Term orig;
  Uint offset;
  Uint bits;
};

bool resolve(Term t, Resolved* r) {
  if (!is_boxed(t)) return false;
  const Term* p = boxed_val(t);
  switch (header_sub(*p)) {
    case Sub::HeapBin:
    case Sub::RefcBin:
      r->orig = t;
      r->offset = 0;
      r->bits = p[1] * 8;
      return true;
    case Sub::SubBin:
      r->orig = p[5];
      r->offset = p[3] * 8 + p[4];
      r->bits = p[1] * 8 + p[2];
      return true;
    default:
      return false;
  }
}

inline Binary* procbin_binary(const Term* pb) {
  return reinterpret_cast<Binary*>(uintptr_t(pb[2]));
}
inline const uint8_t* procbin_bytes(const Term* pb) {
  return reinterpret_cast<const uint8_t*>(uintptr_t(pb[3]));
}

}  // namespace

// ---- bit helpers ------------------------------------------------------------

uint64_t bs_read_bits(const uint8_t* base, size_t off, unsigned n) {
  const uint8_t* p = base + off / 8;
  unsigned s = unsigned(off % 8);
  uint64_t v = 0;
  if (s == 0) {
    while (n >= 8) {
      v = (v << 8) | *p++;
      n -= 8;
    }
    if (n) v = (v << n) | (*p >> (8 - n));
    return v;
  }
  while (n > 0) {
    unsigned avail = 8 - s;
    unsigned take = n < avail ? n : avail;
    uint64_t bits = (*p >> (avail - take)) & low_mask(take);
    v = (v << take) | bits;
    n -= take;
    s = 0;
    p++;
  }
  return v;
}

void bs_write_bits(uint8_t* base, size_t off, uint64_t v, unsigned n) {
  uint8_t* p = base + off / 8;
  unsigned s = unsigned(off % 8);
  if (s == 0) {
    while (n >= 8) {
      n -= 8;
      *p++ = uint8_t(v >> n);
    }
    if (n) {
      unsigned shift = 8 - n;
      uint8_t m = uint8_t(low_mask(n) << shift);
      *p = uint8_t((*p & ~m) | ((v & low_mask(n)) << shift));
    }
    return;
  }
  while (n > 0) {
    unsigned avail = 8 - s;
    unsigned take = n < avail ? n : avail;
    unsigned shift = avail - take;
    uint8_t chunk = uint8_t((v >> (n - take)) & low_mask(take));
    uint8_t m = uint8_t(low_mask(take) << shift);
    *p = uint8_t((*p & ~m) | (chunk << shift));
    n -= take;
    s = 0;
    p++;
  }
}

void bs_copy_bits(const uint8_t* src, size_t so, uint8_t* dst, size_t dof,
                  size_t n) {
  if (n == 0) return;
  if (so % 8 == 0 && dof % 8 == 0) {
    std::memmove(dst + dof / 8, src + so / 8, n / 8);
    unsigned rest = unsigned(n % 8);
    if (rest) {
      bs_write_bits(dst, dof + n - rest, bs_read_bits(src, so + n - rest, rest),
                    rest);
    }
    return;
  }
  if (dof % 8 == 0) {
    unsigned s = unsigned(so % 8);  // != 0
    const uint8_t* sp = src + so / 8;
    uint8_t* dp = dst + dof / 8;
    size_t full = n / 8;
    for (size_t i = 0; i < full; i++) {
      dp[i] = uint8_t((sp[i] << s) | (sp[i + 1] >> (8 - s)));
    }
    unsigned rest = unsigned(n % 8);
    if (rest) {
      bs_write_bits(dst, dof + full * 8,
                    bs_read_bits(src, so + full * 8, rest), rest);
    }
    return;
  }
  while (n > 0) {
    unsigned k = n > 56 ? 56 : unsigned(n);
    bs_write_bits(dst, dof, bs_read_bits(src, so, k), k);
    so += k;
    dof += k;
    n -= k;
  }
}

// ---- integers -----------------------------------------------------------------

// The low nbytes*8 bits of the two's complement of integer t, little-endian.
static void int_to_le_bytes(Term t, uint8_t* out, size_t nbytes) {
  if (is_small(t)) {
    Sint v = small_value(t);
    uint64_t u = uint64_t(v);
    uint8_t ext = v < 0 ? 0xFF : 0;
    for (size_t i = 0; i < nbytes; i++) {
      out[i] = i < 8 ? uint8_t(u >> (8 * i)) : ext;
    }
    return;
  }
  const Term* p = boxed_val(t);
  Uint limbs = header_arity(*p);
  bool neg = header_sub(*p) == Sub::BigNeg;
  unsigned carry = 1;
  for (size_t i = 0; i < nbytes; i++) {
    size_t li = i / 8;
    uint8_t m = li < limbs ? uint8_t(p[1 + li] >> (8 * (i % 8))) : 0;
    if (neg) {
      unsigned x = unsigned(uint8_t(~m)) + carry;
      out[i] = uint8_t(x);
      carry = x >> 8;
    } else {
      out[i] = m;
    }
  }
}

// The low 64 bits of the two's complement of integer t.
static uint64_t int_low64(Term t) {
  if (is_small(t)) return uint64_t(small_value(t));
  const Term* p = boxed_val(t);
  uint64_t m = p[1];
  return header_sub(*p) == Sub::BigNeg ? ~m + 1 : m;
}

bool bs_write_integer(uint8_t* base, size_t off, Term value, Uint bits,
                      unsigned flags) {
  if (!is_integer(value)) return false;
  if (bits == 0) return true;
  bool little = is_little(flags);
  if (bits <= 64) {
    uint64_t v = int_low64(value);
    if (!little) {
      bs_write_bits(base, off, v, unsigned(bits));
      return true;
    }
    unsigned full = unsigned(bits / 8), r = unsigned(bits % 8);
    for (unsigned i = 0; i < full; i++) {
      bs_write_bits(base, off, (v >> (8 * i)) & 0xFF, 8);
      off += 8;
    }
    if (r) bs_write_bits(base, off, (v >> (8 * full)) & low_mask(r), r);
    return true;
  }
  size_t nbytes = (bits + 7) / 8;
  unsigned r = unsigned(bits % 8);
  std::vector<uint8_t> le(nbytes);
  int_to_le_bytes(value, le.data(), nbytes);
  if (little) {
    if (r) le[nbytes - 1] = uint8_t((le[nbytes - 1] & low_mask(r)) << (8 - r));
    bs_copy_bits(le.data(), 0, base, off, bits);
  } else {
    std::reverse(le.begin(), le.end());
    bs_copy_bits(le.data(), r ? 8 - r : 0, base, off, bits);
  }
  return true;
}

Term bs_make_integer_le(Heap& h, const uint8_t* le, size_t n, bool negative) {
  while (n > 0 && le[n - 1] == 0) n--;
  if (n == 0) return make_small(0);
  if (n <= 8) {
    uint64_t m = 0;
    for (size_t i = 0; i < n; i++) m |= uint64_t(le[i]) << (8 * i);
    if (!negative && m <= uint64_t(kMaxSmall)) return make_small(Sint(m));
    if (negative && m <= uint64_t(kMaxSmall) + 1) return make_small(-Sint(m));
  }
  size_t limbs = (n + 7) / 8;
  Term* p = h.alloc(1 + limbs);
  p[0] = make_header(negative ? Sub::BigNeg : Sub::BigPos, limbs);
  for (size_t l = 0; l < limbs; l++) {
    uint64_t w = 0;
    for (size_t k = 0; k < 8 && l * 8 + k < n; k++) {
      w |= uint64_t(le[l * 8 + k]) << (8 * k);
    }
    p[1 + l] = w;
  }
  return make_boxed(p);
}

static Term make_uint64(Heap& h, uint64_t v) {
  if (v <= uint64_t(kMaxSmall)) return make_small(Sint(v));
  uint8_t le[8];
  for (int i = 0; i < 8; i++) le[i] = uint8_t(v >> (8 * i));
  return bs_make_integer_le(h, le, 8, false);
}

static Term make_int64(Heap& h, int64_t v) {
  if (fits_small(v)) return make_small(v);
  uint64_t m = v < 0 ? ~uint64_t(v) + 1 : uint64_t(v);
  uint8_t le[8];
  for (int i = 0; i < 8; i++) le[i] = uint8_t(m >> (8 * i));
  return bs_make_integer_le(h, le, 8, v < 0);
}

// Reads an unsigned field of n <= 64 bits with the given byte order.
static uint64_t read_uint(const uint8_t* base, size_t off, unsigned n,
                          bool little) {
  if (!little) return bs_read_bits(base, off, n);
  unsigned full = n / 8, r = n % 8;
  uint64_t v = 0;
  for (unsigned i = 0; i < full; i++) {
    v |= bs_read_bits(base, off, 8) << (8 * i);
    off += 8;
  }
  if (r) v |= bs_read_bits(base, off, r) << (8 * full);
  return v;
}

Term bs_read_integer(Heap& h, const uint8_t* base, size_t off, Uint bits,
                     unsigned flags) {
  if (bits == 0) return make_small(0);
  bool little = is_little(flags);
  bool sign = (flags & kBsSigned) != 0;
  if (bits <= 64) {
    uint64_t v = read_uint(base, off, unsigned(bits), little);
    if (sign && ((v >> (bits - 1)) & 1)) {
      if (bits < 64) v |= ~low_mask(unsigned(bits));
      return make_int64(h, int64_t(v));
    }
    return make_uint64(h, v);
  }
  size_t nbytes = (bits + 7) / 8;
  unsigned r = unsigned(bits % 8);
  std::vector<uint8_t> le(nbytes, 0);
  if (little) {
    bs_copy_bits(base, off, le.data(), 0, bits);
    if (r) le[nbytes - 1] = uint8_t(le[nbytes - 1] >> (8 - r));
  } else {
    bs_copy_bits(base, off, le.data(), r ? 8 - r : 0, bits);
    std::reverse(le.begin(), le.end());
  }
  bool negative = false;
  if (sign) {
    Uint top = bits - 1;
    negative = (le[top / 8] >> (top % 8)) & 1;
  }
  if (negative) {
    if (r) le[nbytes - 1] |= uint8_t(~low_mask(r));
    unsigned carry = 1;
    for (size_t i = 0; i < nbytes; i++) {
      unsigned x = unsigned(uint8_t(~le[i])) + carry;
      le[i] = uint8_t(x);
      carry = x >> 8;
    }
  }
  return bs_make_integer_le(h, le.data(), nbytes, negative);
}

// ---- floats -------------------------------------------------------------------

static uint16_t double_to_half(double d) {
  uint64_t b;
  std::memcpy(&b, &d, sizeof b);
  uint16_t sign = uint16_t((b >> 48) & 0x8000);
  int exp = int((b >> 52) & 0x7FF);
  uint64_t mant = b & ((uint64_t(1) << 52) - 1);
  if (exp == 0x7FF) return uint16_t(sign | 0x7C00 | (mant ? 0x200 : 0));
  if (exp == 0) return sign;  // double subnormals are far below half's range
  int e = exp - 1023;
  uint64_t full = mant | (uint64_t(1) << 52);
  if (e > 15) return uint16_t(sign | 0x7C00);
  if (e >= -14) {
    uint64_t m = full >> 42;
    uint64_t rem = full & ((uint64_t(1) << 42) - 1);
    uint64_t half = uint64_t(1) << 41;
    if (rem > half || (rem == half && (m & 1))) m++;
    if (m == (uint64_t(1) << 11)) {
      m >>= 1;
      e++;
    }
    if (e > 15) return uint16_t(sign | 0x7C00);
    return uint16_t(sign | ((e + 15) << 10) | (m & 0x3FF));
  }
  unsigned shift = unsigned(28 - e);  // >= 43
  if (shift >= 64) return sign;
  uint64_t m = full >> shift;
  uint64_t rem = full & low_mask(shift);
  uint64_t half = uint64_t(1) << (shift - 1);
  if (rem > half || (rem == half && (m & 1))) m++;
  return uint16_t(sign | m);  // m == 0x400 is the smallest normal
}

static double half_to_double(uint16_t hv, bool* finite) {
  unsigned e = (hv >> 10) & 0x1F, m = hv & 0x3FF;
  *finite = e != 0x1F;
  double d = e == 0 ? std::ldexp(double(m), -24)
                    : std::ldexp(double(1024 + m), int(e) - 25);
  return (hv & 0x8000) ? -d : d;
}

// A number as a double (as float/1 converts it); false if not a number or
// not representable.
static bool number_as_double(Term v, double* d) {
  return number_to_double_checked(v, d);
}

static void write_float_bits(uint8_t* base, size_t off, double d, Uint bits,
                             unsigned flags) {
  uint64_t v;
  if (bits == 64) {
    std::memcpy(&v, &d, sizeof v);
  } else if (bits == 32) {
    float f = float(d);
    uint32_t u;
    std::memcpy(&u, &f, sizeof u);
    v = u;
  } else {
    v = double_to_half(d);
  }
  if (is_little(flags)) {
    for (unsigned i = 0; i < bits / 8; i++) {
      bs_write_bits(base, off + 8 * i, (v >> (8 * i)) & 0xFF, 8);
    }
  } else {
    bs_write_bits(base, off, v, unsigned(bits));
  }
}

// ---- UTF-8 ----------------------------------------------------------------------

unsigned bs_utf8_encode(Sint c, uint8_t* out) {
  if (c < 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
  if (c < 0x80) {
    out[0] = uint8_t(c);
    return 1;
  }
  if (c < 0x800) {
    out[0] = uint8_t(0xC0 | (c >> 6));
    out[1] = uint8_t(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = uint8_t(0xE0 | (c >> 12));
    out[1] = uint8_t(0x80 | ((c >> 6) & 0x3F));
    out[2] = uint8_t(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = uint8_t(0xF0 | (c >> 18));
  out[1] = uint8_t(0x80 | ((c >> 12) & 0x3F));
  out[2] = uint8_t(0x80 | ((c >> 6) & 0x3F));
  out[3] = uint8_t(0x80 | (c & 0x3F));
  return 4;
}

int bs_utf8_decode(const uint8_t* s, size_t len, uint32_t* cp) {
  if (len == 0) return -1;
  uint8_t c = s[0];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  unsigned need;
  uint32_t v;
  if (c < 0xC2) return 0;  // continuation byte or overlong 2-byte lead
  if (c < 0xE0) {
    need = 2;
    v = c & 0x1F;
  } else if (c < 0xF0) {
    need = 3;
    v = c & 0x0F;
  } else if (c < 0xF5) {
    need = 4;
    v = c & 0x07;
  } else {
    return 0;
  }
  for (unsigned k = 1; k < need; k++) {
    if (k >= len) return -1;
    uint8_t d = s[k];
    if ((d & 0xC0) != 0x80) return 0;
    if (k == 1) {
      if (c == 0xE0 && d < 0xA0) return 0;   // overlong
      if (c == 0xED && d >= 0xA0) return 0;  // surrogate
      if (c == 0xF0 && d < 0x90) return 0;   // overlong
      if (c == 0xF4 && d >= 0x90) return 0;  // > 0x10FFFF
    }
    v = (v << 6) | (d & 0x3F);
  }
  *cp = v;
  return int(need);
}

static bool valid_code_point(Term v, Sint* cp) {
  if (!is_small(v)) return false;
  Sint c = small_value(v);
  if (c < 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return false;
  *cp = c;
  return true;
}

// ---- match contexts ---------------------------------------------------------

namespace {

inline Term* ms(Term ctx) { return boxed_val(ctx); }
inline Uint& ms_pos(Term ctx) { return ms(ctx)[3]; }
inline Uint ms_end(Term ctx) { return ms(ctx)[4]; }
inline Uint ms_left(Term ctx) { return ms(ctx)[4] - ms(ctx)[3]; }

// Makes a writable binary read-only (BEAM's erts_emasculate_writable_binary)
// when a match starts on it.
void emasculate(Heap& h, Term orig) {
  Term* pb = boxed_val(orig);
  if (header_sub(*pb) != Sub::RefcBin) return;
  Binary* b = procbin_binary(pb);
  if (b->writer != &h || b->writable_bits == Binary::kNotWritable) return;
  if (procbin_bytes(pb) == b->data() && pb[1] == b->capacity) {
    pb[1] = (b->writable_bits + 7) / 8;
  }
  b->writable_bits = Binary::kNotWritable;
}

}  // namespace

Term bs_start_match(Heap& h, Term bin) {
  if (is_match_ctx(bin)) return bin;
  Resolved r;
  if (!resolve(bin, &r)) return NON_VALUE;
  emasculate(h, r.orig);
  BitView ov;
  bit_view(r.orig, &ov);
  Term* p = h.alloc(kMatchCtxWords);
  p[0] = make_header(Sub::MatchCtx, kMatchCtxWords - 1);
  p[1] = r.orig;
  p[2] = Term(reinterpret_cast<uintptr_t>(ov.base));
  p[3] = r.offset;
  p[4] = r.offset + r.bits;
  return make_boxed(p);
}

bool bs_size_bits(Term size, Uint unit, Uint* bits) {
  if (!is_small(size)) return false;
  Sint s = small_value(size);
  if (s < 0) return false;
  Uint u = unit ? unit : 1;
  if (Uint(s) > ~Uint(0) / u) return false;
  *bits = Uint(s) * u;
  return true;
}

Uint bs_remaining(Term ctx) { return ms_left(ctx); }
Uint bs_get_position(Term ctx) { return ms_pos(ctx); }
void bs_set_position(Term ctx, Uint pos) { ms_pos(ctx) = pos; }

bool bs_get_integer(Heap& h, Term ctx, Uint bits, unsigned flags, Term* out) {
  if (ms_left(ctx) < bits) return false;
  *out = bs_read_integer(h, ms_base(ctx), ms_pos(ctx), bits, flags);
  ms_pos(ctx) += bits;
  return true;
}

bool bs_get_float(Heap& h, Term ctx, Uint bits, unsigned flags, Term* out) {
  if (bits != 16 && bits != 32 && bits != 64) return false;
  if (ms_left(ctx) < bits) return false;
  uint64_t v = read_uint(ms_base(ctx), ms_pos(ctx), unsigned(bits),
                         is_little(flags));
  double d;
  bool finite;
  if (bits == 64) {
    std::memcpy(&d, &v, sizeof d);
    finite = std::isfinite(d);
  } else if (bits == 32) {
    uint32_t u = uint32_t(v);
    float f;
    std::memcpy(&f, &u, sizeof f);
    d = f;
    finite = std::isfinite(f);
  } else {
    d = half_to_double(uint16_t(v), &finite);
  }
  if (!finite) return false;
  Term* p = h.alloc(kFloatWords);
  p[0] = make_header(Sub::Float, kFloatWords - 1);
  std::memcpy(p + 1, &d, sizeof d);
  *out = make_boxed(p);
  ms_pos(ctx) += bits;
  return true;
}

Term bs_extract(Heap& h, Term orig, const uint8_t* base, Uint offset,
                Uint bits) {
  if (bits <= kMaxHeapBinSize * 8) {
    size_t bytes = (bits + 7) / 8;
    uint8_t* out;
    Term bin = make_uninit_binary(h, bytes, &out);
    if (bytes) {
      out[bytes - 1] = 0;
      bs_copy_bits(base, offset, out, 0, bits);
    }
    if (bits % 8 == 0) return bin;
    return make_sub_binary(h, bin, 0, bits);
  }
  return make_sub_binary(h, orig, offset, bits);
}

bool bs_get_binary(Heap& h, Term ctx, Uint bits, Term* out) {
  if (ms_left(ctx) < bits) return false;
  *out = bs_extract(h, ms_orig(ctx), ms_base(ctx), ms_pos(ctx), bits);
  ms_pos(ctx) += bits;
  return true;
}

bool bs_get_binary_all(Heap& h, Term ctx, Uint unit, Term* out) {
  Uint left = ms_left(ctx);
  if (unit > 1 && left % unit != 0) return false;
  *out = bs_extract(h, ms_orig(ctx), ms_base(ctx), ms_pos(ctx), left);
  ms_pos(ctx) = ms_end(ctx);
  return true;
}

Term bs_get_tail(Heap& h, Term ctx) {
  return bs_extract(h, ms_orig(ctx), ms_base(ctx), ms_pos(ctx), ms_left(ctx));
}

bool bs_skip_bits(Term ctx, Uint bits) {
  if (ms_left(ctx) < bits) return false;
  ms_pos(ctx) += bits;
  return true;
}

bool bs_skip_all(Term ctx, Uint unit) {
  if (unit > 1 && ms_left(ctx) % unit != 0) return false;
  ms_pos(ctx) = ms_end(ctx);
  return true;
}

bool bs_test_tail(Term ctx, Uint bits) { return ms_left(ctx) == bits; }

bool bs_test_unit(Term ctx, Uint unit) {
  return unit <= 1 || ms_left(ctx) % unit == 0;
}

bool bs_match_string(Term ctx, const uint8_t* bytes, Uint bits) {
  if (ms_left(ctx) < bits) return false;
  const uint8_t* base = ms_base(ctx);
  Uint pos = ms_pos(ctx);
  if (pos % 8 == 0) {
    if (std::memcmp(base + pos / 8, bytes, bits / 8) != 0) return false;
    unsigned r = unsigned(bits % 8);
    if (r && bs_read_bits(base, pos + bits - r, r) !=
                 bs_read_bits(bytes, bits - r, r)) {
      return false;
    }
  } else {
    for (Uint i = 0; i < bits;) {
      unsigned k = bits - i > 56 ? 56 : unsigned(bits - i);
      if (bs_read_bits(base, pos + i, k) != bs_read_bits(bytes, i, k)) {
        return false;
      }
      i += k;
    }
  }
  ms_pos(ctx) += bits;
  return true;
}

static bool utf8_at(Term ctx, uint32_t* cp, unsigned* nbits) {
  Uint left = ms_left(ctx);
  if (left < 8) return false;
  const uint8_t* base = ms_base(ctx);
  Uint pos = ms_pos(ctx);
  uint8_t buf[4];
  size_t avail = std::min<Uint>(left / 8, 4);
  for (size_t i = 0; i < avail; i++) {
    buf[i] = uint8_t(bs_read_bits(base, pos + 8 * i, 8));
  }
  int n = bs_utf8_decode(buf, avail, cp);
  if (n <= 0) return false;
  *nbits = unsigned(n) * 8;
  return true;
}

bool bs_get_utf8(Term ctx, Term* out) {
  uint32_t cp;
  unsigned nbits;
  if (!utf8_at(ctx, &cp, &nbits)) return false;
  *out = make_small(cp);
  ms_pos(ctx) += nbits;
  return true;
}

static bool utf16_at(Term ctx, unsigned flags, uint32_t* cp, unsigned* nbits) {
  Uint left = ms_left(ctx);
  if (left < 16) return false;
  const uint8_t* base = ms_base(ctx);
  Uint pos = ms_pos(ctx);
  bool little = is_little(flags);
  uint32_t w1 = uint32_t(read_uint(base, pos, 16, little));
  if (w1 < 0xD800 || w1 > 0xDFFF) {
    *cp = w1;
    *nbits = 16;
    return true;
  }
  if (w1 > 0xDBFF || left < 32) return false;
  uint32_t w2 = uint32_t(read_uint(base, pos + 16, 16, little));
  if (w2 < 0xDC00 || w2 > 0xDFFF) return false;
  *cp = 0x10000 + ((w1 - 0xD800) << 10) + (w2 - 0xDC00);
  *nbits = 32;
  return true;
}

bool bs_get_utf16(Term ctx, unsigned flags, Term* out) {
  uint32_t cp;
  unsigned nbits;
  if (!utf16_at(ctx, flags, &cp, &nbits)) return false;
  *out = make_small(cp);
  ms_pos(ctx) += nbits;
  return true;
}

static bool utf32_at(Term ctx, unsigned flags, uint32_t* cp) {
  if (ms_left(ctx) < 32) return false;
  uint32_t v =
      uint32_t(read_uint(ms_base(ctx), ms_pos(ctx), 32, is_little(flags)));
  if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return false;
  *cp = v;
  return true;
}

bool bs_get_utf32(Term ctx, unsigned flags, Term* out) {
  uint32_t cp;
  if (!utf32_at(ctx, flags, &cp)) return false;
  *out = make_small(cp);
  ms_pos(ctx) += 32;
  return true;
}

bool bs_skip_utf8(Term ctx) {
  uint32_t cp;
  unsigned nbits;
  if (!utf8_at(ctx, &cp, &nbits)) return false;
  ms_pos(ctx) += nbits;
  return true;
}

bool bs_skip_utf16(Term ctx, unsigned flags) {
  uint32_t cp;
  unsigned nbits;
  if (!utf16_at(ctx, flags, &cp, &nbits)) return false;
  ms_pos(ctx) += nbits;
  return true;
}

bool bs_skip_utf32(Term ctx, unsigned flags) {
  uint32_t cp;
  if (!utf32_at(ctx, flags, &cp)) return false;
  ms_pos(ctx) += 32;
  return true;
}

// ---- construction -----------------------------------------------------------

namespace {

// Larger results raise system_limit instead of exhausting memory.
constexpr Uint kMaxConstructBits = Uint(1) << 59;
constexpr size_t kMinWritableBytes = 256;
constexpr size_t kDefaultWritableBytes = 1024;

struct Failure {
  Term reason = NON_VALUE;
  size_t index = 0;
  Term kind = NON_VALUE;
  Term value = NON_VALUE;
};

Term type_atom(SegType t) {
  static const Term integer = atom_from("integer");
  static const Term float_ = atom_from("float");
  static const Term binary = atom_from("binary");
  static const Term string = atom_from("string");
  switch (t) {
    case SegType::Integer:
      return integer;
    case SegType::Float:
      return float_;
    case SegType::Utf8:
      return atom::utf8;
    case SegType::Utf16:
      return atom::utf16;
    case SegType::Utf32:
      return atom::utf32;
    case SegType::String:
      return string;
    default:
      return binary;
  }
}

struct Kinds {
  Term type = atom_from("type");
  Term size = atom_from("size");
  Term unit = atom_from("unit");
  Term short_ = atom_from("short");
  Term invalid = atom_from("invalid");
  Term no_float = atom_from("no_float");
};
const Kinds& kinds() {
  static const Kinds k;
  return k;
}

// Size term of an integer/float/binary segment to bits; on error sets
// *reason (badarg or system_limit).
bool construct_size_bits(Term size, unsigned unit, Uint* bits, Term* reason) {
  if (is_small(size)) {
    Sint s = small_value(size);
    if (s < 0) {
      *reason = atom::badarg;
      return false;
    }
    Uint u = unit ? unit : 1;
    if (Uint(s) > (kMaxConstructBits - 1) / u) {
      *reason = atom::system_limit;
      return false;
    }
    *bits = Uint(s) * u;
    return true;
  }
  if (is_bignum(size) && header_sub(boxed_header(size)) == Sub::BigPos) {
    *reason = atom::system_limit;
    return false;
  }
  *reason = atom::badarg;
  return false;
}

bool is_all(Term size) { return size == NON_VALUE || size == atom::all; }

// The writable Binary an append may extend in place: `acc` must be a view
// whose original is the writer-owned ProcBin covering the whole capacity and
// end exactly where the data in use ends.
Binary* writable_for(Heap& h, Term acc, Term* procbin, Uint* acc_off) {
  Resolved r;
  if (!resolve(acc, &r)) return nullptr;
  const Term* op = boxed_val(r.orig);
  if (header_sub(*op) != Sub::RefcBin) return nullptr;
  Binary* b = procbin_binary(op);
  if (b->writer != &h || b->writable_bits == Binary::kNotWritable) {
    return nullptr;
  }
  if (procbin_bytes(op) != b->data() || op[1] != b->capacity) return nullptr;
  if (r.offset + r.bits != b->writable_bits) return nullptr;
  *procbin = r.orig;
  *acc_off = r.offset;
  return b;
}

// A fresh writable Binary of `capacity` bytes wrapped in a ProcBin on h.
Binary* new_writable(Heap& h, size_t capacity, Term* procbin) {
  Binary* b = Binary::create(0, capacity);
  if (capacity) std::memset(b->data(), 0, capacity);
  b->writer = &h;
  b->writable_bits = 0;
  *procbin = make_procbin(h, b, b->data(), capacity);
  return b;
}

}  // namespace

Term bs_init_writable(Heap& h, Term size_hint) {
  size_t cap = kDefaultWritableBytes;
  if (is_small(size_hint) && small_value(size_hint) >= 0 &&
      Uint(small_value(size_hint)) <= kMaxConstructBits / 8) {
    cap = size_t(small_value(size_hint));
  }
  Term pb;
  new_writable(h, cap, &pb);
  return make_sub_binary(h, pb, 0, 0);
}

Term bs_create_bin(Heap& h, const BsSegment* segs, size_t n, Term* error,
                   size_t* failed_segment, Term* cause,
                   const unsigned* seg_nos) {
  const Kinds& K = kinds();
  Failure f;
  auto fail = [&](Term reason, size_t i, Term kind, Term value) {
    f.reason = reason;
    f.index = i;
    f.kind = kind;
    f.value = value;
  };
  Uint bits_small[16];
  std::unique_ptr<Uint[]> bits_big;
  Uint* bits = bits_small;
  if (n > 16) {
    bits_big.reset(new Uint[n]);
    bits = bits_big.get();
  }
  Uint total = 0;

  // Pass 1: sizes (and the type/unit of whole-binary segments).
  for (size_t i = 0; i < n && f.reason == NON_VALUE; i++) {
    const BsSegment& s = segs[i];
    Uint b = 0;
    Term reason;
    switch (s.type) {
      case SegType::Integer:
      case SegType::Float:
        if (!construct_size_bits(s.size, s.unit, &b, &reason)) {
          fail(reason, i, K.size, s.size);
        }
        break;
      case SegType::Binary:
        if (!is_all(s.size)) {
          if (!construct_size_bits(s.size, s.unit, &b, &reason)) {
            fail(reason, i, K.size, s.size);
          }
          break;
        }
        [[fallthrough]];
      case SegType::Append:
      case SegType::PrivateAppend: {
        BitView v;
        if (!bit_view(s.value, &v)) {
          fail(atom::badarg, i, K.type, s.value);
        } else if (s.unit > 1 && v.bit_size % s.unit != 0) {
          fail(atom::badarg, i, K.unit, s.value);
        } else {
          b = v.bit_size;
        }
        break;
      }
      case SegType::Utf8: {
        Sint cp;
        uint8_t tmp[4];
        if (valid_code_point(s.value, &cp)) b = 8 * bs_utf8_encode(cp, tmp);
        break;
      }
      case SegType::Utf16: {
        Sint cp;
        if (valid_code_point(s.value, &cp)) b = cp >= 0x10000 ? 32 : 16;
        break;
      }
      case SegType::Utf32:
        b = 32;
        break;
      case SegType::String:
        b = s.str_len * 8;
        break;
    }
    if (f.reason != NON_VALUE) break;
    if (b >= kMaxConstructBits || total + b >= kMaxConstructBits) {
      fail(atom::system_limit, i, K.size,
           s.size == NON_VALUE ? atom::undefined : s.size);
      break;
    }
    bits[i] = b;
    total += b;
  }

  // Destination.
  uint8_t* dst = nullptr;
  Uint off = 0;
  Term result_bin = NON_VALUE;  // a HeapBin/RefcBin, or the writable ProcBin
  Uint result_off = 0;
  Binary* wb = nullptr;
  size_t first = 0;
  if (f.reason == NON_VALUE) {
    if (n > 0 && (segs[0].type == SegType::Append ||
                  segs[0].type == SegType::PrivateAppend)) {
      first = 1;
      Uint acc_bits = bits[0];
      Uint extra = total - acc_bits;
      Term pb;
      Uint acc_off;
      wb = writable_for(h, segs[0].value, &pb, &acc_off);
      if (wb && wb->writable_bits + extra <= Uint(wb->capacity) * 8) {
        result_bin = pb;
        result_off = acc_off;
        off = wb->writable_bits;
      } else {
        size_t need = (total + 7) / 8;
        size_t cap = std::max(kMinWritableBytes, 2 * need);
        wb = new_writable(h, cap, &pb);
        BitView av;
        bit_view(segs[0].value, &av);
        bs_copy_bits(av.base, av.bit_offset, wb->data(), 0, acc_bits);
        result_bin = pb;
        result_off = 0;
        off = acc_bits;
      }
      dst = wb->data();
    } else {
      size_t bytes = (total + 7) / 8;
      result_bin = make_uninit_binary(h, bytes, &dst);
      if (bytes) dst[bytes - 1] = 0;
    }
  }

  // Pass 2: values.
  for (size_t i = first; i < n && f.reason == NON_VALUE; i++) {
    const BsSegment& s = segs[i];
    Uint b = bits[i];
    switch (s.type) {
      case SegType::Integer:
        if (!bs_write_integer(dst, off, s.value, b, s.flags)) {
          fail(atom::badarg, i, K.type, s.value);
        }
        break;
      case SegType::Float: {
        if (b != 16 && b != 32 && b != 64) {
          fail(atom::badarg, i, K.invalid, make_small(Sint(b)));
          break;
        }
        double d;
        if (!is_number(s.value)) {
          fail(atom::badarg, i, K.type, s.value);
        } else if (!number_as_double(s.value, &d)) {
          fail(atom::badarg, i, K.no_float, s.value);
        } else {
          write_float_bits(dst, off, d, b, s.flags);
        }
        break;
      }
      case SegType::Binary:
      case SegType::Append:
      case SegType::PrivateAppend: {
        BitView v;
        if (!bit_view(s.value, &v)) {
          fail(atom::badarg, i, K.type, s.value);
        } else if (v.bit_size < b) {
          fail(atom::badarg, i, K.short_, s.value);
        } else {
          bs_copy_bits(v.base, v.bit_offset, dst, off, b);
        }
        break;
      }
      case SegType::Utf8: {
        Sint cp;
        uint8_t tmp[4];
        if (!valid_code_point(s.value, &cp)) {
          fail(atom::badarg, i, K.type, s.value);
          break;
        }
        unsigned len = bs_utf8_encode(cp, tmp);
        bs_copy_bits(tmp, 0, dst, off, len * 8);
        break;
      }
      case SegType::Utf16: {
        Sint cp;
        if (!valid_code_point(s.value, &cp)) {
          fail(atom::badarg, i, K.type, s.value);
          break;
        }
        unsigned fl = s.flags & ~unsigned(kBsSigned);
        if (cp < 0x10000) {
          bs_write_integer(dst, off, make_small(cp), 16, fl);
        } else {
          Sint c = cp - 0x10000;
          bs_write_integer(dst, off, make_small(0xD800 + (c >> 10)), 16, fl);
          bs_write_integer(dst, off + 16, make_small(0xDC00 + (c & 0x3FF)), 16,
                           fl);
        }
        break;
      }
      case SegType::Utf32: {
        Sint cp;
        if (!valid_code_point(s.value, &cp)) {
          fail(atom::badarg, i, K.type, s.value);
          break;
        }
        bs_write_integer(dst, off, make_small(cp), 32,
                         s.flags & ~unsigned(kBsSigned));
        break;
      }
      case SegType::String:
        bs_copy_bits(s.str, 0, dst, off, b);
        break;
    }
    off += b;
  }

  if (f.reason != NON_VALUE) {
    *error = f.reason;
    *failed_segment = f.index;
    if (cause) {
      const BsSegment& s = segs[f.index];
      Uint no = seg_nos ? seg_nos[f.index] : f.index + 1;
      Term* t = h.alloc(5);
      t[0] = make_header(Sub::Tuple, 4);
      t[1] = make_small(Sint(no));
      t[2] = type_atom(s.type);
      t[3] = f.kind;
      t[4] = f.value;
      *cause = make_boxed(t);
    }
    return NON_VALUE;
  }

  if (wb) {
    wb->writable_bits = result_off + total;
    wb->size = (wb->writable_bits + 7) / 8;
    return make_sub_binary(h, result_bin, result_off, total);
  }
  if (total % 8 == 0) return result_bin;
  return make_sub_binary(h, result_bin, 0, total);
}

Term bs_create_bin(Process* p, const BsSegment* segs, size_t n, Term* error,
                   size_t* failed_segment, Term* cause,
                   const unsigned* seg_nos) {
  return bs_create_bin(*static_cast<Heap*>(p), segs, n, error, failed_segment,
                       cause, seg_nos);
}

}  // namespace beamline
