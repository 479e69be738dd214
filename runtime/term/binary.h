// Binaries and bitstrings.
//
// Layouts (payload words after the header):
//   HeapBin: [byte_size, data...]                        data padded to words
//   RefcBin: [byte_size, Binary*, const uint8_t* bytes, next ProcBin (Term*)]
//            - a "ProcBin": the on-heap handle of an off-heap Binary, linked
//              into its heap's OffHeap list. byte_size may be less than the
//              Binary's size (the handle sees a prefix).
//   SubBin:  [byte_size, bit_size(0..7 extra bits), byte_offset,
//             bit_offset(0..7), original(HeapBin or RefcBin term)]
//   MatchCtx: see runtime/vm/bitsyntax.h
// Heap binaries hold at most kMaxHeapBinSize bytes; larger data goes off-heap.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "runtime/term/heap.h"
#include "runtime/term/term.h"

namespace beamline {

inline constexpr size_t kMaxHeapBinSize = 64;
inline constexpr Uint kHeapBinFixedWords = 2;  // header + byte size
inline constexpr Uint kProcBinWords = 5;       // header + 4
inline constexpr Uint kSubBinWords = 6;        // header + 5

// An off-heap, reference-counted byte buffer.
struct Binary {
  std::atomic<int64_t> refc;
  size_t size;      // bytes in use
  size_t capacity;  // bytes allocated (>= size; spare room for appends)
  // Writable binaries (bit-syntax appends, runtime/vm/bitsyntax.h): `writer`
  // is the heap (process) allowed to append in place (set at creation, never
  // changed; nullptr for ordinary binaries) and `writable_bits` the bits of
  // data() in use, or kNotWritable. Only the writer touches writable_bits.
  uint64_t writable_bits;
  const void* writer;
  static constexpr uint64_t kNotWritable = ~uint64_t(0);
  uint8_t* data() { return reinterpret_cast<uint8_t*>(this + 1); }
  const uint8_t* data() const {
    return reinterpret_cast<const uint8_t*>(this + 1);
  }

  static Binary* create(size_t size, size_t capacity = 0);  // refc = 1
  void inc_ref() { refc.fetch_add(1, std::memory_order_relaxed); }
  void dec_ref();  // frees at zero
};

inline constexpr size_t heap_bin_words(size_t bytes) {
  return kHeapBinFixedWords + (bytes + 7) / 8;
}

// A read-only view of any bitstring term: bits [bit_offset, bit_offset +
// bit_size) of the byte array `base` (bit 0 is the MSB of base[0]).
struct BitView {
  const uint8_t* base = nullptr;
  size_t bit_offset = 0;
  size_t bit_size = 0;

  bool byte_aligned() const { return bit_offset % 8 == 0 && bit_size % 8 == 0; }
  size_t byte_size() const { return bit_size / 8; }
  // Only valid when byte_aligned(): the bytes.
  const uint8_t* bytes() const { return base + bit_offset / 8; }
  std::string_view as_string_view() const {
    return {reinterpret_cast<const char*>(bytes()), byte_size()};
  }
};

// Fails (returns false) if `t` is not a bitstring (a match context is not).
bool bit_view(Term t, BitView* out);

// Builds a binary holding a copy of `data` (heap or refc by size).
Term make_binary(Heap& heap, const void* data, size_t size);
inline Term make_binary(Heap& heap, std::string_view s) {
  return make_binary(heap, s.data(), s.size());
}
// Allocates a binary of `size` bytes and returns a writable pointer to them
// (heap or refc by size). The caller fills the bytes before any other use.
Term make_uninit_binary(Heap& heap, size_t size, uint8_t** bytes_out);
// Wraps an existing Binary (takes one reference) in a ProcBin on `heap`.
Term make_procbin(Heap& heap, Binary* bin, const uint8_t* bytes, size_t size);
// A sub-binary of `orig` (a HeapBin or RefcBin, or any bitstring: it is
// resolved to its original) covering `bit_size` bits from `bit_offset`
// relative to the start of `orig`'s view.
Term make_sub_binary(Heap& heap, Term orig, size_t bit_offset, size_t bit_size);
// Copies an arbitrary bit range into a fresh bitstring.
Term make_bitstring(Heap& heap, const uint8_t* src, size_t src_bit_offset,
                    size_t bit_size);

// Bit-level copy helper: copies `n` bits from (src, src_off) to (dst, dst_off).
void copy_bits(const uint8_t* src, size_t src_off, uint8_t* dst,
               size_t dst_off, size_t n);

}  // namespace beamline
