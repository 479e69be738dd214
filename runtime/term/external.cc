// The external term format. Decoding runs in two passes over the bytes: a
// scan that checks the structure and finds the end of the term without
// building anything (constant memory: a count of terms still to read), then
// a build pass driven by an explicit work stack (no C recursion, so nesting
// depth is bounded only by the input size). Encoding is iterative as well.
#include "runtime/term/external.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/synchronization/mutex.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/binary.h"
#include "runtime/term/compare.h"
#include "runtime/term/map.h"
#include "runtime/vm/bitsyntax.h"
#include "runtime/vm/module.h"
#include "runtime/vm/vm.h"

namespace beamline {
namespace {

// ---- tags -------------------------------------------------------------------
enum Tag : uint8_t {
  NEW_FLOAT_EXT = 70,
  BIT_BINARY_EXT = 77,
  COMPRESSED = 80,
  NEW_PID_EXT = 88,
  NEW_PORT_EXT = 89,
  NEWER_REFERENCE_EXT = 90,
  SMALL_INTEGER_EXT = 97,
  INTEGER_EXT = 98,
  FLOAT_EXT = 99,
  ATOM_EXT = 100,
  REFERENCE_EXT = 101,
  PORT_EXT = 102,
  PID_EXT = 103,
  SMALL_TUPLE_EXT = 104,
  LARGE_TUPLE_EXT = 105,
  NIL_EXT = 106,
  STRING_EXT = 107,
  LIST_EXT = 108,
  BINARY_EXT = 109,
  SMALL_BIG_EXT = 110,
  LARGE_BIG_EXT = 111,
  NEW_FUN_EXT = 112,
  EXPORT_EXT = 113,
  NEW_REFERENCE_EXT = 114,
  SMALL_ATOM_EXT = 115,
  MAP_EXT = 116,
  ATOM_UTF8_EXT = 118,
  SMALL_ATOM_UTF8_EXT = 119,
  V4_PORT_EXT = 120,
};

constexpr std::string_view kLocalNode = "nonode@nohost";
constexpr uint32_t kMaxPidNumber = (1u << 15) - 1;
constexpr uint32_t kMaxPidSerial = (1u << 13) - 1;
constexpr uint32_t kMaxRefW0 = (1u << 18) - 1;

// The Uniq (module md5) of funs decoded before their module is loaded: the
// placeholder FunEntry has no md5 yet, but re-encoding must reproduce it.
struct DecodedUniqs {
  absl::Mutex mu;
  absl::flat_hash_map<const FunEntry*, std::array<uint8_t, 16>> map ABSL_GUARDED_BY(mu);
};
DecodedUniqs& decoded_uniqs() {
  static DecodedUniqs* u = new DecodedUniqs();
  return *u;
}

absl::Status malformed(const char* what) {
  return absl::InvalidArgumentError(std::string("binary_to_term: ") + what);
}

// ---- reading ------------------------------------------------------------------
class Reader {
 public:
  Reader(const uint8_t* data, size_t size) : data_(data), size_(size) {}
  size_t pos() const { return pos_; }
  size_t left() const { return size_ - pos_; }
  bool has(uint64_t n) const { return uint64_t(size_ - pos_) >= n; }
  const uint8_t* here() const { return data_ + pos_; }
  void skip(size_t n) { pos_ += n; }
  uint8_t peek() const { return data_[pos_]; }
  // The callers check has() first.
  uint8_t u8() { return data_[pos_++]; }
  uint16_t u16() {
    uint16_t v = uint16_t((data_[pos_] << 8) | data_[pos_ + 1]);
    pos_ += 2;
    return v;
  }
  uint32_t u32() {
    uint32_t v = (uint32_t(data_[pos_]) << 24) | (uint32_t(data_[pos_ + 1]) << 16) |
                 (uint32_t(data_[pos_ + 2]) << 8) | uint32_t(data_[pos_ + 3]);
    pos_ += 4;
    return v;
  }
  uint64_t u64() {
    uint64_t hi = u32();
    return (hi << 32) | u32();
  }

