// Term order and equality, as ERTS defines them:
//   number < atom < reference < fun < port < pid < tuple < map < nil < list
//   < bitstring
// Numbers compare by value (exactly, also bignum against float); in exact
// mode (=:= and map key order) every integer sorts before every float.
// Local funs (closures) sort before external funs (fun M:F/A). Maps compare
// by size, then by their keys in map key order (exact), then by their values
// in key order. The walk is iterative (an explicit stack), so long lists and
// deep nesting do not consume C stack; only map keys recurse.
#include "runtime/term/compare.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/binary.h"
#include "runtime/term/map.h"
#include "runtime/vm/module.h"

namespace beamline {
namespace {

enum Rank : int {
  kRankNumber,
  kRankAtom,
  kRankRef,
  kRankFun,
  kRankPort,
  kRankPid,
  kRankTuple,
  kRankMap,
  kRankNil,
  kRankList,
  kRankBits,
};

int rank(Term t) {
  switch (t & kTagMask) {
    case kTagList:
      return kRankList;
    case kTagBoxed:
      switch (header_sub(boxed_header(t))) {
        case Sub::Tuple: return kRankTuple;
        case Sub::BigPos:
        case Sub::BigNeg:
        case Sub::Float: return kRankNumber;
        case Sub::Ref: return kRankRef;
        case Sub::Fun:
        case Sub::Export: return kRankFun;
        case Sub::FlatMap:
        case Sub::HashMap: return kRankMap;
        default: return kRankBits;  // binaries (and match contexts)
      }
    default:
      if (is_small(t)) return kRankNumber;
      if (is_atom(t)) return kRankAtom;
      if (is_nil(t)) return kRankNil;
      if (is_pid(t)) return kRankPid;
      if (is_port(t)) return kRankPort;
      return kRankNil;  // catch tags are never compared
  }
}

inline int sign(Sint v) { return (v > 0) - (v < 0); }
template <typename T>
inline int cmp3(T a, T b) {
  return (a > b) - (a < b);
}

// ---- numbers ----------------------------------------------------------------------

inline const uint64_t* big_limbs(Term t) {
  return reinterpret_cast<const uint64_t*>(boxed_val(t) + 1);
}
inline size_t big_nlimbs(Term t) { return header_arity(boxed_header(t)); }
inline bool big_neg(Term t) {
  return header_sub(boxed_header(t)) == Sub::BigNeg;
}

int cmp_magnitude(const uint64_t* a, size_t na, const uint64_t* b, size_t nb) {
  while (na > 0 && a[na - 1] == 0) na--;
  while (nb > 0 && b[nb - 1] == 0) nb--;
  if (na != nb) return na < nb ? -1 : 1;
  for (size_t i = na; i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

// An integer as sign + magnitude limbs.
struct IntView {
  bool neg = false;
  const uint64_t* limbs = nullptr;
  size_t n = 0;
  uint64_t small_mag = 0;  // storage for small integers
};

void int_view(Term t, IntView* v) {
  if (is_small(t)) {
    Sint x = small_value(t);
    v->neg = x < 0;
    v->small_mag = x < 0 ? uint64_t(0) - uint64_t(x) : uint64_t(x);
    v->limbs = &v->small_mag;
    v->n = 1;
  } else {
    v->neg = big_neg(t);
    v->limbs = big_limbs(t);
    v->n = big_nlimbs(t);
  }
}

int cmp_integers(Term a, Term b) {
  if (is_small(a) && is_small(b)) return cmp3(small_value(a), small_value(b));
  IntView x, y;
  int_view(a, &x);
  int_view(b, &y);
  if (x.neg != y.neg) {
    // Magnitudes can both be zero only for smalls, handled above.
    return x.neg ? -1 : 1;
  }
  int m = cmp_magnitude(x.limbs, x.n, y.limbs, y.n);
  return x.neg ? -m : m;
}

// Exact comparison of an integer with a (finite) double.
int cmp_int_float(Term i, double d) {
  if (is_small(i)) {
    Sint s = small_value(i);
    constexpr Sint kExact = Sint(1) << 53;
    if (s >= -kExact && s <= kExact) return cmp3(double(s), d);
  }
  IntView x;
  int_view(i, &x);
  bool dneg = std::signbit(d) && d != 0.0;
  bool izero = x.n == 1 && x.limbs[0] == 0;
  if (izero) return d > 0 ? -1 : (d < 0 ? 1 : 0);
  if (d == 0.0) return x.neg ? -1 : 1;
  if (x.neg != dneg) return x.neg ? -1 : 1;
  // Same sign: compare magnitudes |i| with |d| = integer part + fraction.
  double ad = std::fabs(d);
  double ip;
  double frac = std::modf(ad, &ip);
  uint64_t dl[20] = {};
  size_t dn = 1;
  if (ip < 18446744073709551616.0) {
    dl[0] = uint64_t(ip);
  } else {
    int exp;
    double m = std::frexp(ip, &exp);  // ip = m * 2^exp, 0.5 <= m < 1
    uint64_t mant = uint64_t(std::ldexp(m, 53));  // 53-bit integer
    int shift = exp - 53;                         // >= 11 here
    size_t word = size_t(shift) / 64;
    int bit = shift % 64;
    dl[word] = mant << bit;
    if (bit != 0) dl[word + 1] = mant >> (64 - bit);
    dn = word + 2;
  }
  int m = cmp_magnitude(x.limbs, x.n, dl, dn);
  if (m == 0 && frac > 0) m = -1;
  return x.neg ? -m : m;
}

int cmp_numbers(Term a, Term b, bool exact) {
  bool af = is_float(a), bf = is_float(b);
  if (!af && !bf) return cmp_integers(a, b);
  if (af && bf) return cmp3(float_value(a), float_value(b));
  if (exact) return af ? 1 : -1;  // integers before floats
  if (af) return -cmp_int_float(b, float_value(a));
  return cmp_int_float(a, float_value(b));
}

// ---- other leaves ---------------------------------------------------------------

int cmp_atoms(Term a, Term b) {
  if (a == b) return 0;
  std::string_view x = atom_name(a), y = atom_name(b);
  size_t n = std::min(x.size(), y.size());
  int c = n ? std::memcmp(x.data(), y.data(), n) : 0;
  if (c != 0) return c < 0 ? -1 : 1;
  return cmp3(x.size(), y.size());
}

int cmp_bits(Term a, Term b) {
  BitView x, y;
  bit_view(a, &x);
  bit_view(b, &y);
  size_t n = std::min(x.bit_size, y.bit_size);
  if (x.bit_offset % 8 == 0 && y.bit_offset % 8 == 0) {
    size_t bytes = n / 8;
    const uint8_t* p = x.base + x.bit_offset / 8;
    const uint8_t* q = y.base + y.bit_offset / 8;
    int c = bytes ? std::memcmp(p, q, bytes) : 0;
    if (c != 0) return c < 0 ? -1 : 1;
    unsigned rest = unsigned(n % 8);
    if (rest) {
      unsigned mask = 0xFFu << (8 - rest) & 0xFFu;
      unsigned u = p[bytes] & mask, v = q[bytes] & mask;
      if (u != v) return u < v ? -1 : 1;
    }
  } else {
    for (size_t i = 0; i < n; i++) {
      size_t pa = x.bit_offset + i, pb = y.bit_offset + i;
      unsigned u = (x.base[pa / 8] >> (7 - pa % 8)) & 1;
      unsigned v = (y.base[pb / 8] >> (7 - pb % 8)) & 1;
      if (u != v) return u < v ? -1 : 1;
    }
  }
  return cmp3(x.bit_size, y.bit_size);
}

// ---- maps ---------------------------------------------------------------------------

int compare_impl(Term a, Term b, bool exact);

struct SortedMap {
  std::vector<Term> keys, values;
};

void sorted_entries(Term m, SortedMap* out) {
  std::vector<std::pair<Term, Term>> kv;
  kv.reserve(map_size(m));
  map_foreach(m, [&](Term k, Term v) { kv.emplace_back(k, v); });
  std::sort(kv.begin(), kv.end(), [](const auto& x, const auto& y) {
    return compare_impl(x.first, y.first, true) < 0;
  });
  for (auto& [k, v] : kv) {
    out->keys.push_back(k);
    out->values.push_back(v);
  }
}

struct Pending {
  const Term* a;
  const Term* b;
  size_t n;
};

int compare_impl(Term a, Term b, bool exact) {
  absl::InlinedVector<Pending, 16> stack;
  std::vector<std::unique_ptr<SortedMap>> temps;  // keeps map values alive
  Term x = a, y = b;
  for (;;) {
    if (x != y) {
      int rx = rank(x), ry = rank(y);
      if (rx != ry) return rx < ry ? -1 : 1;
      int c = 0;
      switch (rx) {
        case kRankNumber:
          c = cmp_numbers(x, y, exact);
          break;
        case kRankAtom:
          c = cmp_atoms(x, y);
          break;
        case kRankRef:
          c = cmp3(ref_id(x), ref_id(y));
          break;
        case kRankPort:
          c = cmp3(port_number(x), port_number(y));
          break;
        case kRankPid:
          c = cmp3(pid_number(x), pid_number(y));
          break;
        case kRankBits:
          c = cmp_bits(x, y);
          break;
        case kRankNil:
          break;
        case kRankList: {
          const Term* cx = list_val(x);
          const Term* cy = list_val(y);
          stack.push_back({cx + 1, cy + 1, 1});
          x = cx[0];
          y = cy[0];
          continue;
        }
        case kRankTuple: {
          Uint nx = tuple_arity(x), ny = tuple_arity(y);
          if (nx != ny) return nx < ny ? -1 : 1;
          if (nx == 0) break;
          const Term* ex = tuple_elems(x);
          const Term* ey = tuple_elems(y);
          if (nx > 1) stack.push_back({ex + 1, ey + 1, size_t(nx - 1)});
          x = ex[0];
          y = ey[0];
          continue;
        }
        case kRankFun: {
          bool xc = is_closure(x), yc = is_closure(y);
          if (xc != yc) return xc ? -1 : 1;  // closures before exports
          if (!xc) {
            const Export* ea = export_fun_entry(x);
            const Export* eb = export_fun_entry(y);
            c = cmp_atoms(ea->module, eb->module);
            if (c == 0) c = cmp_atoms(ea->function, eb->function);
            if (c == 0) c = cmp3(ea->arity, eb->arity);
            break;
          }
          const FunEntry* fa = closure_entry(x);
          const FunEntry* fb = closure_entry(y);
          c = cmp_atoms(fa->module, fb->module);
          if (c == 0) c = cmp3(fa->index, fb->index);
          if (c == 0) c = cmp3(fa->old_uniq, fb->old_uniq);
          if (c == 0) c = cmp3(closure_num_free(x), closure_num_free(y));
          if (c != 0) return c;
          if (closure_num_free(x) == 0) break;
          stack.push_back({closure_free(x), closure_free(y), size_t(closure_num_free(x))});
          goto next;
        }
        case kRankMap: {
          Uint nx = map_size(x), ny = map_size(y);
          if (nx != ny) return nx < ny ? -1 : 1;
          if (nx == 0) break;
          const Term *kx, *ky, *vx, *vy;
          if (is_flatmap(x) && is_flatmap(y)) {
            kx = tuple_elems(flatmap_keys(x));
            ky = tuple_elems(flatmap_keys(y));
            vx = flatmap_values(x);
            vy = flatmap_values(y);
          } else {
            auto sx = std::make_unique<SortedMap>();
            auto sy = std::make_unique<SortedMap>();
            sorted_entries(x, sx.get());
            sorted_entries(y, sy.get());
            kx = sx->keys.data();
            ky = sy->keys.data();
            vx = sx->values.data();
            vy = sy->values.data();
            temps.push_back(std::move(sx));
            temps.push_back(std::move(sy));
          }
          for (Uint i = 0; i < nx; i++) {
            int k = compare_impl(kx[i], ky[i], true);
            if (k != 0) return k;
          }
          stack.push_back({vx, vy, size_t(nx)});
          goto next;
        }
        default:
          break;
      }
      if (c != 0) return c < 0 ? -1 : 1;
    }
  next:
    if (stack.empty()) return 0;
    Pending& p = stack.back();
    x = *p.a++;
    y = *p.b++;
    if (--p.n == 0) stack.pop_back();
  }
}

}  // namespace

int compare_terms(Term a, Term b) { return compare_impl(a, b, false); }

int compare_terms_exact(Term a, Term b) { return compare_impl(a, b, true); }

bool eq_exact(Term a, Term b) {
  if (a == b) return true;
  if (is_immed(a) || is_immed(b)) return false;  // distinct immediates differ
  if ((a & kTagMask) != (b & kTagMask)) return false;
  if (is_boxed(a) && header_sub(boxed_header(a)) != header_sub(boxed_header(b))) {
    // Different kinds can still be equal: binaries of different
    // representations, flat/hash maps (never of the same size), or big
    // numbers of different signs (never equal).
    if (!(is_bitstring(a) && is_bitstring(b))) return false;
  }
  return compare_impl(a, b, true) == 0;
}

bool eq(Term a, Term b) {
  if (a == b) return true;
  return compare_impl(a, b, false) == 0;
}

}  // namespace beamline
