// Port BIFs. As in ERTS, erlang:open_port/2, port_command/2,3, port_close/1,
// port_connect/2 and port_info/1,2 are Erlang functions (erlang.erl) that
// call the erts_internal BIFs here and raise, with erl's error_info, the
// error atom those return (badarg, badopt, notsup, enoent...). The ports
// themselves live in runtime/ports/.
//
// Not implemented (calls raise undef): erlang:port_control/3,
// erlang:port_call/2,3 (the spawn driver has neither).
#include <algorithm>

#include "runtime/bifs/bif.h"
#include "runtime/ports/port.h"
#include "runtime/ports/port_atoms.h"
#include "runtime/ports/ports.h"
#include "runtime/term/number.h"
#include "runtime/vm/vm.h"

namespace beamline {
namespace {

namespace pa = port_atoms;

Term bif_open_port(Process* p, const Term* a) { return port_open(p, a[0], a[1]); }

// erts_internal:port_command(Port, Data, Flags) -> true | false | error atom.
Term bif_port_command(Process* p, const Term* a) {
  bool force = false;
  for (Term l = a[2];; l = cdr(l)) {
    if (l == NIL) break;
    if (!is_list(l)) return pa::badopt();
    Term o = car(l);
    if (o == pa::force()) {
      force = true;
    } else if (o != pa::nosuspend()) {
      return pa::badopt();
    }
  }
  std::shared_ptr<Port> port = find_port(a[0]);
  if (!port) return atom::badarg;
  std::string bytes;
  if (!iolist_to_bytes(a[1], &bytes)) return atom::badarg;
  // The spawn driver cannot take output without queueing it.
  if (force) return atom::notsup;
  return port_command_bytes(port, std::move(bytes)) ? atom::true_ : atom::badarg;
}

Term bif_port_close(Process* p, const Term* a) {
  std::shared_ptr<Port> port = find_port(a[0]);
  if (!port || !close_port(port, atom::normal)) return atom::badarg;
  return atom::true_;
}

// port_connect(Port, Pid): Pid becomes the owner and is linked to the port
// (the old owner stays linked).
Term bif_port_connect(Process* p, const Term* a) {
  Term pid = a[1];
  if (!is_pid(pid)) return atom::badarg;
  std::shared_ptr<Port> port = find_port(a[0]);
  if (!port) return atom::badarg;
  {
    absl::MutexLock lock(&port->mu);
    if (!port->open) return atom::badarg;
    port->connected = pid;
    if (std::find(port->links.begin(), port->links.end(), pid) == port->links.end()) {
      port->links.push_back(pid);
    }
  }
  if (pid == p->pid()) {
    if (std::find(p->links.begin(), p->links.end(), a[0]) == p->links.end()) {
      p->links.push_back(a[0]);
    }
  } else {
    p->vm()->link_signal(a[0], pid);
  }
  return atom::true_;
}

// One port_info item, or NON_VALUE if `item` is not one.
Term info_item(Process* p, Port& port, Term item) {
  Term value;
  if (item == pa::name()) {
    value = utf8_to_charlist(*p, port.spec.name);
  } else if (item == pa::id()) {
    value = make_small(Sint(port.number));
  } else if (item == pa::input()) {
    value = make_integer(*p, Sint(port.input.load()));
  } else if (item == pa::output()) {
    value = make_integer(*p, Sint(port.output.load()));
  } else if (item == pa::os_pid()) {
    value = port.os_pid > 0 ? make_small(port.os_pid) : atom::undefined;
  } else if (item == pa::registered_name()) {
    return NIL;  // ports cannot be registered on beamline
  } else if (item == pa::parallelism()) {
    value = make_bool(port.spec.parallelism);
  } else if (item == pa::locking()) {
    value = pa::port_level();
  } else if (item == pa::monitors()) {
    value = NIL;  // ports do not monitor processes
  } else {
    absl::MutexLock lock(&port.mu);
    if (item == pa::connected()) {
      value = port.connected;
    } else if (item == pa::links()) {
      value = make_list_from(*p, port.links.data(), port.links.size());
    } else if (item == pa::monitored_by()) {
      std::vector<Term> pids;
      for (const Port::Monitor& m : port.monitors) pids.push_back(m.watcher);
      value = make_list_from(*p, pids.data(), pids.size());
    } else if (item == pa::queue_size() || item == pa::memory()) {
      size_t queued = 0;
      for (const std::string& s : port.out_queue) queued += s.size();
      value = make_small(Sint(item == pa::memory() ? sizeof(Port) + queued : queued));
    } else {
      return NON_VALUE;
    }
  }
  return make_tuple(*p, {item, value});
}

Term bif_port_info_1(Process* p, const Term* a) {
  if (is_atom(a[0])) return atom::undefined;  // no port has that name
  if (!is_port(a[0])) return atom::badarg;
  std::shared_ptr<Port> port = find_port(a[0]);
  if (!port) return atom::undefined;
  std::vector<Term> items;
  for (Term item : {pa::name(), pa::links(), pa::id(), pa::connected(), pa::input(),
                    pa::output()}) {
    items.push_back(info_item(p, *port, item));
  }
  if (port->os_pid > 0) items.push_back(info_item(p, *port, pa::os_pid()));
  return make_list_from(*p, items.data(), items.size());
}

Term bif_port_info_2(Process* p, const Term* a) {
  if (!is_port(a[0]) && !is_atom(a[0])) return atom::badarg;
  if (!is_atom(a[1])) return atom::badarg;
  std::shared_ptr<Port> port = find_port(a[0]);
  if (!port) {
    static const Term known[] = {pa::name(), pa::id(), pa::input(), pa::output(),
                                 pa::os_pid(), pa::registered_name(), pa::parallelism(),
                                 pa::locking(), pa::monitors(), pa::connected(),
                                 pa::links(), pa::monitored_by(), pa::queue_size(),
                                 pa::memory()};
    return std::find(std::begin(known), std::end(known), a[1]) != std::end(known)
               ? atom::undefined
               : atom::badarg;
  }
  Term r = info_item(p, *port, a[1]);
  return r == NON_VALUE ? atom::badarg : r;
}

Term bif_ports(Process* p, const Term*) {
  std::vector<Term> ports = open_ports(p->vm());
  return make_list_from(*p, ports.data(), ports.size());
}

Term bif_port_set_data(Process* p, const Term* a) {
  std::shared_ptr<Port> port = find_port(a[0]);
  if (!port) return raise_badarg(p);
  absl::MutexLock lock(&port->mu);
  if (!port->open) return raise_badarg(p);
  FragmentHeap fresh(term_size(a[1]) + 1);
  port->data = copy_term(a[1], fresh);
  port->data_heap = std::move(fresh);
  return atom::true_;
}

Term bif_port_get_data(Process* p, const Term* a) {
  std::shared_ptr<Port> port = find_port(a[0]);
  if (!port) return raise_badarg(p);
  absl::MutexLock lock(&port->mu);
  if (!port->open) return raise_badarg(p);
  return port->data == NON_VALUE ? atom::undefined : copy_term(port->data, *p);
}

// list_to_port("#Port<0.N>"): a local port's printed form (the port need
// not be open).
Term bif_list_to_port(Process* p, const Term* a) {
  std::string text;
  if (!charlist_to_utf8(a[0], &text)) return raise_badarg(p);
  static constexpr std::string_view kPrefix = "#Port<0.";
  if (!text.starts_with(kPrefix) || !text.ends_with(">")) return raise_badarg(p);
  std::string_view digits(text);
  digits = digits.substr(kPrefix.size(), digits.size() - kPrefix.size() - 1);
  if (digits.empty() || digits.size() > 17) return raise_badarg(p);
  Uint n = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return raise_badarg(p);
    n = n * 10 + Uint(c - '0');
  }
  return make_port(n);
}

}  // namespace

void register_erlang_ports_bifs(BifRegistry& r) {
  r.add("erts_internal", "open_port", 2, bif_open_port);
  r.add("erts_internal", "port_command", 3, bif_port_command);
  r.add("erts_internal", "port_close", 1, bif_port_close);
  r.add("erts_internal", "port_connect", 2, bif_port_connect);
  r.add("erts_internal", "port_info", 1, bif_port_info_1);
  r.add("erts_internal", "port_info", 2, bif_port_info_2);
  r.add("erlang", "ports", 0, bif_ports);
  r.add("erlang", "port_set_data", 2, bif_port_set_data);
  r.add("erlang", "port_get_data", 1, bif_port_get_data);
  r.add("erlang", "list_to_port", 1, bif_list_to_port);
}

}  // namespace beamline
