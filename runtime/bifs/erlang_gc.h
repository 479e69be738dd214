// The garbage-collection settings and figures as BIFs see them: the GC
// items of process_flag/2, process_info/2, spawn_opt, system_flag/2,
// system_info/1 and statistics/1, for the files that own those BIFs
// (erlang_process.cc, erlang_core.cc) to call. erlang_gc.cc also registers
// erlang:garbage_collect/0,1,2 (see there).
#pragma once

#include <cstdint>

#include "runtime/term/term.h"
#include "runtime/vm/process.h"

namespace beamline {

// process_flag(Flag, Value) for min_heap_size, min_bin_vheap_size,
// fullsweep_after and max_heap_size. False if Flag is none of them;
// otherwise *result is the old value, or NON_VALUE after raise_badarg.
bool gc_process_flag(Process* p, Term flag, Term value, Term* result);

// process_info(Q, Item) for heap_size, total_heap_size, memory,
// garbage_collection, garbage_collection_info, min_heap_size,
// min_bin_vheap_size, fullsweep_after and max_heap_size: the
// {Item, Value} tuple built on p's heap, or NON_VALUE for other items.
// (q is p itself, or a process that is not running.)
Term gc_process_info_item(Process* p, const Process* q, Term item);

// spawn_opt options min_heap_size, min_bin_vheap_size, fullsweep_after and
// max_heap_size: parse each option with gc_spawn_option, check the whole
// list with gc_spawn_options_valid (badarg if false, as erl: a max_heap_size
// below the min_heap_size), and apply them to the child before it can run.
struct GcSpawnOptions {
  bool has_min_heap_size = false;
  size_t min_heap_size = 0;  // rounded as erl does
  bool has_min_bin_vheap_size = false;
  size_t min_bin_vheap_size = 0;
  bool has_fullsweep_after = false;
  uint16_t fullsweep_after = 0;
  bool has_max_heap_size = false;
  uint64_t max_heap_size = 0;
  uint8_t max_heap_flags = 0;
};
enum class GcSpawnOpt { NotGc, Ok, Bad };
GcSpawnOpt gc_spawn_option(Term opt, GcSpawnOptions* o);
bool gc_spawn_options_valid(const GcSpawnOptions& o);
void gc_apply_spawn_options(Process* child, const GcSpawnOptions& o);

// system_flag(Flag, Value) for min_heap_size, min_bin_vheap_size,
// fullsweep_after and max_heap_size; same contract as gc_process_flag.
bool gc_system_flag(Process* p, Term flag, Term value, Term* result);
// system_info(Item) for garbage_collection, fullsweep_after, min_heap_size,
// min_bin_vheap_size, max_heap_size and heap_sizes, or NON_VALUE.
Term gc_system_info(Process* p, Term item);
// statistics(garbage_collection): {Collections, WordsReclaimed, 0}.
Term gc_statistics_term(Process* p);

// #{error_logger => Bool, kill => Bool, size => Size}, as erl shows it.
Term gc_max_heap_size_map(Heap& h, uint64_t size, uint8_t flags);

}  // namespace beamline