 private:
  const uint8_t* data_;
  size_t size_;
  size_t pos_ = 0;
};

bool is_atom_tag(uint8_t tag) {
  return tag == ATOM_EXT || tag == SMALL_ATOM_EXT || tag == ATOM_UTF8_EXT ||
         tag == SMALL_ATOM_UTF8_EXT;
}

// ---- pass 1: structure scan ----------------------------------------------------
// Skips an atom (a pid/port/ref node name); false if malformed.
bool scan_atom(Reader& r) {
  if (!r.has(1)) return false;
  uint8_t tag = r.u8();
  size_t len;
  if (tag == ATOM_EXT || tag == ATOM_UTF8_EXT) {
    if (!r.has(2)) return false;
    len = r.u16();
  } else if (tag == SMALL_ATOM_EXT || tag == SMALL_ATOM_UTF8_EXT) {
    if (!r.has(1)) return false;
    len = r.u8();
  } else {
    return false;
  }
  if (!r.has(len)) return false;
  r.skip(len);
  return true;
}

// Checks that a complete term starts at r's position and moves past it.
absl::Status scan_term(Reader& r) {
  uint64_t pending = 1;  // terms still to read
  auto more = [&](uint64_t n) {
    pending += n;
    return pending <= r.left();  // each term needs at least one byte
  };
  while (pending > 0) {
    pending--;
    if (!r.has(1)) return malformed("truncated");
    uint8_t tag = r.u8();
    uint64_t fixed = 0;  // bytes to skip after the fields read below (64-bit:
                         // a 32-bit length + 1 must not wrap on wasm32)
    switch (tag) {
      case SMALL_INTEGER_EXT: fixed = 1; break;
      case INTEGER_EXT: fixed = 4; break;
      case FLOAT_EXT: fixed = 31; break;
      case NEW_FLOAT_EXT: fixed = 8; break;
      case NIL_EXT: break;
      case ATOM_EXT:
      case ATOM_UTF8_EXT:
      case STRING_EXT:
        if (!r.has(2)) return malformed("truncated");
        fixed = r.u16();
        break;
      case SMALL_ATOM_EXT:
      case SMALL_ATOM_UTF8_EXT:
        if (!r.has(1)) return malformed("truncated");
        fixed = r.u8();
        break;
      case SMALL_TUPLE_EXT:
        if (!r.has(1)) return malformed("truncated");
        if (!more(r.u8())) return malformed("truncated tuple");
        break;
      case LARGE_TUPLE_EXT:
        if (!r.has(4)) return malformed("truncated");
        if (!more(r.u32())) return malformed("truncated tuple");
        break;
      case LIST_EXT:
        if (!r.has(4)) return malformed("truncated");
        if (!more(uint64_t(r.u32()) + 1)) return malformed("truncated list");
        break;
      case MAP_EXT:
        if (!r.has(4)) return malformed("truncated");
        if (!more(uint64_t(r.u32()) * 2)) return malformed("truncated map");
        break;
      case BINARY_EXT:
        if (!r.has(4)) return malformed("truncated");
        fixed = r.u32();
        break;
      case BIT_BINARY_EXT:
        if (!r.has(5)) return malformed("truncated");
        fixed = r.u32();
        r.skip(1);
        break;
      case SMALL_BIG_EXT:
        if (!r.has(1)) return malformed("truncated");
        fixed = uint64_t(r.u8()) + 1;
        break;
      case LARGE_BIG_EXT:
        if (!r.has(4)) return malformed("truncated");
        fixed = uint64_t(r.u32()) + 1;
        break;
      case NEW_PID_EXT:
        if (!scan_atom(r)) return malformed("bad node");
        fixed = 12;
        break;
      case PID_EXT:
        if (!scan_atom(r)) return malformed("bad node");
        fixed = 9;
        break;
      case NEW_PORT_EXT:
        if (!scan_atom(r)) return malformed("bad node");
        fixed = 8;
        break;
      case V4_PORT_EXT:
        if (!scan_atom(r)) return malformed("bad node");
        fixed = 12;
        break;
      case PORT_EXT:
        if (!scan_atom(r)) return malformed("bad node");
        fixed = 5;
        break;
      case REFERENCE_EXT:
        if (!scan_atom(r)) return malformed("bad node");
        fixed = 5;
        break;
      case NEWER_REFERENCE_EXT:
      case NEW_REFERENCE_EXT: {
        if (!r.has(2)) return malformed("truncated");
        size_t n = r.u16();
        if (!scan_atom(r)) return malformed("bad node");
        fixed = (tag == NEWER_REFERENCE_EXT ? 4 : 1) + 4 * n;
        break;
      }
      case EXPORT_EXT:
        if (!more(3)) return malformed("truncated export");
        break;
      case NEW_FUN_EXT: {
        if (!r.has(29)) return malformed("truncated");
        r.skip(25);  // size, arity, uniq, index
        uint32_t num_free = r.u32();
        if (!more(uint64_t(num_free) + 4)) return malformed("truncated fun");
        break;
      }
      default:
        return malformed("unknown tag");
    }
    if (!r.has(fixed)) return malformed("truncated");
    r.skip(fixed);
  }
  return absl::OkStatus();
}

// ---- pass 2: building ---------------------------------------------------------

// Validates UTF-8 (no overlongs, surrogates or values past U+10FFFF) and
// counts its characters; -1 if invalid.
long utf8_char_count(const uint8_t* s, size_t n) {
  long chars = 0;
  for (size_t i = 0; i < n; chars++) {
    uint32_t cp;
    int len = bs_utf8_decode(s + i, n - i, &cp);
    if (len <= 0) return -1;
    i += size_t(len);
  }
  return chars;
}

class Decoder {
 public:
  Decoder(Heap& heap, VM* vm, bool safe) : heap_(heap), vm_(vm), safe_(safe) {}
  absl::StatusOr<Term> run(Reader& r);

 private:
  enum class Kind : uint8_t { Fill, FinishFlatMap, FinishHashMap };
  struct Task {
    Kind kind;
    Term* dest;
    Term* aux;  // flat map: the map's words; hash map: key/value pairs
    size_t n;
  };

  absl::StatusOr<Term> read_atom(Reader& r);
  absl::StatusOr<Term> atom_from_bytes(uint8_t tag, const uint8_t* p, size_t n);
  absl::StatusOr<Term> read_pid(Reader& r);
  absl::StatusOr<Term> read_port(Reader& r, uint8_t tag);
  absl::StatusOr<Term> read_ref(Reader& r, uint8_t tag);
  absl::StatusOr<Term> read_float_string(Reader& r);
  absl::StatusOr<int64_t> read_small_int(Reader& r);
  absl::Status check_node(Reader& r);
  Term read_bignum(Reader& r, size_t n);
  absl::Status finish_flatmap(const Task& t);
  absl::Status finish_hashmap(const Task& t);

