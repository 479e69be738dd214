// C exports of the browser build (the beamline_web target, cmake/Wasm.cmake),
// called from JavaScript by web/beamline_host.js.
//
// The browser build runs the ordinary command line (native/main.cc) with
// PROXY_TO_PTHREAD: main() runs on a pthread (a Web Worker) and owns the VM.
// JavaScript reads live figures through beamline_web_stats() and stops a
// run with beamline_web_halt(), both called on the Emscripten main runtime
// thread — itself a dedicated worker (beamline_host.js), never the page's
// main thread, so it may wait on the VM's locks.
//
// Finding the VM: main() keeps it in a local variable. Until the VM offers a
// way to reach the running instance, the link wraps VM::run_until_exit
// (-Wl,--wrap in cmake/Wasm.cmake, as for __syscall_link in the Node CLI) to
// record `this` when the program starts. The wrapper is exported, so it is
// always linked: when that function's signature changes, its mangled name
// does too and the link fails on the undefined __real_ symbol instead of the
// stats silently staying empty.
// TODO(lead): replace the wrap by an official hook (e.g. a VM* registered by
// the VM constructor) and drop the --wrap option in cmake/Wasm.cmake.
#include <emscripten/emscripten.h>

#include <atomic>
#include <cstdint>
#include <vector>

#include "runtime/vm/vm.h"

using beamline::Term;
using beamline::VM;

namespace {

std::atomic<VM*> g_vm{nullptr};

struct SchedulerFigures {
  double run_queue;
  double reductions;
};

// Per-scheduler figures, from VM::scheduler_stats() when this VM has it (the
// multi-core scheduler); otherwise none (JavaScript then reports empty
// arrays).
template <typename V>
std::vector<SchedulerFigures> scheduler_figures(V& vm) {
  std::vector<SchedulerFigures> out;
  if constexpr (requires { vm.scheduler_stats(); }) {
    for (const auto& s : vm.scheduler_stats()) {
      out.push_back({double(s.run_queue), double(s.reductions)});
    }
  }
  return out;
}

}  // namespace

extern "C" {

// The real Term VM::run_until_exit(Term main) (a member function: `this`
// comes first, as in the wasm signature of the call main.cc makes).
Term __real__ZN8beamline2VM14run_until_exitEy(VM* vm, Term main);

EMSCRIPTEN_KEEPALIVE Term __wrap__ZN8beamline2VM14run_until_exitEy(VM* vm, Term main) {
  g_vm.store(vm, std::memory_order_release);
  return __real__ZN8beamline2VM14run_until_exitEy(vm, main);
}

// Writes [process count, scheduler count, run queue 0, reductions 0, run
// queue 1, reductions 1, ...] into out[0..capacity) and returns how many
// numbers that takes (possibly more than capacity: call again with a larger
// buffer); -1 while no program is running yet.
EMSCRIPTEN_KEEPALIVE int beamline_web_stats(double* out, int capacity) {
  VM* vm = g_vm.load(std::memory_order_acquire);
  if (vm == nullptr) return -1;
  std::vector<SchedulerFigures> scheds = scheduler_figures(*vm);
  int needed = 2 + 2 * int(scheds.size());
  if (capacity >= needed) {
    out[0] = double(vm->process_count());
    out[1] = double(scheds.size());
    for (size_t i = 0; i < scheds.size(); i++) {
      out[2 + 2 * i] = scheds[i].run_queue;
      out[3 + 2 * i] = scheds[i].reductions;
    }
  }
  return needed;
}

// vm.stop(): asks the running program to halt as erlang:halt(status) does.
// The schedulers stop at their next reschedule and main() exits, so the
// run's threads are back in their workers' event loops when beamline_host.js
// terminates the workers (a worker busy in wasm code takes the browser
// seconds to terminate).
EMSCRIPTEN_KEEPALIVE void beamline_web_halt(int status) {
  if (VM* vm = g_vm.load(std::memory_order_acquire)) vm->request_halt(status);
}

}  // extern "C"
