// Arrays of 64-bit atomic cells behind references: atomics:new/2 and
// counters:new/2 (erts_internal:counters_*).
//
// erl's references to these are "magic" references that keep the array
// alive until the last copy is garbage collected. We have no GC hook for
// references yet, so arrays live until the VM exits (a leak for programs
// that create very many of them).
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>

#include "runtime/term/heap.h"
#include "runtime/term/term.h"

namespace beamline {

class VM;

struct AtomicArray {
  enum class Kind : uint8_t { kAtomics, kCounters };
  AtomicArray(Kind k, bool is_signed, size_t n)
      : kind(k), is_signed(is_signed), size(n),
        cells(new std::atomic<uint64_t>[n]) {
    for (size_t i = 0; i < n; i++) cells[i].store(0, std::memory_order_relaxed);
  }
  const Kind kind;
  const bool is_signed;
  const size_t size;
  std::unique_ptr<std::atomic<uint64_t>[]> cells;
};

// Creates an array and returns its reference (built on `h`). Returns
// NON_VALUE if the memory cannot be allocated.
Term atomic_array_new(Heap& h, VM* vm, AtomicArray::Kind kind, bool is_signed,
                      size_t n);
// The array behind `ref` if it is a reference to one of `kind`.
AtomicArray* atomic_array_find(Term ref, AtomicArray::Kind kind);

// Integer conversions. A cell value (signed or unsigned range) to a term;
// a term to a cell value (false if outside the array's value range); an
// increment (any integer in [-2^63, 2^64 - 1]) to its 64-bit two's
// complement.
Term atomic_cell_to_term(Heap& h, const AtomicArray& a, uint64_t v);
bool atomic_term_to_cell(const AtomicArray& a, Term t, uint64_t* out);
bool atomic_term_to_incr(Term t, uint64_t* out);

}  // namespace beamline