  Heap& heap_;
  VM* vm_;
  bool safe_;
  std::vector<Task> stack_;
  std::vector<std::unique_ptr<Term[]>> side_;  // hash map key/value buffers
};

absl::StatusOr<Term> Decoder::atom_from_bytes(uint8_t tag, const uint8_t* p,
                                              size_t n) {
  std::string name;
  if (tag == ATOM_EXT || tag == SMALL_ATOM_EXT) {  // Latin-1
    if (n > kMaxAtomLength) return malformed("atom too long");
    name.reserve(n * 2);
    for (size_t i = 0; i < n; i++) {
      uint8_t c = p[i];
      if (c < 0x80) {
        name.push_back(char(c));
      } else {
        name.push_back(char(0xC0 | (c >> 6)));
        name.push_back(char(0x80 | (c & 0x3F)));
      }
    }
  } else {
    long chars = utf8_char_count(p, n);
    if (chars < 0) return malformed("invalid UTF-8 atom");
    if (size_t(chars) > kMaxAtomLength) return malformed("atom too long");
    name.assign(reinterpret_cast<const char*>(p), n);
  }
  Term a;
  if (find_atom(name, &a)) return a;
  if (safe_) return malformed("unsafe: new atom");
  absl::StatusOr<Term> created = intern_atom(name);
  if (!created.ok()) return malformed("atom table");
  return *created;
}

absl::StatusOr<Term> Decoder::read_atom(Reader& r) {
  uint8_t tag = r.u8();
  size_t len;
  if (tag == ATOM_EXT || tag == ATOM_UTF8_EXT) {
    len = r.u16();
  } else if (tag == SMALL_ATOM_EXT || tag == SMALL_ATOM_UTF8_EXT) {
    len = r.u8();
  } else {
    return malformed("atom expected");
  }
  if (!r.has(len)) return malformed("truncated");
  const uint8_t* p = r.here();
  r.skip(len);
  return atom_from_bytes(tag, p, len);
}

absl::Status Decoder::check_node(Reader& r) {
  if (!r.has(1) || !is_atom_tag(r.peek())) return malformed("bad node");
  absl::StatusOr<Term> node = read_atom(r);
  if (!node.ok()) return node.status();
  if (atom_name(*node) != kLocalNode)
    return absl::UnimplementedError("binary_to_term: identifier of another node");
  return absl::OkStatus();
}

absl::StatusOr<Term> Decoder::read_pid(Reader& r) {
  uint8_t tag = r.u8();
  if (tag != NEW_PID_EXT && tag != PID_EXT) return malformed("pid expected");
  if (absl::Status s = check_node(r); !s.ok()) return s;
  uint32_t num = r.u32();
  uint32_t serial = r.u32();
  r.skip(tag == NEW_PID_EXT ? 4 : 1);  // creation
  if (num > kMaxPidNumber || serial > kMaxPidSerial) return malformed("bad pid");
  return make_pid(Uint(num) | (Uint(serial) << 15));
}

absl::StatusOr<Term> Decoder::read_port(Reader& r, uint8_t tag) {
  if (absl::Status s = check_node(r); !s.ok()) return s;
  uint64_t id;
  if (tag == V4_PORT_EXT) {
    id = r.u64();
    r.skip(4);
  } else {
    id = r.u32();
    r.skip(tag == NEW_PORT_EXT ? 4 : 1);
  }
  if (id >= (uint64_t(1) << 59)) return malformed("bad port");
  return make_port(id);
}

absl::StatusOr<Term> Decoder::read_ref(Reader& r, uint8_t tag) {
  size_t n = 1;
  if (tag != REFERENCE_EXT) n = r.u16();
  if (absl::Status s = check_node(r); !s.ok()) return s;
  uint32_t words[3] = {0, 0, 0};
  if (tag == REFERENCE_EXT) {
    words[0] = r.u32();
    r.skip(1);
  } else {
    r.skip(tag == NEWER_REFERENCE_EXT ? 4 : 1);
    if (n < 1 || n > 3) return malformed("bad reference");
    for (size_t i = 0; i < n; i++) words[i] = r.u32();
  }
  if (words[0] > kMaxRefW0) return malformed("bad reference");
  return make_ref(heap_, ref_words_to_id(words, n));
}

Term make_float_term(Heap& heap, double d) {
  Term* p = heap.alloc(kFloatWords);
  p[0] = make_header(Sub::Float, kFloatWords - 1);
  std::memcpy(p + 1, &d, sizeof d);
  return make_boxed(p);
}

// FLOAT_EXT: 31 bytes of text, NUL padded. erl accepts
// [+-]digits[.,]digits([eE][+-]?digits)? and nothing else.
absl::StatusOr<Term> Decoder::read_float_string(Reader& r) {
  char buf[32];
  std::memcpy(buf, r.here(), 31);
  buf[31] = 0;
  r.skip(31);
  size_t i = 0;
  auto digits = [&] {
    size_t start = i;
    while (buf[i] >= '0' && buf[i] <= '9') i++;
    return i > start;
  };
  if (buf[i] == '+' || buf[i] == '-') i++;
  if (!digits()) return malformed("bad float");
  if (buf[i] != '.' && buf[i] != ',') return malformed("bad float");
  buf[i++] = '.';
  if (!digits()) return malformed("bad float");
  if (buf[i] == 'e' || buf[i] == 'E') {
    i++;
    if (buf[i] == '+' || buf[i] == '-') i++;
    if (!digits()) return malformed("bad float");
  }
  if (buf[i] != 0) return malformed("bad float");
  // strtod is locale dependent; the text is plain ASCII in the "C" form.
  char* end = nullptr;
  double d = std::strtod(buf, &end);
  if (end != buf + i || !std::isfinite(d)) return malformed("bad float");
  return make_float_term(heap_, d);
}

absl::StatusOr<int64_t> Decoder::read_small_int(Reader& r) {
  uint8_t tag = r.u8();
  if (tag == SMALL_INTEGER_EXT) return int64_t(r.u8());
  if (tag == INTEGER_EXT) return int64_t(int32_t(r.u32()));
  return malformed("integer expected");
}

// SMALL_BIG_EXT / LARGE_BIG_EXT body after the length: sign, n digits LE.
Term Decoder::read_bignum(Reader& r, size_t n) {
  bool neg = r.u8() != 0;
  const uint8_t* d = r.here();
  r.skip(n);
  while (n > 0 && d[n - 1] == 0) n--;
  size_t limbs = (n + 7) / 8;
  if (limbs == 0) return make_small(0);
  if (limbs == 1) {
    uint64_t v = 0;
    for (size_t i = n; i-- > 0;) v = (v << 8) | d[i];
    if (!neg && v <= uint64_t(kMaxSmall)) return make_small(Sint(v));
    if (neg && v <= uint64_t(kMaxSmall) + 1) return make_small(-Sint(v));
  }
  Term* p = heap_.alloc(1 + limbs);
  p[0] = make_header(neg ? Sub::BigNeg : Sub::BigPos, limbs);
  for (size_t l = 0; l < limbs; l++) {
    uint64_t v = 0;
    for (size_t b = 8; b-- > 0;) {
      size_t i = l * 8 + b;
      v = (v << 8) | (i < n ? d[i] : 0);
    }
    p[1 + l] = v;
  }
  return make_boxed(p);
}

// A small MAP_EXT becomes a flat map: sort the pairs by key, reject
// duplicates. aux = the map's words [hdr, keys tuple, values...].
absl::Status Decoder::finish_flatmap(const Task& t) {
  Term* map = t.aux;
  Term* keys = tuple_elems(map[1]);
  Term* vals = map + 2;
  size_t n = t.n;
  std::vector<uint32_t> order(n);
  for (size_t i = 0; i < n; i++) order[i] = uint32_t(i);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return compare_terms_exact(keys[a], keys[b]) < 0;
  });
  for (size_t i = 1; i < n; i++) {
    if (compare_terms_exact(keys[order[i - 1]], keys[order[i]]) == 0)
      return malformed("duplicate map key");
  }
  std::vector<Term> k(n), v(n);
  for (size_t i = 0; i < n; i++) {
    k[i] = keys[order[i]];
    v[i] = vals[order[i]];
  }
  std::copy(k.begin(), k.end(), keys);
  std::copy(v.begin(), v.end(), vals);
  *t.dest = make_boxed(map);
  return absl::OkStatus();
}

