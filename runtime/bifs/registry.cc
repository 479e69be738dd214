// The list of BIF areas. Each area file registers its functions here.
#include <cstdio>
#include <cstdlib>
#include <set>
#include <tuple>

#include "runtime/bifs/bif.h"

namespace beamline {

// One line per area (runtime/bifs/<area>.cc).
#define BEAMLINE_BIF_AREAS(X) \
  X(erlang_core) \
  X(erlang_process) \
  X(erlang_process_info) \
  X(beamline_native) \
  X(code) \
  X(os_init) \
  X(string) \
  X(match_spec_test) \
  X(maps) \
  X(erlang_hash) \
  X(erlang_external) \
  X(re) \
  X(binary) \
  X(erlang_binaries) \
  X(unicode) \
  X(ets) \
  X(persistent_term) \
  X(atomics) \
  X(counters) \
  X(erlang_numbers) \
  X(math) \
  X(prim_file) \
  X(erlang_ports) \
  X(erlang_gc)

#define DECLARE_AREA(area) void register_##area##_bifs(BifRegistry&);
BEAMLINE_BIF_AREAS(DECLARE_AREA)
#undef DECLARE_AREA

void BifRegistry::add(std::string_view module, std::string_view name,
                      unsigned arity, BifFunction fn, unsigned flags) {
  for (const BifEntry& e : entries_) {
    if (e.module == module && e.name == name && e.arity == arity) {
      std::fprintf(stderr, "beamline: BIF %.*s:%.*s/%u registered twice\n",
                   int(module.size()), module.data(), int(name.size()),
                   name.data(), arity);
      std::abort();
    }
  }
  entries_.push_back({module, name, arity, fn, flags});
}

const BifRegistry& BifRegistry::all() {
  static const BifRegistry* registry = [] {
    auto* r = new BifRegistry();
#define CALL_AREA(area) register_##area##_bifs(*r);
    BEAMLINE_BIF_AREAS(CALL_AREA)
#undef CALL_AREA
    return r;
  }();
  return *registry;
}

}  // namespace beamline
