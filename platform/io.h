// Where the VM's standard output and error go, and where standard input
// comes from. Natively these are the process's file descriptors; the web
// build routes them to JavaScript callbacks.
#pragma once

#include <string>
#include <string_view>

namespace beamline::platform {

void write_stdout(std::string_view bytes);
void write_stderr(std::string_view bytes);
void flush_output();
// Reads one line including its newline; false at end of input.
bool read_stdin_line(std::string* line);

}  // namespace beamline::platform