// A large MAP_EXT becomes a hash map; duplicate keys are rejected as erl
// does. aux = the key/value pairs.
absl::Status Decoder::finish_hashmap(const Task& t) {
  Term m = map_from_pairs(heap_, t.aux, t.n);
  if (map_size(m) != t.n) return malformed("duplicate map key");
  *t.dest = m;
  return absl::OkStatus();
}

absl::StatusOr<Term> Decoder::run(Reader& r) {
  Term result = NIL;
  stack_.push_back({Kind::Fill, &result, nullptr, 0});
  while (!stack_.empty()) {
    Task task = stack_.back();
    stack_.pop_back();
    if (task.kind == Kind::FinishFlatMap) {
      if (absl::Status s = finish_flatmap(task); !s.ok()) return s;
      continue;
    }
    if (task.kind == Kind::FinishHashMap) {
      if (absl::Status s = finish_hashmap(task); !s.ok()) return s;
      continue;
    }
    Term* dest = task.dest;
    // The scan guaranteed every length below is within the input.
    uint8_t tag = r.peek();
    switch (tag) {
      case SMALL_INTEGER_EXT:
        r.skip(1);
        *dest = make_small(r.u8());
        break;
      case INTEGER_EXT:
        r.skip(1);
        *dest = make_small(int32_t(r.u32()));
        break;
      case NEW_FLOAT_EXT: {
        r.skip(1);
        uint64_t bits = r.u64();
        double d;
        std::memcpy(&d, &bits, sizeof d);
        if (!std::isfinite(d)) return malformed("bad float");
        *dest = make_float_term(heap_, d);
        break;
      }
      case FLOAT_EXT: {
        r.skip(1);
        absl::StatusOr<Term> f = read_float_string(r);
        if (!f.ok()) return f.status();
        *dest = *f;
        break;
      }
      case ATOM_EXT:
      case SMALL_ATOM_EXT:
      case ATOM_UTF8_EXT:
      case SMALL_ATOM_UTF8_EXT: {
        absl::StatusOr<Term> a = read_atom(r);
        if (!a.ok()) return a.status();
        *dest = *a;
        break;
      }
      case SMALL_TUPLE_EXT:
      case LARGE_TUPLE_EXT: {
        r.skip(1);
        size_t n = tag == SMALL_TUPLE_EXT ? r.u8() : r.u32();
        Term* p = heap_.alloc(n + 1);
        p[0] = make_header(Sub::Tuple, n);
        for (size_t i = 1; i <= n; i++) p[i] = NIL;
        *dest = make_boxed(p);
        for (size_t i = n; i >= 1; i--) stack_.push_back({Kind::Fill, p + i, nullptr, 0});
        break;
      }
      case NIL_EXT:
        r.skip(1);
        *dest = NIL;
        break;
      case STRING_EXT: {
        r.skip(1);
        size_t n = r.u16();
        const uint8_t* s = r.here();
        r.skip(n);
        if (n == 0) {
          *dest = NIL;
          break;
        }
        Term* cells = heap_.alloc(2 * n);
        for (size_t i = 0; i < n; i++) {
          cells[2 * i] = make_small(s[i]);
          cells[2 * i + 1] = i + 1 < n ? make_list(cells + 2 * (i + 1)) : NIL;
        }
        *dest = make_list(cells);
        break;
      }
      case LIST_EXT: {
        r.skip(1);
        size_t n = r.u32();
        if (n == 0) {  // just the tail
          stack_.push_back({Kind::Fill, dest, nullptr, 0});
          break;
        }
        Term* cells = heap_.alloc(2 * n);
        for (size_t i = 0; i < n; i++) {
          cells[2 * i] = NIL;
          cells[2 * i + 1] = i + 1 < n ? make_list(cells + 2 * (i + 1)) : NIL;
        }
        *dest = make_list(cells);
        stack_.push_back({Kind::Fill, cells + 2 * n - 1, nullptr, 0});  // tail
        for (size_t i = n; i-- > 0;) stack_.push_back({Kind::Fill, cells + 2 * i, nullptr, 0});
        break;
      }
      case BINARY_EXT: {
        r.skip(1);
        size_t n = r.u32();
        *dest = make_binary(heap_, r.here(), n);
        r.skip(n);
        break;
      }
      case BIT_BINARY_EXT: {
        r.skip(1);
        size_t n = r.u32();
        unsigned bits = r.u8();
        if (n == 0 ? bits != 0 : (bits < 1 || bits > 8)) return malformed("bad bitstring");
        if (n == 0 || bits == 8) {
          *dest = make_binary(heap_, r.here(), n);
        } else {
          *dest = make_bitstring(heap_, r.here(), 0, (n - 1) * 8 + bits);
        }
        r.skip(n);
        break;
      }
      case SMALL_BIG_EXT:
      case LARGE_BIG_EXT: {
        r.skip(1);
        size_t n = tag == SMALL_BIG_EXT ? r.u8() : r.u32();
        *dest = read_bignum(r, n);
        break;
      }
      case MAP_EXT: {
        r.skip(1);
        size_t n = r.u32();
        if (n <= kMaxFlatMapSize) {
          Term* keys = heap_.alloc(n + 1);
          keys[0] = make_header(Sub::Tuple, n);
          Term* map = heap_.alloc(n + 2);
          map[0] = make_header(Sub::FlatMap, n + 1);
          map[1] = make_boxed(keys);
          for (size_t i = 0; i < n; i++) keys[1 + i] = map[2 + i] = NIL;
          *dest = NIL;  // set by the finish step
          stack_.push_back({Kind::FinishFlatMap, dest, map, n});
          for (size_t i = n; i-- > 0;) {
            stack_.push_back({Kind::Fill, map + 2 + i, nullptr, 0});
            stack_.push_back({Kind::Fill, keys + 1 + i, nullptr, 0});
          }
        } else {
          side_.emplace_back(new Term[2 * n]);
          Term* kv = side_.back().get();
          for (size_t i = 0; i < 2 * n; i++) kv[i] = NIL;
          *dest = NIL;
          stack_.push_back({Kind::FinishHashMap, dest, kv, n});
          for (size_t i = 2 * n; i-- > 0;) stack_.push_back({Kind::Fill, kv + i, nullptr, 0});
        }
        break;
      }
      case NEW_PID_EXT:
      case PID_EXT: {
        absl::StatusOr<Term> pid = read_pid(r);
        if (!pid.ok()) return pid.status();
        *dest = *pid;
        break;
      }
      case NEW_PORT_EXT:
      case V4_PORT_EXT:
      case PORT_EXT: {
        r.skip(1);
        absl::StatusOr<Term> port = read_port(r, tag);
        if (!port.ok()) return port.status();
        *dest = *port;
        break;
      }
      case NEWER_REFERENCE_EXT:
      case NEW_REFERENCE_EXT:
      case REFERENCE_EXT: {
        r.skip(1);
        absl::StatusOr<Term> ref = read_ref(r, tag);
        if (!ref.ok()) return ref.status();
        *dest = *ref;
        break;
      }
      case EXPORT_EXT: {
        r.skip(1);
        if (!is_atom_tag(r.peek())) return malformed("bad export");
        absl::StatusOr<Term> mod = read_atom(r);
        if (!mod.ok()) return mod.status();
        if (!is_atom_tag(r.peek())) return malformed("bad export");
        absl::StatusOr<Term> fn = read_atom(r);
        if (!fn.ok()) return fn.status();
        absl::StatusOr<int64_t> arity = read_small_int(r);
        if (!arity.ok()) return arity.status();
        if (*arity < 0) return malformed("bad export");
        if (!vm_) return absl::FailedPreconditionError("binary_to_term: no VM for funs");
        Export* e = safe_ ? vm_->exports().find(*mod, *fn, unsigned(*arity))
                          : vm_->exports().get(*mod, *fn, unsigned(*arity));
        if (!e) return malformed("unsafe: new export");
        Term* p = heap_.alloc(2);
        p[0] = make_header(Sub::Export, 1);
        p[1] = Term(reinterpret_cast<uintptr_t>(e));
        *dest = make_boxed(p);
        break;
      }
      case NEW_FUN_EXT: {
        r.skip(1);
        r.skip(4);  // Size
        unsigned arity = r.u8();
        std::array<uint8_t, 16> uniq;
        std::memcpy(uniq.data(), r.here(), 16);
        r.skip(16);
        uint32_t index = r.u32();
        uint32_t num_free = r.u32();
        if (!is_atom_tag(r.peek())) return malformed("bad fun");
        absl::StatusOr<Term> mod = read_atom(r);
        if (!mod.ok()) return mod.status();
        absl::StatusOr<int64_t> old_index = read_small_int(r);
        if (!old_index.ok()) return old_index.status();
        absl::StatusOr<int64_t> old_uniq = read_small_int(r);
        if (!old_uniq.ok()) return old_uniq.status();
        absl::StatusOr<Term> pid = read_pid(r);
        if (!pid.ok()) return pid.status();
        if (!vm_) return absl::FailedPreconditionError("binary_to_term: no VM for funs");
        FunEntry* fe = vm_->fun_entry(*mod, index, uint32_t(*old_uniq), arity, num_free);
        if (!fe) return malformed("bad fun");
        if (fe->md5.size() != 16) {
          DecodedUniqs& u = decoded_uniqs();
          absl::MutexLock lock(&u.mu);
          u.map.try_emplace(fe, uniq);
        }
        Term* p = heap_.alloc(kClosureFixedWords + num_free);
        p[0] = make_header(Sub::Fun, kClosureFixedWords - 1 + num_free);
        p[1] = Term(reinterpret_cast<uintptr_t>(fe));
        p[2] = *pid;
        for (size_t i = 0; i < num_free; i++) p[3 + i] = NIL;
        *dest = make_boxed(p);
        for (size_t i = num_free; i-- > 0;) stack_.push_back({Kind::Fill, p + 3 + i, nullptr, 0});
        break;
      }
      default:
        return malformed("unknown tag");
    }
  }
  return result;
}

