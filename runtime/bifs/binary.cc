// The `binary` module: the functions that are BIFs (NIFs) in OTP 25's
// binary.erl. bin_to_list, replace, encode_hex and decode_hex are Erlang
// code in binary.erl and run from the loaded module.
//
// binary:compile_pattern/1 returns {bm, Pattern} for one pattern and
// {ac, [Pattern, ...]} for several (erl holds a magic reference in the second
// element; only the printed form differs).
#include <algorithm>
#include <array>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/bifs/bif.h"
#include "runtime/bifs/binary_util.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/binary.h"
#include "runtime/vm/bitsyntax.h"

namespace beamline {
namespace {

Term atom_bm() {
  static const Term a = atom_from("bm");
  return a;
}
Term atom_ac() {
  static const Term a = atom_from("ac");
  return a;
}
Term atom_scope() {
  static const Term a = atom_from("scope");
  return a;
}
Term atom_trim() {
  static const Term a = atom_from("trim");
  return a;
}
Term atom_trim_all() {
  static const Term a = atom_from("trim_all");
  return a;
}

// A byte-aligned binary's view; false for non-binaries and bitstrings.
bool binary_view(Term t, BitView* v) {
  return bit_view(t, v) && v->bit_size % 8 == 0;
}

// ---- patterns -----------------------------------------------------------------

// A search over one or more non-empty byte patterns, leftmost-longest.
class Matcher {
 public:
  // Parses a pattern argument (binary, list of binaries or a compiled
  // pattern); false = badarg.
  bool init(Term pat) {
    if (is_tuple(pat) && tuple_arity(pat) == 2) {
      Term tag = tuple_elems(pat)[0], body = tuple_elems(pat)[1];
      if (tag == atom_bm()) return add_binary(body) && finish();
      if (tag == atom_ac()) return add_list(body) && finish();
      return false;
    }
    if (is_list(pat)) return add_list(pat) && finish();
    return add_binary(pat) && finish();
  }

  // First match in [from, to) of s: position and length, or false.
  bool find(std::string_view s, size_t from, size_t to, size_t* pos,
            size_t* len) const {
    if (to <= from) return false;
    std::string_view hay = s.substr(0, to);
    if (pats_.size() == 1) {
      const std::string& p = pats_[0];
      if (p.size() > to - from) return false;
      size_t at = hay.find(p, from);
      if (at == std::string_view::npos) return false;
      *pos = at;
      *len = p.size();
      return true;
    }
    for (size_t i = from; i < to; i++) {
      uint8_t c = uint8_t(hay[i]);
      if (!first_[c]) continue;
      for (const std::string& p : pats_) {  // longest first
        if (p.size() <= to - i && uint8_t(p[0]) == c &&
            hay.compare(i, p.size(), p) == 0) {
          *pos = i;
          *len = p.size();
          return true;
        }
      }
    }
    return false;
  }

 private:
  bool add_binary(Term t) {
    BitView v;
    if (!binary_view(t, &v) || v.bit_size == 0) return false;
    ByteSpan b(v);
    pats_.emplace_back(b.view());
    return true;
  }
  bool add_list(Term t) {
    if (!is_list(t)) return false;
    for (; is_list(t); t = cdr(t)) {
      if (!add_binary(car(t))) return false;
    }
    return is_nil(t);
  }
  bool finish() {
    std::stable_sort(pats_.begin(), pats_.end(),
                     [](const std::string& a, const std::string& b) {
                       return a.size() > b.size();
                     });
    first_.fill(false);
    for (const std::string& p : pats_) first_[uint8_t(p[0])] = true;
    return !pats_.empty();
  }

