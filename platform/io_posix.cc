#include <cstdio>

#include "absl/synchronization/mutex.h"
#include "platform/io.h"

namespace beamline::platform {

// Scheduler threads write concurrently. Each request goes out as one unit:
// stdio locks a FILE per call, but write_stderr's flush of stdout and its
// write must not have another thread's output in between either, so all
// output holds out_mu. Reading standard input (which blocks) holds in_mu
// only, so output continues meanwhile, and two readers never share a line.
namespace {
ABSL_CONST_INIT absl::Mutex out_mu(absl::kConstInit);
ABSL_CONST_INIT absl::Mutex in_mu(absl::kConstInit);
}  // namespace

void write_stdout(std::string_view bytes) {
  absl::MutexLock lock(&out_mu);
  std::fwrite(bytes.data(), 1, bytes.size(), stdout);
}

void write_stderr(std::string_view bytes) {
  absl::MutexLock lock(&out_mu);
  std::fflush(stdout);  // keep the relative order of the two streams
  std::fwrite(bytes.data(), 1, bytes.size(), stderr);
}

void flush_output() {
  absl::MutexLock lock(&out_mu);
  std::fflush(stdout);
  std::fflush(stderr);
}

bool read_stdin_line(std::string* line) {
  {
    absl::MutexLock lock(&out_mu);
    std::fflush(stdout);  // a prompt written before the read shows first
  }
  absl::MutexLock lock(&in_mu);
  line->clear();
  int c;
  while ((c = std::getc(stdin)) != EOF) {
    line->push_back(char(c));
    if (c == '\n') break;
  }
  return !line->empty();
}

}  // namespace beamline::platform