absl::StatusOr<Term> decode_body(Heap& heap, const uint8_t* data, size_t size,
                                 VM* vm, bool safe, size_t* used) {
  Reader scan(data, size);
  if (absl::Status s = scan_term(scan); !s.ok()) return s;
  *used = scan.pos();
  Reader r(data, scan.pos());
  Decoder d(heap, vm, safe);
  return d.run(r);
}

// ---- encoding -------------------------------------------------------------------

// Bytes of a term encoding, or (counting) just their number. For
// term_to_iovec, large off-heap binaries are recorded as splices instead of
// being copied.
class Sink {
 public:
  Sink(bool counting, bool iovec) : counting_(counting), iovec_(iovec) {}

  void put(const void* p, size_t n) {
    if (counting_) {
      count_ += n;
    } else {
      buf_.append(static_cast<const char*>(p), n);
    }
  }
  void u8(uint8_t v) {
    if (counting_) {
      count_++;
    } else {
      buf_.push_back(char(v));
    }
  }
  void u16(uint16_t v) {
    uint8_t b[2] = {uint8_t(v >> 8), uint8_t(v)};
    put(b, 2);
  }
  void u32(uint32_t v) {
    uint8_t b[4] = {uint8_t(v >> 24), uint8_t(v >> 16), uint8_t(v >> 8), uint8_t(v)};
    put(b, 4);
  }
  void u64(uint64_t v) {
    u32(uint32_t(v >> 32));
    u32(uint32_t(v));
  }
  bool counting() const { return counting_; }
  void skip(size_t n) { count_ += n; }  // counting only
  // Logical position (spliced bytes included).
  size_t pos() const { return counting_ ? count_ : buf_.size() + spliced_; }
  size_t buf_pos() const { return buf_.size(); }
  void patch32(size_t at, uint32_t v) {
    if (counting_) return;
    buf_[at] = char(v >> 24);
    buf_[at + 1] = char(v >> 16);
    buf_[at + 2] = char(v >> 8);
    buf_[at + 3] = char(v);
  }
  // `bin` (a byte-aligned bitstring view starting at its first byte) as
  // `n` bytes from `bytes`.
  void binary_bytes(Term bin, const uint8_t* bytes, size_t n) {
    if (iovec_ && !counting_ && n > kMaxHeapBinSize) {
      splices_.push_back({buf_.size(), bin, n});
      spliced_ += n;
      return;
    }
    put(bytes, n);
  }

