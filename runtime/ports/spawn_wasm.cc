// Ports under WebAssembly (Emscripten): there are no operating system
// processes (nor file descriptors to hand to a port), so open_port/2 fails
// the way erl fails when it cannot start the program: error:enoent (see
// web/README.md, known gaps).
#ifdef __EMSCRIPTEN__

#include <cerrno>

#include "runtime/ports/port.h"
#include "runtime/term/atom_table.h"

namespace beamline {

Term errno_atom(int err) {
  return atom_from(err == ENOENT ? "enoent" : "einval");
}

int start_port_program(Port*) { return ENOENT; }

}  // namespace beamline

#endif  // __EMSCRIPTEN__
