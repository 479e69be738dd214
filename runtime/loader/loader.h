// Turns a parsed .beam file into a loaded Module: specialised internal
// instructions with resolved labels, imports, funs and constants (see
// runtime/vm/instr.h for the format).
#pragma once

#include <memory>
#include <string_view>

#include "absl/status/statusor.h"
#include "runtime/vm/module.h"

namespace beamline {

class VM;

// Loads `beam_bytes`. `origin` (a file name) prefixes error messages. The
// module's exports are not published yet: VM::load_module does that once the
// whole module loaded without error.
absl::StatusOr<std::unique_ptr<Module>> load_beam(VM* vm,
                                                  std::string_view origin,
                                                  std::string_view beam_bytes);

// The handler table of the interpreter (label addresses with threaded
// dispatch); installed by the interpreter at start-up.
void set_instruction_handlers(const void* const* table);

}  // namespace beamline
