#include <cstdio>
#include <iostream>

#include "platform/io.h"

namespace beamline::platform {

void write_stdout(std::string_view bytes) {
  std::fwrite(bytes.data(), 1, bytes.size(), stdout);
}

void write_stderr(std::string_view bytes) {
  std::fflush(stdout);  // keep the relative order of the two streams
  std::fwrite(bytes.data(), 1, bytes.size(), stderr);
}

void flush_output() {
  std::fflush(stdout);
  std::fflush(stderr);
}

bool read_stdin_line(std::string* line) {
  std::fflush(stdout);
  line->clear();
  int c;
  while ((c = std::fgetc(stdin)) != EOF) {
    line->push_back(char(c));
    if (c == '\n') break;
  }
  return !line->empty();
}

}  // namespace beamline::platform
