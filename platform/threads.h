// Scheduler threads. Natively a std::thread; under Emscripten a std::thread
// is a pthread, i.e. a Web Worker sharing the module's memory.
#pragma once

#include <functional>
#include <string>
#include <thread>

namespace beamline::platform {

// Number of CPUs the VM may use (at least 1): the default scheduler count.
int available_cores();

// A joinable thread that runs `body` and is joined when destroyed.
class Thread {
 public:
  Thread(std::string name, std::function<void()> body);
  ~Thread();
  Thread(const Thread&) = delete;
  Thread& operator=(const Thread&) = delete;

 private:
  std::thread thread_;
};

// Starts a thread nobody joins (one that may block in a read forever).
void start_detached_thread(std::string name, std::function<void()> body);

}  // namespace beamline::platform
