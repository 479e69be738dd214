// erlang module: binary, bitstring, iolist and atom/text conversion BIFs.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "runtime/bifs/bif.h"
#include "runtime/bifs/binary_util.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/binary.h"
#include "runtime/vm/bitsyntax.h"

namespace beamline {
namespace {

// ---- binaries and lists -------------------------------------------------------

Term bif_binary_to_list_1(Process* p, const Term* args) {
  BitView v;
  if (!bit_view(args[0], &v) || v.bit_size % 8 != 0) return raise_badarg(p);
  ByteSpan bytes(v);
  return bytes_to_list(*p, bytes.view());
}

Term bif_binary_to_list_3(Process* p, const Term* args) {
  BitView v;
  if (!bit_view(args[0], &v) || !is_small(args[1]) || !is_small(args[2])) {
    return raise_badarg(p);
  }
  Sint start = small_value(args[1]), stop = small_value(args[2]);
  Sint size = Sint(v.bit_size / 8);
  if (start < 1 || stop < start || stop > size) return raise_badarg(p);
  BitView part = v;
  part.bit_offset += size_t(start - 1) * 8;
  part.bit_size = size_t(stop - start + 1) * 8;
  ByteSpan bytes(part);
  return bytes_to_list(*p, bytes.view());
}

Term bif_bitstring_to_list(Process* p, const Term* args) {
  BitView v;
  if (!bit_view(args[0], &v)) return raise_badarg(p);
  size_t full = v.bit_size / 8;
  unsigned rest = unsigned(v.bit_size % 8);
  Term tail = NIL;
  if (rest) {
    Term last = make_bitstring(*p, v.base, v.bit_offset + full * 8, rest);
    Term* cell = p->alloc(2);
    cell[0] = last;
    cell[1] = NIL;
    tail = make_list(cell);
  }
  if (full == 0) return tail;
  Term* cells = p->alloc(2 * full);
  for (size_t i = 0; i < full; i++) {
    cells[2 * i] = make_small(Sint(bs_read_bits(v.base, v.bit_offset + 8 * i, 8)));
    cells[2 * i + 1] = i + 1 < full ? make_list(cells + 2 * (i + 1)) : tail;
  }
  return make_list(cells);
}

Term bif_list_to_binary(Process* p, const Term* args) {
  Term t = args[0];
  if (!is_list(t) && !is_nil(t)) return raise_badarg(p);
  std::string out;
  if (!iodata_to_bytes(t, &out)) return raise_badarg(p);
  return make_binary(*p, out);
}

Term bif_iolist_to_binary(Process* p, const Term* args) {
  Term t = args[0];
  BitView v;
  if (bit_view(t, &v)) {
    if (v.bit_size % 8 != 0) return raise_badarg(p);
    return t;
  }
  if (!is_list(t) && !is_nil(t)) return raise_badarg(p);
  std::string out;
  if (!iodata_to_bytes(t, &out)) return raise_badarg(p);
  return make_binary(*p, out);
}

Term bif_list_to_bitstring(Process* p, const Term* args) {
  Term t = args[0];
  if (!is_list(t) && !is_nil(t)) return raise_badarg(p);
  // First pass: size in bits; second: copy.
  Uint bits = 0;
  bool ok = walk_iolist(
      t, [&](uint8_t) { bits += 8; return true; },
      [&](const BitView& v) { bits += v.bit_size; return true; });
  if (!ok) return raise_badarg(p);
  size_t bytes = (bits + 7) / 8;
  uint8_t* dst;
  Term bin = make_uninit_binary(*p, bytes, &dst);
  if (bytes) dst[bytes - 1] = 0;
  Uint off = 0;
  walk_iolist(
      t,
      [&](uint8_t b) {
        bs_write_bits(dst, off, b, 8);
        off += 8;
        return true;
      },
      [&](const BitView& v) {
        bs_copy_bits(v.base, v.bit_offset, dst, off, v.bit_size);
        off += v.bit_size;
        return true;
      });
  if (bits % 8 == 0) return bin;
  return make_sub_binary(*p, bin, 0, bits);
}

Term bif_iolist_size(Process* p, const Term* args) {
  Term t = args[0];
  BitView v;
  if (bit_view(t, &v)) {
    if (v.bit_size % 8 != 0) return raise_badarg(p);
    return make_small(Sint(v.bit_size / 8));
  }
  if (!is_list(t) && !is_nil(t)) return raise_badarg(p);
  Uint size = 0;
  bool ok = walk_iolist(
      t, [&](uint8_t) { size++; return true; },
      [&](const BitView& bv) {
        if (bv.bit_size % 8 != 0) return false;
        size += bv.bit_size / 8;
        return true;
      });
  if (!ok) return raise_badarg(p);
  return make_small(Sint(size));
}

// erlang:iolist_to_iovec/1 with BEAM's chunking: bytes and binaries under
// 256 bytes are gathered into accumulator binaries; a larger binary is kept
// as is (when the accumulator is empty), merged (when the two together stay
// under 512 bytes), or first used to top the accumulator up to its capacity.
Term bif_iolist_to_iovec(Process* p, const Term* args) {
  constexpr size_t kSmall = 256;
  Term t = args[0];
  std::vector<Term> out;
  std::string acc;
  size_t acc_cap = 0;
  auto expand = [&](size_t extra) {
    size_t need = acc.size() + extra;
    if (acc_cap < need) acc_cap = std::max(need, kSmall);
  };
  auto flush = [&]() {
    if (!acc.empty()) out.push_back(make_binary(*p, acc));
    acc.clear();
    acc_cap = 0;
  };
  auto add_binary = [&](Term bin_term, const BitView& v) {
    if (v.bit_size % 8 != 0) return false;
    size_t size = v.bit_size / 8;
    if (size == 0) return true;
    ByteSpan bytes(v);
    if (size < kSmall || (!acc.empty() && acc.size() + size < 2 * kSmall)) {
      expand(size);
      acc.append(bytes.view());
      return true;
    }
    size_t skip = 0;
    if (!acc.empty()) {
      skip = acc_cap - acc.size();
      acc.append(bytes.view().substr(0, skip));
      flush();
    }
    if (skip == 0) {
      out.push_back(bin_term);
    } else {
      out.push_back(
          make_sub_binary(*p, bin_term, skip * 8, (size - skip) * 8));
    }
    return true;
  };
  BitView v;
  if (bit_view(t, &v)) {
    if (!add_binary(t, v)) return raise_badarg(p);
  } else {
    if (!is_list(t) && !is_nil(t)) return raise_badarg(p);
    bool ok = walk_iolist_terms(
        t,
        [&](uint8_t b) {
          expand(1);
          acc.push_back(char(b));
          return true;
        },
        [&](Term bt, const BitView& bv) { return add_binary(bt, bv); });
    if (!ok) return raise_badarg(p);
  }
  flush();
  return make_list_from(*p, out.data(), out.size());
}

}  // namespace

// ---- binary_part / split_binary / sizes --------------------------------------

static Term binary_part(Process* p, Term bin, Term start_t, Term len_t) {
  BitView v;
  if (!bit_view(bin, &v) || !is_small(start_t) || !is_small(len_t)) {
    return raise_badarg(p);
  }
  Sint start = small_value(start_t), len = small_value(len_t);
  if (len < 0) {
    start += len;
    len = -len;
  }
  Sint size = Sint(v.bit_size / 8);
  if (start < 0 || start > size || len > size - start) return raise_badarg(p);
  return make_sub_binary(*p, bin, size_t(start) * 8, size_t(len) * 8);
}

Term bif_binary_part_2(Process* p, const Term* args) {
  Term pl = args[1];
  if (!is_tuple(pl) || tuple_arity(pl) != 2) return raise_badarg(p);
  return binary_part(p, args[0], tuple_elems(pl)[0], tuple_elems(pl)[1]);
}

Term bif_binary_part_3(Process* p, const Term* args) {
  return binary_part(p, args[0], args[1], args[2]);
}

namespace {

Term bif_split_binary(Process* p, const Term* args) {
  BitView v;
  if (!bit_view(args[0], &v) || !is_small(args[1])) return raise_badarg(p);
  Sint pos = small_value(args[1]);
  if (pos < 0 || Uint(pos) > v.bit_size / 8) return raise_badarg(p);
  Term a = make_sub_binary(*p, args[0], 0, size_t(pos) * 8);
  Term b = make_sub_binary(*p, args[0], size_t(pos) * 8,
                           v.bit_size - size_t(pos) * 8);
  return make_tuple(*p, {a, b});
}

Term bif_bit_size(Process* p, const Term* args) {
  BitView v;
  if (!bit_view(args[0], &v)) return raise_badarg(p);
  return make_small(Sint(v.bit_size));
}

Term bif_byte_size(Process* p, const Term* args) {
  BitView v;
  if (!bit_view(args[0], &v)) return raise_badarg(p);
  return make_small(Sint((v.bit_size + 7) / 8));
}

// ---- atoms ----------------------------------------------------------------------

enum class Enc { Latin1, Utf8, Bad };

Enc atom_encoding(Term t) {
  if (t == atom::latin1) return Enc::Latin1;
  if (t == atom::utf8 || t == atom::unicode) return Enc::Utf8;
  return Enc::Bad;
}

// The UTF-8 name for binary_to_atom; false = badarg. *chars gets the
// character count.
bool binary_atom_name(Term bin, Enc enc, std::string* name, size_t* chars) {
  BitView v;
  if (!bit_view(bin, &v) || v.bit_size % 8 != 0 || enc == Enc::Bad) {
    return false;
  }
  ByteSpan bytes(v);
  std::string_view s = bytes.view();
  if (enc == Enc::Latin1) {
    *chars = s.size();
    if (s.size() > kMaxAtomLength) return true;  // caller raises system_limit
    latin1_to_utf8(s, name);
    return true;
  }
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    uint32_t cp;
    int len = bs_utf8_decode(reinterpret_cast<const uint8_t*>(s.data()) + i,
                             s.size() - i, &cp);
    if (len <= 0) return false;
    i += size_t(len);
    n++;
  }
  *chars = n;
  name->assign(s);
  return true;
}

Term binary_to_atom(Process* p, Term bin, Term enc_t) {
  std::string name;
  size_t chars;
  if (!binary_atom_name(bin, atom_encoding(enc_t), &name, &chars)) {
    return raise_badarg(p);
  }
  if (chars > kMaxAtomLength) return raise_system_limit(p);
  auto r = intern_atom(name);
  if (!r.ok()) return raise_system_limit(p);
  return *r;
}

Term bif_binary_to_atom_1(Process* p, const Term* args) {
  return binary_to_atom(p, args[0], atom::utf8);
}
Term bif_binary_to_atom_2(Process* p, const Term* args) {
  return binary_to_atom(p, args[0], args[1]);
}

Term binary_to_existing_atom(Process* p, Term bin, Term enc_t) {
  std::string name;
  size_t chars;
  if (!binary_atom_name(bin, atom_encoding(enc_t), &name, &chars) ||
      chars > kMaxAtomLength) {
    return raise_badarg(p);
  }
  Term a;
  if (!find_atom(name, &a)) return raise_badarg(p);
  return a;
}

Term bif_binary_to_existing_atom_1(Process* p, const Term* args) {
  return binary_to_existing_atom(p, args[0], atom::utf8);
}
Term bif_binary_to_existing_atom_2(Process* p, const Term* args) {
  return binary_to_existing_atom(p, args[0], args[1]);
}

Term atom_to_binary(Process* p, Term a, Term enc_t) {
  if (!is_atom(a)) return raise_badarg(p);
  Enc enc = atom_encoding(enc_t);
  if (enc == Enc::Bad) return raise_badarg(p);
  std::string_view name = atom_name(a);
  if (enc == Enc::Utf8) return make_binary(*p, name);
  std::string out;
  if (!utf8_to_latin1(name, &out)) return raise_badarg(p);
  return make_binary(*p, out);
}

Term bif_atom_to_binary_1(Process* p, const Term* args) {
  return atom_to_binary(p, args[0], atom::utf8);
}
Term bif_atom_to_binary_2(Process* p, const Term* args) {
  return atom_to_binary(p, args[0], args[1]);
}

Term bif_atom_to_list(Process* p, const Term* args) {
  if (!is_atom(args[0])) return raise_badarg(p);
  return utf8_to_charlist(*p, atom_name(args[0]));
}

// Charlist to an atom name; false = badarg. *chars gets the length.
bool list_atom_name(Term list, std::string* name, size_t* chars) {
  size_t n = 0;
  for (Term t = list; is_list(t); t = cdr(t)) n++;
  if (!charlist_to_utf8(list, name)) return false;
  *chars = n;
  return true;
}

Term bif_list_to_atom(Process* p, const Term* args) {
  std::string name;
  size_t chars;
  if (!list_atom_name(args[0], &name, &chars)) return raise_badarg(p);
  if (chars > kMaxAtomLength) return raise_system_limit(p);
  auto r = intern_atom(name);
  if (!r.ok()) return raise_system_limit(p);
  return *r;
}

Term bif_list_to_existing_atom(Process* p, const Term* args) {
  std::string name;
  size_t chars;
  if (!list_atom_name(args[0], &name, &chars) || chars > kMaxAtomLength) {
    return raise_badarg(p);
  }
  Term a;
  if (!find_atom(name, &a)) return raise_badarg(p);
  return a;
}

}  // namespace

