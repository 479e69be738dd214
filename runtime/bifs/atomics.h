// BIF bodies shared by the atomics module and erts_internal:counters_*:
// both work on the cells of runtime/ets/atomic_array.h and accept only
// references to arrays of their own kind.
#pragma once

#include <atomic>
#include <cstdint>

#include "runtime/bifs/bif.h"
#include "runtime/ets/atomic_array.h"

namespace beamline {

// The cell (Ref, Ix) (Ix counts from 1) of an array of `kind`, or nullptr.
std::atomic<uint64_t>* atomic_array_cell(Term ref, Term ix, AtomicArray::Kind kind,
                                         AtomicArray** array);

// A new array of `size` cells (badarg unless 1 =< Size =< 2^40).
Term atomic_array_new_bif(Process* p, Term size, AtomicArray::Kind kind, bool is_signed);
// get(Ref, Ix), add(Ref, Ix, Incr) and put(Ref, Ix, Value).
Term atomic_array_get_bif(Process* p, const Term* args, AtomicArray::Kind kind);
Term atomic_array_add_bif(Process* p, const Term* args, AtomicArray::Kind kind);
Term atomic_array_put_bif(Process* p, const Term* args, AtomicArray::Kind kind);

}  // namespace beamline
