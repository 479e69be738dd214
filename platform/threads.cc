#include "platform/threads.h"

#if defined(__linux__) && !defined(__EMSCRIPTEN__)
#include <pthread.h>
#endif

namespace beamline::platform {

int available_cores() {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : int(n);
}

Thread::Thread(std::string name, std::function<void()> body)
    : thread_([name = std::move(name), body = std::move(body)] {
#if defined(__linux__) && !defined(__EMSCRIPTEN__)
        // Shows in top/gdb; Linux limits names to 15 bytes.
        pthread_setname_np(pthread_self(), name.substr(0, 15).c_str());
#endif
        body();
      }) {}

Thread::~Thread() {
  if (thread_.joinable()) thread_.join();
}

}  // namespace beamline::platform
