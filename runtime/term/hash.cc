// Term hashing: erlang:phash/2, erlang:phash2/1,2 and the internal hash that
// lays out large maps. The algorithms (constants, mixing steps and the order
// in which the parts of a term are fed in) follow ERTS so that the values
// are identical to erl's.
#include "runtime/term/hash.h"

#include <cstring>
#include <string_view>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/binary.h"
#include "runtime/term/map.h"
#include "runtime/vm/module.h"

namespace beamline {
namespace {

// ---- shared pieces ----------------------------------------------------------

constexpr uint32_t kGolden = 0x9e3779b9u;  // HCONST
constexpr uint32_t hconst(uint32_t n) { return kGolden * n; }

// Bob Jenkins' 96-bit mix.
inline void mix(uint32_t& a, uint32_t& b, uint32_t& c) {
  a -= b; a -= c; a ^= (c >> 13);
  b -= c; b -= a; b ^= (a << 8);
  c -= a; c -= b; c ^= (b >> 13);
  a -= b; a -= c; a ^= (c >> 12);
  b -= c; b -= a; b ^= (a << 16);
  c -= a; c -= b; c ^= (b >> 5);
  a -= b; a -= c; a ^= (c >> 3);
  b -= c; b -= a; b ^= (a << 10);
  c -= a; c -= b; c ^= (b >> 15);
}

inline void hash2(uint32_t& h, uint32_t x, uint32_t y, uint32_t k) {
  uint32_t a = k + x;
  uint32_t b = k + y;
  mix(a, b, h);
}
inline void hash1(uint32_t& h, uint32_t x, uint32_t k) { hash2(h, x, 0, k); }

// Jenkins' lookup2 over a byte block, seeded with `initval`.
uint32_t block_hash(const uint8_t* k, size_t length, uint32_t initval) {
  uint32_t a = kGolden, b = kGolden, c = initval;
  size_t len = length;
  while (len >= 12) {
    a += k[0] + (uint32_t(k[1]) << 8) + (uint32_t(k[2]) << 16) +
         (uint32_t(k[3]) << 24);
    b += k[4] + (uint32_t(k[5]) << 8) + (uint32_t(k[6]) << 16) +
         (uint32_t(k[7]) << 24);
    c += k[8] + (uint32_t(k[9]) << 8) + (uint32_t(k[10]) << 16) +
         (uint32_t(k[11]) << 24);
    mix(a, b, c);
    k += 12;
    len -= 12;
  }
  c += uint32_t(length);
  switch (len) {  // all cases fall through
    case 11: c += uint32_t(k[10]) << 24; [[fallthrough]];
    case 10: c += uint32_t(k[9]) << 16; [[fallthrough]];
    case 9: c += uint32_t(k[8]) << 8; [[fallthrough]];
    case 8: b += uint32_t(k[7]) << 24; [[fallthrough]];
    case 7: b += uint32_t(k[6]) << 16; [[fallthrough]];
    case 6: b += uint32_t(k[5]) << 8; [[fallthrough]];
    case 5: b += k[4]; [[fallthrough]];
    case 4: a += uint32_t(k[3]) << 24; [[fallthrough]];
    case 3: a += uint32_t(k[2]) << 16; [[fallthrough]];
    case 2: a += uint32_t(k[1]) << 8; [[fallthrough]];
    case 1: a += k[0]; [[fallthrough]];
    default: break;
  }
  mix(a, b, c);
  return c;
}

// The bytes of a bitstring, byte aligned: `bytes` whole bytes followed (if
// `extra_bits` > 0) by one byte whose top `extra_bits` bits are the tail.
struct AlignedBits {
  const uint8_t* data = nullptr;
  size_t bytes = 0;
  unsigned extra_bits = 0;
  std::vector<uint8_t> buf;
};

void aligned_bits(Term t, AlignedBits* out) {
  BitView v;
  bit_view(t, &v);
  out->bytes = v.bit_size / 8;
  out->extra_bits = unsigned(v.bit_size % 8);
  if (v.bit_offset % 8 == 0) {
    out->data = v.base + v.bit_offset / 8;
  } else {
    out->buf.assign(out->bytes + 1, 0);
    copy_bits(v.base, v.bit_offset, out->buf.data(), 0, v.bit_size);
    out->data = out->buf.data();
  }
}

inline bool is_byte(Term t) {
  return is_small(t) && Uint(small_value(t)) <= 255;
}

inline double float_for_hash(Term t) {
  double d = float_value(t);
  if (d == 0.0) d = 0.0;  // -0.0 hashes as 0.0
  return d;
}
inline void float_words(double d, uint32_t* lo, uint32_t* hi) {
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  *lo = uint32_t(bits);
  *hi = uint32_t(bits >> 32);
}

inline const uint64_t* big_limbs(Term t) {
  return reinterpret_cast<const uint64_t*>(boxed_val(t) + 1);
}
inline Uint big_nlimbs(Term t) { return header_arity(boxed_header(t)); }
inline bool big_negative(Term t) {
  return header_sub(boxed_header(t)) == Sub::BigNeg;
}

// A reference's 64-bit id viewed as ERTS's three ref numbers (18 + 32 + 14
// bits used).
inline uint32_t ref_number(Term t, int i) {
  uint64_t id = ref_id(t);
  switch (i) {
    case 0: return uint32_t(id & 0x3ffff);
    case 1: return uint32_t(id >> 18);
    default: return uint32_t(id >> 50);
  }
}

// HAMT node words (see map.h): payload word 1 is a small holding the
// bitmap, flagged for the root, which also stores the size.
inline bool hamt_is_root(const Term* node) {
  return (small_value(node[1]) & kHamtRootFlag) != 0;
}
inline Uint hamt_children(const Term* node, const Term** children) {
  Uint n = header_arity(node[0]);
  if (hamt_is_root(node)) {
    *children = node + 3;
    return n - 2;
  }
  *children = node + 2;
  return n - 1;
}

// ---- steps shared by make_hash2 (phash2) and make_internal_hash ----------------

// The string fast path: hashes the leading byte-sized elements of list
// `term` four to a step and returns what follows them (a cons cell whose head
// is not a byte, or the list's tail). The 0..3 bytes left over are returned
// in *rest, their number in *nrest.
inline Term hash_leading_bytes(uint32_t& hash, Term term, uint32_t* rest, int* nrest) {
  uint32_t sh = 0;
  int c = 0;
  while (is_list(term) && is_byte(car(term))) {
    sh = (sh << 8) + uint32_t(small_value(car(term)));
    if (c == 3) {
      hash1(hash, sh, hconst(4));
      c = 0;
      sh = 0;
    } else {
      c++;
    }
    term = cdr(term);
  }
  *rest = sh;
  *nrest = c;
  return term;
}

// Elements elems[0..n) are hashed in order: pushes all but the first on the
// stack (last first) and returns true with *term = elems[0]; false if n == 0.
template <typename Stack>
inline bool push_elements(Stack& s, const Term* elems, Uint n, Term* term) {
  if (n == 0) return false;
  for (Uint i = n; i > 1; i--) s.push_back(elems[i - 1]);
  *term = elems[0];
  return true;
}

// A bitstring. make_hash2 passes block_hash a 32-bit length (`len32`),
// make_internal_hash the whole size.
inline void hash_bitstring(uint32_t& hash, Term term, bool len32) {
  AlignedBits b;
  aligned_bits(term, &b);
  uint32_t con = hconst(13) + hash;
  if (b.bytes == 0 && b.extra_bits == 0) {
    hash = con;
    return;
  }
  hash = block_hash(b.data, len32 ? b.bytes & 0xFFFFFFFFu : b.bytes, con);
  if (b.extra_bits) {
    hash2(hash, b.extra_bits, b.data[b.bytes] >> (8 - b.extra_bits), hconst(15));
  }
}

inline void hash_bignum(uint32_t& hash, Term term) {
  const uint64_t* d = big_limbs(term);
  Uint n = big_nlimbs(term);
  uint32_t con = big_negative(term) ? hconst(10) : hconst(11);
  for (Uint i = 0; i < n; i++) hash2(hash, uint32_t(d[i]), uint32_t(d[i] >> 32), con);
}

}  // namespace

uint32_t atom_hash_value(Term atom) {
  std::string_view name = atom_name(atom);
  const uint8_t* p = reinterpret_cast<const uint8_t*>(name.data());
  size_t len = name.size();
  uint32_t h = 0;
  while (len--) {
    uint8_t v = *p++;
    // Two-byte UTF-8 sequences for latin-1 characters hash as the character.
    if (len && (v & 0xFE) == 0xC2 && (*p & 0xC0) == 0x80) {
      v = uint8_t((v << 6) | (*p & 0x3F));
      p++;
      len--;
    }
    h = (h << 4) + v;
    uint32_t g = h & 0xf0000000u;
    if (g) {
      h ^= (g >> 24);
      h ^= g;
    }
  }
  return h;
}

// ---- erlang:phash/2 ----------------------------------------------------------

namespace {

constexpr uint32_t F1 = 268440163;
constexpr uint32_t F2 = 268439161;
constexpr uint32_t F3 = 268435459;
constexpr uint32_t F4 = 268436141;
constexpr uint32_t F5 = 268438633;
constexpr uint32_t F6 = 268437017;
constexpr uint32_t F8 = 268437511;
constexpr uint32_t F9 = 268439627;
constexpr uint32_t F10 = 268440479;
constexpr uint32_t F11 = 268440577;
constexpr uint32_t F12 = 268440581;
constexpr uint32_t F13 = 268440593;
constexpr uint32_t F14 = 268440611;

inline void step32(uint32_t& h, uint32_t x, uint32_t p) {
  h = (((h * p + (x & 0xFF)) * p + ((x >> 8) & 0xFF)) * p +
       ((x >> 16) & 0xFF)) * p + (x >> 24);
}

struct PhashOp {
  enum Kind : uint8_t { kTerm, kListRest, kPost8, kTupleEnd, kArray } kind;
  Term term;         // kTerm, kListRest
  const Term* ptr;   // kArray
  Uint n;            // kArray count, kTupleEnd arity
};

}  // namespace

uint32_t term_phash(Term top) {
  uint32_t hash = 0;
  absl::InlinedVector<PhashOp, 32> st;
  st.push_back({PhashOp::kTerm, top, nullptr, 0});
  while (!st.empty()) {
    PhashOp op = st.back();
    st.pop_back();
    switch (op.kind) {
      case PhashOp::kPost8:
        hash *= F8;
        continue;
      case PhashOp::kTupleEnd:
        hash = hash * F9 + uint32_t(op.n);
        continue;
      case PhashOp::kArray:
        if (op.n == 0) continue;
        if (op.n > 1) st.push_back({PhashOp::kArray, 0, op.ptr + 1, op.n - 1});
        st.push_back({PhashOp::kTerm, op.ptr[0], nullptr, 0});
        continue;
      case PhashOp::kListRest:
        if (!is_list(op.term)) {
          st.push_back({PhashOp::kPost8, 0, nullptr, 0});
          st.push_back({PhashOp::kTerm, op.term, nullptr, 0});
          continue;
        }
        break;  // continue the list as a term
      case PhashOp::kTerm:
        break;
    }
    Term t = op.term;
    if (is_list(t)) {
      const Term* cell = list_val(t);
      for (;;) {
        if (is_byte(cell[0])) {
          hash = hash * F2 + uint32_t(small_value(cell[0]));
          if (!is_list(cell[1])) {
            st.push_back({PhashOp::kPost8, 0, nullptr, 0});
            st.push_back({PhashOp::kTerm, cell[1], nullptr, 0});
            break;
          }
          cell = list_val(cell[1]);
          continue;
        }
        st.push_back({PhashOp::kListRest, cell[1], nullptr, 0});
        st.push_back({PhashOp::kTerm, cell[0], nullptr, 0});
        break;
      }
      continue;
    }
    if (is_nil(t)) {
      hash = hash * F3 + 1;
    } else if (is_atom(t)) {
      hash = hash * F1 + atom_hash_value(t);
    } else if (is_small(t)) {
      Sint y1 = small_value(t);
      uint64_t y2 = y1 < 0 ? uint64_t(0) - uint64_t(y1) : uint64_t(y1);
      step32(hash, uint32_t(y2), F2);
      if (y2 >> 32) step32(hash, uint32_t(y2 >> 32), F2);
      hash *= (y1 < 0 ? F4 : F3);
    } else if (is_pid(t)) {
      step32(hash, uint32_t(pid_number(t)), F5);
      hash *= F6;
    } else if (is_port(t)) {
      uint64_t number = port_number(t);
      uint32_t low = uint32_t(number), high = uint32_t(number >> 32);
      if (high) step32(hash, high, F11);
      step32(hash, low, F9);
      hash *= F10;
    } else if (is_boxed(t)) {
      const Term* p = boxed_val(t);
      switch (header_sub(p[0])) {
        case Sub::Tuple: {
          Uint arity = header_arity(p[0]);
          st.push_back({PhashOp::kTupleEnd, 0, nullptr, arity});
          st.push_back({PhashOp::kArray, 0, p + 1, arity});
          break;
        }
        case Sub::BigPos:
        case Sub::BigNeg: {
          const uint64_t* d = big_limbs(t);
          Uint n = big_nlimbs(t);
          for (Uint i = 0; i + 1 < n; i++) {
            uint64_t x = d[i];
            for (int j = 0; j < 8; j++) {
              hash = hash * F2 + uint32_t(x & 0xff);
              x >>= 8;
            }
          }
          uint64_t x = d[n - 1];
          int k = (x >> 32) ? 8 : 4;
          for (int j = 0; j < k; j++) {
            hash = hash * F2 + uint32_t(x & 0xff);
            x >>= 8;
          }
          hash *= big_negative(t) ? F4 : F3;
          break;
        }
        case Sub::Float: {
          uint32_t lo, hi;
          float_words(float_for_hash(t), &lo, &hi);
          hash = hash * F6 + (lo ^ hi);
          break;
        }
        case Sub::Ref:
          step32(hash, ref_number(t, 0), F9);
          hash *= F10;
          break;
        case Sub::Fun: {
          const FunEntry* fe = closure_entry(t);
          Uint num_free = closure_num_free(t);
          hash = hash * F10 + uint32_t(num_free);
          hash = hash * F1 + atom_hash_value(fe->module);
          hash = hash * F2 + fe->index;
          hash = hash * F2 + fe->old_uniq;
          if (num_free > 0) {
            st.push_back({PhashOp::kArray, 0, closure_free(t), num_free});
          }
          break;
        }
        case Sub::Export: {
          const Export* ep = export_fun_entry(t);
          hash = hash * F11 + ep->arity;
          hash = hash * F1 + atom_hash_value(ep->module);
          hash = hash * F1 + atom_hash_value(ep->function);
          break;
        }
        case Sub::HeapBin:
        case Sub::RefcBin:
        case Sub::SubBin: {
          AlignedBits b;
          aligned_bits(t, &b);
          for (size_t i = 0; i < b.bytes; i++) hash = hash * F1 + b.data[i];
          if (b.extra_bits) {
            uint8_t last = uint8_t(b.data[b.bytes] >> (8 - b.extra_bits));
            hash = (hash * F1 + last) * F12 + b.extra_bits;
          }
          hash = hash * F4 + uint32_t(b.bytes);
          break;
        }
        case Sub::FlatMap:
        case Sub::HashMap:
          hash = hash * F13 + F14 + term_phash2(t);
          break;
        default:
          break;
      }
    }
  }
  return hash;
}

// ---- erlang:phash2 ------------------------------------------------------------

namespace {

// Stack markers: header words, which are never terms.
constexpr Term kMapTail = make_header(Sub::Ref, 1);
constexpr Term kMapPair = make_header(Sub::Ref, 2);
constexpr Term kCdrMark = make_header(Sub::Ref, 3);

inline bool is_ssmall28(Sint x) { return Uint((x >> 27) + 1) < 2; }

}  // namespace

uint32_t term_phash2(Term term) {
  // Fast paths as in ERTS (they give the same values as the loop below
  // would, except atoms, which return their raw hash value).
  if (is_atom(term)) return atom_hash_value(term);

  uint32_t hash = 0;
  uint32_t xor_pairs = 0;
  absl::InlinedVector<Term, 32> s;

  for (;;) {
    // Hash `term`; results continue at `pop`.
    if (is_list(term)) {
      uint32_t sh;
      int c;
      term = hash_leading_bytes(hash, term, &sh, &c);
      if (c > 0) hash1(hash, sh, hconst(4));
      if (is_list(term)) {
        s.push_back(cdr(term));
        term = car(term);
      }
      continue;  // hash the head (or the improper/empty tail)
    }
    if (is_boxed(term)) {
      const Term* p = boxed_val(term);
      Term hdr = p[0];
      switch (header_sub(hdr)) {
        case Sub::Tuple: {
          Uint arity = header_arity(hdr);
          hash1(hash, uint32_t(arity), hconst(9));
          if (push_elements(s, p + 1, arity, &term)) continue;
          break;
        }
        case Sub::FlatMap: {
          Uint size = header_arity(hdr) - 1;
          hash1(hash, uint32_t(size), hconst(16));
          if (size == 0) break;
          s.push_back(xor_pairs);
          s.push_back(hash);
          s.push_back(kMapTail);
          hash = 0;
          xor_pairs = 0;
          const Term* ks = tuple_elems(p[1]);
          const Term* vs = p + 2;
          for (Uint i = size; i-- > 0;) {
            s.push_back(kMapPair);
            s.push_back(vs[i]);
            s.push_back(ks[i]);
          }
          break;
        }
        case Sub::HashMap: {
          if (hamt_is_root(p)) {
            Uint size = Uint(small_value(p[2]));
            hash1(hash, uint32_t(size), hconst(16));
            s.push_back(xor_pairs);
            s.push_back(hash);
            s.push_back(kMapTail);
            hash = 0;
            xor_pairs = 0;
          }
          const Term* ch;
          Uint n = hamt_children(p, &ch);
          for (Uint i = 0; i < n; i++) {
            if (is_list(ch[i])) {
              s.push_back(kMapPair);
              s.push_back(cdr(ch[i]));
              s.push_back(car(ch[i]));
            } else {
              s.push_back(ch[i]);
            }
          }
          break;
        }
        case Sub::Fun: {
          const FunEntry* fe = closure_entry(term);
          Uint num_free = closure_num_free(term);
          hash2(hash, uint32_t(num_free), atom_hash_value(fe->module), kGolden);
          hash2(hash, fe->index, fe->old_uniq, kGolden);
          if (push_elements(s, closure_free(term), num_free, &term)) continue;
          break;
        }
        case Sub::Export: {
          const Export* ep = export_fun_entry(term);
          hash2(hash, ep->arity, atom_hash_value(ep->module), kGolden);
          hash1(hash, atom_hash_value(ep->function), hconst(14));
          break;
        }
        case Sub::HeapBin:
        case Sub::RefcBin:
        case Sub::SubBin:
          hash_bitstring(hash, term, true);
          break;
        case Sub::BigPos:
        case Sub::BigNeg:
          hash_bignum(hash, term);
          break;
        case Sub::Ref:
          hash1(hash, ref_number(term, 0), hconst(7));
          break;
        case Sub::Float: {
          uint32_t lo, hi;
          float_words(float_for_hash(term), &lo, &hi);
          hash2(hash, hi, lo, hconst(12));
          break;
        }
        default:
          break;
      }
    } else if (is_pid(term)) {
      hash1(hash, uint32_t(pid_number(term)), hconst(5));
    } else if (is_port(term)) {
      uint64_t number = port_number(term);
      hash2(hash, uint32_t(number), uint32_t(number >> 32), hconst(6));
    } else if (is_atom(term)) {
      if (hash == 0) {
        hash = atom_hash_value(term);
      } else {
        hash1(hash, atom_hash_value(term), hconst(3));
      }
    } else if (is_nil(term)) {
      if (hash == 0) {
        hash = 3468870702u;
      } else {
        hash1(hash, 2 /* NIL_DEF */, hconst(2));
      }
    } else if (is_small(term)) {
      Sint x = small_value(term);
      if (!is_ssmall28(x)) {
        uint64_t t = x < 0 ? uint64_t(0) - uint64_t(x) : uint64_t(x);
        hash2(hash, uint32_t(t), uint32_t(t >> 32),
              x < 0 ? hconst(10) : hconst(11));
      } else {
        int32_t y = int32_t(x);
        if (y < 0) hash1(hash, uint32_t(-y), kGolden);
        hash1(hash, uint32_t(y), kGolden);
      }
    }

    // pop the next item
    for (;;) {
      if (s.empty()) return hash;
      term = s.back();
      s.pop_back();
      if (term == kMapTail) {
        hash = uint32_t(s.back());
        s.pop_back();
        hash1(hash, xor_pairs, hconst(19));
        xor_pairs = uint32_t(s.back());
        s.pop_back();
        continue;
      }
      if (term == kMapPair) {
        xor_pairs ^= hash;
        hash = 0;
        continue;
      }
      break;
    }
  }
}

// ---- ERTS make_internal_hash (OTP 25) -------------------------------------------

namespace {

constexpr uint32_t kInternalHashSalt = 3432918353u;

inline void const_hash(uint32_t& h, uint32_t k) {
  h ^= k;
  h = (h << 17) ^ (h >> 15);
}

inline void immed_hash(uint32_t& h, uint64_t word) {
  hash2(h, uint32_t(word), uint32_t(word >> 32), kGolden);
}

// Our immediate words coincide with OTP 25's on 64-bit targets (small
// integers, [] = 0x3B; atoms, pids and ports carry our own numbering).
inline uint64_t beam_immed_word(Term t) { return uint64_t(t); }

}  // namespace

uint32_t internal_hash(Term term, uint32_t salt) {
  uint32_t hash = salt ^ kInternalHashSalt;
  if (is_immed(term)) {
    immed_hash(hash, beam_immed_word(term));
    return hash;
  }
  absl::InlinedVector<Term, 32> s;
  for (;;) {
    if (is_list(term)) {
      uint32_t sh;
      int c;
      term = hash_leading_bytes(hash, term, &sh, &c);
      if (c > 0) hash2(hash, sh, uint32_t(c), hconst(22));
      if (is_list(term)) {
        Term tail = cdr(term);
        const_hash(hash, hconst(17));
        s.push_back(tail);
        if (!is_list(tail)) s.push_back(kCdrMark);
        term = car(term);
      }
      continue;
    }
    if (is_boxed(term)) {
      const Term* p = boxed_val(term);
      Term hdr = p[0];
      switch (header_sub(hdr)) {
        case Sub::Tuple: {
          Uint arity = header_arity(hdr);
          hash1(hash, uint32_t(arity), hconst(9));
          if (push_elements(s, p + 1, arity, &term)) continue;
          break;
        }
        case Sub::FlatMap: {
          Uint size = header_arity(hdr) - 1;
          hash1(hash, uint32_t(size), hconst(16));
          const Term* ks = tuple_elems(p[1]);
          const Term* vs = p + 2;
          for (Uint i = size; i-- > 0;) {
            s.push_back(vs[i]);
            s.push_back(ks[i]);
          }
          break;
        }
        case Sub::HashMap: {
          if (hamt_is_root(p)) {
            hash1(hash, uint32_t(small_value(p[2])), hconst(16));
          }
          const Term* ch;
          Uint n = hamt_children(p, &ch);
          for (Uint i = 0; i < n; i++) {
            if (is_list(ch[i])) {
              s.push_back(cdr(ch[i]));
              s.push_back(car(ch[i]));
            } else {
              s.push_back(ch[i]);
            }
          }
          break;
        }
        case Sub::Fun: {
          const FunEntry* fe = closure_entry(term);
          Uint num_free = closure_num_free(term);
          hash2(hash, uint32_t(num_free), uint32_t(fe->module), hconst(20));
          hash2(hash, fe->index, fe->old_uniq, hconst(21));
          if (push_elements(s, closure_free(term), num_free, &term)) continue;
          break;
        }
        case Sub::Export: {
          uint64_t ptr = uint64_t(reinterpret_cast<uintptr_t>(export_fun_entry(term)));
          hash2(hash, uint32_t(ptr), uint32_t(ptr >> 32), hconst(14));
          break;
        }
        case Sub::HeapBin:
        case Sub::RefcBin:
        case Sub::SubBin:
          hash_bitstring(hash, term, false);
          break;
        case Sub::BigPos:
        case Sub::BigNeg:
          hash_bignum(hash, term);
          break;
        case Sub::Ref:
          hash1(hash, ref_number(term, 0), hconst(7));
          hash2(hash, ref_number(term, 1), ref_number(term, 2), hconst(8));
          break;
        case Sub::Float: {
          uint32_t lo, hi;
          float_words(float_for_hash(term), &lo, &hi);
          hash2(hash, lo, hi, hconst(12));
          break;
        }
        default:
          break;
      }
    } else {
      immed_hash(hash, beam_immed_word(term));
    }

    for (;;) {
      if (s.empty()) return hash;
      term = s.back();
      s.pop_back();
      if (term == kCdrMark) {
        const_hash(hash, hconst(18));
        continue;
      }
      break;
    }
  }
}

uint32_t map_key_hash(Term key, uint32_t group) {
  uint32_t salt = 0;
  if (group != 0) hash2(salt, group, 1, hconst(22));
  return internal_hash(key, salt);
}

}  // namespace beamline
