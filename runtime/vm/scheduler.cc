#include "runtime/vm/scheduler.h"

#include <deque>
#include <queue>

#include "absl/container/flat_hash_map.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "platform/threads.h"
#include "runtime/term/atom_table.h"
#include "runtime/vm/interpreter.h"

namespace beamline {

namespace {

// Run queue slots by priority level (Process::priority_level).
constexpr int kPriorities = 4;  // max, high, normal, low
constexpr int kLow = 3;
constexpr int kNormal = 2;
// Out of this many picks between normal and low processes, one goes to a
// low one when both wait (BEAM schedules low less often, never starves it).
constexpr int kLowEvery = 8;
// Queue checks before an idle scheduler goes to sleep: a wake-up through
// the OS costs tens of microseconds, a message ping-pong much less.
constexpr int kSpinsBeforeSleep = 200;
// A busy scheduler looks at its timers after this many reductions (about a
// quarter of a time slice), so that short process runs do not each pay for
// reading the clock; an idle one looks every time round its loop.
constexpr int64_t kReductionsPerTimerCheck = 1000;

struct Timer {
  int64_t deadline;
  uint64_t seq;
  Term pid;                   // receive timeout of this process, or
  uint64_t message_timer = 0; // non-zero: a message timer's id
  bool operator>(const Timer& o) const {
    return deadline != o.deadline ? deadline > o.deadline : seq > o.seq;
  }
};

struct MessageTimer {
  int64_t deadline;
  Term dest;
  Term msg;
  std::unique_ptr<FragmentHeap> heap;
};

}  // namespace

struct Scheduler::Worker {
  int index = 0;
  absl::Mutex mu;  // run queues and sleep state
  std::deque<Process*> queues[kPriorities];
  std::atomic<size_t> length{0};
  int normal_picks = 0;
  absl::CondVar wake;
  std::atomic<bool> sleeping{false};  // written under mu, read anywhere
  std::atomic<bool> running{false};   // executing a process now
  bool sleeping_forever = false;

  absl::Mutex timer_mu;
  std::priority_queue<Timer, std::vector<Timer>, std::greater<Timer>> timers;
  absl::flat_hash_map<uint64_t, MessageTimer> message_timers;
  uint64_t timer_seq = 0;
  // The earliest deadline (kNoDeadline: no timer), so that a scheduler loop
  // with no timers reads neither the clock nor timer_mu.
  static constexpr int64_t kNoDeadline = INT64_MAX;
  std::atomic<int64_t> next_deadline{kNoDeadline};

  // Under timer_mu.
  void add_timer(const Timer& t) {
    timers.push(t);
    next_deadline.store(timers.top().deadline, std::memory_order_relaxed);
  }
  void timers_changed() {
    next_deadline.store(timers.empty() ? kNoDeadline : timers.top().deadline,
                        std::memory_order_relaxed);
  }