  struct Splice {
    size_t at;  // position in buf_
    Term bin;
    size_t bytes;
  };
  std::string& buf() { return buf_; }
  const std::vector<Splice>& splices() const { return splices_; }

 private:
  bool counting_;
  bool iovec_;
  size_t count_ = 0;
  size_t spliced_ = 0;
  std::string buf_;
  std::vector<Splice> splices_;
};

class Encoder {
 public:
  Encoder(Sink& out, const EncodeOptions& opts) : out_(out), opts_(opts) {}
  absl::Status run(Term root);

 private:
  enum class Kind : uint8_t { Term, ListRest, PatchSize };
  struct Item {
    Kind kind;
    Term t;
    size_t at;     // PatchSize: buffer position of the size field
    size_t start;  // PatchSize: logical position of the size field
  };

  void atom(Term a);
  void integer(Term t);
  void small_int(Sint v);
  void node() { atom(local_node()); }
  static Term local_node() {
    static const Term n = atom_from(kLocalNode);
    return n;
  }
  void push(Term t) { stack_.push_back({Kind::Term, t, 0, 0}); }
  void collect_map(Term m, std::vector<std::pair<Term, Term>>* pairs);

  Sink& out_;
  const EncodeOptions& opts_;
  std::vector<Item> stack_;
};

void Encoder::atom(Term a) {
  std::string_view name = atom_name(a);
  if (opts_.minor_version < 2) {
    // Latin-1 atoms as ATOM_EXT (erl 25 with minor_version 0 and 1).
    bool ascii = true;
    for (char c : name) ascii &= uint8_t(c) < 0x80;
    if (ascii) {
      out_.u8(ATOM_EXT);
      out_.u16(uint16_t(name.size()));
      out_.put(name.data(), name.size());
      return;
    }
    std::string latin1;
    bool ok = true;
    for (size_t i = 0; i < name.size() && ok;) {
      uint8_t c = uint8_t(name[i]);
      if (c < 0x80) {
        latin1.push_back(char(c));
        i++;
      } else if ((c & 0xE0) == 0xC0 && i + 1 < name.size() && c <= 0xC3) {
        latin1.push_back(char(((c & 0x1F) << 6) | (uint8_t(name[i + 1]) & 0x3F)));
        i += 2;
      } else {
        ok = false;
      }
    }
    if (ok) {
      out_.u8(ATOM_EXT);
      out_.u16(uint16_t(latin1.size()));
      out_.put(latin1.data(), latin1.size());
      return;
    }
  }
  if (name.size() <= 255) {
    out_.u8(SMALL_ATOM_UTF8_EXT);
    out_.u8(uint8_t(name.size()));
  } else {
    out_.u8(ATOM_UTF8_EXT);
    out_.u16(uint16_t(name.size()));
  }
  out_.put(name.data(), name.size());
}

void Encoder::small_int(Sint v) {
  if (v >= 0 && v <= 255) {
    out_.u8(SMALL_INTEGER_EXT);
    out_.u8(uint8_t(v));
  } else if (v >= INT32_MIN && v <= INT32_MAX) {
    out_.u8(INTEGER_EXT);
    out_.u32(uint32_t(int32_t(v)));
  } else {
    uint64_t mag = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
    uint8_t digits[8];
    size_t n = 0;
    while (mag) {
      digits[n++] = uint8_t(mag);
      mag >>= 8;
    }
    out_.u8(SMALL_BIG_EXT);
    out_.u8(uint8_t(n));
    out_.u8(v < 0 ? 1 : 0);
    out_.put(digits, n);
  }
}

void Encoder::integer(Term t) {
  if (is_small(t)) {
    small_int(small_value(t));
    return;
  }
  const Term* p = boxed_val(t);
  size_t limbs = header_arity(p[0]);
  bool neg = header_sub(p[0]) == Sub::BigNeg;
  uint64_t top = p[limbs];
  size_t top_bytes = 0;
  while (top) {
    top_bytes++;
    top >>= 8;
  }
  size_t n = (limbs - 1) * 8 + top_bytes;
  // A normalised bignum may still fit INTEGER_EXT on other word sizes, not
  // here: it is outside the 60-bit small range.
  if (n <= 255) {
    out_.u8(SMALL_BIG_EXT);
    out_.u8(uint8_t(n));
  } else {
    out_.u8(LARGE_BIG_EXT);
    out_.u32(uint32_t(n));
  }
  out_.u8(neg ? 1 : 0);
  for (size_t i = 0; i < n; i++) {
    uint64_t limb = p[1 + i / 8];
    out_.u8(uint8_t(limb >> (8 * (i % 8))));
  }
}

void Encoder::collect_map(Term m, std::vector<std::pair<Term, Term>>* pairs) {
  if (is_flatmap(m)) {
    size_t n = flatmap_size(m);
    const Term* keys = tuple_elems(flatmap_keys(m));
    const Term* vals = flatmap_values(m);
    for (size_t i = 0; i < n; i++) pairs->emplace_back(keys[i], vals[i]);
  } else {
    // erl writes hash maps in maps:to_list order: the reverse of the
    // iteration order.
    map_foreach_reverse(m, [&](Term k, Term v) { pairs->emplace_back(k, v); });
  }
  if (opts_.deterministic) {
    std::stable_sort(pairs->begin(), pairs->end(), [](const auto& a, const auto& b) {
      return compare_terms_exact(a.first, b.first) < 0;
    });
  }
}

