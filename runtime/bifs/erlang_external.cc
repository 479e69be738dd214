// erlang module: the external term format (term_to_binary, binary_to_term,
// term_to_iovec, external_size) and checksums (md5, crc32, adler32).
#include <zlib.h>

#include <algorithm>
#include <string>

#include "runtime/bifs/bif.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/binary.h"
#include "runtime/term/external.h"
#include "runtime/util/md5.h"

namespace beamline {
namespace {

Term am_compressed() {
  static const Term a = atom_from("compressed");
  return a;
}
Term am_deterministic() {
  static const Term a = atom_from("deterministic");
  return a;
}

bool is_pair_with(Term t, Term key, Term* value) {
  if (!is_tuple(t) || tuple_arity(t) != 2 || tuple_elems(t)[0] != key) return false;
  *value = tuple_elems(t)[1];
  return true;
}

bool small_in(Term t, Sint lo, Sint hi, Sint* out) {
  if (!is_small(t)) return false;
  Sint v = small_value(t);
  if (v < lo || v > hi) return false;
  *out = v;
  return true;
}

// term_to_binary/2 and term_to_iovec/2 options.
bool parse_encode_options(Term opts, EncodeOptions* out) {
  Term l = opts;
  for (; is_list(l); l = cdr(l)) {
    Term o = car(l);
    Term v;
    Sint n;
    if (o == am_compressed()) {
      out->compressed = 6;  // erl's default level
    } else if (o == am_deterministic()) {
      out->deterministic = true;
    } else if (is_pair_with(o, am_compressed(), &v)) {
      if (!small_in(v, 0, 9, &n)) return false;
      out->compressed = int(n);
    } else if (is_pair_with(o, atom::minor_version, &v)) {
      if (!small_in(v, 0, 2, &n)) return false;
      out->minor_version = int(n);
    } else {
      return false;
    }
  }
  return is_nil(l);
}

Term encode_to_binary(Process* p, Term t, const EncodeOptions& opts) {
  absl::StatusOr<std::string> bytes = encode_external(t, opts);
  if (!bytes.ok()) return raise_badarg(p);
  return make_binary(*p, *bytes);
}

Term bif_term_to_binary_1(Process* p, const Term* args) {
  return encode_to_binary(p, args[0], EncodeOptions{});
}

Term bif_term_to_binary_2(Process* p, const Term* args) {
  EncodeOptions opts;
  if (!parse_encode_options(args[1], &opts)) return raise_badarg(p);
  return encode_to_binary(p, args[0], opts);
}

Term encode_to_iovec(Process* p, Term t, const EncodeOptions& opts) {
  absl::StatusOr<Term> iov = encode_external_iovec(*p, t, opts);
  if (!iov.ok()) return raise_badarg(p);
  return *iov;
}

Term bif_term_to_iovec_1(Process* p, const Term* args) {
  return encode_to_iovec(p, args[0], EncodeOptions{});
}

Term bif_term_to_iovec_2(Process* p, const Term* args) {
  EncodeOptions opts;
  if (!parse_encode_options(args[1], &opts)) return raise_badarg(p);
  return encode_to_iovec(p, args[0], opts);
}

// The bytes of a binary argument (any alignment); false if not a binary.
bool binary_arg(Term t, std::string* scratch, std::string_view* out) {
  BitView v;
  if (!bit_view(t, &v) || v.bit_size % 8 != 0) return false;
  if (v.bit_offset % 8 == 0) {
    *out = v.as_string_view();
    return true;
  }
  scratch->assign(v.byte_size(), '\0');
  copy_bits(v.base, v.bit_offset, reinterpret_cast<uint8_t*>(scratch->data()), 0,
            v.bit_size);
  *out = *scratch;
  return true;
}

Term binary_to_term(Process* p, Term bin, bool safe, bool used) {
  std::string scratch;
  std::string_view bytes;
  if (!binary_arg(bin, &scratch, &bytes)) return raise_badarg(p);
  size_t n = 0;
  absl::StatusOr<Term> t = decode_external(*p, bytes, p->vm(), safe, &n);
  if (!t.ok()) return raise_badarg(p);
  if (!used) return *t;
  return make_tuple(*p, {*t, make_small(Sint(n))});
}

Term bif_binary_to_term_1(Process* p, const Term* args) {
  return binary_to_term(p, args[0], false, false);
}

Term bif_binary_to_term_2(Process* p, const Term* args) {
  bool safe = false, used = false;
  Term l = args[1];
  for (; is_list(l); l = cdr(l)) {
    if (car(l) == atom::safe) {
      safe = true;
    } else if (car(l) == atom::used) {
      used = true;
    } else {
      return raise_badarg(p);
    }
  }
  if (!is_nil(l)) return raise_badarg(p);
  return binary_to_term(p, args[0], safe, used);
}

Term bif_external_size_1(Process* p, const Term* args) {
  return make_small(Sint(external_size(args[0], EncodeOptions{})));
}

// erl 25 accepts only [{minor_version, 0 | 1}] here.
Term bif_external_size_2(Process* p, const Term* args) {
  EncodeOptions opts;
  Term l = args[1];
  for (; is_list(l); l = cdr(l)) {
    Term v;
    Sint n;
    if (!is_pair_with(car(l), atom::minor_version, &v) || !small_in(v, 0, 1, &n))
      return raise_badarg(p);
    opts.minor_version = int(n);
  }
  if (!is_nil(l)) return raise_badarg(p);
  return make_small(Sint(external_size(args[0], opts)));
}

// ---- md5 ------------------------------------------------------------------------

Term bif_md5_1(Process* p, const Term* args) {
  std::string data;
  if (!iolist_to_bytes(args[0], &data)) return raise_badarg(p);
  return make_binary(*p, md5_digest(data));
}

Term context_binary(Process* p, const Md5Context& ctx) {
  uint8_t* out;
  Term bin = make_uninit_binary(*p, kMd5ContextBytes, &out);
  md5_context_to_bytes(ctx, out);
  return bin;
}

bool context_arg(Term t, Md5Context* ctx) {
  std::string scratch;
  std::string_view bytes;
  if (!binary_arg(t, &scratch, &bytes)) return false;
  return md5_context_from_bytes(reinterpret_cast<const uint8_t*>(bytes.data()),
                                bytes.size(), ctx);
}

Term bif_md5_init_0(Process* p, const Term*) {
  Md5Context ctx;
  md5_init(&ctx);
  return context_binary(p, ctx);
}

Term bif_md5_update_2(Process* p, const Term* args) {
  Md5Context ctx;
  if (!context_arg(args[0], &ctx)) return raise_badarg(p);
  std::string data;
  if (!iolist_to_bytes(args[1], &data)) return raise_badarg(p);
  md5_update(&ctx, data.data(), data.size());
  return context_binary(p, ctx);
}

Term bif_md5_final_1(Process* p, const Term* args) {
  Md5Context ctx;
  if (!context_arg(args[0], &ctx)) return raise_badarg(p);
  uint8_t digest[kMd5DigestSize];
  md5_final(&ctx, digest);
  return make_binary(*p, digest, kMd5DigestSize);
}

// ---- crc32 / adler32 ----------------------------------------------------------

bool uint32_arg(Term t, uLong* out) {
  Sint v;
  if (!small_in(t, 0, Sint(0xFFFFFFFF), &v)) return false;
  *out = uLong(v);
  return true;
}

// zlib takes lengths as uInt: feed large inputs in pieces.
template <typename F>
uLong checksum(uLong acc, const std::string& data, F fn) {
  const Bytef* p = reinterpret_cast<const Bytef*>(data.data());
  size_t left = data.size();
  do {
    uInt n = uInt(std::min<size_t>(left, 1u << 30));
    acc = fn(acc, p, n);
    p += n;
    left -= n;
  } while (left > 0);
  return acc;
}

Term bif_crc32_1(Process* p, const Term* args) {
  std::string data;
  if (!iolist_to_bytes(args[0], &data)) return raise_badarg(p);
  return make_small(Sint(checksum(crc32(0, Z_NULL, 0), data, crc32)));
}

Term bif_crc32_2(Process* p, const Term* args) {
  uLong old;
  std::string data;
  if (!uint32_arg(args[0], &old) || !iolist_to_bytes(args[1], &data))
    return raise_badarg(p);
  return make_small(Sint(checksum(old, data, crc32)));
}

Term bif_crc32_combine_3(Process* p, const Term* args) {
  uLong a, b, len;
  if (!uint32_arg(args[0], &a) || !uint32_arg(args[1], &b) ||
      !uint32_arg(args[2], &len))
    return raise_badarg(p);
  return make_small(Sint(crc32_combine(a, b, z_off_t(len))));
}

Term bif_adler32_1(Process* p, const Term* args) {
  std::string data;
  if (!iolist_to_bytes(args[0], &data)) return raise_badarg(p);
  return make_small(Sint(checksum(adler32(0, Z_NULL, 0), data, adler32)));
}

Term bif_adler32_2(Process* p, const Term* args) {
  uLong old;
  std::string data;
  if (!uint32_arg(args[0], &old) || !iolist_to_bytes(args[1], &data))
    return raise_badarg(p);
  return make_small(Sint(checksum(old, data, adler32)));
}

Term bif_adler32_combine_3(Process* p, const Term* args) {
  uLong a, b, len;
  if (!uint32_arg(args[0], &a) || !uint32_arg(args[1], &b) ||
      !uint32_arg(args[2], &len))
    return raise_badarg(p);
  return make_small(Sint(adler32_combine(a, b, z_off_t(len))));
}

}  // namespace

void register_erlang_external_bifs(BifRegistry& r) {
  r.add("erlang", "term_to_binary", 1, bif_term_to_binary_1);
  r.add("erlang", "term_to_binary", 2, bif_term_to_binary_2);
  r.add("erlang", "term_to_iovec", 1, bif_term_to_iovec_1);
  r.add("erlang", "term_to_iovec", 2, bif_term_to_iovec_2);
  r.add("erlang", "binary_to_term", 1, bif_binary_to_term_1);
  r.add("erlang", "binary_to_term", 2, bif_binary_to_term_2);
  r.add("erlang", "external_size", 1, bif_external_size_1);
  r.add("erlang", "external_size", 2, bif_external_size_2);
  r.add("erlang", "md5", 1, bif_md5_1);
  r.add("erlang", "md5_init", 0, bif_md5_init_0);
  r.add("erlang", "md5_update", 2, bif_md5_update_2);
  r.add("erlang", "md5_final", 1, bif_md5_final_1);
  r.add("erlang", "crc32", 1, bif_crc32_1);
  r.add("erlang", "crc32", 2, bif_crc32_2);
  r.add("erlang", "crc32_combine", 3, bif_crc32_combine_3);
  r.add("erlang", "adler32", 1, bif_adler32_1);
  r.add("erlang", "adler32", 2, bif_adler32_2);
  r.add("erlang", "adler32_combine", 3, bif_adler32_combine_3);
}

}  // namespace beamline
