// Allocation contexts for building terms. BIFs and the interpreter build
// terms through a Heap; a Process is one (its young heap plus heap
// fragments), a FragmentHeap is a free-standing one used for ETS objects,
// literals, timers' messages and unit tests (messages in flight have their
// own, runtime/vm/message.h).
//
// Allocation never triggers a garbage collection: a BIF may hold raw Terms
// across allocations. A process collects only at safe points in the
// interpreter (test_heap, allocate, gc_bif, ...).
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "runtime/term/term.h"

namespace beamline {

struct Binary;

// The list of off-heap objects (reference-counted binaries) referenced from
// a heap. The GC walks it to release what died.
struct OffHeap {
  Term* first = nullptr;  // ProcBin header pointers, linked via ProcBin::next
  Uint overhead = 0;      // bytes of off-heap binary data referenced
};

class Heap {
 public:
  virtual ~Heap() = default;
  // Returns `words` uninitialised, 8-byte aligned heap words.
  virtual Term* alloc(size_t words) = 0;
  OffHeap& off_heap() { return off_heap_; }

 protected:
  OffHeap off_heap_;
};

// A chain of malloc'd blocks. Terms built here stay valid until the
// FragmentHeap is destroyed (which releases its refc binaries).
class FragmentHeap : public Heap {
 public:
  explicit FragmentHeap(size_t first_block_words = 64);
  ~FragmentHeap() override;
  FragmentHeap(FragmentHeap&&) noexcept;
  FragmentHeap& operator=(FragmentHeap&&) noexcept;
  FragmentHeap(const FragmentHeap&) = delete;
  FragmentHeap& operator=(const FragmentHeap&) = delete;

  Term* alloc(size_t words) override;
  size_t used_words() const { return used_words_; }

  struct Block {
    size_t size = 0;
    size_t used = 0;
    std::unique_ptr<Term[]> words;
  };
  const std::vector<Block>& blocks() const { return blocks_; }

 private:
  void release();
  std::vector<Block> blocks_;
  size_t next_block_words_;
  size_t used_words_ = 0;
};

// Releases the references held by the ProcBins on an off-heap list.
void release_off_heap(OffHeap& oh);

// Deep copy support (messages, ETS, persistent_term, spawn arguments).
// term_size counts the heap words a copy needs; copy_term copies into `to`
// (refc binaries are shared by reference count, sub-binaries and match
// contexts are flattened).
size_t term_size(Term t);
Term copy_term(Term t, Heap& to);

// A reference with unique number `id` (kRefWords words).
Term make_ref(Heap& h, uint64_t id);

}  // namespace beamline
