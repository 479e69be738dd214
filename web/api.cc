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
// The running VM is reached through VM::with_running, which keeps the run
// from ending while its figures are read.
#include <emscripten/emscripten.h>

#include <cstdint>
#include <vector>

#include "runtime/vm/vm.h"

using beamline::VM;

extern "C" {

// Writes [process count, scheduler count, run queue 0, reductions 0, run
// queue 1, reductions 1, ...] into out[0..capacity) and returns how many
// numbers that takes (possibly more than capacity: call again with a larger
// buffer); -1 while no program is running yet.
EMSCRIPTEN_KEEPALIVE int beamline_web_stats(double* out, int capacity) {
  int needed = -1;
  VM::with_running([&](VM& vm) {
    std::vector<VM::SchedulerStats> scheds = vm.scheduler_stats();
    needed = 2 + 2 * int(scheds.size());
    if (capacity < needed) return;
    out[0] = double(vm.process_count());
    out[1] = double(scheds.size());
    for (size_t i = 0; i < scheds.size(); i++) {
      out[2 + 2 * i] = double(scheds[i].run_queue);
      out[3 + 2 * i] = double(scheds[i].reductions);
    }
  });
  return needed;
}

// vm.stop(): asks the running program to halt as erlang:halt(status) does.
// The schedulers stop at their next reschedule and main() exits, so the
// run's threads are back in their workers' event loops when beamline_host.js
// terminates the workers (a worker busy in wasm code takes the browser
// seconds to terminate).
EMSCRIPTEN_KEEPALIVE void beamline_web_halt(int status) {
  VM::with_running([&](VM& vm) { vm.request_halt(status); });
}

}  // extern "C"
