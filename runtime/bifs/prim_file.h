// File I/O natives: the NIFs of OTP's prim_file module (and the prim_buffer
// NIFs it depends on), prim_file's name-translation BIFs and
// file:native_name_encoding/0. See prim_file.cc.
#pragma once

#include <cstddef>

#include "runtime/term/term.h"

namespace beamline {

// Closes every file still open by process `pid` (erl monitors the process
// that opened a file and closes the file when it dies) and drops the data of
// the prim_buffers it filled. Call it once when a process exits; safe from
// any thread, cheap for processes that own nothing.
void prim_file_close_owned_by(Term pid);

// Number of open files and non-empty (or locked) buffers in the resource
// tables (for tests and diagnostics).
size_t prim_file_resource_count();

}  // namespace beamline
