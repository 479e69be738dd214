// The dispatch loop: runs one process until it yields, waits or exits.
#pragma once

#include "runtime/term/term.h"
#include "runtime/vm/process.h"

namespace beamline {

// Per-scheduler register file (x and float registers).
struct RegisterFile {
  Term x[kMaxXRegs];
  double fr[kFloatRegs];
};

enum class RunResult { Yielded, Waiting, Exited };

// Runs `p` for one time slice.
RunResult execute(Process* p, RegisterFile& regs);

// Installs the handler table into the loader (threaded dispatch). Called once
// before any module is loaded.
void init_interpreter();

// A code address whose instruction ends the process normally; the initial
// continuation pointer of every process.
const Term* normal_exit_address();

// The handler of an instruction (generic or internal opcode number), for
// code the VM builds itself (process entry trampolines).
const void* instruction_handler(unsigned op);

// Reductions per time slice.
inline constexpr int64_t kReductionsPerSlice = 4000;

}  // namespace beamline
