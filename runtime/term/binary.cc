#include "runtime/term/binary.h"

#include <cstdlib>
#include <cstring>
#include <new>

namespace beamline {

Binary* Binary::create(size_t size, size_t capacity) {
  if (capacity < size) capacity = size;
  void* mem = std::malloc(sizeof(Binary) + capacity + 1);
  if (!mem) throw std::bad_alloc();
  Binary* b = static_cast<Binary*>(mem);
  new (&b->refc) std::atomic<int64_t>(1);
  b->size = size;
  b->capacity = capacity;
  b->writable_bits = kNotWritable;
  b->writer = nullptr;
  return b;
}

void Binary::dec_ref() {
  if (refc.fetch_sub(1, std::memory_order_acq_rel) == 1) {
    refc.~atomic();
    std::free(this);
  }
}

bool bit_view(Term t, BitView* out) {
  if (!is_boxed(t)) return false;
  const Term* p = boxed_val(t);
  switch (header_sub(*p)) {
    case Sub::HeapBin:
      out->base = reinterpret_cast<const uint8_t*>(p + 2);
      out->bit_offset = 0;
      out->bit_size = p[1] * 8;
      return true;
    case Sub::RefcBin:
      out->base = reinterpret_cast<const uint8_t*>(uintptr_t(p[3]));
      out->bit_offset = 0;
      out->bit_size = p[1] * 8;
      return true;
    case Sub::SubBin: {
      BitView orig;
      bit_view(p[5], &orig);
      out->base = orig.base;
      out->bit_offset = p[3] * 8 + p[4];
      out->bit_size = p[1] * 8 + p[2];
      return true;
    }
    default:
      return false;
  }
}

bool is_binary(Term t) {
  BitView v;
  return bit_view(t, &v) && v.bit_size % 8 == 0;
}

Term make_procbin(Heap& heap, Binary* bin, const uint8_t* bytes, size_t size) {
  Term* p = heap.alloc(kProcBinWords);
  p[0] = make_header(Sub::RefcBin, kProcBinWords - 1);
  p[1] = size;
  p[2] = Term(reinterpret_cast<uintptr_t>(bin));
  p[3] = Term(reinterpret_cast<uintptr_t>(bytes));
  OffHeap& oh = heap.off_heap();
  p[4] = Term(reinterpret_cast<uintptr_t>(oh.first));
  oh.first = p;
  oh.overhead += size;
  return make_boxed(p);
}

Term make_uninit_binary(Heap& heap, size_t size, uint8_t** bytes_out) {
  if (size <= kMaxHeapBinSize) {
    size_t words = heap_bin_words(size);
    Term* p = heap.alloc(words);
    p[0] = make_header(Sub::HeapBin, words - 1);
    p[1] = size;
    if (words > 2) p[words - 1] = 0;  // deterministic padding
    *bytes_out = reinterpret_cast<uint8_t*>(p + 2);
    return make_boxed(p);
  }
  Binary* bin = Binary::create(size);
  *bytes_out = bin->data();
  return make_procbin(heap, bin, bin->data(), size);
}

Term make_binary(Heap& heap, const void* data, size_t size) {
  uint8_t* bytes;
  Term t = make_uninit_binary(heap, size, &bytes);
  if (size) std::memcpy(bytes, data, size);
  return t;
}

// Resolves any bitstring to its original (HeapBin/RefcBin) and the absolute
// bit offset of `t`'s view inside that original.
static Term resolve_original(Term t, size_t* bit_offset) {
  const Term* p = boxed_val(t);
  if (header_sub(*p) == Sub::SubBin) {
    *bit_offset = p[3] * 8 + p[4];
    return p[5];
  }
  *bit_offset = 0;
  return t;
}

Term make_sub_binary(Heap& heap, Term orig, size_t bit_offset, size_t bit_size) {
  size_t base_off;
  Term real = resolve_original(orig, &base_off);
  size_t off = base_off + bit_offset;
  Term* p = heap.alloc(kSubBinWords);
  p[0] = make_header(Sub::SubBin, kSubBinWords - 1);
  p[1] = bit_size / 8;
  p[2] = bit_size % 8;
  p[3] = off / 8;
  p[4] = off % 8;
  p[5] = real;
  return make_boxed(p);
}

void copy_bits(const uint8_t* src, size_t src_off, uint8_t* dst, size_t dst_off,
               size_t n) {
  if (n == 0) return;
  if (src_off % 8 == 0 && dst_off % 8 == 0) {
    std::memmove(dst + dst_off / 8, src + src_off / 8, n / 8);
    size_t rest = n % 8;
    if (rest) {
      uint8_t mask = uint8_t(0xFF << (8 - rest));
      uint8_t& d = dst[(dst_off + n) / 8];
      d = uint8_t((d & ~mask) | (src[(src_off + n) / 8] & mask));
    }
    return;
  }
  for (size_t i = 0; i < n; i++) {
    size_t s = src_off + i, d = dst_off + i;
    int bit = (src[s / 8] >> (7 - s % 8)) & 1;
    uint8_t mask = uint8_t(1u << (7 - d % 8));
    if (bit) {
      dst[d / 8] |= mask;
    } else {
      dst[d / 8] &= uint8_t(~mask);
    }
  }
}

Term make_bitstring(Heap& heap, const uint8_t* src, size_t src_bit_offset,
                    size_t bit_size) {
  size_t bytes = (bit_size + 7) / 8;
  uint8_t* out;
  Term bin = make_uninit_binary(heap, bytes, &out);
  if (bytes) {
    out[bytes - 1] = 0;
    copy_bits(src, src_bit_offset, out, 0, bit_size);
  }
  if (bit_size % 8 == 0) return bin;
  return make_sub_binary(heap, bin, 0, bit_size);
}

}  // namespace beamline
