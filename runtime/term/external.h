// The external term format (erlang:term_to_binary/binary_to_term), byte for
// byte as erl (OTP 25) writes and reads it.
//
// Mapping of our local identifiers to erl's wire layout (node
// 'nonode@nohost', creation 0):
//   pid  make_pid(n)  <->  NEW_PID_EXT  ID = n & 0x7fff, Serial = n >> 15
//                          (erl's local <0.ID.Serial>; n < 2^28)
//   port make_port(n) <->  NEW_PORT_EXT ID = n (V4_PORT_EXT above 2^32)
//   ref  id (64 bits) <->  NEWER_REFERENCE_EXT words
//                          W0 = id & 0x3ffff, W1 = (id >> 18) & 0xffffffff,
//                          W2 = id >> 50  (erl prints #Ref<0.W2.W1.W0>)
// Pids, ports and refs of other nodes cannot be represented and fail to
// decode. References from erl whose W2 needs more than 14 bits decode
// lossily (W2's high bits are dropped).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "runtime/term/heap.h"
#include "runtime/term/term.h"

namespace beamline {

class VM;

inline constexpr uint8_t kExternalVersion = 131;

struct EncodeOptions {
  int compressed = 0;     // zlib level 0..9; 0 = not compressed
  int minor_version = 1;  // 0, 1 (erl 25's default) or 2
  bool deterministic = false;
};

// Decodes `bytes` (starting with the version byte 131; the compressed form is
// accepted). `vm` resolves funs (NEW_FUN_EXT, EXPORT_EXT; they fail to decode
// when it is null). `safe` refuses to create atoms or export entries that do
// not exist yet. `used_bytes`, if given, receives the number of input bytes
// the term occupied (trailing bytes are allowed, as in erl). Malformed input
// gives an error status, never a crash; deep nesting does not use the C stack.
absl::StatusOr<Term> decode_external(Heap& heap, std::string_view bytes,
                                     VM* vm, bool safe,
                                     size_t* used_bytes = nullptr);

// Encodes `t` as term_to_binary/2 would (version byte included). Fails only
// for options out of range or values that are not terms.
absl::StatusOr<std::string> encode_external(Term t, const EncodeOptions& opts);

// term_to_iovec/2: the encoding as a list of binaries where off-heap
// binaries larger than 64 bytes are referenced rather than copied (erl's
// splitting). With opts.compressed > 0 the result is a single binary (as erl
// returns it).
absl::StatusOr<Term> encode_external_iovec(Heap& heap, Term t,
                                           const EncodeOptions& opts);

// erlang:external_size: the byte size of the uncompressed encoding, exact
// except that, like erl, each closure counts 5 bytes for both its OldIndex
// and OldUniq fields (an upper bound).
size_t external_size(Term t, const EncodeOptions& opts = {});

// Reference id <-> erl's NEWER_REFERENCE_EXT ID words (see above).
inline void ref_id_to_words(uint64_t id, uint32_t words[3]) {
  words[0] = uint32_t(id & 0x3ffff);
  words[1] = uint32_t((id >> 18) & 0xffffffffu);
  words[2] = uint32_t(id >> 50);
}
inline uint64_t ref_words_to_id(const uint32_t* words, size_t n) {
  uint64_t id = n > 0 ? (words[0] & 0x3ffff) : 0;
  if (n > 1) id |= uint64_t(words[1]) << 18;
  if (n > 2) id |= uint64_t(words[2] & 0x3fff) << 50;
  return id;
}

}  // namespace beamline
