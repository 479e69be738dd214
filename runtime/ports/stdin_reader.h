// Standard input is read on a thread of its own, as erl reads it through a
// port: a process waiting for a line never holds up a scheduler, so other
// processes keep running (even with one scheduler).
#pragma once

#include <memory>

#include "runtime/term/term.h"

namespace beamline {

class VM;

class StdinReader {
 public:
  explicit StdinReader(VM* vm);
  // The reader may be blocked in a read that never returns; it is left to
  // finish on its own and then delivers nothing.
  ~StdinReader();
  StdinReader(const StdinReader&) = delete;
  StdinReader& operator=(const StdinReader&) = delete;

  // Asks for the next line of standard input: it arrives in `pid`'s queue as
  // {beamline_stdin, Line} (a binary ending in its newline, if it had one)
  // or {beamline_stdin, eof}. Requests are answered in order.
  void request(Term pid);

  struct Shared;  // what the reader thread and this object share

 private:
  std::shared_ptr<Shared> shared_;
};

}  // namespace beamline