  std::atomic<uint64_t> reductions{0};
  int64_t reductions_since_timers = kReductionsPerTimerCheck;
  RegisterFile regs;
};

namespace {
thread_local Scheduler::Worker* tl_worker = nullptr;
}  // namespace

Scheduler::Scheduler(VM* vm, int threads) : vm_(vm) {
  for (int i = 0; i < std::max(threads, 1); i++) {
    workers_.push_back(std::make_unique<Worker>());
    workers_.back()->index = i;
  }
}

Scheduler::~Scheduler() = default;

Scheduler::Worker& Scheduler::current() {
  // Work created outside the schedulers (boot, port threads) starts on 1.
  return tl_worker && tl_worker->index < int(workers_.size()) ? *tl_worker
                                                             : *workers_[0];
}

// ---- run queues ---------------------------------------------------------------------

void Scheduler::push(Worker& w, Process* p) {
  int level = p->priority_level.load(std::memory_order_relaxed);
  bool wake_other = false;
  {
    absl::MutexLock lock(&w.mu);
    w.queues[level].push_back(p);
    size_t n = w.length.fetch_add(1, std::memory_order_relaxed) + 1;
    if (w.sleeping) {
      // Counted awake from now on, so no other scheduler takes the sleeping
      // ones for a deadlock before this one has woken.
      if (w.sleeping_forever) idle_forever_.fetch_sub(1);
      w.sleeping = w.sleeping_forever = false;
      w.wake.Signal();
    } else if (n > 1 && sleepers_.load(std::memory_order_relaxed) > 0) {
      wake_other = true;  // more work than this scheduler can take now
    }
  }
  if (wake_other) {
    for (auto& other : workers_) {
      if (other.get() == &w) continue;
      absl::MutexLock lock(&other->mu);
      if (other->sleeping) {
        if (other->sleeping_forever) idle_forever_.fetch_sub(1);
        other->sleeping = other->sleeping_forever = false;
        other->wake.Signal();
        break;
      }
    }
  }
}

void Scheduler::enqueue(Process* p) {
  Worker& here = current();
  int home = p->home_scheduler.load(std::memory_order_relaxed);
  if (home < 0 || home >= int(workers_.size())) home = here.index;
  Worker& w = *workers_[home];
  // A process whose scheduler is idle runs on the waker's instead (the waker
  // usually waits for its answer next): handing it over costs more than the
  // message did (and a wake-up through the OS if that scheduler sleeps), and
  // a chain of messages would cross between threads at every hop. Stealing
  // spreads the load again once the waker has more than it can run.
  if (&w != &here && tl_worker == &here && !w.running.load(std::memory_order_relaxed)) {
    push(here, p);
    return;
  }
  push(w, p);
}

Process* Scheduler::next_process(Worker& w) {
  if (w.length.load(std::memory_order_relaxed) == 0) return nullptr;
  absl::MutexLock lock(&w.mu);
  for (int level = 0; level < kNormal; level++) {
    if (!w.queues[level].empty()) {
      Process* p = w.queues[level].front();
      w.queues[level].pop_front();
      w.length.fetch_sub(1, std::memory_order_relaxed);
      return p;
    }
  }
  auto& normal = w.queues[kNormal];
  auto& low = w.queues[kLow];
  bool take_low = !low.empty() && (normal.empty() || ++w.normal_picks % kLowEvery == 0);
  auto& q = take_low ? low : normal;
  if (q.empty()) return nullptr;
  Process* p = q.front();
  q.pop_front();
  w.length.fetch_sub(1, std::memory_order_relaxed);
  return p;
}

Process* Scheduler::steal(Worker& thief) {
  size_t n = workers_.size();
  for (size_t k = 1; k < n; k++) {
    Worker& victim = *workers_[(thief.index + k) % n];
    // A lone queued process stays: its scheduler runs it as soon as the
    // current slice ends. Taking it would mostly move a just-spawned process
    // away from its parent and run it before the parent's next few
    // instructions (spawn_link then monitor would see it gone, which erl
    // practically never shows).
    if (victim.length.load(std::memory_order_relaxed) < 2) continue;
    if (!victim.mu.TryLock()) continue;
    Process* p = nullptr;
    // Take the oldest of the lowest non-empty priority.
    for (int level = kPriorities - 1; level >= 0 && !p; level--) {
      if (!victim.queues[level].empty()) {
        p = victim.queues[level].front();
        victim.queues[level].pop_front();
        victim.length.fetch_sub(1, std::memory_order_relaxed);
      }
    }
    victim.mu.Unlock();
    if (p) return p;
  }
  return nullptr;
}

void Scheduler::sleep(Worker& w) {
  int64_t deadline = -1;
  {
    absl::MutexLock lock(&w.timer_mu);
    if (!w.timers.empty()) deadline = w.timers.top().deadline;
  }
  absl::MutexLock lock(&w.mu);
  if (w.length.load(std::memory_order_relaxed) > 0 || done_.load()) return;
  w.sleeping = true;
  w.sleeping_forever = deadline < 0;
  sleepers_.fetch_add(1);
  if (w.sleeping_forever &&
      idle_forever_.fetch_add(1) + 1 == int(workers_.size()) &&
      !vm_->has_external_sources()) {
    // Every scheduler is idle with no timer: no process can ever run again.
    w.sleeping = w.sleeping_forever = false;
    idle_forever_.fetch_sub(1);
    sleepers_.fetch_sub(1);
    w.mu.Unlock();
    finish(NON_VALUE);
    w.mu.Lock();
    return;
  }
  if (deadline < 0) {
    while (w.sleeping && !done_.load()) w.wake.Wait(&w.mu);
  } else {
    int64_t wait_ms = deadline - vm_->monotonic_ms();
    if (wait_ms > 0) w.wake.WaitWithTimeout(&w.mu, absl::Milliseconds(wait_ms));
  }
  if (w.sleeping && w.sleeping_forever) idle_forever_.fetch_sub(1);
  w.sleeping = w.sleeping_forever = false;
  sleepers_.fetch_sub(1);
}

void Scheduler::wake_all() {
  for (auto& w : workers_) {
    absl::MutexLock lock(&w->mu);
    if (w->sleeping) {
      if (w->sleeping_forever) idle_forever_.fetch_sub(1);
      w->sleeping = w->sleeping_forever = false;
    }
    w->wake.Signal();
  }
}

void Scheduler::finish(Term main_reason) {
  {
    absl::MutexLock lock(&main_mu_);
    if (done_.load()) return;
    main_reason_ = main_reason == NON_VALUE
                       ? NON_VALUE
                       : copy_term(main_reason, main_reason_heap_);
    done_.store(true);
  }
  wake_all();
}

// ---- timers -------------------------------------------------------------------------

void Scheduler::add_message_timer(uint64_t id, int64_t deadline_ms, Term dest,
                                  Term msg) {
  Worker& w = current();
  MessageTimer mt;
  mt.deadline = deadline_ms;
  mt.heap = std::make_unique<FragmentHeap>(term_size(msg) + 1);
  mt.msg = copy_term(msg, *mt.heap);
  mt.dest = dest;
  {
    absl::MutexLock lock(&w.timer_mu);
    w.message_timers[id] = std::move(mt);
    w.add_timer({deadline_ms, ++w.timer_seq, NIL, id});
  }
  if (tl_worker != &w) wake_all();  // its sleep may have no deadline yet
}

int64_t Scheduler::cancel_message_timer(uint64_t id, bool remove) {
  for (auto& w : workers_) {
    absl::MutexLock lock(&w->timer_mu);
    auto it = w->message_timers.find(id);
    if (it == w->message_timers.end()) continue;
    int64_t left = std::max<int64_t>(0, it->second.deadline - vm_->monotonic_ms());
    if (remove) w->message_timers.erase(it);
    return left;
  }
  return -1;
}

void Scheduler::fire_timers(Worker& w) {
  int64_t next = w.next_deadline.load(std::memory_order_relaxed);
  if (next == Worker::kNoDeadline) return;
  int64_t now = vm_->monotonic_ms();
  if (now < next) return;
  std::vector<Timer> due;
  std::vector<MessageTimer> messages;
  {
    absl::MutexLock lock(&w.timer_mu);
    while (!w.timers.empty() && w.timers.top().deadline <= now) {
      Timer t = w.timers.top();
      w.timers.pop();
      if (!t.message_timer) {
        due.push_back(t);
        continue;
      }
      auto it = w.message_timers.find(t.message_timer);
      if (it == w.message_timers.end()) continue;  // cancelled
      messages.push_back(std::move(it->second));
      w.message_timers.erase(it);
    }
    // Cancelled message timers must not keep this scheduler awake.
    while (!w.timers.empty() && w.timers.top().message_timer &&
           !w.message_timers.contains(w.timers.top().message_timer)) {
      w.timers.pop();
    }
    w.timers_changed();
  }
  // Deliver with no timer lock held: sending takes other locks.
  for (const MessageTimer& mt : messages) {
    Term to = is_atom(mt.dest) ? vm_->whereis(mt.dest) : mt.dest;
    if (is_pid(to)) vm_->send(to, mt.msg);
  }
  for (const Timer& t : due) {
    Process* woken = vm_->receive_timeout(t.pid, t.deadline);
    if (woken) push(w, woken);
  }
}

// ---- running --------------------------------------------------------------------------

void Scheduler::run_process(Worker& w, Process* p) {
  p->run_mu.Lock();
  p->home_scheduler.store(w.index, std::memory_order_relaxed);
  // Signals that arrived while it was queued: one may end it.
  p->fetch_inbox();
  RunResult r;
  if (p->exit_pending) {
    p->exit_reason = p->take_exit_reason();
    r = RunResult::Exited;
  } else {
    p->status.store(ProcStatus::Running, std::memory_order_relaxed);
    w.running.store(true, std::memory_order_relaxed);
    r = execute(p, w.regs);
    w.running.store(false, std::memory_order_relaxed);
    int64_t used = kReductionsPerSlice - std::max<int64_t>(p->reductions, 0);
    w.reductions.fetch_add(uint64_t(used), std::memory_order_relaxed);
    w.reductions_since_timers += used + 1;
  }
  switch (r) {
    case RunResult::Yielded:
      p->status.store(ProcStatus::Runnable, std::memory_order_relaxed);
      p->run_mu.Unlock();
      push(w, p);
      return;
    case RunResult::Waiting: {
      bool again = false;
      int64_t timeout_at = p->timeout_at;
      {
        // Under the inbox lock: a sender either sees Waiting and wakes it,
        // or queued its signal before we look.
        absl::MutexLock lock(&p->inbox_mu);
        again = p->inbox_first != nullptr;
        p->status.store(again ? ProcStatus::Runnable : ProcStatus::Waiting,
                        std::memory_order_relaxed);
      }
      Term pid = p->pid();
      p->run_mu.Unlock();
      if (again) {
        push(w, p);
      } else if (timeout_at >= 0 && timeout_at != Process::kInfiniteTimeout) {
        absl::MutexLock lock(&w.timer_mu);
        w.add_timer({timeout_at, ++w.timer_seq, pid, 0});
      }
      return;
    }
    case RunResult::Exited: {
      Term pid = p->pid();
      std::unique_ptr<Process> gone = vm_->process_exited(p);
      if (pid == main_pid_) {
        finish(p->exit_reason == NON_VALUE ? atom::normal : p->exit_reason);
      }
      p->run_mu.Unlock();
      return;  // `gone` frees it
    }
  }
}

void Scheduler::work(Worker& w) {
  tl_worker = &w;
  int idle_spins = 0;
  while (!done_.load(std::memory_order_relaxed)) {
    if (vm_->halt_requested()) {
      finish(NON_VALUE);
      break;
    }
    if (w.reductions_since_timers >= kReductionsPerTimerCheck) {
      w.reductions_since_timers = 0;
      fire_timers(w);
    }
    Process* p = next_process(w);
    if (!p) p = steal(w);
    if (p) {
      idle_spins = 0;
      run_process(w, p);
      continue;
    }
    w.reductions_since_timers = kReductionsPerTimerCheck;
    if (++idle_spins < kSpinsBeforeSleep) continue;
    idle_spins = 0;
    sleep(w);
  }
  tl_worker = nullptr;
}

Term Scheduler::run(Term main) {
  main_pid_ = main;
  std::vector<std::unique_ptr<platform::Thread>> threads;
  for (size_t i = 1; i < workers_.size(); i++) {
    Worker* w = workers_[i].get();
    threads.push_back(std::make_unique<platform::Thread>(
        "beamline-sched" + std::to_string(i + 1), [this, w] { work(*w); }));
  }
  work(*workers_[0]);
  threads.clear();  // joins
  return main_reason_;
}

std::vector<VM::SchedulerStats> Scheduler::stats() {
  std::vector<VM::SchedulerStats> out;
  for (auto& w : workers_) {
    out.push_back({w->length.load(std::memory_order_relaxed),
                   w->reductions.load(std::memory_order_relaxed)});
  }
  return out;
}

}  // namespace beamline
