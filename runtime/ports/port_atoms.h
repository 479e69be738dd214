// Atoms the port code uses (interned once, on first use).
#pragma once

#include "runtime/term/atom_table.h"

namespace beamline::port_atoms {

#define BEAMLINE_PORT_ATOM(fn, text)        \
  inline Term fn() {                        \
    static const Term a = atom_from(text);  \
    return a;                               \
  }

BEAMLINE_PORT_ATOM(arg0, "arg0")
BEAMLINE_PORT_ATOM(args, "args")
BEAMLINE_PORT_ATOM(badopt, "badopt")
BEAMLINE_PORT_ATOM(badsig, "badsig")
BEAMLINE_PORT_ATOM(binary, "binary")
BEAMLINE_PORT_ATOM(busy_limits_msgq, "busy_limits_msgq")
BEAMLINE_PORT_ATOM(busy_limits_port, "busy_limits_port")
BEAMLINE_PORT_ATOM(cd, "cd")
BEAMLINE_PORT_ATOM(close, "close")
BEAMLINE_PORT_ATOM(closed, "closed")
BEAMLINE_PORT_ATOM(command, "command")
BEAMLINE_PORT_ATOM(connect, "connect")
BEAMLINE_PORT_ATOM(connected, "connected")
BEAMLINE_PORT_ATOM(data, "data")
BEAMLINE_PORT_ATOM(disable, "disable")
BEAMLINE_PORT_ATOM(einval, "einval")
BEAMLINE_PORT_ATOM(eof, "eof")
BEAMLINE_PORT_ATOM(eol, "eol")
BEAMLINE_PORT_ATOM(exit_status, "exit_status")
BEAMLINE_PORT_ATOM(fd, "fd")
BEAMLINE_PORT_ATOM(force, "force")
BEAMLINE_PORT_ATOM(hide, "hide")
BEAMLINE_PORT_ATOM(id, "id")
BEAMLINE_PORT_ATOM(input, "input")
BEAMLINE_PORT_ATOM(links, "links")
BEAMLINE_PORT_ATOM(locking, "locking")
BEAMLINE_PORT_ATOM(memory, "memory")
BEAMLINE_PORT_ATOM(monitored_by, "monitored_by")
BEAMLINE_PORT_ATOM(monitors, "monitors")
BEAMLINE_PORT_ATOM(noeol, "noeol")
BEAMLINE_PORT_ATOM(nosuspend, "nosuspend")
BEAMLINE_PORT_ATOM(nouse_stdio, "nouse_stdio")
BEAMLINE_PORT_ATOM(os_pid, "os_pid")
BEAMLINE_PORT_ATOM(out, "out")
BEAMLINE_PORT_ATOM(output, "output")
BEAMLINE_PORT_ATOM(overlapped_io, "overlapped_io")
BEAMLINE_PORT_ATOM(packet, "packet")
BEAMLINE_PORT_ATOM(parallelism, "parallelism")
BEAMLINE_PORT_ATOM(port, "port")
BEAMLINE_PORT_ATOM(port_level, "port_level")
BEAMLINE_PORT_ATOM(queue_size, "queue_size")
BEAMLINE_PORT_ATOM(registered_name, "registered_name")
BEAMLINE_PORT_ATOM(spawn, "spawn")
BEAMLINE_PORT_ATOM(spawn_driver, "spawn_driver")
BEAMLINE_PORT_ATOM(spawn_executable, "spawn_executable")
BEAMLINE_PORT_ATOM(stderr_to_stdout, "stderr_to_stdout")
BEAMLINE_PORT_ATOM(stream, "stream")
BEAMLINE_PORT_ATOM(use_stdio, "use_stdio")
BEAMLINE_PORT_ATOM(in, "in")
BEAMLINE_PORT_ATOM(line, "line")
BEAMLINE_PORT_ATOM(name, "name")
BEAMLINE_PORT_ATOM(env, "env")

#undef BEAMLINE_PORT_ATOM

}  // namespace beamline::port_atoms
