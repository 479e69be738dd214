// Runs processes. This first scheduler is a single run queue served by the
// calling thread: it already has the run-queue / waiting / timer structure
// that the multi-core scheduler keeps per thread.
#pragma once

#include <cstdint>
#include <deque>
#include <queue>
#include <vector>

#include "runtime/term/term.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/process.h"

namespace beamline {

class VM;

class Scheduler {
 public:
  explicit Scheduler(VM* vm);

  // Makes a process runnable (new, woken by a message or a signal).
  void enqueue(Process* p);
  // A message or signal arrived for `p`: wake it if it is waiting.
  void notify(Process* p);

  // Runs until `main` exits (returns its exit reason), the VM halts, or no
  // process can ever run again (returns NON_VALUE: deadlock).
  Term run(Process* main);

 private:
  struct Timer {
    int64_t deadline;
    uint64_t seq;
    Term pid;
    bool operator>(const Timer& o) const {
      return deadline != o.deadline ? deadline > o.deadline : seq > o.seq;
    }
  };
  void push(Process* p);
  void fire_timers(int64_t now);
  void handle_result(Process* p, RunResult r);

  VM* vm_;
  RegisterFile regs_;
  std::deque<Process*> run_queue_;
  std::priority_queue<Timer, std::vector<Timer>, std::greater<Timer>> timers_;
  uint64_t timer_seq_ = 0;
  FragmentHeap main_reason_heap_;  // keeps main's exit reason after it is freed
};

}  // namespace beamline
