// Ports: external programs started by erlang:open_port/2, as erl's spawn
// driver runs them. This is the interface the rest of the VM uses; the BIFs
// are in runtime/bifs/erlang_ports.cc, the parts in runtime/ports/:
//
//   options.cc      open_port/2's name and settings -> PortSpec
//   spawn_posix.cc  starting the program with pipes (spawn_wasm.cc: no OS
//                   processes under Emscripten, open_port fails)
//   framing.cc      the byte stream -> {data, ...} messages ({line, N},
//                   {packet, N}, stream) and the {packet, N} output header
//   io_thread.cc    one thread per port: writes queued output to the
//                   program, reads its output and delivers it to the
//                   connected process, reports exit status and end of file
//   port_table.cc   port numbers -> ports, erlang:ports/0, VM shutdown
//   port_signals.cc closing, exit signals, links, monitors, and the
//                   messages a port understands (Port ! {Pid, command...})
//
// A port is owned by its connected process and linked to it: when that
// process exits the port closes, and when the port closes its linked
// processes get an exit signal ({'EXIT', Port, Reason} when trapping).
#pragma once

#include "runtime/term/term.h"

namespace beamline {

class VM;
class Process;

// `Port ! Msg` / erlang:send(Port, Msg): {Pid, {command, Data}},
// {Pid, close}, {Pid, {connect, NewPid}}; anything else (or a Pid that is
// not the connected process) closes the port with reason badsig. Sending to
// a closed port does nothing. Returns `msg`.
Term port_send_message(Process* p, Term port, Term msg);

// An exit signal from `from` reaches `port`: a link exit from a linked
// process (`linked`), or exit(Port, Reason). A link exit with reason normal
// is ignored unless it comes from the connected process; anything else
// closes the port with that reason (exit(Port, kill) as killed). False if
// the port is closed.
bool port_exit_signal(VM* vm, Term from, Term port, Term reason, bool linked);

// link(Port) / unlink(Port) for the calling process, with erlang:link/1's
// and unlink/1's results and errors.
Term port_link_bif(Process* p, Term port);
Term port_unlink_bif(Process* p, Term port);

// erlang:monitor(port, Port) for the calling process (Tag replaces 'DOWN'
// when not NON_VALUE): returns the monitor reference. The monitor fires
// with {'DOWN', Ref, port, Port, Reason} when the port closes (noproc at
// once if it is already closed).
Term port_monitor_bif(Process* p, Term port, Term tag);
// demonitor of a port monitor: the port forgets it. False if unknown.
bool port_demonitor(Term port, Term watcher, uint64_t ref_id);

// Stops every port of `vm` (their threads are told to finish and joined;
// the programs get end of file on their input). Call before the VM is
// destroyed: port threads send messages through the VM.
void ports_shutdown(VM* vm);

}  // namespace beamline
