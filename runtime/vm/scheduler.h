// Runs processes. This first scheduler is a single run queue served by the
// calling thread: it already has the run-queue / waiting / timer structure
// that the multi-core scheduler keeps per thread.
#pragma once

#include <cstdint>
#include <deque>
#include <queue>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "runtime/term/heap.h"
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

  // erlang:send_after/start_timer: delivers `msg` to `dest` (pid or name)
  // at `deadline_ms`. `id` is the timer reference's id.
  void add_message_timer(uint64_t id, int64_t deadline_ms, Term dest, Term msg);
  // Cancels a message timer: the milliseconds that were left, or -1 if it
  // was not found (already fired or cancelled).
  int64_t cancel_message_timer(uint64_t id, bool remove);

  // Runs until `main` exits (returns its exit reason), the VM halts, or no
  // process can ever run again (returns NON_VALUE: deadlock).
  Term run(Process* main);

 private:
  struct Timer {
    int64_t deadline;
    uint64_t seq;
    Term pid;
    uint64_t message_timer = 0;  // non-zero: a message timer's id
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
  FragmentHeap main_reason_heap_;
  struct MessageTimer {
    int64_t deadline;
    Term dest;
    Term msg;
    std::unique_ptr<FragmentHeap> heap;
  };
  absl::flat_hash_map<uint64_t, MessageTimer> message_timers_;  // keeps main's exit reason after it is freed
};

}  // namespace beamline
