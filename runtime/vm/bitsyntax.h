// Runtime support for the bit-syntax instructions (matching and
// construction), with BEAM's semantics.
//
// Match context (boxed, Sub::MatchCtx, header arity 4):
//   [hdr, orig, base, position, end]
//   orig      the original binary (a HeapBin or RefcBin term: sub-binaries are
//             resolved to their original, as on BEAM);
//   base      raw `const uint8_t*` to orig's bytes (NOT a term: a collector
//             must recompute it after moving orig: base = bit_view(orig).base);
//   position  absolute bit offset from base (raw word, not a term);
//   end       absolute bit offset from base where the matched data ends (raw).
// Only word 1 (orig) is a term; words 2..4 are raw and must not be scanned.
//
// Writable binaries (amortised O(1) `<<Acc/binary, ...>>`): an append result
// is a sub-binary over a private ProcBin P whose off-heap Binary has spare
// capacity (P's byte_size is the whole capacity, as on BEAM where
// binary:referenced_byte_size shows it). Binary::writer is the heap (process)
// that created it and Binary::writable_bits the bits in use. An append writes
// in place when it runs on the writer heap and the accumulator's view ends
// exactly at writable_bits with enough room left; otherwise it copies into a
// fresh writable Binary of twice the needed size (at least 256 bytes), as
// BEAM does. Bytes below writable_bits are never modified, so every existing
// handle (in any process) keeps its value, and only the writer ever writes.
// Starting a match on a writable binary makes it read-only again (BEAM's
// "emasculation": P's byte_size shrinks to the bytes in use).
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/term/binary.h"
#include "runtime/term/heap.h"
#include "runtime/term/term.h"

