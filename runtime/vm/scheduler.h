// Runs processes on N scheduler threads, as BEAM does: each thread has its
// own run queues (one per priority) and timers; a thread whose queues are
// empty steals from the others, and sleeps (without spinning) when there is
// nothing to steal, until it is given work or its next timer is due.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

#include "runtime/term/term.h"
#include "runtime/vm/process.h"
#include "runtime/vm/vm.h"

namespace beamline {

class Scheduler {
 public:
  Scheduler(VM* vm, int threads);
  ~Scheduler();

  // Makes a runnable process (new, woken, or preempted) wait in the run
  // queue of the scheduler it last ran on, waking that scheduler if needed.
  void enqueue(Process* p);

  // erlang:send_after/start_timer: delivers `msg` to `dest` (pid or name)
  // at `deadline_ms`. `id` is the timer reference's id.
  void add_message_timer(uint64_t id, int64_t deadline_ms, Term dest, Term msg);
  // Cancels or reads a message timer: the milliseconds that were left, or -1
  // if it was not found (already fired or cancelled).
  int64_t cancel_message_timer(uint64_t id, bool remove);

  // Runs the schedulers until the process `main` exits (returns its exit
  // reason), the VM halts, or no process can ever run again (NON_VALUE).
  // The calling thread is scheduler 1; the others are started here.
  Term run(Term main);

  // Makes every scheduler look at its state again (halt).
  void wake_all();
  std::vector<VM::SchedulerStats> stats();

  struct Worker;  // one scheduler thread's state (scheduler.cc)

 private:
  void work(Worker& w);
  Process* next_process(Worker& w);
  Process* steal(Worker& thief);
  void sleep(Worker& w);
  void run_process(Worker& w, Process* p);
  void fire_timers(Worker& w);
  void push(Worker& w, Process* p);
  void finish(Term main_reason);
  Worker& current();

  VM* vm_;
  std::vector<std::unique_ptr<Worker>> workers_;
  std::atomic<bool> done_{false};
  // Schedulers asleep with no timer: when all are, nothing can happen.
  std::atomic<int> idle_forever_{0};
  std::atomic<int> sleepers_{0};
  Term main_pid_ = NIL;
  absl::Mutex main_mu_;
  FragmentHeap main_reason_heap_;  // keeps main's exit reason after it is freed
  Term main_reason_ = NON_VALUE;
};

}  // namespace beamline
