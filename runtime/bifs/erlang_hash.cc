// erlang:phash/2, erlang:phash2/1,2.
#include "runtime/bifs/bif.h"
#include "runtime/term/hash.h"

namespace beamline {
namespace {

// A hash range: 1..2^32 (2^32 reported as 0, meaning "full 32 bits").
bool parse_range(Term t, uint64_t* range) {
  if (!is_small(t)) return false;
  Sint r = small_value(t);
  if (r < 1 || r > (Sint(1) << 32)) return false;
  *range = r == (Sint(1) << 32) ? 0 : uint64_t(r);
  return true;
}

Term bif_phash2_1(Process* p, const Term* args) {
  return make_small(Sint(term_phash2(args[0]) & ((uint32_t(1) << 27) - 1)));
}

Term bif_phash2_2(Process* p, const Term* args) {
  uint64_t range;
  if (!parse_range(args[1], &range)) return raise_badarg(p);
  uint32_t h = term_phash2(args[0]);
  return make_small(Sint(range ? h % range : h));
}

Term bif_phash_2(Process* p, const Term* args) {
  uint64_t range;
  if (!parse_range(args[1], &range)) return raise_badarg(p);
  uint32_t h = term_phash(args[0]);
  return make_small(Sint(range ? 1 + h % range : uint64_t(h) + 1));
}

}  // namespace

void register_erlang_hash_bifs(BifRegistry& r) {
  r.add("erlang", "phash2", 1, bif_phash2_1);
  r.add("erlang", "phash2", 2, bif_phash2_2);
  r.add("erlang", "phash", 2, bif_phash_2);
}

}  // namespace beamline