void register_erlang_binaries_bifs(BifRegistry& r) {
  r.add("erlang", "binary_to_list", 1, bif_binary_to_list_1);
  r.add("erlang", "binary_to_list", 3, bif_binary_to_list_3);
  r.add("erlang", "bitstring_to_list", 1, bif_bitstring_to_list);
  r.add("erlang", "list_to_binary", 1, bif_list_to_binary);
  r.add("erlang", "list_to_bitstring", 1, bif_list_to_bitstring);
  r.add("erlang", "iolist_to_binary", 1, bif_iolist_to_binary);
  r.add("erlang", "iolist_size", 1, bif_iolist_size);
  r.add("erlang", "iolist_to_iovec", 1, bif_iolist_to_iovec);
  r.add("erlang", "binary_part", 2, bif_binary_part_2, kBifGuard);
  r.add("erlang", "binary_part", 3, bif_binary_part_3, kBifGuard);
  r.add("erlang", "split_binary", 2, bif_split_binary);
  r.add("erlang", "bit_size", 1, bif_bit_size, kBifGuard);
  r.add("erlang", "byte_size", 1, bif_byte_size, kBifGuard);
  r.add("erlang", "binary_to_atom", 1, bif_binary_to_atom_1);
  r.add("erlang", "binary_to_atom", 2, bif_binary_to_atom_2);
  r.add("erlang", "binary_to_existing_atom", 1, bif_binary_to_existing_atom_1);
  r.add("erlang", "binary_to_existing_atom", 2, bif_binary_to_existing_atom_2);
  r.add("erlang", "atom_to_binary", 1, bif_atom_to_binary_1);
  r.add("erlang", "atom_to_binary", 2, bif_atom_to_binary_2);
  r.add("erlang", "atom_to_list", 1, bif_atom_to_list);
  r.add("erlang", "list_to_atom", 1, bif_list_to_atom);
  r.add("erlang", "list_to_existing_atom", 1, bif_list_to_existing_atom);
}

}  // namespace beamline
