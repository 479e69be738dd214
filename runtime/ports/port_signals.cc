// What reaches a port from processes (messages, exit signals, links,
// monitors) and what a closing port sends them.
#include <algorithm>

#include "runtime/bifs/bif.h"
#include "runtime/ports/framing.h"
#include "runtime/ports/port.h"
#include "runtime/ports/port_atoms.h"
#include "runtime/ports/ports.h"
#include "runtime/vm/vm.h"

namespace beamline {
namespace {

namespace pa = port_atoms;

// {Tag, Ref, port, Port, Reason} to a process monitoring a port, as a Down
// signal: the watcher's monitor entry goes when it arrives.
void send_down(VM* vm, Term watcher, uint64_t ref_id, Term tag, Term port, Term reason) {
  FragmentHeap h(16);
  Term msg = make_tuple(h, {tag == NON_VALUE ? atom::DOWN : tag, make_ref(h, ref_id),
                            pa::port(), port, reason});
  vm->down_signal(port, watcher, ref_id, msg);
}

template <class T>
void erase_value(std::vector<T>& v, const T& x) {
  v.erase(std::remove(v.begin(), v.end(), x), v.end());
}

}  // namespace

bool close_port(const std::shared_ptr<Port>& port, Term reason, Term closed_to) {
  std::vector<Term> links;
  std::vector<Port::Monitor> monitors;
  FragmentHeap tags;
  {
    absl::MutexLock lock(&port->mu);
    if (!port->open) return false;
    port->open = false;
    links.swap(port->links);
    monitors.swap(port->monitors);
    tags = std::move(port->tags);
  }
  VM* vm = port->vm;
  Term id = port->id();
  unregister_port(id);
  for (Term pid : links) vm->exit_signal(id, pid, reason, true);
  for (const Port::Monitor& m : monitors) {
    send_down(vm, m.watcher, m.ref_id, m.tag, id, reason);
  }
  if (is_pid(closed_to)) {
    FragmentHeap h(4);
    vm->send(closed_to, make_tuple(h, {id, pa::closed()}));
  }
  vm->external_source_stopped();
  port->wake();  // the thread flushes the output and lets the program go
  return true;
}

bool port_command_bytes(const std::shared_ptr<Port>& port, std::string bytes) {
  std::string framed;
  if (port->spec.packet && !port_packet_header(port->spec.packet, bytes.size(), &framed)) {
    // Too big for the length header: the port fails.
    return close_port(port, pa::einval());
  }
  framed += bytes;
  {
    absl::MutexLock lock(&port->mu);
    if (!port->open) return false;
    if (port->spec.write) {
      port->output.fetch_add(framed.size());
      if (!framed.empty()) port->out_queue.push_back(std::move(framed));
    }
  }
  if (!port->spec.write) {
    // An input-only port has nowhere to write: it fails as erl's does.
    static const Term ebadf = atom_from("ebadf");
    close_port(port, ebadf);
  } else {
    port->wake();
  }
  return true;
}

void port_deliver(Port* port, Term msg) {
  absl::MutexLock lock(&port->mu);
  if (port->open) port->vm->send(port->connected, msg);
}

Term port_send_message(Process* p, Term port_term, Term msg) {
  std::shared_ptr<Port> port = find_port(port_term);
  if (!port) return msg;
  VM* vm = port->vm;
  if (is_tuple(msg) && tuple_arity(msg) == 2 && is_pid(tuple_elems(msg)[0])) {
    Term from = tuple_elems(msg)[0];
    Term cmd = tuple_elems(msg)[1];
    Term connected;
    {
      absl::MutexLock lock(&port->mu);
      connected = port->connected;
    }
    if (from == connected) {
      if (cmd == pa::close()) {
        close_port(port, atom::normal, from);
        return msg;
      }
      if (is_tuple(cmd) && tuple_arity(cmd) == 2) {
        Term key = tuple_elems(cmd)[0], arg = tuple_elems(cmd)[1];
        std::string bytes;
        if (key == pa::command() && iolist_to_bytes(arg, &bytes)) {
          port_command_bytes(port, std::move(bytes));
          return msg;
        }
        if (key == pa::connect() && is_pid(arg)) {
          {
            absl::MutexLock lock(&port->mu);
            if (!port->open) return msg;
            port->connected = arg;
          }
          FragmentHeap h(4);
          vm->send(from, make_tuple(h, {port_term, pa::connected()}));
          return msg;
        }
      }
    }
  }
  // Anything else is a bad signal: the port closes.
  close_port(port, pa::badsig());
  return msg;
}

bool port_exit_signal(VM* vm, Term from, Term port_term, Term reason, bool linked) {
  std::shared_ptr<Port> port = find_port(port_term);
  if (!port) return false;
  Term connected;
  {
    absl::MutexLock lock(&port->mu);
    if (linked) {
      // A link exit counts only while the link exists.
      auto it = std::find(port->links.begin(), port->links.end(), from);
      if (it == port->links.end()) return true;
      port->links.erase(it);
    }
    connected = port->connected;
  }
  // A linked process ending normally leaves the port alone, unless it is
  // the owner; exit(Port, Reason) closes it whatever the reason.
  if (linked && reason == atom::normal && from != connected) return true;
  close_port(port, reason == atom::kill && !linked ? atom::killed : reason);
  return true;
}

Term port_link_bif(Process* p, Term port_term) {
  std::shared_ptr<Port> port = find_port(port_term);
  bool linked = false;
  if (port) {
    absl::MutexLock lock(&port->mu);
    if (port->open) {
      if (std::find(port->links.begin(), port->links.end(), p->pid()) ==
          port->links.end()) {
        port->links.push_back(p->pid());
      }
      linked = true;
    }
  }
  if (!linked) {
    // As for a process that is gone.
    if (p->trap_exit) {
      FragmentHeap h(4);
      p->vm()->send(p->pid(), make_tuple(h, {atom::EXIT, port_term, atom::noproc}));
      return atom::true_;
    }
    return raise_error(p, atom::noproc);
  }
  if (std::find(p->links.begin(), p->links.end(), port_term) == p->links.end()) {
    p->links.push_back(port_term);
  }
  return atom::true_;
}

Term port_unlink_bif(Process* p, Term port_term) {
  erase_value(p->links, port_term);
  if (std::shared_ptr<Port> port = find_port(port_term)) {
    absl::MutexLock lock(&port->mu);
    erase_value(port->links, p->pid());
  }
  return atom::true_;
}

Term port_monitor_bif(Process* p, Term port_term, Term tag) {
  VM* vm = p->vm();
  uint64_t ref_id = vm->next_unique();
  Term ref = make_ref(*p, ref_id);
  bool added = false;
  if (std::shared_ptr<Port> port = find_port(port_term)) {
    absl::MutexLock lock(&port->mu);
    if (port->open) {
      port->monitors.push_back(
          {ref_id, p->pid(), tag == NON_VALUE ? NON_VALUE : copy_term(tag, port->tags)});
      added = true;
    }
  }
  Process::MonitorEntry e{ref_id, port_term, true};
  p->monitors.push_back(e);
  if (!added) send_down(vm, p->pid(), ref_id, tag, port_term, atom::noproc);
  return ref;
}

bool port_demonitor(Term port_term, Term watcher, uint64_t ref_id) {
  std::shared_ptr<Port> port = find_port(port_term);
  if (!port) return false;
  absl::MutexLock lock(&port->mu);
  auto& ms = port->monitors;
  auto it = std::find_if(ms.begin(), ms.end(), [&](const Port::Monitor& m) {
    return m.ref_id == ref_id && m.watcher == watcher;
  });
  if (it == ms.end()) return false;
  ms.erase(it);
  return true;
}

}  // namespace beamline
