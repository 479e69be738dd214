#include "runtime/term/heap.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "runtime/term/binary.h"

namespace beamline {

FragmentHeap::FragmentHeap(size_t first_block_words)
    : next_block_words_(std::max<size_t>(first_block_words, 16)) {}

FragmentHeap::~FragmentHeap() { release(); }

FragmentHeap::FragmentHeap(FragmentHeap&& o) noexcept
    : blocks_(std::move(o.blocks_)),
      next_block_words_(o.next_block_words_),
      used_words_(o.used_words_) {
  off_heap_ = o.off_heap_;
  o.off_heap_ = OffHeap{};
  o.used_words_ = 0;
}

FragmentHeap& FragmentHeap::operator=(FragmentHeap&& o) noexcept {
  if (this != &o) {
    release();
    blocks_ = std::move(o.blocks_);
    next_block_words_ = o.next_block_words_;
    used_words_ = o.used_words_;
    off_heap_ = o.off_heap_;
    o.off_heap_ = OffHeap{};
    o.used_words_ = 0;
  }
  return *this;
}

void FragmentHeap::release() {
  release_off_heap(off_heap_);
  blocks_.clear();
  used_words_ = 0;
}

Term* FragmentHeap::alloc(size_t words) {
  if (blocks_.empty() || blocks_.back().size - blocks_.back().used < words) {
    size_t size = std::max(words, next_block_words_);
    next_block_words_ = std::min<size_t>(next_block_words_ * 2, 1 << 20);
    Block b;
    b.size = size;
    b.words.reset(new Term[size]);
    blocks_.push_back(std::move(b));
  }
  Block& b = blocks_.back();
  Term* p = b.words.get() + b.used;
  b.used += words;
  used_words_ += words;
  return p;
}

Term make_ref(Heap& h, uint64_t id) {
  Term* ref = h.alloc(kRefWords);
  ref[0] = make_header(Sub::Ref, kRefWords - 1);
  ref[1] = id;
  return make_boxed(ref);
}

void release_off_heap(OffHeap& oh) {
  Term* pb = oh.first;
  while (pb) {
    Term* next = reinterpret_cast<Term*>(uintptr_t(pb[4]));
    reinterpret_cast<Binary*>(uintptr_t(pb[2]))->dec_ref();
    pb = next;
  }
  oh = OffHeap{};
}

// ---- deep copy ------------------------------------------------------------------

namespace {

// Words a sub-binary needs when copied (see copy_sub_binary).
size_t sub_binary_copy_size(Term t) {
  BitView v;
  bit_view(t, &v);
  const Term* orig = boxed_val(boxed_val(t)[5]);
  if (header_sub(*orig) == Sub::RefcBin) return kProcBinWords + kSubBinWords;
  size_t bytes = (v.bit_size + 7) / 8;
  return heap_bin_words(bytes) + (v.bit_size % 8 ? kSubBinWords : 0);
}

Term copy_sub_binary(Term t, Heap& to) {
  const Term* sb = boxed_val(t);
  const Term* orig = boxed_val(sb[5]);
  if (header_sub(*orig) == Sub::RefcBin) {
    Binary* bin = reinterpret_cast<Binary*>(uintptr_t(orig[2]));
    bin->inc_ref();
    Term pb = make_procbin(to, bin, reinterpret_cast<const uint8_t*>(uintptr_t(orig[3])),
                           orig[1]);
    Term* nsb = to.alloc(kSubBinWords);
    std::memcpy(nsb, sb, kSubBinWords * sizeof(Term));
    nsb[5] = pb;
    return make_boxed(nsb);
  }
  BitView v;
  bit_view(t, &v);
  return make_bitstring(to, v.base, v.bit_offset, v.bit_size);
}

size_t boxed_size(Term t);

}  // namespace

size_t term_size(Term t) {
  size_t total = 0;
  while (true) {
    if (is_list(t)) {
      total += 2 + term_size(car(t));
      t = cdr(t);
      continue;
    }
    if (is_boxed(t)) total += boxed_size(t);
    return total;
  }
}

namespace {

size_t boxed_size(Term t) {
  const Term* p = boxed_val(t);
  Term hdr = *p;
  Uint arity = header_arity(hdr);
  switch (header_sub(hdr)) {
    case Sub::Tuple:
    case Sub::HashMap: {
      size_t n = 1 + arity;
      for (Uint i = 1; i <= arity; i++) n += term_size(p[i]);
      return n;
    }
    case Sub::FlatMap: {
      size_t n = 1 + arity;
      for (Uint i = 1; i <= arity; i++) n += term_size(p[i]);
      return n;
    }
    case Sub::Fun: {
      size_t n = 1 + arity;
      for (Uint i = 3; i <= arity; i++) n += term_size(p[i]);
      return n;
    }
    case Sub::RefcBin:
      return kProcBinWords;
    case Sub::SubBin:
      return sub_binary_copy_size(t);
    case Sub::MatchCtx:
      return term_size(p[1]);
    default:  // bignums, floats, refs, exports, heap binaries: flat
      return 1 + arity;
  }
}

Term copy_boxed(Term t, Heap& to);

}  // namespace

Term copy_term(Term t, Heap& to) {
  if (is_list(t)) {
    // Iterative over the spine so that long lists do not recurse deeply.
    Term result;
    Term* link = &result;
    while (is_list(t)) {
      Term* cell = to.alloc(2);
      cell[0] = copy_term(car(t), to);
      *link = make_list(cell);
      link = &cell[1];
      t = cdr(t);
    }
    *link = copy_term(t, to);
    return result;
  }
  if (is_boxed(t)) return copy_boxed(t, to);
  return t;
}

namespace {

Term copy_boxed(Term t, Heap& to) {
  const Term* p = boxed_val(t);
  Term hdr = *p;
  Uint arity = header_arity(hdr);
  switch (header_sub(hdr)) {
    case Sub::Tuple:
    case Sub::HashMap:
    case Sub::FlatMap: {
      Term* q = to.alloc(1 + arity);
      q[0] = hdr;
      for (Uint i = 1; i <= arity; i++) q[i] = copy_term(p[i], to);
      return make_boxed(q);
    }
    case Sub::Fun: {
      Term* q = to.alloc(1 + arity);
      q[0] = hdr;
      q[1] = p[1];
      q[2] = p[2];
      for (Uint i = 3; i <= arity; i++) q[i] = copy_term(p[i], to);
      return make_boxed(q);
    }
    case Sub::RefcBin: {
      Binary* bin = reinterpret_cast<Binary*>(uintptr_t(p[2]));
      bin->inc_ref();
      return make_procbin(to, bin, reinterpret_cast<const uint8_t*>(uintptr_t(p[3])), p[1]);
    }
    case Sub::SubBin:
      return copy_sub_binary(t, to);
    case Sub::MatchCtx:
      return copy_term(p[1], to);
    default: {
      Term* q = to.alloc(1 + arity);
      std::memcpy(q, p, (1 + arity) * sizeof(Term));
      return make_boxed(q);
    }
  }
}

}  // namespace

}  // namespace beamline