absl::Status Encoder::run(Term root) {
  push(root);
  std::vector<std::pair<Term, Term>> pairs;
  while (!stack_.empty()) {
    Item item = stack_.back();
    stack_.pop_back();
    if (item.kind == Kind::PatchSize) {
      out_.patch32(item.at, uint32_t(out_.pos() - item.start));
      continue;
    }
    Term t = item.t;
    if (item.kind == Kind::ListRest) {
      if (is_list(t)) {
        stack_.push_back({Kind::ListRest, cdr(t), 0, 0});
        push(car(t));
      } else {
        push(t);  // the tail
      }
      continue;
    }
    switch (t & kTagMask) {
      case kTagList: {
        size_t n = 0;
        bool bytes = true;
        Term l = t;
        for (; is_list(l); l = cdr(l)) {
          n++;
          Term h = car(l);
          if (bytes && !(is_small(h) && small_value(h) >= 0 && small_value(h) <= 255))
            bytes = false;
        }
        if (bytes && is_nil(l) && n <= 0xFFFF) {
          out_.u8(STRING_EXT);
          out_.u16(uint16_t(n));
          for (l = t; is_list(l); l = cdr(l)) out_.u8(uint8_t(small_value(car(l))));
          break;
        }
        if (n > 0xFFFFFFFFu) return absl::ResourceExhaustedError("list too long");
        out_.u8(LIST_EXT);
        out_.u32(uint32_t(n));
        stack_.push_back({Kind::ListRest, t, 0, 0});
        break;
      }
      case kTagBoxed: {
        const Term* p = boxed_val(t);
        switch (header_sub(p[0])) {
          case Sub::Tuple: {
            size_t n = header_arity(p[0]);
            if (n <= 255) {
              out_.u8(SMALL_TUPLE_EXT);
              out_.u8(uint8_t(n));
            } else {
              out_.u8(LARGE_TUPLE_EXT);
              out_.u32(uint32_t(n));
            }
            for (size_t i = n; i >= 1; i--) push(p[i]);
            break;
          }
          case Sub::BigPos:
          case Sub::BigNeg:
            integer(t);
            break;
          case Sub::Float: {
            double d = float_value(t);
            if (opts_.minor_version == 0) {
              char buf[32];
              std::memset(buf, 0, sizeof buf);
              std::snprintf(buf, sizeof buf, "%.20e", d);
              out_.u8(FLOAT_EXT);
              out_.put(buf, 31);
            } else {
              uint64_t bits;
              std::memcpy(&bits, &d, sizeof bits);
              out_.u8(NEW_FLOAT_EXT);
              out_.u64(bits);
            }
            break;
          }
          case Sub::Ref: {
            uint32_t w[3];
            ref_id_to_words(ref_id(t), w);
            out_.u8(NEWER_REFERENCE_EXT);
            out_.u16(3);
            node();
            out_.u32(0);  // creation
            for (uint32_t x : w) out_.u32(x);
            break;
          }
          case Sub::HeapBin:
          case Sub::RefcBin:
          case Sub::SubBin: {
            BitView v;
            bit_view(t, &v);
            size_t full = v.bit_size / 8;
            unsigned rest = unsigned(v.bit_size % 8);
            if (rest == 0) {
              out_.u8(BINARY_EXT);
              out_.u32(uint32_t(full));
            } else {
              out_.u8(BIT_BINARY_EXT);
              out_.u32(uint32_t(full + 1));
              out_.u8(uint8_t(rest));
            }
            if (v.bit_offset % 8 == 0) {
              out_.binary_bytes(t, v.base + v.bit_offset / 8, full);
            } else {
              std::string tmp(full, '\0');
              copy_bits(v.base, v.bit_offset, reinterpret_cast<uint8_t*>(tmp.data()), 0,
                        full * 8);
              out_.put(tmp.data(), tmp.size());
            }
            if (rest) {
              uint8_t last = 0;
              copy_bits(v.base, v.bit_offset + full * 8, &last, 0, rest);
              out_.u8(last);
            }
            break;
          }
          case Sub::FlatMap:
          case Sub::HashMap: {
            pairs.clear();
            collect_map(t, &pairs);
            out_.u8(MAP_EXT);
            out_.u32(uint32_t(pairs.size()));
            for (size_t i = pairs.size(); i-- > 0;) {
              push(pairs[i].second);
              push(pairs[i].first);
            }
            break;
          }
          case Sub::Export: {
            const Export* e = export_fun_entry(t);
            out_.u8(EXPORT_EXT);
            atom(e->module);
            atom(e->function);
            small_int(Sint(e->arity));
            break;
          }
          case Sub::Fun: {
            const FunEntry* fe = closure_entry(t);
            size_t num_free = closure_num_free(t);
            size_t start = out_.pos();
            out_.u8(NEW_FUN_EXT);
            size_t at = out_.buf_pos();
            out_.u32(0);  // Size, patched below
            out_.u8(uint8_t(fe->arity));
            std::array<uint8_t, 16> uniq{};
            if (fe->md5.size() == 16) {
              std::memcpy(uniq.data(), fe->md5.data(), 16);
            } else {  // a placeholder: the Uniq it was decoded with, if any
              DecodedUniqs& u = decoded_uniqs();
              absl::MutexLock lock(&u.mu);
              auto it = u.map.find(fe);
              if (it != u.map.end()) uniq = it->second;
            }
            out_.put(uniq.data(), 16);
            out_.u32(fe->index);
            out_.u32(uint32_t(num_free));
            atom(fe->module);
            if (out_.counting()) {
              // erlang:external_size reserves INTEGER_EXT room for OldIndex
              // and OldUniq whatever their values (erl's estimate).
              out_.skip(10);
            } else {
              small_int(Sint(fe->index));
              small_int(Sint(fe->old_uniq));
            }
            // The creator pid (always a local pid here).
            stack_.push_back({Kind::PatchSize, 0, at, start + 1});
            const Term* fv = closure_free(t);
            for (size_t i = num_free; i-- > 0;) push(fv[i]);
            push(closure_creator(t));
            break;
          }
          default:
            return absl::InvalidArgumentError("term_to_binary: not a term");
        }
        break;
      }
      case kTagImmed1: {
        if (is_small(t)) {
          small_int(small_value(t));
        } else if (is_atom(t)) {
          atom(t);
        } else if (is_nil(t)) {
          out_.u8(NIL_EXT);
        } else if (is_pid(t)) {
          Uint n = pid_number(t);
          out_.u8(NEW_PID_EXT);
          node();
          out_.u32(uint32_t(n & kMaxPidNumber));
          out_.u32(uint32_t(n >> 15));
          out_.u32(0);  // creation
        } else if (is_port(t)) {
          Uint n = port_number(t);
          if (n <= 0xFFFFFFFFu) {
            out_.u8(NEW_PORT_EXT);
            node();
            out_.u32(uint32_t(n));
          } else {
            out_.u8(V4_PORT_EXT);
            node();
            out_.u64(n);
          }
          out_.u32(0);  // creation
        } else {
          return absl::InvalidArgumentError("term_to_binary: not a term");
        }
        break;
      }
      default:
        return absl::InvalidArgumentError("term_to_binary: not a term");
    }
  }
  return absl::OkStatus();
}

