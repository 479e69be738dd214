#include "runtime/ports/stdin_reader.h"

#include <deque>
#include <string>

#include "absl/synchronization/mutex.h"
#include "platform/io.h"
#include "platform/threads.h"
#include "runtime/bifs/bif.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/binary.h"
#include "runtime/term/heap.h"
#include "runtime/vm/vm.h"

namespace beamline {

struct StdinReader::Shared {
  absl::Mutex mu;
  VM* vm;                    // null once the VM is gone
  std::deque<Term> waiting;  // pids that asked for a line, oldest first
  bool thread_started = false;
};

namespace {

// Sends {beamline_stdin, Line | eof} to `pid`.
void deliver(VM* vm, Term pid, const std::string* line) {
  static const Term tag = atom_from("beamline_stdin");
  static const Term eof = atom_from("eof");
  FragmentHeap heap;
  Term data = line ? make_binary(heap, *line) : eof;
  vm->send(pid, make_tuple(heap, {tag, data}));
}

// The reader thread: one line per request, until the VM goes away.
void read_lines(std::shared_ptr<StdinReader::Shared> s) {
  bool at_eof = false;
  while (true) {
    {
      absl::MutexLock lock(&s->mu);
      auto ready = [&] { return s->vm == nullptr || !s->waiting.empty(); };
      s->mu.Await(absl::Condition(&ready));
      if (!s->vm) return;
    }
    std::string line;
    // Blocks this thread only; end of input stays the end.
    if (!at_eof) at_eof = !platform::read_stdin_line(&line);
    absl::MutexLock lock(&s->mu);
    if (!s->vm) return;
    Term pid = s->waiting.front();
    s->waiting.pop_front();
    deliver(s->vm, pid, at_eof ? nullptr : &line);
    // Counted while the request was outstanding (deadlock detection).
    s->vm->external_source_stopped();
  }
}

}  // namespace

StdinReader::StdinReader(VM* vm) : shared_(std::make_shared<Shared>()) {
  shared_->vm = vm;
}

StdinReader::~StdinReader() {
  absl::MutexLock lock(&shared_->mu);
  shared_->vm = nullptr;
}

void StdinReader::request(Term pid) {
  absl::MutexLock lock(&shared_->mu);
  // A process waiting for input is not deadlocked: input may still come.
  shared_->vm->external_source_started();
  shared_->waiting.push_back(pid);
  if (!shared_->thread_started) {
    shared_->thread_started = true;
    // Detached: at exit it may be blocked in a read that never returns.
    platform::start_detached_thread("beamline-stdin",
                                    [s = shared_] { read_lines(s); });
  }
}

}  // namespace beamline
