#include "runtime/vm/process_table.h"

#include <algorithm>

namespace beamline {

void ProcessTable::insert(std::unique_ptr<Process> p) {
  Uint number = pid_number(p->pid());
  Shard& s = shard(number);
  absl::MutexLock lock(&s.mu);
  s.map[number] = std::move(p);
  count_.fetch_add(1, std::memory_order_relaxed);
}

std::unique_ptr<Process> ProcessTable::remove(Term pid) {
  Shard& s = shard(pid_number(pid));
  absl::MutexLock lock(&s.mu);
  auto it = s.map.find(pid_number(pid));
  if (it == s.map.end()) return nullptr;
  std::unique_ptr<Process> p = std::move(it->second);
  s.map.erase(it);
  count_.fetch_sub(1, std::memory_order_relaxed);
  return p;
}

std::vector<Term> ProcessTable::pids() {
  std::vector<Term> out;
  out.reserve(size());
  for (Shard& s : shards_) {
    absl::MutexLock lock(&s.mu);
    for (auto& [number, p] : s.map) out.push_back(make_pid(number));
  }
  std::sort(out.begin(), out.end());
  return out;
}

void ProcessTable::clear() {
  for (Shard& s : shards_) {
    absl::flat_hash_map<Uint, std::unique_ptr<Process>> doomed;
    {
      absl::MutexLock lock(&s.mu);
      doomed.swap(s.map);
    }
    count_.fetch_sub(doomed.size(), std::memory_order_relaxed);
  }
}

}  // namespace beamline
