// The open ports by number, and the port threads still running (so that
// the VM can stop them before it goes away).
#include <algorithm>
#include <condition_variable>
#include <mutex>

#include "absl/container/flat_hash_map.h"
#include "runtime/ports/port.h"
#include "runtime/ports/ports.h"

namespace beamline {
namespace {

struct PortTable {
  std::mutex mu;
  absl::flat_hash_map<Uint, std::shared_ptr<Port>> open;
  // Ports whose thread runs (open or still flushing / reaping).
  std::vector<std::shared_ptr<Port>> threads;
  std::condition_variable threads_done;
  std::atomic<Uint> next{5};
};

// Never destroyed: port threads may finish while the process exits.
PortTable& table() {
  static PortTable* t = new PortTable();
  return *t;
}

}  // namespace

Uint next_port_number() { return table().next.fetch_add(1); }

void register_port(std::shared_ptr<Port> port) {
  PortTable& t = table();
  std::lock_guard<std::mutex> lock(t.mu);
  Uint n = port->number;
  t.open[n] = std::move(port);
}

std::shared_ptr<Port> find_port(Term port) {
  if (!is_port(port)) return nullptr;
  PortTable& t = table();
  std::lock_guard<std::mutex> lock(t.mu);
  auto it = t.open.find(port_number(port));
  return it == t.open.end() ? nullptr : it->second;
}

void unregister_port(Term port) {
  PortTable& t = table();
  std::shared_ptr<Port> gone;  // released outside the lock
  std::lock_guard<std::mutex> lock(t.mu);
  auto it = t.open.find(port_number(port));
  if (it == t.open.end()) return;
  gone = std::move(it->second);
  t.open.erase(it);
}

std::vector<Term> open_ports(VM* vm) {
  PortTable& t = table();
  std::vector<Term> out;
  {
    std::lock_guard<std::mutex> lock(t.mu);
    for (const auto& [n, port] : t.open) {
      if (port->vm == vm) out.push_back(make_port(n));
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

void port_thread_started(const std::shared_ptr<Port>& port) {
  PortTable& t = table();
  std::lock_guard<std::mutex> lock(t.mu);
  t.threads.push_back(port);
}

void port_thread_finished(const Port* port) {
  PortTable& t = table();
  std::shared_ptr<Port> last;  // released outside the lock
  std::lock_guard<std::mutex> lock(t.mu);
  auto it = std::find_if(t.threads.begin(), t.threads.end(),
                         [&](const auto& p) { return p.get() == port; });
  if (it != t.threads.end()) {
    last = std::move(*it);
    t.threads.erase(it);
  }
  t.threads_done.notify_all();
}

void ports_shutdown(VM* vm) {
  PortTable& t = table();
  std::unique_lock<std::mutex> lock(t.mu);
  for (auto it = t.open.begin(); it != t.open.end();) {
    if (it->second->vm == vm) {
      t.open.erase(it++);
    } else {
      ++it;
    }
  }
  for (const auto& port : t.threads) {
    if (port->vm != vm) continue;
    port->shutdown.store(true);
    port->wake();
  }
  t.threads_done.wait(lock, [&] {
    return std::none_of(t.threads.begin(), t.threads.end(),
                        [&](const auto& p) { return p->vm == vm; });
  });
}

}  // namespace beamline
