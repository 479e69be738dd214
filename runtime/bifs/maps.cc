// maps module BIFs (those that are erlang:nif_error stubs in OTP 25's
// maps.erl), erts_internal:map_next/3 and the erlang map guard BIFs.
#include <vector>

#include "runtime/bifs/bif.h"
#include "runtime/term/compare.h"
#include "runtime/term/map.h"

namespace beamline {
namespace {

Term raise_badmap(Process* p, Term m) {
  return raise_error(p, make_tuple(*p, {atom::badmap, m}));
}
Term raise_badkey(Process* p, Term k) {
  return raise_error(p, make_tuple(*p, {atom::badkey, k}));
}

// maps:get(Key, Map)
Term bif_maps_get_2(Process* p, const Term* args) {
  if (!is_map(args[1])) return raise_badmap(p, args[1]);
  Term v;
  if (!map_get(args[1], args[0], &v)) return raise_badkey(p, args[0]);
  return v;
}

// maps:find(Key, Map)
Term bif_maps_find_2(Process* p, const Term* args) {
  if (!is_map(args[1])) return raise_badmap(p, args[1]);
  Term v;
  if (!map_get(args[1], args[0], &v)) return atom::error;
  return make_tuple(*p, {atom::ok, v});
}

Term bif_maps_from_list_1(Process* p, const Term* args) {
  Term m = map_from_list(*p, args[0]);
  if (m == NON_VALUE) return raise_badarg(p);
  return m;
}

// maps:from_keys(Keys, Value)
Term bif_maps_from_keys_2(Process* p, const Term* args) {
  Sint n = list_length(args[0]);
  if (n < 0) return raise_badarg(p);
  std::vector<Term> kvs;
  kvs.reserve(2 * size_t(n));
  for (Term l = args[0]; is_list(l); l = cdr(l)) {
    kvs.push_back(car(l));
    kvs.push_back(args[1]);
  }
  return map_from_pairs(*p, kvs.data(), size_t(n));
}

Term bif_maps_is_key_2(Process* p, const Term* args) {
  if (!is_map(args[1])) return raise_badmap(p, args[1]);
  return make_bool(map_is_key(args[1], args[0]));
}

Term bif_maps_keys_1(Process* p, const Term* args) {
  if (!is_map(args[0])) return raise_badmap(p, args[0]);
  return map_keys(*p, args[0]);
}

Term bif_maps_values_1(Process* p, const Term* args) {
  if (!is_map(args[0])) return raise_badmap(p, args[0]);
  return map_values(*p, args[0]);
}

Term bif_maps_merge_2(Process* p, const Term* args) {
  if (!is_map(args[0])) return raise_badmap(p, args[0]);
  if (!is_map(args[1])) return raise_badmap(p, args[1]);
  return map_merge(*p, args[0], args[1]);
}

// maps:put(Key, Value, Map)
Term bif_maps_put_3(Process* p, const Term* args) {
  if (!is_map(args[2])) return raise_badmap(p, args[2]);
  return map_put(*p, args[2], args[0], args[1]);
}

// maps:remove(Key, Map)
Term bif_maps_remove_2(Process* p, const Term* args) {
  if (!is_map(args[1])) return raise_badmap(p, args[1]);
  return map_remove(*p, args[1], args[0]);
}

// maps:take(Key, Map)
Term bif_maps_take_2(Process* p, const Term* args) {
  if (!is_map(args[1])) return raise_badmap(p, args[1]);
  Term v;
  if (!map_get(args[1], args[0], &v)) return atom::error;
  Term rest = map_remove(*p, args[1], args[0]);
  return make_tuple(*p, {v, rest});
}

// maps:update(Key, Value, Map)
Term bif_maps_update_3(Process* p, const Term* args) {
  if (!is_map(args[2])) return raise_badmap(p, args[2]);
  Term m = map_update(*p, args[2], args[0], args[1]);
  if (m == NON_VALUE) return raise_badkey(p, args[0]);
  return m;
}

// erts_internal:map_next(Path, Map, Acc)
Term bif_map_next_3(Process* p, const Term* args) {
  Term r = map_next(*p, args[0], args[1], args[2]);
  if (r == NON_VALUE) return raise_badarg(p);
  return r;
}

// erlang:map_size(Map)
Term bif_map_size_1(Process* p, const Term* args) {
  if (!is_map(args[0])) return raise_badmap(p, args[0]);
  return make_small(Sint(map_size(args[0])));
}

// erlang:is_map_key(Key, Map)
Term bif_is_map_key_2(Process* p, const Term* args) {
  if (!is_map(args[1])) return raise_badmap(p, args[1]);
  return make_bool(map_is_key(args[1], args[0]));
}

// erlang:map_get(Key, Map)
Term bif_map_get_2(Process* p, const Term* args) {
  if (!is_map(args[1])) return raise_badmap(p, args[1]);
  Term v;
  if (!map_get(args[1], args[0], &v)) return raise_badkey(p, args[0]);
  return v;
}

// erts_internal:cmp_term(A, B): -1, 0, 1 in exact term order (1 < 1.0).
Term bif_cmp_term_2(Process* p, const Term* args) {
  return make_small(compare_terms_exact(args[0], args[1]));
}

}  // namespace

void register_maps_bifs(BifRegistry& r) {
  r.add("maps", "get", 2, bif_maps_get_2);
  r.add("maps", "find", 2, bif_maps_find_2);
  r.add("maps", "from_list", 1, bif_maps_from_list_1);
  r.add("maps", "from_keys", 2, bif_maps_from_keys_2);
  r.add("maps", "is_key", 2, bif_maps_is_key_2);
  r.add("maps", "keys", 1, bif_maps_keys_1);
  r.add("maps", "values", 1, bif_maps_values_1);
  r.add("maps", "merge", 2, bif_maps_merge_2);
  r.add("maps", "put", 3, bif_maps_put_3);
  r.add("maps", "remove", 2, bif_maps_remove_2);
  r.add("maps", "take", 2, bif_maps_take_2);
  r.add("maps", "update", 3, bif_maps_update_3);
  r.add("erts_internal", "map_next", 3, bif_map_next_3);
  r.add("erts_internal", "cmp_term", 2, bif_cmp_term_2);
  r.add("erlang", "map_size", 1, bif_map_size_1, kBifGuard);
  r.add("erlang", "is_map_key", 2, bif_is_map_key_2, kBifGuard);
  r.add("erlang", "map_get", 2, bif_map_get_2, kBifGuard);
}

}  // namespace beamline
