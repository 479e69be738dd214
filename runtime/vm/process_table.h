// Every live process, by pid number. Sharded so that sends to different
// processes do not contend on one lock: a send locks only the shard of its
// receiver, and only for the few instructions that append to its queue.
#pragma once

#include <array>
#include <atomic>
#include <memory>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/synchronization/mutex.h"
#include "runtime/term/term.h"
#include "runtime/vm/process.h"

namespace beamline {

class ProcessTable {
 public:
  // A fresh pid number (never reused during a VM's lifetime).
  Uint next_number() { return next_.fetch_add(1, std::memory_order_relaxed) + 1; }

  void insert(std::unique_ptr<Process> p);
  // Takes the process out of the table; nobody can reach it by pid after.
  std::unique_ptr<Process> remove(Term pid);

  // Calls f(Process*) with the process's shard locked, so it cannot be
  // freed meanwhile; false (f not called) if no such live process.
  template <class F>
  bool with(Term pid, F&& f) {
    if (!is_pid(pid)) return false;
    Shard& s = shard(pid_number(pid));
    absl::MutexLock lock(&s.mu);
    auto it = s.map.find(pid_number(pid));
    if (it == s.map.end()) return false;
    f(it->second.get());
    return true;
  }

  size_t size() const { return count_.load(std::memory_order_relaxed); }
  std::vector<Term> pids();  // sorted
  // Frees every process (the VM is shutting down; no scheduler runs).
  void clear();

 private:
  static constexpr size_t kShards = 64;
  struct alignas(64) Shard {
    absl::Mutex mu;
    absl::flat_hash_map<Uint, std::unique_ptr<Process>> map;
  };
  Shard& shard(Uint number) { return shards_[number % kShards]; }

  std::array<Shard, kShards> shards_;
  std::atomic<Uint> next_{0};
  std::atomic<size_t> count_{0};
};

}  // namespace beamline
