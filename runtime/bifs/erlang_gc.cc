// Garbage-collection BIFs and the GC items of process_flag/2,
// process_info/2, spawn_opt, system_flag/2, system_info/1 and statistics/1
// (see erlang_gc.h; the collector itself is runtime/vm/gc.cc).
//
// erlang:garbage_collect/0,1,2 are BIFs here (on BEAM they are Erlang
// functions in erlang.erl over erts_internal BIFs; the results are the same):
//  - for the calling process, the collection runs as soon as the BIF returns
//    (Process::gc_requested; the interpreter collects with x0 live), major
//    unless {type, minor};
//  - another process is collected right away if it is not running (its
//    saved registers are its roots; VM::inspect holds its run lock; if it
//    runs on another scheduler, the caller yields and retries); the result
//    is whether it is alive;
//    with {async, ReqId} the caller gets {garbage_collect, ReqId, Result}.
#include "runtime/bifs/erlang_gc.h"

#include <algorithm>

#include "runtime/bifs/bif.h"
#include "runtime/term/map.h"
#include "runtime/vm/gc.h"
#include "runtime/vm/vm.h"

namespace beamline {

namespace {

Term atom_of(const char* name) { return atom_from(name); }

// A non-negative small integer, or -1.
Sint non_neg_small(Term t) {
  if (!is_small(t) || small_value(t) < 0) return -1;
  return small_value(t);
}

// erl's size rounding for min_heap_size / min_bin_vheap_size: at least
// `floor`, else the next heap size. False if beyond every heap size.
bool round_min_size(Sint v, size_t floor, size_t* out) {
  size_t count;
  const uint64_t* sizes = gc_heap_sizes(&count);
  if (uint64_t(v) > sizes[count - 1] || uint64_t(v) > SIZE_MAX) return false;
  *out = size_t(v) < floor ? floor : gc_next_heap_size(size_t(v));
  return true;
}

// Parses a max_heap_size value: Size or a map with size := Size and
// optionally kill and error_logger (other keys are ignored, as erl does).
// Flags not given are the system's (erl's H_MAX_FLAGS), also for an
// integer value.
bool parse_max_heap_size(Term v, uint64_t* size, uint8_t* flags) {
  static const Term size_atom = atom_of("size");
  static const Term error_logger_atom = atom_of("error_logger");
  *flags = gc_defaults().max_heap_flags;
  if (is_small(v)) {
    if (small_value(v) < 0) return false;
    *size = uint64_t(small_value(v));
    return true;
  }
  if (!is_map(v)) return false;
  Term s;
  if (!map_get(v, size_atom, &s) || non_neg_small(s) < 0) return false;
  *size = uint64_t(small_value(s));
  Term b;
  if (map_get(v, atom::kill, &b)) {
    if (!is_boolean(b)) return false;
    *flags = b == atom::true_ ? (*flags | kMaxHeapKill) : (*flags & ~kMaxHeapKill);
  }
  if (map_get(v, error_logger_atom, &b)) {
    if (!is_boolean(b)) return false;
    *flags = b == atom::true_ ? (*flags | kMaxHeapLog) : (*flags & ~kMaxHeapLog);
  }
  return true;
}

}  // namespace

Term gc_max_heap_size_map(Heap& h, uint64_t size, uint8_t flags) {
  static const Term size_atom = atom_of("size");
  static const Term error_logger_atom = atom_of("error_logger");
  Term kvs[6] = {error_logger_atom, make_bool(flags & kMaxHeapLog),
                 atom::kill,        make_bool(flags & kMaxHeapKill),
                 size_atom,         make_small(Sint(size))};
  return map_from_pairs(h, kvs, 3);
}

// ---- process_flag ------------------------------------------------------------------

bool gc_process_flag(Process* p, Term flag, Term value, Term* result) {
  static const Term min_bin_vheap_size = atom_of("min_bin_vheap_size");
  static const Term fullsweep_after = atom_of("fullsweep_after");
  Process::GcState& g = p->gc;
  if (flag == atom::min_heap_size) {
    Sint v = non_neg_small(value);
    size_t rounded;
    if (v < 0 || !round_min_size(v, gc_defaults().min_heap_size, &rounded)) {
      *result = raise_badarg(p);
      return true;
    }
    *result = make_small(Sint(p->min_heap_size));
    p->min_heap_size = rounded;
    return true;
  }
  if (flag == min_bin_vheap_size) {
    Sint v = non_neg_small(value);
    size_t rounded;
    if (v < 0 || !round_min_size(v, gc_defaults().min_bin_vheap_size, &rounded)) {
      *result = raise_badarg(p);
      return true;
    }
    *result = make_small(Sint(gc_min_bin_vheap_size(p)));
    gc_set_min_bin_vheap_size(p, rounded);
    return true;
  }
  if (flag == fullsweep_after) {
    Sint v = non_neg_small(value);
    if (v < 0) {
      *result = raise_badarg(p);
      return true;
    }
    *result = make_small(g.fullsweep_after);
    g.fullsweep_after = uint16_t(v);  // erl keeps 16 bits
    return true;
  }
  if (flag == atom::max_heap_size) {
    uint64_t size;
    uint8_t flags;
    if (!parse_max_heap_size(value, &size, &flags) ||
        (size != 0 && size < p->min_heap_size)) {
      *result = raise_badarg(p);
      return true;
    }
    *result = gc_max_heap_size_map(*p, g.max_heap_size, g.max_heap_flags);
    g.max_heap_size = size;
    g.max_heap_flags = flags;
    return true;
  }
  return false;
}

// ---- process_info ------------------------------------------------------------------

namespace {

Term gc_settings_list(Process* p, const Process* q) {
  static const Term min_bin_vheap_size = atom_of("min_bin_vheap_size");
  static const Term fullsweep_after = atom_of("fullsweep_after");
  static const Term minor_gcs = atom_of("minor_gcs");
  const Process::GcState& g = q->gc;
  Term items[5] = {
      make_tuple(*p, {atom::max_heap_size,
                      gc_max_heap_size_map(*p, g.max_heap_size, g.max_heap_flags)}),
      make_tuple(*p, {min_bin_vheap_size, make_small(Sint(gc_min_bin_vheap_size(q)))}),
      make_tuple(*p, {atom::min_heap_size, make_small(Sint(q->min_heap_size))}),
      make_tuple(*p, {fullsweep_after, make_small(g.fullsweep_after)}),
      make_tuple(*p, {minor_gcs, make_small(g.minor_gcs)})};
  return make_list_from(*p, items, 5);
}

}  // namespace

Term gc_process_info_item(Process* p, const Process* q, Term item) {
  static const Term heap_size = atom_of("heap_size");
  static const Term total_heap_size = atom_of("total_heap_size");
  static const Term memory = atom_of("memory");
  static const Term garbage_collection = atom_of("garbage_collection");
  static const Term garbage_collection_info = atom_of("garbage_collection_info");
  static const Term min_bin_vheap_size = atom_of("min_bin_vheap_size");
  static const Term fullsweep_after = atom_of("fullsweep_after");
  Term value;
  if (item == heap_size) {
    value = make_small(Sint(gc_heap_size(q)));
  } else if (item == total_heap_size) {
    value = make_small(Sint(gc_total_heap_size(q)));
  } else if (item == memory) {
    value = make_small(Sint(sizeof(Process) + uint64_t(gc_total_heap_size(q)) * sizeof(Term)));
  } else if (item == garbage_collection) {
    value = gc_settings_list(p, q);
  } else if (item == garbage_collection_info) {
    uint64_t info[kGcInfoItems];
    gc_info(q, info);
    Term items[kGcInfoItems];
    for (int i = 0; i < kGcInfoItems; i++) {
      items[i] = make_tuple(*p, {atom_of(kGcInfoNames[i]), make_small(Sint(info[i]))});
    }
    value = make_list_from(*p, items, kGcInfoItems);
  } else if (item == atom::min_heap_size) {
    value = make_small(Sint(q->min_heap_size));
  } else if (item == min_bin_vheap_size) {
    value = make_small(Sint(gc_min_bin_vheap_size(q)));
  } else if (item == fullsweep_after) {
    value = make_small(q->gc.fullsweep_after);
  } else if (item == atom::max_heap_size) {
    value = gc_max_heap_size_map(*p, q->gc.max_heap_size, q->gc.max_heap_flags);
  } else {
    return NON_VALUE;
  }
  return make_tuple(*p, {item, value});
}

// ---- spawn_opt -----------------------------------------------------------------------

GcSpawnOpt gc_spawn_option(Term opt, GcSpawnOptions* o) {
  static const Term min_bin_vheap_size = atom_of("min_bin_vheap_size");
  static const Term fullsweep_after = atom_of("fullsweep_after");
  if (!is_tuple(opt) || tuple_arity(opt) != 2) return GcSpawnOpt::NotGc;
  Term key = tuple_elems(opt)[0], v = tuple_elems(opt)[1];
  GcDefaults d = gc_defaults();
  if (key == atom::min_heap_size) {
    Sint n = non_neg_small(v);
    if (n < 0 || !round_min_size(n, d.min_heap_size, &o->min_heap_size)) {
      return GcSpawnOpt::Bad;
    }
    o->has_min_heap_size = true;
    return GcSpawnOpt::Ok;
  }
  if (key == min_bin_vheap_size) {
    Sint n = non_neg_small(v);
    if (n < 0 || !round_min_size(n, d.min_bin_vheap_size, &o->min_bin_vheap_size)) {
      return GcSpawnOpt::Bad;
    }
    o->has_min_bin_vheap_size = true;
    return GcSpawnOpt::Ok;
  }
  if (key == fullsweep_after) {
    Sint n = non_neg_small(v);
    if (n < 0) return GcSpawnOpt::Bad;
    o->fullsweep_after = uint16_t(n);  // erl keeps 16 bits
    o->has_fullsweep_after = true;
    return GcSpawnOpt::Ok;
  }
  if (key == atom::max_heap_size) {
    if (!parse_max_heap_size(v, &o->max_heap_size, &o->max_heap_flags)) {
      return GcSpawnOpt::Bad;
    }
    o->has_max_heap_size = true;
    return GcSpawnOpt::Ok;
  }
  return GcSpawnOpt::NotGc;
}

bool gc_spawn_options_valid(const GcSpawnOptions& o) {
  GcDefaults d = gc_defaults();
  uint64_t max = o.has_max_heap_size ? o.max_heap_size : d.max_heap_size;
  size_t min = o.has_min_heap_size ? o.min_heap_size : d.min_heap_size;
  return max == 0 || max >= min;
}

void gc_apply_spawn_options(Process* child, const GcSpawnOptions& o) {
  Process::GcState& g = child->gc;
  // As erl: min_bin_vheap_size is used only together with another of
  // these options.
  bool any = o.has_min_heap_size || o.has_fullsweep_after || o.has_max_heap_size;
  if (o.has_min_bin_vheap_size && any) gc_set_min_bin_vheap_size(child, o.min_bin_vheap_size);
  if (o.has_fullsweep_after) g.fullsweep_after = o.fullsweep_after;
  if (o.has_max_heap_size) {
    g.max_heap_size = o.max_heap_size;
    g.max_heap_flags = o.max_heap_flags;
  }
  if (o.has_min_heap_size) {
    child->min_heap_size = o.min_heap_size;
    gc_grow_young_heap(child, o.min_heap_size);
  }
}

// ---- system_flag / system_info / statistics ----------------------------------------

bool gc_system_flag(Process* p, Term flag, Term value, Term* result) {
  static const Term min_bin_vheap_size = atom_of("min_bin_vheap_size");
  static const Term fullsweep_after = atom_of("fullsweep_after");
  GcDefaults d = gc_defaults();
  if (flag == atom::min_heap_size || flag == min_bin_vheap_size) {
    Sint v = non_neg_small(value);
    size_t rounded;
    if (v < 0 || !round_min_size(v, 0, &rounded)) {
      *result = raise_badarg(p);
      return true;
    }
    if (flag == atom::min_heap_size) {
      *result = make_small(Sint(d.min_heap_size));
      gc_set_default_min_heap_size(rounded);
    } else {
      *result = make_small(Sint(d.min_bin_vheap_size));
      gc_set_default_min_bin_vheap_size(rounded);
    }
    return true;
  }
  if (flag == fullsweep_after) {
    Sint v = non_neg_small(value);
    if (v < 0) {
      *result = raise_badarg(p);
      return true;
    }
    *result = make_small(d.fullsweep_after);
    gc_set_default_fullsweep_after(uint16_t(std::min<Sint>(v, 65535)));
    return true;
  }
  if (flag == atom::max_heap_size) {
    uint64_t size;
    uint8_t flags;
    if (!parse_max_heap_size(value, &size, &flags) ||
        (size != 0 && size < d.min_heap_size)) {
      *result = raise_badarg(p);
      return true;
    }
    *result = gc_max_heap_size_map(*p, d.max_heap_size, d.max_heap_flags);
    gc_set_default_max_heap_size(size, flags);
    return true;
  }
  return false;
}

Term gc_system_info(Process* p, Term item) {
  static const Term garbage_collection = atom_of("garbage_collection");
  static const Term min_bin_vheap_size = atom_of("min_bin_vheap_size");
  static const Term fullsweep_after = atom_of("fullsweep_after");
  static const Term heap_sizes = atom_of("heap_sizes");
  GcDefaults d = gc_defaults();
  if (item == garbage_collection) {
    Term items[4] = {
        make_tuple(*p, {atom::max_heap_size, make_small(Sint(d.max_heap_size))}),
        make_tuple(*p, {min_bin_vheap_size, make_small(Sint(d.min_bin_vheap_size))}),
        make_tuple(*p, {atom::min_heap_size, make_small(Sint(d.min_heap_size))}),
        make_tuple(*p, {fullsweep_after, make_small(d.fullsweep_after)})};
    return make_list_from(*p, items, 4);
  }
  if (item == fullsweep_after) {
    return make_tuple(*p, {item, make_small(d.fullsweep_after)});
  }
  if (item == atom::min_heap_size) {
    return make_tuple(*p, {item, make_small(Sint(d.min_heap_size))});
  }
  if (item == min_bin_vheap_size) {
    return make_tuple(*p, {item, make_small(Sint(d.min_bin_vheap_size))});
  }
  if (item == atom::max_heap_size) {
    return gc_max_heap_size_map(*p, d.max_heap_size, d.max_heap_flags);
  }
  if (item == heap_sizes) {
    size_t count;
    const uint64_t* sizes = gc_heap_sizes(&count);
    Term list = NIL;
    for (size_t i = count; i-- > 0;) {
      Term* cell = p->alloc(2);
      cell[0] = make_small(Sint(sizes[i]));
      cell[1] = list;
      list = make_list(cell);
    }
    return list;
  }
  return NON_VALUE;
}

Term gc_statistics_term(Process* p) {
  uint64_t collections, reclaimed;
  gc_statistics(&collections, &reclaimed);
  return make_tuple(*p, {make_small(Sint(collections)), make_small(Sint(reclaimed)),
                         make_small(0)});
}

// ---- erlang:garbage_collect/0,1,2 ----------------------------------------------------

namespace {

// Collects the caller when the BIF returns.
Term collect_self(Process* p, bool major) {
  if (major) p->gc.need_fullsweep = true;
  p->gc_requested = true;
  return atom::true_;
}

Term bif_garbage_collect_0(Process* p, const Term*) { return collect_self(p, true); }

// garbage_collect(Pid, Options), or garbage_collect(Pid) (arity 1).
Term garbage_collect_pid(Process* p, const Term* a, unsigned arity) {
  Term pid = a[0];
  Term opts = arity == 2 ? a[1] : NIL;
  static const Term async_atom = atom_of("async");
  static const Term major = atom_of("major");
  static const Term minor = atom_of("minor");
  static const Term garbage_collect_atom = atom_of("garbage_collect");
  Term type = major;
  Term req_id = NON_VALUE;
  for (Term l = opts; is_list(l); l = cdr(l)) {
    Term o = car(l);
    if (!is_tuple(o) || tuple_arity(o) != 2) return raise_badarg(p);
    Term k = tuple_elems(o)[0];
    if (k == async_atom) {
      req_id = tuple_elems(o)[1];
    } else if (k == atom::type) {
      type = tuple_elems(o)[1];
    } else {
      return raise_badarg(p);
    }
  }
  if (list_length(opts) < 0 || !is_pid(pid)) return raise_badarg(p);
  if (type != major && type != minor) return raise_badarg(p);
  bool is_major = type == major;
  bool alive;
  if (pid == p->pid()) {
    collect_self(p, is_major);
    alive = true;
  } else {
    // Not running: collected right here, holding its run lock.
    VM::Inspect r = p->vm()->inspect(
        pid, [&](Process* q) { garbage_collect_idle(q, is_major); });
    if (r == VM::Inspect::Busy) return retry_bif_later(p, atom_of("garbage_collect"), a, arity);
    alive = r == VM::Inspect::Done;
  }
  if (req_id != NON_VALUE) {
    p->vm()->send(p->pid(),
                  make_tuple(*p, {garbage_collect_atom, req_id, make_bool(alive)}));
    return async_atom;
  }
  return make_bool(alive);
}

Term bif_garbage_collect_1(Process* p, const Term* a) {
  return garbage_collect_pid(p, a, 1);
}

Term bif_garbage_collect_2(Process* p, const Term* a) {
  return garbage_collect_pid(p, a, 2);
}

// erts_internal:garbage_collect(Mode), what erlang.erl's garbage_collect
// functions call on BEAM.
Term bif_erts_internal_garbage_collect_1(Process* p, const Term* a) {
  static const Term major = atom_of("major");
  static const Term minor = atom_of("minor");
  if (a[0] != major && a[0] != minor) return raise_badarg(p);
  return collect_self(p, a[0] == major);
}

bool registered(const BifRegistry& r, std::string_view m, std::string_view f,
                unsigned arity) {
  for (const BifEntry& e : r.entries()) {
    if (e.module == m && e.name == f && e.arity == arity) return true;
  }
  return false;
}

}  // namespace

void register_erlang_gc_bifs(BifRegistry& r) {
  // erlang_process.cc registers a garbage_collect/0 that collects minor:
  // this one replaces it once it is gone from there.
  if (!registered(r, "erlang", "garbage_collect", 0)) {
    r.add("erlang", "garbage_collect", 0, bif_garbage_collect_0);
  }
  r.add("erlang", "garbage_collect", 1, bif_garbage_collect_1);
  r.add("erlang", "garbage_collect", 2, bif_garbage_collect_2);
  r.add("erts_internal", "garbage_collect", 1, bif_erts_internal_garbage_collect_1);
}

}  // namespace beamline
