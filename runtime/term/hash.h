// Term hashing with ERTS-identical results.
//
//  - term_phash:   erlang:phash/2's 32-bit hash (ERTS make_hash).
//  - term_phash2:  erlang:phash2/1,2's 32-bit hash (ERTS make_hash2). Stable
//                  across releases and platforms.
//  - internal_hash: ERTS make_internal_hash (OTP 25), the hash that places
//                  keys in large (HAMT) maps and so decides their iteration
//                  order. Immediates are hashed by their raw 64-bit tagged
//                  word, which for small integers and [] is identical to
//                  BEAM's. Atoms (whose word holds the atom-table index),
//                  pids, ports, refs and funs can only approximate erl:
//                  their numbering differs between the two VMs (in erl the
//                  order of atom keys even depends on atom creation order).
#pragma once

#include <cstdint>

#include "runtime/term/term.h"

namespace beamline {

// The atom's ERTS hash value (hashpjw over its name, latin-1 clutch).
uint32_t atom_hash_value(Term atom);

uint32_t term_phash(Term t);
uint32_t term_phash2(Term t);
uint32_t internal_hash(Term t, uint32_t salt);

// The hash that places `key` at HAMT levels 8*group .. 8*group+7 (ERTS
// rehashes with a salt derived from the level group once 32 bits are used).
uint32_t map_key_hash(Term key, uint32_t group);

}  // namespace beamline