namespace beamline {

class Process;

// ---- matching ---------------------------------------------------------------

inline constexpr Uint kMatchCtxWords = 5;

inline bool is_match_ctx(Term t) { return is_boxed_sub(t, Sub::MatchCtx); }
inline Term ms_orig(Term ctx) { return boxed_val(ctx)[1]; }
inline const uint8_t* ms_base(Term ctx) {
  return reinterpret_cast<const uint8_t*>(uintptr_t(boxed_val(ctx)[2]));
}

// NON_VALUE if `bin` is not a bitstring; a match context is returned
// unchanged.
Term bs_start_match(Heap& h, Term bin);

// Flags of matched/constructed segments.
enum BsFlags : unsigned {
  kBsLittle = 1,
  kBsSigned = 2,
  kBsNative = 4,  // = little on our targets
};

// Converts a segment size term and unit to a bit count for matching: false
// (the match fails) unless `size` is a non-negative small integer and
// size * unit does not overflow.
bool bs_size_bits(Term size, Uint unit, Uint* bits);

// All getters: on success store the result in *out, advance the position and
// return true; on mismatch return false and leave the position unchanged.
bool bs_get_integer(Heap& h, Term ctx, Uint bits, unsigned flags, Term* out);
bool bs_get_float(Heap& h, Term ctx, Uint bits, unsigned flags, Term* out);
bool bs_get_binary(Heap& h, Term ctx, Uint bits, Term* out);
bool bs_get_binary_all(Heap& h, Term ctx, Uint unit, Term* out);
bool bs_skip_bits(Term ctx, Uint bits);
bool bs_skip_all(Term ctx, Uint unit);
bool bs_test_tail(Term ctx, Uint bits);  // exactly `bits` remain
bool bs_test_unit(Term ctx, Uint unit);  // remaining % unit == 0
bool bs_match_string(Term ctx, const uint8_t* bytes, Uint bits);
bool bs_get_utf8(Term ctx, Term* out);
bool bs_get_utf16(Term ctx, unsigned flags, Term* out);
bool bs_get_utf32(Term ctx, unsigned flags, Term* out);
bool bs_skip_utf8(Term ctx);
bool bs_skip_utf16(Term ctx, unsigned flags);
bool bs_skip_utf32(Term ctx, unsigned flags);
Term bs_get_tail(Heap& h, Term ctx);  // the rest as a bitstring
Uint bs_remaining(Term ctx);
Uint bs_get_position(Term ctx);
void bs_set_position(Term ctx, Uint pos);

// A bitstring of `bits` bits at absolute bit offset `offset` of `orig` (a
// HeapBin/RefcBin): a copy when it is at most 64 bytes (as BEAM's
// erts_extract_sub_binary), a sub-binary otherwise.
Term bs_extract(Heap& h, Term orig, const uint8_t* base, Uint offset,
                Uint bits);

// ---- construction ----------------------------------------------------------

enum class SegType : uint8_t {
  Integer,
  Float,
  Binary,
  Utf8,
  Utf16,
  Utf32,
  String,
  Append,
  PrivateAppend
};

struct BsSegment {
  SegType type;
  unsigned unit;
  unsigned flags;  // BsFlags
  Term value;
  // Size term: small int, atom 'all', or NON_VALUE when not given (utf*;
  // binaries then mean 'all'). For String, ignored (str_len is used).
  Term size;
  const uint8_t* str;  // String: the bytes
  Uint str_len;        // String: number of bytes
};

// Builds the bitstring. On failure returns NON_VALUE, stores the error reason
// (badarg or system_limit) in *error, the failing segment's index (0-based, in
// `segs`) in *failed_segment and, if `cause` is given, erl's error_info cause
// {SegNo, Type, Kind, Value} (Kind: type | size | unit | short | invalid |
// no_float) in *cause, where SegNo is seg_nos[index] (the segment numbers
// the compiler put in the instruction) or index + 1 without seg_nos. Checks
// happen in BEAM's order: first sizes (and the type and unit of
// whole-binary/append segments) of all segments, then values segment by
// segment.
Term bs_create_bin(Process* p, const BsSegment* segs, size_t n, Term* error,
                   size_t* failed_segment, Term* cause = nullptr,
                   const unsigned* seg_nos = nullptr);
// Same, on any heap.
Term bs_create_bin(Heap& h, const BsSegment* segs, size_t n, Term* error,
                   size_t* failed_segment, Term* cause = nullptr,
                   const unsigned* seg_nos = nullptr);

// bs_init_writable: an empty writable binary with room for `size_hint` bytes
// (a non-negative small; anything else gives the default 1024 bytes).
Term bs_init_writable(Heap& h, Term size_hint);

// ---- low-level helpers (also used by the binary BIFs) --------------------

// Copies `n` bits from (src, src_off) to (dst, dst_off); bits of dst outside
// the range are preserved. Faster than copy_bits for unaligned ranges.
void bs_copy_bits(const uint8_t* src, size_t src_off, uint8_t* dst,
                  size_t dst_off, size_t n);
// Reads an unsigned big-endian field of n <= 64 bits.
uint64_t bs_read_bits(const uint8_t* base, size_t off, unsigned n);
// Writes the low n <= 64 bits of v big-endian at bit offset off.
void bs_write_bits(uint8_t* base, size_t off, uint64_t v, unsigned n);

// Writes integer `value` (small or bignum) as a `bits`-bit field; false if it
// is not an integer.
bool bs_write_integer(uint8_t* base, size_t off, Term value, Uint bits,
                      unsigned flags);
// Reads a `bits`-bit integer field (any size).
Term bs_read_integer(Heap& h, const uint8_t* base, size_t off, Uint bits,
                     unsigned flags);
// Builds an integer from a magnitude in little-endian bytes.
Term bs_make_integer_le(Heap& h, const uint8_t* le, size_t n, bool negative);

// UTF-8 encoding of a code point into out[0..3]; returns the length, or 0 if
// `cp` is not a valid code point (negative, > 0x10FFFF or a surrogate).
unsigned bs_utf8_encode(Sint cp, uint8_t* out);
// Decodes one UTF-8 sequence of s[0..len): returns its length and stores the
// code point, or returns 0 (invalid: bad/overlong sequence, surrogate, too
// large) or -1 (truncated: a valid prefix that needs more bytes).
int bs_utf8_decode(const uint8_t* s, size_t len, uint32_t* cp);

}  // namespace beamline
