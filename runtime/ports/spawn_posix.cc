// Starting a port's program on POSIX systems, as erl's spawn driver does:
// {spawn, Command} runs `/bin/sh -c "exec Command"`, {spawn_executable,
// File} runs File itself with {args, ...} (File is not searched for in
// PATH). The program's standard input and output are pipes to the port
// (file descriptors 3 and 4 with nouse_stdio); stderr is inherited unless
// stderr_to_stdout. Other descriptors are not inherited.
#ifndef __EMSCRIPTEN__

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "platform/io.h"
#include "runtime/bifs/os_env.h"
#include "runtime/ports/port.h"
#include "runtime/term/atom_table.h"

extern char** environ;

namespace beamline {
namespace {

void close_fd(int& fd) {
  if (fd >= 0) ::close(fd);
  fd = -1;
}

// The environment of the program: ours with {env, ...} applied.
std::vector<std::string> program_environment(const PortSpec& spec) {
  std::vector<std::string> env;
  {
    // os:putenv may change environ meanwhile.
    absl::ReaderMutexLock lock(&os_env_mutex());
    for (char** e = environ; *e; e++) env.emplace_back(*e);
  }
  for (const auto& [name, value] : spec.env) {
    std::string prefix = name + "=";
    std::erase_if(env, [&](const std::string& kv) { return kv.starts_with(prefix); });
    if (value) env.push_back(prefix + *value);
  }
  return env;
}

std::vector<char*> c_strings(std::vector<std::string>& v) {
  std::vector<char*> out;
  for (std::string& s : v) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

int start_fd_port(Port* port) {
  const PortSpec& s = port->spec;
  if (s.read) {
    port->from_child = fcntl(s.fd_in, F_DUPFD_CLOEXEC, 3);
    if (port->from_child < 0) return errno;
  }
  if (s.write) {
    port->to_child = fcntl(s.fd_out, F_DUPFD_CLOEXEC, 3);
    if (port->to_child < 0) {
      int err = errno;
      close_fd(port->from_child);
      return err;
    }
    fcntl(port->to_child, F_SETFL, fcntl(port->to_child, F_GETFL) | O_NONBLOCK);
  }
  return 0;
}

}  // namespace

Term errno_atom(int err) {
  const char* name = strerrorname_np(err);
  if (!name) return atom_from("unknown");
  std::string lower(name);
  for (char& c : lower) c = char(std::tolower(static_cast<unsigned char>(c)));
  return atom_from(lower);
}

int start_port_program(Port* port) {
  const PortSpec& s = port->spec;
  if (s.kind == PortSpec::Kind::Fd) return start_fd_port(port);

  std::string path;
  std::vector<std::string> argv;
  if (s.kind == PortSpec::Kind::Spawn) {
    path = "/bin/sh";
    argv = {"sh", "-c", "exec " + s.program};
  } else {
    path = s.program;
    // As erl: a file that is missing or not executable is an error of
    // open_port itself.
    if (::access(path.c_str(), X_OK) != 0) return errno;
    argv.push_back(s.arg0 ? *s.arg0 : s.program);
    argv.insert(argv.end(), s.args.begin(), s.args.end());
  }
  std::vector<std::string> env = program_environment(s);
  std::vector<char*> c_argv = c_strings(argv);
  std::vector<char*> c_env = c_strings(env);

  // in_pipe: we write, the program reads; out_pipe: the other way.
  int in_pipe[2] = {-1, -1}, out_pipe[2] = {-1, -1};
  if (s.write && ::pipe2(in_pipe, O_CLOEXEC) != 0) return errno;
  if (s.read && ::pipe2(out_pipe, O_CLOEXEC) != 0) {
    int err = errno;
    close_fd(in_pipe[0]);
    close_fd(in_pipe[1]);
    return err;
  }
  int child_in = s.use_stdio ? 0 : 3;
  int child_out = s.use_stdio ? 1 : 4;

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  if (s.write) posix_spawn_file_actions_adddup2(&actions, in_pipe[0], child_in);
  if (s.read) {
    posix_spawn_file_actions_adddup2(&actions, out_pipe[1], child_out);
    if (s.stderr_to_stdout) posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 2);
  }
  posix_spawn_file_actions_addclosefrom_np(&actions, s.use_stdio ? 3 : 5);
  if (s.cd) posix_spawn_file_actions_addchdir_np(&actions, s.cd->c_str());

  // The program starts with no signal blocked and SIGPIPE at its default
  // (port threads block SIGPIPE).
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t none, pipe;
  sigemptyset(&none);
  sigemptyset(&pipe);
  sigaddset(&pipe, SIGPIPE);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setsigdefault(&attr, &pipe);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

  pid_t pid = -1;
  int rc = posix_spawn(&pid, path.c_str(), &actions, &attr, c_argv.data(), c_env.data());
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  close_fd(in_pipe[0]);
  close_fd(out_pipe[1]);
  if (rc != 0) {
    close_fd(in_pipe[1]);
    close_fd(out_pipe[0]);
    // erl has already answered with a port when its child fails to change
    // directory or to exec: the port's program then exits at once (with
    // status 2 for the directory, the errno value for exec).
    struct stat st;
    if (s.cd && (::stat(s.cd->c_str(), &st) != 0 || !S_ISDIR(st.st_mode))) {
      platform::write_stderr("spawn: Could not cd to " + *s.cd + "\n");
      port->failed_status = 2;
      return 0;
    }
    if (s.kind == PortSpec::Kind::SpawnExecutable) {
      port->failed_status = rc;
      return 0;
    }
    return rc;
  }
  port->os_pid = pid;
  port->to_child = in_pipe[1];
  port->from_child = out_pipe[0];
  if (port->to_child >= 0) {
    fcntl(port->to_child, F_SETFL, fcntl(port->to_child, F_GETFL) | O_NONBLOCK);
  }
  return 0;
}

}  // namespace beamline

#endif  // !__EMSCRIPTEN__
