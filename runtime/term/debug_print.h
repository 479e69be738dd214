// A plain term printer for the VM's own diagnostics (crash messages,
// debugging). Programs' output always goes through OTP's io_lib instead.
#pragma once

#include <string>

#include "runtime/term/term.h"

namespace beamline {

// Prints `t` roughly as ~w would, up to `max_chars` characters.
std::string debug_term(Term t, size_t max_chars = 2000);

}  // namespace beamline
