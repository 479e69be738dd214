// Per-process copying garbage collection (Cheney). The heap and stack share
// one block; a collection copies everything live (from the old block and
// the heap fragments) into a fresh block sized to fit, moves the stack to
// its top and releases off-heap binaries that died.
#pragma once

#include <cstddef>

#include "runtime/term/term.h"
#include "runtime/vm/process.h"

namespace beamline {

// Collects `p`. Roots: x[0, live), the stack, the process dictionary and
// other per-process terms. Afterwards at least `need` words are free between
// htop and stop.
void garbage_collect(Process* p, Term* x, unsigned live, size_t need);

// True when heap fragments have grown large enough that the next safe point
// should collect even though the main heap has room.
bool gc_wanted(const Process* p);

}  // namespace beamline
