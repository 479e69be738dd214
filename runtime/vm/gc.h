// Per-process generational garbage collection, as BEAM does it.
//
// A process has a young heap (one block shared with the stack: the heap
// grows up, the stack down), heap fragments (BIF results and received
// messages that did not fit), and an old heap. A minor collection copies the
// live young data (Cheney): objects below the high-water mark -- those that
// already survived one collection -- are promoted to the old heap, the rest
// go to a fresh young block sized from the live data. A major collection
// ("fullsweep") copies everything live, old heap included, into a fresh
// young block and frees the old heap. A major collection happens when
// `fullsweep_after` minor collections have run since the last one, when the
// old heap has no room for the data to promote, when the binary data
// referenced from the old heap outgrows its limit, and when asked
// (erlang:garbage_collect/0,1,2).
//
// No pointer ever leads from the old heap to younger data: terms are
// immutable, the process dictionary and the other per-process terms are
// roots, and the only destructive write (set_tuple_element) targets a tuple
// built by the instruction just before it, which is young.
//
// Reference-counted binaries are accounted per generation ("virtual heap"):
// a process whose young data references more binary bytes than its vheap
// limit collects even if its heap has room, so dead binaries are released.
//
// max_heap_size: when a collection finds that the process would exceed its
// limit (young + old + fragments, counted as BEAM does), it logs an error
// report (error_logger flag) and, with the kill flag, does not collect:
// it sets Process::gc.max_heap_killed and the interpreter ends the process
// with exit reason `killed` (as exit(P, kill): untrappable) right after the
// call. `need` words are free afterwards in every case.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "runtime/term/term.h"
#include "runtime/vm/process.h"

namespace beamline {

// The old generation of a process (Process::GcState::old), made by its first
// promotion. A major collection frees the heap block; the rest stays.
struct Process::GcState::OldGen {
  Term* heap = nullptr;  // [heap, end), used up to htop; null: none
  Term* htop = nullptr;
  Term* end = nullptr;
  OffHeap off_heap;            // the ProcBins that live on the old heap
  uint64_t bin_vheap = 0;      // words of binary data they reference
  uint64_t bin_vheap_size;     // limit: a major collection when exceeded
  // Young blocks given up when max_heap_size killed the process (it may
  // run on until the interpreter notices): collected like fragments.
  struct Abandoned {
    std::unique_ptr<Term[]> words;
    size_t used;
  };
  std::vector<Abandoned> abandoned;

  explicit OldGen(uint64_t min_bin_vheap) : bin_vheap_size(min_bin_vheap) {}
  ~OldGen();
  OldGen(const OldGen&) = delete;
  OldGen& operator=(const OldGen&) = delete;
};

// Collects `p` (a minor collection unless a major one is due). Roots:
// x[0, live), the stack, the saved registers, the process dictionary and
// the other per-process terms. Afterwards at least `need` words are free
// between htop and stop. Check p->gc.max_heap_killed afterwards.
void garbage_collect(Process* p, Term* x, unsigned live, size_t need);

// A major collection now (erlang:garbage_collect/0).
void garbage_collect_major(Process* p, Term* x, unsigned live, size_t need);

// Collects a process that is not running (erlang:garbage_collect(Pid)
// from another process, which holds it meanwhile): its saved registers
// (Process::xsave) are its x-register roots.
void garbage_collect_idle(Process* p, bool major);

// Gives `p` a young block of at least `words` words now, keeping its data
// (spawn_opt's min_heap_size, applied after the arguments were copied):
// roots as garbage_collect_idle; no max_heap_size check, no statistics.
void gc_grow_young_heap(Process* p, size_t words);

// erlang:hibernate/3 (the stack must be empty): everything live moves to
// one young block of exactly the live size; there is no old heap after.
void garbage_collect_hibernate(Process* p, Term* x, unsigned live);

// True when the next safe point should collect even though the young heap
// has room: heap fragments have grown large, or the young generation
// references more off-heap binary data than its vheap limit.
bool gc_wanted(const Process* p);

// ---- sizes ----------------------------------------------------------------

// BEAM's heap size sequence (Fibonacci-like, then +20%): the smallest size
// >= `words` (offset 0) or the one after it (offset 1).
size_t gc_next_heap_size(size_t words, int offset = 0);
// Every size of the sequence (erlang:system_info(heap_sizes)).
const uint64_t* gc_heap_sizes(size_t* count);
// The index of gc_next_heap_size(words) in the sequence.
uint8_t gc_heap_size_index(size_t words);

// process_info(P, heap_size): the young generation (block + fragments).
size_t gc_heap_size(const Process* p);
// process_info(P, total_heap_size): young + old + fragments.
size_t gc_total_heap_size(const Process* p);

// The binary virtual heap limits of `p` (words): its min_bin_vheap_size
// (settable; `words` is rounded up to a heap size) and the current limit of
// its young generation.
uint64_t gc_min_bin_vheap_size(const Process* p);
void gc_set_min_bin_vheap_size(Process* p, size_t words);
uint64_t gc_bin_vheap_size(const Process* p);

// The figures of process_info(P, garbage_collection_info) in erl's order:
// old_heap_block_size, heap_block_size, mbuf_size, recent_size, stack_size,
// old_heap_size, heap_size, bin_vheap_size, bin_vheap_block_size,
// bin_old_vheap_size, bin_old_vheap_block_size.
inline constexpr int kGcInfoItems = 11;
extern const char* const kGcInfoNames[kGcInfoItems];
void gc_info(const Process* p, uint64_t out[kGcInfoItems]);

// ---- settings ---------------------------------------------------------------

// max_heap_size flags.
inline constexpr uint8_t kMaxHeapKill = 1;
inline constexpr uint8_t kMaxHeapLog = 2;
// BEAM's smallest min_heap_size for a process and default min_bin_vheap_size.
inline constexpr size_t kMinHeapSize = 233;
inline constexpr size_t kMinBinVheapSize = 46422;

// System-wide defaults for new processes (erlang:system_flag/2). Atomic:
// any scheduler thread may read them while one process changes them.
struct GcDefaults {
  size_t min_heap_size;
  size_t min_bin_vheap_size;
  uint16_t fullsweep_after;
  uint64_t max_heap_size;  // words; 0: no limit
  uint8_t max_heap_flags;
};
GcDefaults gc_defaults();
void gc_set_default_min_heap_size(size_t words);
void gc_set_default_min_bin_vheap_size(size_t words);
void gc_set_default_fullsweep_after(uint16_t n);
void gc_set_default_max_heap_size(uint64_t words, uint8_t flags);

// erlang:statistics(garbage_collection): collections and words reclaimed
// by all processes.
void gc_statistics(uint64_t* collections, uint64_t* words_reclaimed);

}  // namespace beamline
