// The state of one port (see ports.h for the pieces). Internal to
// runtime/ports/ and the port BIFs.
#pragma once

#include <atomic>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/synchronization/mutex.h"
#include "runtime/term/heap.h"
#include "runtime/term/term.h"

namespace beamline {

class VM;
class Process;

// What open_port/2 asked for.
struct PortSpec {
  enum class Kind : uint8_t { Spawn, SpawnExecutable, Fd };
  Kind kind = Kind::Spawn;
  std::string name;     // port_info(Port, name)
  std::string program;  // Spawn: the command line; SpawnExecutable: the file
  std::vector<std::string> args;  // {args, L} (SpawnExecutable)
  std::optional<std::string> arg0;
  std::optional<std::string> cd;
  // {env, [{Name, Value | false}]}: nullopt removes the variable.
  std::vector<std::pair<std::string, std::optional<std::string>>> env;
  int fd_in = -1, fd_out = -1;  // Fd: the descriptors to read and write

  bool binary = false;       // data as binaries (lists by default)
  bool exit_status = false;  // {Port, {exit_status, N}} when it exits
  bool eof = false;          // {Port, eof} at end of file, stay open
  bool use_stdio = true;     // nouse_stdio: the program uses fds 3 and 4
  bool stderr_to_stdout = false;
  bool read = true;   // not `out` only: we read the program's output
  bool write = true;  // not `in` only: we write the program's input
  size_t line = 0;    // {line, N}
  int packet = 0;     // {packet, 1 | 2 | 4}
  bool parallelism = false;
};

class Port {
 public:
  Port(VM* vm, Uint number, PortSpec spec, Term owner);
  ~Port();
  Port(const Port&) = delete;
  Port& operator=(const Port&) = delete;

  Term id() const { return make_port(number); }
  // Makes the I/O thread look at the port's state again.
  void wake();

  VM* const vm;
  const Uint number;
  const PortSpec spec;

  // ---- set up before the I/O thread starts, then owned by it ----
  int os_pid = -1;
  int to_child = -1;    // we write the program's input here
  int from_child = -1;  // we read the program's output here
  int wake_read = -1, wake_write = -1;
  // The program could not be started after open_port had to return a port
  // (as erl's child setup, it then "exits" with this status at once).
  int failed_status = -1;

  // ---- shared (mu) ----
  absl::Mutex mu;
  bool open = true;  // false once closed for the Erlang side
  Term connected;    // the owner (a pid)
  std::vector<Term> links;
  struct Monitor {
    uint64_t ref_id;
    Term watcher;
    Term tag;  // NON_VALUE: 'DOWN' (else lives in tags)
  };
  std::vector<Monitor> monitors;
  FragmentHeap tags;
  std::deque<std::string> out_queue;  // bytes for the program, in order
  FragmentHeap data_heap;             // erlang:port_set_data/2
  Term data = NON_VALUE;

  std::atomic<uint64_t> input{0};   // bytes read from the program
  std::atomic<uint64_t> output{0};  // bytes written to it (queued)
  std::atomic<bool> shutdown{false};  // the VM is going away: stop now
};

// ---- port.cc ----
// erts_internal:open_port/2 for process `p` (the owner): the new port, or
// the error atom erlang:open_port/2 raises (badarg, badopt, or the errno
// name of why the program could not be started).
Term port_open(Process* p, Term name, Term settings);

// ---- port_table.cc ----
// A fresh port number (never reused; the first is 5 as in `erl -noshell`,
// where ports 0-4 are the emulator's own).
Uint next_port_number();
void register_port(std::shared_ptr<Port> port);
// The open port with this number, or null.
std::shared_ptr<Port> find_port(Term port);
void unregister_port(Term port);
// The open ports of `vm`, by number.
std::vector<Term> open_ports(VM* vm);
// Port threads: counted so that ports_shutdown can wait for them.
void port_thread_started(const std::shared_ptr<Port>& port);
void port_thread_finished(const Port* port);

// ---- options.cc ----
// Parses open_port/2's arguments. On error returns false with `error` set
// to the atom erts_internal:open_port/2 returns (badarg or badopt).
bool parse_port_spec(Term name, Term settings, PortSpec* spec, Term* error);

// ---- spawn_posix.cc / spawn_wasm.cc ----
// Starts the program of `port->spec` (or sets up an fd port), filling
// os_pid, to_child, from_child (and failed_status). Returns 0, or an errno
// value (the error open_port raises).
int start_port_program(Port* port);
// The errno value as erl names it (enoent, eacces, ...).
Term errno_atom(int err);

// ---- io_thread.cc ----
// Starts the thread that serves `port`.
void start_port_thread(std::shared_ptr<Port> port);

// ---- port_signals.cc ----
// Closes the port for the Erlang side with `reason`: it leaves the table,
// its linked processes get exit signals, its monitors fire, and the I/O
// thread flushes pending output and lets go of the program. If `closed_to`
// is a pid it then gets {Port, closed}. False if it was already closed.
bool close_port(const std::shared_ptr<Port>& port, Term reason,
                Term closed_to = NON_VALUE);
// port_command: queues `bytes` for the program (with the {packet, N}
// header). Output too big for the header closes the port with einval, and
// output to an input-only port closes it with ebadf (both still true).
// False if the port is closed.
bool port_command_bytes(const std::shared_ptr<Port>& port, std::string bytes);
// Delivers `msg` (built in `h`) to the connected process if the port is
// still open; from the I/O thread.
void port_deliver(Port* port, Term msg);

}  // namespace beamline
