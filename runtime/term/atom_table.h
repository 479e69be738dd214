// The global atom table, shared by every scheduler thread. Atoms are interned
// once and never freed; atom_name() is lock-free, looking up an existing name
// takes a shard's lock shared, and only creating a new atom takes it
// exclusively (atom_table.cc).
#pragma once

#include <string_view>

#include "absl/status/statusor.h"
#include "runtime/term/term.h"

namespace beamline {

namespace atom {
enum : Uint {
#define ATOM(id, text) id##_index,
#include "runtime/term/atoms.def"
#undef ATOM
  kPredefinedCount
};
#define ATOM(id, text) inline constexpr Term id = make_atom(id##_index);
#include "runtime/term/atoms.def"
#undef ATOM
}  // namespace atom

inline constexpr size_t kMaxAtomLength = 255;  // characters, as on BEAM
inline constexpr size_t kMaxAtoms = 1048576;

// Interns a UTF-8 name. Fails (system_limit) when the name is longer than 255
// characters or the table is full.
absl::StatusOr<Term> intern_atom(std::string_view utf8_name);
// Interns a name known to be valid (source literals); aborts on failure.
Term atom_from(std::string_view utf8_name);
// Looks an atom up without creating it (binary_to_existing_atom).
bool find_atom(std::string_view utf8_name, Term* out);
// The atom's name as UTF-8.
std::string_view atom_name(Term atom);
size_t atom_count();

inline Term make_bool(bool b) { return b ? atom::true_ : atom::false_; }
inline bool is_boolean(Term t) { return t == atom::true_ || t == atom::false_; }

}  // namespace beamline
