#include "runtime/vm/scheduler.h"

#include <chrono>
#include <thread>

#include "runtime/vm/vm.h"

namespace beamline {

Scheduler::Scheduler(VM* vm) : vm_(vm) {}

void Scheduler::push(Process* p) {
  if (p->queued) return;
  p->queued = true;
  run_queue_.push_back(p);
}

void Scheduler::enqueue(Process* p) {
  if (p->status == ProcStatus::Waiting) p->status = ProcStatus::Runnable;
  push(p);
}

void Scheduler::notify(Process* p) {
  if (p->status == ProcStatus::Waiting) {
    p->status = ProcStatus::Runnable;
    push(p);
  }
}

void Scheduler::fire_timers(int64_t now) {
  while (!timers_.empty() && timers_.top().deadline <= now) {
    Timer t = timers_.top();
    timers_.pop();
    if (t.message_timer) {
      auto it = message_timers_.find(t.message_timer);
      if (it == message_timers_.end()) continue;  // cancelled
      MessageTimer mt = std::move(it->second);
      message_timers_.erase(it);
      Term to = mt.dest;
      if (is_atom(to)) to = vm_->whereis(to);
      if (is_pid(to)) vm_->send(to, mt.msg);
      continue;
    }
    Process* p = vm_->lookup(t.pid);
    if (!p || p->status != ProcStatus::Waiting || p->timeout_at != t.deadline) {
      continue;  // stale: the receive completed or was re-armed
    }
    p->timed_out = true;
    p->timeout_at = -1;
    p->ip = p->timeout_resume;
    p->status = ProcStatus::Runnable;
    push(p);
  }
}

void Scheduler::handle_result(Process* p, RunResult r) {
  switch (r) {
    case RunResult::Yielded:
      p->status = ProcStatus::Runnable;
      push(p);
      break;
    case RunResult::Waiting:
      p->status = ProcStatus::Waiting;
      // A message may have arrived while it ran (from itself, or signals).
      {
        absl::MutexLock lock(&p->inbox_mu);
        if (p->inbox_first) {
          p->status = ProcStatus::Runnable;
          push(p);
          break;
        }
      }
      if (p->timeout_at >= 0) {
        timers_.push({p->timeout_at, ++timer_seq_, p->pid(), 0});
      }
      break;
    case RunResult::Exited:
      break;
  }
}

void Scheduler::add_message_timer(uint64_t id, int64_t deadline_ms, Term dest,
                                  Term msg) {
  MessageTimer mt;
  mt.deadline = deadline_ms;
  mt.heap = std::make_unique<FragmentHeap>(term_size(msg) + 1);
  mt.msg = copy_term(msg, *mt.heap);
  mt.dest = dest;
  message_timers_[id] = std::move(mt);
  timers_.push({deadline_ms, ++timer_seq_, NIL, id});
}

int64_t Scheduler::cancel_message_timer(uint64_t id, bool remove) {
  auto it = message_timers_.find(id);
  if (it == message_timers_.end()) return -1;
  int64_t left = it->second.deadline - vm_->monotonic_ms();
  if (left < 0) left = 0;
  if (remove) message_timers_.erase(it);
  return left;
}

Term Scheduler::run(Process* main) {
  Term main_pid = main->pid();
  Term main_reason = NON_VALUE;
  while (!vm_->halt_requested()) {
    fire_timers(vm_->monotonic_ms());
    if (run_queue_.empty()) {
      // Drop cancelled message timers so that they do not keep us waiting.
      while (!timers_.empty() && timers_.top().message_timer &&
             !message_timers_.contains(timers_.top().message_timer)) {
        timers_.pop();
      }
      if (timers_.empty()) return main_reason;  // nothing can ever run
      int64_t wait = timers_.top().deadline - vm_->monotonic_ms();
      if (wait > 0) std::this_thread::sleep_for(std::chrono::milliseconds(wait));
      continue;
    }
    Process* p = run_queue_.front();
    run_queue_.pop_front();
    p->queued = false;
    if (p->status == ProcStatus::Free) continue;
    bool is_main = p->pid() == main_pid;
    if (p->status == ProcStatus::Exiting) {
      // Killed by a signal while not running.
      if (is_main) main_reason = copy_term(p->exit_reason, main_reason_heap_);
      p->status = ProcStatus::Free;
      vm_->process_exited(p);
      if (is_main) return main_reason;
      continue;
    }
    if (p->status == ProcStatus::Waiting) continue;  // already handled
    p->status = ProcStatus::Running;
    RunResult r = execute(p, regs_);
    if (r == RunResult::Exited) {
      if (is_main) main_reason = copy_term(p->exit_reason, main_reason_heap_);
      p->status = ProcStatus::Free;
      vm_->process_exited(p);
      if (is_main) return main_reason;
      continue;
    }
    handle_result(p, r);
  }
  return main_reason;
}

}  // namespace beamline