absl::Status check_options(const EncodeOptions& opts) {
  if (opts.compressed < 0 || opts.compressed > 9)
    return absl::InvalidArgumentError("compression level out of range");
  if (opts.minor_version < 0 || opts.minor_version > 2)
    return absl::InvalidArgumentError("minor_version out of range");
  return absl::OkStatus();
}

// Replaces `bytes` (a full encoding) by its compressed form if erl would:
// when compressing does not make it longer.
void maybe_compress(std::string* bytes, int level) {
  if (level <= 0 || bytes->size() < 2) return;
  size_t payload = bytes->size() - 1;
  if (payload > 0xFFFFFFFFu) return;
  uLongf zlen = compressBound(uLong(payload));
  std::string out(6 + zlen, '\0');
  if (compress2(reinterpret_cast<Bytef*>(out.data() + 6), &zlen,
                reinterpret_cast<const Bytef*>(bytes->data() + 1), uLong(payload),
                level) != Z_OK)
    return;
  if (6 + zlen > bytes->size()) return;
  out.resize(6 + zlen);
  out[0] = char(kExternalVersion);
  out[1] = char(COMPRESSED);
  out[2] = char(payload >> 24);
  out[3] = char(payload >> 16);
  out[4] = char(payload >> 8);
  out[5] = char(payload);
  bytes->swap(out);
}

}  // namespace

absl::StatusOr<Term> decode_external(Heap& heap, std::string_view bytes, VM* vm,
                                     bool safe, size_t* used_bytes) {
  const uint8_t* data = reinterpret_cast<const uint8_t*>(bytes.data());
  size_t size = bytes.size();
  if (size < 2 || data[0] != kExternalVersion) return malformed("bad version");
  size_t used = 0;
  if (data[1] != COMPRESSED) {
    absl::StatusOr<Term> t = decode_body(heap, data + 1, size - 1, vm, safe, &used);
    if (t.ok() && used_bytes) *used_bytes = used + 1;
    return t;
  }
  // <<131, 80, UncompressedSize:32, ZlibStream>>
  if (size < 6) return malformed("truncated");
  uint64_t real = (uint64_t(data[2]) << 24) | (uint64_t(data[3]) << 16) |
                  (uint64_t(data[4]) << 8) | uint64_t(data[5]);
  // Deflate cannot expand by more than about 1032:1: refuse absurd claims
  // up front, and grow the output as data actually arrives rather than
  // trusting the claimed size.
  if (real == 0 || real > uint64_t(size - 6) * 1040 + 64) return malformed("bad compressed size");
  std::string plain;
  plain.reserve(size_t(std::min<uint64_t>(real, 1 << 20)));
  z_stream zs;
  std::memset(&zs, 0, sizeof zs);
  if (inflateInit(&zs) != Z_OK) return absl::InternalError("zlib");
  zs.next_in = const_cast<Bytef*>(data + 6);
  zs.avail_in = uInt(std::min<size_t>(size - 6, 0xFFFFFFFFu));
  int rc = Z_OK;
  uint8_t chunk[16384];
  while (rc == Z_OK) {
    zs.next_out = chunk;
    zs.avail_out = sizeof chunk;
    rc = inflate(&zs, Z_NO_FLUSH);
    size_t got = sizeof chunk - zs.avail_out;
    if (plain.size() + got > real) {
      rc = Z_DATA_ERROR;  // more data than announced
      break;
    }
    plain.append(reinterpret_cast<const char*>(chunk), got);
    // Z_BUF_ERROR (no progress with room to write): a truncated stream.
  }
  size_t consumed = zs.total_in;
  inflateEnd(&zs);
  if (rc != Z_STREAM_END || plain.size() != real) return malformed("bad compressed data");
  absl::StatusOr<Term> t = decode_body(
      heap, reinterpret_cast<const uint8_t*>(plain.data()), plain.size(), vm, safe, &used);
  if (t.ok() && used_bytes) *used_bytes = 6 + consumed;
  return t;
}

absl::StatusOr<std::string> encode_external(Term t, const EncodeOptions& opts) {
  if (absl::Status s = check_options(opts); !s.ok()) return s;
  Sink sink(/*counting=*/false, /*iovec=*/false);
  sink.u8(kExternalVersion);
  Encoder enc(sink, opts);
  if (absl::Status s = enc.run(t); !s.ok()) return s;
  std::string out = std::move(sink.buf());
  maybe_compress(&out, opts.compressed);
  return out;
}

absl::StatusOr<Term> encode_external_iovec(Heap& heap, Term t,
                                           const EncodeOptions& opts) {
  if (absl::Status s = check_options(opts); !s.ok()) return s;
  if (opts.compressed > 0) {
    absl::StatusOr<std::string> bytes = encode_external(t, opts);
    if (!bytes.ok()) return bytes.status();
    return make_binary(heap, *bytes);
  }
  Sink sink(/*counting=*/false, /*iovec=*/true);
  sink.u8(kExternalVersion);
  Encoder enc(sink, opts);
  if (absl::Status s = enc.run(t); !s.ok()) return s;
  const std::string& buf = sink.buf();
  std::vector<Term> parts;
  size_t from = 0;
  for (const Sink::Splice& sp : sink.splices()) {
    if (sp.at > from) parts.push_back(make_binary(heap, buf.data() + from, sp.at - from));
    BitView v;
    bit_view(sp.bin, &v);
    parts.push_back(v.bit_size % 8 == 0 ? sp.bin
                                        : make_sub_binary(heap, sp.bin, 0, sp.bytes * 8));
    from = sp.at;
  }
  if (buf.size() > from) parts.push_back(make_binary(heap, buf.data() + from, buf.size() - from));
  Term list = NIL;
  for (size_t i = parts.size(); i-- > 0;) {
    Term* cell = heap.alloc(2);
    cell[0] = parts[i];
    cell[1] = list;
    list = make_list(cell);
  }
  return list;
}

size_t external_size(Term t, const EncodeOptions& opts) {
  Sink sink(/*counting=*/true, /*iovec=*/false);
  sink.u8(kExternalVersion);
  Encoder enc(sink, opts);
  if (!enc.run(t).ok()) return 0;
  return sink.pos();
}

}  // namespace beamline
