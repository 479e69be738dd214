// A port's life: opening (erlang:open_port/2) and the state it keeps.
#include "runtime/ports/port.h"

#include <fcntl.h>
#include <unistd.h>

#include "runtime/ports/ports.h"
#include "runtime/vm/vm.h"

namespace beamline {

Port::Port(VM* vm, Uint number, PortSpec spec, Term owner)
    : vm(vm), number(number), spec(std::move(spec)), connected(owner) {
#ifndef __EMSCRIPTEN__
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC | O_NONBLOCK) == 0) {
    wake_read = fds[0];
    wake_write = fds[1];
  }
#endif
}

Port::~Port() {
  for (int fd : {to_child, from_child, wake_read, wake_write}) {
    if (fd >= 0) ::close(fd);
  }
}

void Port::wake() {
  if (wake_write < 0) return;
  char c = 1;
  ssize_t ignored = ::write(wake_write, &c, 1);  // full: a wake-up is pending
  (void)ignored;
}

// erts_internal:open_port/2: the new port, or the error atom erlang:open_port
// raises (badarg, badopt, or why the program could not be started).
Term port_open(Process* p, Term name, Term settings) {
  PortSpec spec;
  Term error;
  if (!parse_port_spec(name, settings, &spec, &error)) return error;
  VM* vm = p->vm();
  auto port = std::make_shared<Port>(vm, next_port_number(), std::move(spec), p->pid());
  if (int err = start_port_program(port.get())) return errno_atom(err);
  // The port is linked to its owner, which is the running process: its
  // links are ours to change.
  port->links.push_back(p->pid());
  p->links.push_back(port->id());
  Term id = port->id();
  register_port(port);
  vm->external_source_started();
  start_port_thread(std::move(port));
  return id;
}

}  // namespace beamline
