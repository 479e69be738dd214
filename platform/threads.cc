#include "platform/threads.h"

#if defined(__linux__) && !defined(__EMSCRIPTEN__)
#include <pthread.h>
#endif

namespace beamline::platform {

int available_cores() {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : int(n);
}

namespace {

std::function<void()> named(std::string name, std::function<void()> body) {
  return [name = std::move(name), body = std::move(body)] {
#if defined(__linux__) && !defined(__EMSCRIPTEN__)
    // Shows in top/gdb; Linux limits names to 15 bytes.
    pthread_setname_np(pthread_self(), name.substr(0, 15).c_str());
#endif
    body();
  };
}

}  // namespace

Thread::Thread(std::string name, std::function<void()> body)
    : thread_(named(std::move(name), std::move(body))) {}

void start_detached_thread(std::string name, std::function<void()> body) {
  std::thread(named(std::move(name), std::move(body))).detach();
}

Thread::~Thread() {
  if (thread_.joinable()) thread_.join();
}

}  // namespace beamline::platform