  std::vector<std::string> pats_;
  std::array<bool, 256> first_{};
};

Term bif_compile_pattern(Process* p, const Term* args) {
  Term pat = args[0];
  Matcher m;
  if (is_tuple(pat) || !m.init(pat)) return raise_badarg(p);
  if (is_list(pat)) {
    if (is_nil(cdr(pat))) return make_tuple(*p, {atom_bm(), car(pat)});
    return make_tuple(*p, {atom_ac(), pat});
  }
  return make_tuple(*p, {atom_bm(), pat});
}

// ---- options --------------------------------------------------------------------

struct Opts {
  size_t start = 0;
  size_t end = 0;
  bool global = false;
  bool trim = false;
  bool trim_all = false;
};

// Parses {scope, {Start, Length}} (and, for split, global/trim/trim_all)
// against a subject of `size` bytes. Like erl, elements are read while the
// list continues; an improper tail is ignored.
bool parse_opts(Term l, size_t size, bool split, Opts* o) {
  o->start = 0;
  o->end = size;
  if (is_nil(l)) return true;
  if (!is_list(l)) return false;
  for (; is_list(l); l = cdr(l)) {
    Term e = car(l);
    if (split && e == atom::global) {
      o->global = true;
      continue;
    }
    if (split && e == atom_trim()) {
      o->trim = true;
      continue;
    }
    if (split && e == atom_trim_all()) {
      o->trim_all = true;
      continue;
    }
    if (!is_tuple(e) || tuple_arity(e) != 2 || tuple_elems(e)[0] != atom_scope()) {
      return false;
    }
    Term sc = tuple_elems(e)[1];
    if (!is_tuple(sc) || tuple_arity(sc) != 2) return false;
    Term st = tuple_elems(sc)[0], lt = tuple_elems(sc)[1];
    if (!is_small(st) || !is_small(lt) || small_value(st) < 0) return false;
    Sint pos = small_value(st), len = small_value(lt);
    if (len < 0) {
      if (-len > pos) return false;
      pos += len;
      len = -len;
    }
    if (Uint(pos) > size || Uint(pos + len) > size) return false;
    o->start = size_t(pos);
    o->end = size_t(pos + len);
  }
  return true;
}

// ---- match / matches / split ------------------------------------------------

Term do_match(Process* p, Term subj, Term pat, Term opts_t) {
  BitView v;
  Matcher m;
  if (!binary_view(subj, &v) || !m.init(pat)) return raise_badarg(p);
  ByteSpan s(v);
  Opts o;
  if (!parse_opts(opts_t, s.size(), false, &o)) return raise_badarg(p);
  size_t pos, len;
  if (!m.find(s.view(), o.start, o.end, &pos, &len)) return atom::nomatch;
  return make_tuple(*p, {make_small(Sint(pos)), make_small(Sint(len))});
}

Term bif_match_2(Process* p, const Term* a) { return do_match(p, a[0], a[1], NIL); }
Term bif_match_3(Process* p, const Term* a) {
  return do_match(p, a[0], a[1], a[2]);
}

Term do_matches(Process* p, Term subj, Term pat, Term opts_t) {
  BitView v;
  Matcher m;
  if (!binary_view(subj, &v) || !m.init(pat)) return raise_badarg(p);
  ByteSpan s(v);
  Opts o;
  if (!parse_opts(opts_t, s.size(), false, &o)) return raise_badarg(p);
  std::vector<Term> found;
  size_t at = o.start, pos, len;
  while (m.find(s.view(), at, o.end, &pos, &len)) {
    found.push_back(
        make_tuple(*p, {make_small(Sint(pos)), make_small(Sint(len))}));
    at = pos + len;
  }
  return make_list_from(*p, found.data(), found.size());
}

Term bif_matches_2(Process* p, const Term* a) {
  return do_matches(p, a[0], a[1], NIL);
}
Term bif_matches_3(Process* p, const Term* a) {
  return do_matches(p, a[0], a[1], a[2]);
}

Term do_split(Process* p, Term subj, Term pat, Term opts_t) {
  BitView v;
  Matcher m;
  if (!binary_view(subj, &v) || !m.init(pat)) return raise_badarg(p);
  ByteSpan s(v);
  Opts o;
  if (!parse_opts(opts_t, s.size(), true, &o)) return raise_badarg(p);
  // Part boundaries [begin, end) in bytes.
  std::vector<std::pair<size_t, size_t>> parts;
  size_t at = o.start, prev = 0, pos, len;
  while (m.find(s.view(), at, o.end, &pos, &len)) {
    parts.push_back({prev, pos});
    prev = at = pos + len;
    if (!o.global) break;
  }
  parts.push_back({prev, s.size()});
  if (o.trim_all) {
    parts.erase(std::remove_if(parts.begin(), parts.end(),
                               [](const auto& pr) { return pr.first == pr.second; }),
                parts.end());
  } else if (o.trim) {
    while (!parts.empty() && parts.back().first == parts.back().second) {
      parts.pop_back();
    }
  }
  std::vector<Term> out;
  out.reserve(parts.size());
  for (const auto& [b, e] : parts) {
    out.push_back(make_sub_binary(*p, subj, b * 8, (e - b) * 8));
  }
  return make_list_from(*p, out.data(), out.size());
}

Term bif_split_2(Process* p, const Term* a) { return do_split(p, a[0], a[1], NIL); }
Term bif_split_3(Process* p, const Term* a) {
  return do_split(p, a[0], a[1], a[2]);
}

// ---- simple accessors -----------------------------------------------------------

Term bif_at(Process* p, const Term* a) {
  BitView v;
  if (!binary_view(a[0], &v) || !is_small(a[1])) return raise_badarg(p);
  Sint i = small_value(a[1]);
  if (i < 0 || Uint(i) >= v.bit_size / 8) return raise_badarg(p);
  return make_small(Sint(bs_read_bits(v.base, v.bit_offset + size_t(i) * 8, 8)));
}

Term bif_first(Process* p, const Term* a) {
  BitView v;
  if (!binary_view(a[0], &v) || v.bit_size == 0) return raise_badarg(p);
  return make_small(Sint(bs_read_bits(v.base, v.bit_offset, 8)));
}

Term bif_last(Process* p, const Term* a) {
  BitView v;
  if (!binary_view(a[0], &v) || v.bit_size == 0) return raise_badarg(p);
  return make_small(Sint(bs_read_bits(v.base, v.bit_offset + v.bit_size - 8, 8)));
}

Term do_copy(Process* p, Term bin, Term n_t) {
  BitView v;
  if (!binary_view(bin, &v) || !is_small(n_t) || small_value(n_t) < 0) {
    return raise_badarg(p);
  }
  size_t size = v.bit_size / 8;
  Uint n = Uint(small_value(n_t));
  constexpr Uint kMaxBytes = Uint(1) << 56;
  if (size && n > kMaxBytes / size) return raise_system_limit(p);
  ByteSpan s(v);
  uint8_t* dst;
  Term out = make_uninit_binary(*p, size * n, &dst);
  for (Uint i = 0; i < n; i++) std::memcpy(dst + i * size, s.data(), size);
  return out;
}

Term bif_copy_1(Process* p, const Term* a) { return do_copy(p, a[0], make_small(1)); }
Term bif_copy_2(Process* p, const Term* a) { return do_copy(p, a[0], a[1]); }

// big / little (native is not accepted, as in erl).
bool parse_endianness(Term t, bool* little) {
  if (t == atom::big) {
    *little = false;
    return true;
  }
  if (t == atom::little) {
    *little = true;
    return true;
  }
  return false;
}

Term do_decode_unsigned(Process* p, Term bin, Term endian) {
  BitView v;
  bool little;
  if (!binary_view(bin, &v) || !parse_endianness(endian, &little)) {
    return raise_badarg(p);
  }
  ByteSpan s(v);
  std::vector<uint8_t> le(s.data(), s.data() + s.size());
  if (!little) std::reverse(le.begin(), le.end());
  return bs_make_integer_le(*p, le.data(), le.size(), false);
}

Term bif_decode_unsigned_1(Process* p, const Term* a) {
  return do_decode_unsigned(p, a[0], atom::big);
}
Term bif_decode_unsigned_2(Process* p, const Term* a) {
  return do_decode_unsigned(p, a[0], a[1]);
}

Term do_encode_unsigned(Process* p, Term n, Term endian) {
  bool little;
  if (!is_integer(n) || !parse_endianness(endian, &little)) return raise_badarg(p);
  std::vector<uint8_t> le;
  if (is_small(n)) {
    Sint v = small_value(n);
    if (v < 0) return raise_badarg(p);
    do {
      le.push_back(uint8_t(v & 0xFF));
      v >>= 8;
    } while (v);
  } else {
    const Term* b = boxed_val(n);
    if (header_sub(*b) == Sub::BigNeg) return raise_badarg(p);
    Uint limbs = header_arity(*b);
    for (Uint i = 0; i < limbs; i++) {
      for (int k = 0; k < 8; k++) le.push_back(uint8_t(b[1 + i] >> (8 * k)));
    }
    while (le.size() > 1 && le.back() == 0) le.pop_back();
  }
  if (!little) std::reverse(le.begin(), le.end());
  return make_binary(*p, le.data(), le.size());
}

Term bif_encode_unsigned_1(Process* p, const Term* a) {
  return do_encode_unsigned(p, a[0], atom::big);
}
Term bif_encode_unsigned_2(Process* p, const Term* a) {
  return do_encode_unsigned(p, a[0], a[1]);
}

Term bif_list_to_bin(Process* p, const Term* a) {
  Term t = a[0];
  if (!is_list(t) && !is_nil(t)) return raise_badarg(p);
  std::string out;
  if (!iodata_to_bytes(t, &out)) return raise_badarg(p);
  return make_binary(*p, out);
}

// The binaries of a non-empty proper list; false = badarg.
bool binary_list(Term l, std::vector<BitView>* out) {
  if (!is_list(l)) return false;
  for (; is_list(l); l = cdr(l)) {
    BitView v;
    if (!binary_view(car(l), &v)) return false;
    out->push_back(v);
  }
  return is_nil(l);
}

Term common_affix(Process* p, Term list, bool suffix) {
  std::vector<BitView> bins;
  if (!binary_list(list, &bins)) return raise_badarg(p);
  size_t n = SIZE_MAX;
  for (const BitView& v : bins) n = std::min(n, v.bit_size / 8);
  size_t common = 0;
  for (; common < n; common++) {
    auto byte_at = [&](const BitView& v) {
      size_t size = v.bit_size / 8;
      size_t idx = suffix ? size - 1 - common : common;
      return bs_read_bits(v.base, v.bit_offset + idx * 8, 8);
    };
    uint64_t c = byte_at(bins[0]);
    bool same = true;
    for (size_t i = 1; i < bins.size() && same; i++) same = byte_at(bins[i]) == c;
    if (!same) break;
  }
  return make_small(Sint(common));
}

Term bif_longest_common_prefix(Process* p, const Term* a) {
  return common_affix(p, a[0], false);
}
Term bif_longest_common_suffix(Process* p, const Term* a) {
  return common_affix(p, a[0], true);
}

Term bif_referenced_byte_size(Process* p, const Term* a) {
  Term t = a[0];
  if (!is_bitstring(t)) return raise_badarg(p);
  const Term* b = boxed_val(t);
  if (header_sub(*b) == Sub::SubBin) b = boxed_val(b[5]);
  return make_small(Sint(b[1]));  // HeapBin / ProcBin byte size
}

}  // namespace

void register_binary_bifs(BifRegistry& r) {
  r.add("binary", "at", 2, bif_at);
  r.add("binary", "compile_pattern", 1, bif_compile_pattern);
  r.add("binary", "copy", 1, bif_copy_1);
  r.add("binary", "copy", 2, bif_copy_2);
  r.add("binary", "decode_unsigned", 1, bif_decode_unsigned_1);
  r.add("binary", "decode_unsigned", 2, bif_decode_unsigned_2);
  r.add("binary", "encode_unsigned", 1, bif_encode_unsigned_1);
  r.add("binary", "encode_unsigned", 2, bif_encode_unsigned_2);
  r.add("binary", "first", 1, bif_first);
  r.add("binary", "last", 1, bif_last);
  r.add("binary", "list_to_bin", 1, bif_list_to_bin);
  r.add("binary", "longest_common_prefix", 1, bif_longest_common_prefix);
  r.add("binary", "longest_common_suffix", 1, bif_longest_common_suffix);
  r.add("binary", "match", 2, bif_match_2);
  r.add("binary", "match", 3, bif_match_3);
  r.add("binary", "matches", 2, bif_matches_2);
  r.add("binary", "matches", 3, bif_matches_3);
  r.add("binary", "part", 2, bif_binary_part_2);  // the same BIF in erts
  r.add("binary", "part", 3, bif_binary_part_3);
  r.add("binary", "referenced_byte_size", 1, bif_referenced_byte_size);
  r.add("binary", "split", 2, bif_split_2);
  r.add("binary", "split", 3, bif_split_3);
}

}  // namespace beamline
