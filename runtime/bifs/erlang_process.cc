// erlang module: processes, links, monitors, registered names, messages,
// exceptions raised on purpose, apply and halt.
#include <algorithm>

#include "runtime/bifs/bif.h"
#include "runtime/bifs/erlang_gc.h"
#include "runtime/ports/ports.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/compare.h"
#include "runtime/term/number.h"
#include "runtime/vm/exception.h"
#include "runtime/vm/scheduler.h"
#include "runtime/vm/vm.h"

namespace beamline {
namespace {

// ---- spawning -------------------------------------------------------------------

bool valid_mfa_args(Term m, Term f, Term args) {
  return is_atom(m) && is_atom(f) && list_length(args) >= 0;
}

struct SpawnOptions {
  bool link = false;
  bool monitor = false;
  int priority_level = -1;  // -1: normal
  GcSpawnOptions gc;
};

// Spawns with the link/monitor made before the child can run (so it cannot
// exit unnoticed). `fun` is a fun, or NON_VALUE for {M, F, Args} in `mfa`.
Term spawn_with(Process* p, Term fun, const Term* mfa, const SpawnOptions& o) {
  uint64_t monitor_id = o.monitor ? p->vm()->next_unique() : 0;
  Term parent = p->pid();
  auto setup = [&](Process* child) {
    if (o.link) child->links.push_back(parent);
    if (o.monitor) child->monitors.push_back({monitor_id, parent, false});
    if (o.priority_level >= 0) child->priority_level.store(uint8_t(o.priority_level));
    gc_apply_spawn_options(child, o.gc);
  };
  Term child = fun != NON_VALUE ? p->vm()->spawn_fun(p, fun, setup)
                                : p->vm()->spawn(p, mfa[0], mfa[1], mfa[2], setup);
  if (o.link) p->links.push_back(child);
  if (!o.monitor) return child;
  p->monitors.push_back({monitor_id, child, true});
  return make_tuple(*p, {child, make_ref(*p, monitor_id)});
}

Term spawn_mfa(Process* p, const Term* a, SpawnOptions o) {
  if (!valid_mfa_args(a[0], a[1], a[2])) return raise_badarg(p);
  return spawn_with(p, NON_VALUE, a, o);
}

Term spawn_fun(Process* p, Term fun, SpawnOptions o) {
  if (!is_fun(fun)) return raise_badarg(p);
  return spawn_with(p, fun, nullptr, o);
}

constexpr SpawnOptions kPlain{};
constexpr SpawnOptions kLinked{.link = true, .monitor = false, .priority_level = -1, .gc = {}};
constexpr SpawnOptions kMonitored{.link = false, .monitor = true, .priority_level = -1, .gc = {}};

Term bif_spawn_1(Process* p, const Term* a) { return spawn_fun(p, a[0], kPlain); }
Term bif_spawn_3(Process* p, const Term* a) { return spawn_mfa(p, a, kPlain); }
Term bif_spawn_link_1(Process* p, const Term* a) { return spawn_fun(p, a[0], kLinked); }
Term bif_spawn_link_3(Process* p, const Term* a) { return spawn_mfa(p, a, kLinked); }
Term bif_spawn_monitor_1(Process* p, const Term* a) { return spawn_fun(p, a[0], kMonitored); }
Term bif_spawn_monitor_3(Process* p, const Term* a) { return spawn_mfa(p, a, kMonitored); }

// spawn_opt options: link, monitor, {priority, P}, the GC options
// (min_heap_size, min_bin_vheap_size, fullsweep_after, max_heap_size:
// erlang_gc.h); the other {Key, Value} options are accepted.
Term spawn_with_opts(Process* p, Term fun_or_null, const Term* mfa, Term opts) {
  if (list_length(opts) < 0) return raise_badarg(p);
  SpawnOptions o;
  for (Term l = opts; is_list(l); l = cdr(l)) {
    Term opt = car(l);
    if (opt == atom::link) {
      o.link = true;
    } else if (opt == atom::monitor) {
      o.monitor = true;
    } else if (is_tuple(opt) && tuple_arity(opt) == 2) {
      Term k = tuple_elems(opt)[0], v = tuple_elems(opt)[1];
      if (k == atom::priority) {
        o.priority_level = priority_level_of(v);
        if (o.priority_level < 0) return raise_badarg(p);
      } else if (gc_spawn_option(opt, &o.gc) == GcSpawnOpt::Bad) {
        return raise_badarg(p);
      }
    } else {
      return raise_badarg(p);
    }
  }
  if (!gc_spawn_options_valid(o.gc)) return raise_badarg(p);
  return fun_or_null != NON_VALUE ? spawn_fun(p, fun_or_null, o)
                                  : spawn_mfa(p, mfa, o);
}
Term bif_spawn_opt_2(Process* p, const Term* a) {
  return spawn_with_opts(p, a[0], nullptr, a[1]);
}
Term bif_spawn_opt_4(Process* p, const Term* a) {
  return spawn_with_opts(p, NON_VALUE, a, a[3]);
}

// ---- links, monitors, exits ------------------------------------------------------

Term bif_link(Process* p, const Term* a) {
  if (is_port(a[0])) return port_link_bif(p, a[0]);
  if (!is_pid(a[0])) return raise_badarg(p);
  if (a[0] == p->pid()) return atom::true_;
  auto& l = p->links;
  if (std::find(l.begin(), l.end(), a[0]) != l.end()) return atom::true_;
  if (!p->vm()->link_signal(p->pid(), a[0])) {
    if (p->trap_exit) {
      FragmentHeap h;
      p->vm()->send(p->pid(), make_tuple(h, {atom::EXIT, a[0], atom::noproc}));
      return atom::true_;
    }
    return raise_error(p, atom::noproc);
  }
  l.push_back(a[0]);
  return atom::true_;
}

Term bif_unlink(Process* p, const Term* a) {
  if (is_port(a[0])) return port_unlink_bif(p, a[0]);
  if (!is_pid(a[0])) return raise_badarg(p);
  auto& l = p->links;
  auto it = std::find(l.begin(), l.end(), a[0]);
  if (it != l.end()) {
    l.erase(it);
    p->vm()->unlink_signal(p->pid(), a[0]);
  }
  return atom::true_;
}

Term monitor_process(Process* p, const Term* a, Term tag);

// monitor(process, Target, Options): Options [{alias, Mode}, {tag, Tag}].
Term monitor_with_options(Process* p, Term type, Term target_arg, Term opts) {
  static const Term port_atom = atom_from("port");
  if ((type != atom::process && type != port_atom) || list_length(opts) < 0) {
    return raise_badarg(p);
  }
  static const Term alias_atom = atom_from("alias");
  static const Term tag_atom = atom_from("tag");
  static const Term explicit_unalias = atom_from("explicit_unalias");
  static const Term demonitor_atom = atom_from("demonitor");
  static const Term reply_demonitor = atom_from("reply_demonitor");
  bool alias = false;
  VM::AliasMode mode = VM::AliasMode::ExplicitUnalias;
  Term tag = NON_VALUE;
  for (Term l = opts; is_list(l); l = cdr(l)) {
    Term o = car(l);
    if (!is_tuple(o) || tuple_arity(o) != 2) return raise_badarg(p);
    Term k = tuple_elems(o)[0], v = tuple_elems(o)[1];
    if (k == alias_atom) {
      alias = true;
      if (v == explicit_unalias) mode = VM::AliasMode::ExplicitUnalias;
      else if (v == demonitor_atom) mode = VM::AliasMode::Demonitor;
      else if (v == reply_demonitor) mode = VM::AliasMode::ReplyDemonitor;
      else return raise_badarg(p);
    } else if (k == tag_atom) {
      tag = v;
    } else {
      return raise_badarg(p);
    }
  }
  Term args[2] = {type, target_arg};
  Term ref = monitor_process(p, args, tag);
  if (ref != NON_VALUE && alias) p->vm()->add_alias(ref_id(ref), p->pid(), mode);
  return ref;
}

Term bif_monitor_3(Process* p, const Term* a) {
  return monitor_with_options(p, a[0], a[1], a[2]);
}

Term bif_monitor_2(Process* p, const Term* a) {
  return monitor_process(p, a, NON_VALUE);
}

Term bif_alias_0(Process* p, const Term*) {
  uint64_t id = p->vm()->next_unique();
  p->vm()->add_alias(id, p->pid(), VM::AliasMode::ExplicitUnalias);
  return make_ref(*p, id);
}

Term bif_alias_1(Process* p, const Term* a) {
  if (list_length(a[0]) < 0) return raise_badarg(p);
  static const Term explicit_unalias = atom_from("explicit_unalias");
  static const Term reply = atom_from("reply");
  VM::AliasMode mode = VM::AliasMode::ExplicitUnalias;
  for (Term l = a[0]; is_list(l); l = cdr(l)) {
    if (car(l) == reply) mode = VM::AliasMode::ReplyDemonitor;
    else if (car(l) != explicit_unalias) return raise_badarg(p);
  }
  uint64_t id = p->vm()->next_unique();
  p->vm()->add_alias(id, p->pid(), mode);
  return make_ref(*p, id);
}

Term bif_unalias(Process* p, const Term* a) {
  if (!is_ref(a[0])) return raise_badarg(p);
  return make_bool(p->vm()->remove_alias(ref_id(a[0]), p->pid()));
}

Term monitor_process(Process* p, const Term* a, Term tag) {
  static const Term port_atom = atom_from("port");
  if (a[0] == port_atom) return port_monitor_bif(p, a[1], tag);
  if (a[0] != atom::process) return raise_badarg(p);
  Term target = a[1];
  Term name = NON_VALUE;
  if (is_atom(target)) {
    name = target;
    target = p->vm()->whereis(target);
  } else if (is_tuple(target) && tuple_arity(target) == 2 &&
             is_atom(tuple_elems(target)[0])) {
    name = tuple_elems(target)[0];
    target = p->vm()->whereis(name);
  } else if (!is_pid(target)) {
    return raise_badarg(p);
  }
  uint64_t id = p->vm()->next_unique();
  Term ref = make_ref(*p, id);
  p->monitors.push_back({id, target, true, name});
  if (is_pid(target) && p->vm()->monitor_signal(p->pid(), target, id, name, tag)) {
    return ref;
  }
  // Not alive: an immediate 'DOWN' with reason noproc.
  p->monitors.pop_back();
  static const Term nonode = atom_from("nonode@nohost");
  Term who = name != NON_VALUE ? make_tuple(*p, {name, nonode}) : a[1];
  Term down = tag != NON_VALUE ? tag : atom::DOWN;
  p->vm()->send(p->pid(), make_tuple(*p, {down, ref, atom::process, who, atom::noproc}));
  return ref;
}

// Removes the monitor with `ref` from `p`; false if not found (never made,
// or already triggered: its 'DOWN' is queued).
bool remove_monitor(Process* p, Term ref) {
  uint64_t id = ref_id(ref);
  p->fetch_inbox();  // a 'DOWN' that has arrived counts as triggered
  p->vm()->remove_monitor_alias(id, p->pid());
  Term other = p->take_own_monitor(id);
  if (other == NON_VALUE) return false;
  p->vm()->demonitor_signal(p->pid(), other, id);
  return true;
}

// Drops a queued {'DOWN', Ref, ...} message (demonitor with flush).
bool flush_down_message(Process* p, Term ref) {
  p->fetch_inbox();
  for (Message** m = &p->msg_first; *m; m = &(*m)->next) {
    Term t = (*m)->term;
    if (is_tuple(t) && tuple_arity(t) == 5 && is_ref(tuple_elems(t)[1]) &&
        ref_id(tuple_elems(t)[1]) == ref_id(ref)) {
      delete p->unlink_message(m);
      return true;
    }
  }
  return false;
}

Term bif_demonitor_1(Process* p, const Term* a) {
  if (!is_ref(a[0])) return raise_badarg(p);
  remove_monitor(p, a[0]);
  return atom::true_;
}

Term bif_demonitor_2(Process* p, const Term* a) {
  if (!is_ref(a[0]) || list_length(a[1]) < 0) return raise_badarg(p);
  bool flush = false, info = false;
  for (Term o = a[1]; is_list(o); o = cdr(o)) {
    if (car(o) == atom::flush) flush = true;
    else if (car(o) == atom::info) info = true;
    else return raise_badarg(p);
  }
  bool removed = remove_monitor(p, a[0]);
  if (flush) flush_down_message(p, a[0]);
  if (!info) return atom::true_;
  return make_bool(removed);
}

Term bif_exit_1(Process* p, const Term* a) {
  raise_exit(p, a[0]);
  p->exc_from_bif = false;
  return NON_VALUE;
}

Term bif_exit_2(Process* p, const Term* a) {
  if (!is_pid(a[0]) && !is_port(a[0])) return raise_badarg(p);
  Term target = a[0];
  Term reason = a[1];
  if (target == p->pid()) {
    // A signal to ourselves takes effect immediately.
    if (reason == atom::kill) {
      raise_exit(p, atom::killed);
      p->exc_from_bif = false;
      p->exc_given_trace = NIL;
      return NON_VALUE;
    }
    if (p->trap_exit) {
      p->vm()->send(p->pid(), make_tuple(*p, {atom::EXIT, p->pid(), reason}));
      return atom::true_;
    }
    raise_exit(p, reason);
    p->exc_from_bif = false;
    p->exc_given_trace = NIL;
    return NON_VALUE;
  }
  p->vm()->exit_signal(p->pid(), target, reason, false);
  return atom::true_;
}

Term bif_throw(Process* p, const Term* a) {
  raise_throw(p, a[0]);
  p->exc_from_bif = false;
  return NON_VALUE;
}

Term bif_error_1(Process* p, const Term* a) {
  raise_error(p, a[0]);
  p->exc_from_bif = false;
  return NON_VALUE;
}

Term bif_error_2(Process* p, const Term* a) {
  if (list_length(a[1]) < 0 && a[1] != atom::none) return raise_badarg(p);
  raise_error(p, a[0]);
  p->exc_from_bif = false;
  if (a[1] != atom::none) p->exc_args = a[1];
  return NON_VALUE;
}

Term bif_error_3(Process* p, const Term* a) {
  return bif_error_2(p, a);
}

// erlang:nif_error(Reason[, Args]): works like error/1, with its own frame
// on top (the body of every NIF stub in OTP's sources).
Term bif_nif_error(Process* p, const Term* a) {
  return raise_error(p, a[0]);
}

// erlang:raise(Class, Reason, Stacktrace)
Term bif_raise_3(Process* p, const Term* a) {
  // Invalid arguments make raise/3 return badarg instead of raising.
  ExcClass c;
  if (!class_from_atom(a[0], &c)) return atom::badarg;
  Term trace = is_raw_trace(a[2]) ? raw_trace_cooked(a[2]) : a[2];
  if (!is_valid_stack_trace(trace)) return atom::badarg;
  p->exc_class = c;
  p->exc_reason = a[1];
  p->exc_args = NON_VALUE;
  p->exc_from_bif = false;
  p->exc_given_trace = trace;
  return NON_VALUE;
}

// erlang:raise(RawStacktrace, Reason): the rethrow used by compiled code.
Term bif_raise_2(Process* p, const Term* a) {
  ExcClass c = ExcClass::Error;
  Term trace = NIL;
  if (is_raw_trace(a[0])) {
    c = raw_trace_class(a[0]);
    trace = raw_trace_cooked(a[0]);
  }
  p->exc_class = c;
  p->exc_reason = a[1];
  p->exc_args = NON_VALUE;
  p->exc_from_bif = false;
  p->exc_given_trace = trace;
  return NON_VALUE;
}

// ---- names ------------------------------------------------------------------------

Term bif_register(Process* p, const Term* a) {
  if (!is_atom(a[0]) || a[0] == atom::undefined || !is_pid(a[1])) {
    return raise_badarg(p);
  }
  if (!p->vm()->register_name(a[0], a[1])) return raise_badarg(p);
  return atom::true_;
}

Term bif_unregister(Process* p, const Term* a) {
  if (!is_atom(a[0]) || !p->vm()->unregister_name(a[0])) return raise_badarg(p);
  return atom::true_;
}

Term bif_whereis(Process* p, const Term* a) {
  if (!is_atom(a[0])) return raise_badarg(p);
  return p->vm()->whereis(a[0]);
}

Term bif_registered(Process* p, const Term*) {
  std::vector<Term> names = p->vm()->registered_names();
  return make_list_from(*p, names.data(), names.size());
}

Term bif_processes(Process* p, const Term*) {
  std::vector<Term> pids = p->vm()->all_pids();
  return make_list_from(*p, pids.data(), pids.size());
}

// ---- messages -----------------------------------------------------------------

Term bif_send_2(Process* p, const Term* a) { return send_message(p, a[0], a[1]); }

Term bif_send_3(Process* p, const Term* a) {
  if (list_length(a[2]) < 0) return raise_badarg(p);
  Term r = send_message(p, a[0], a[1]);
  if (r == NON_VALUE) return r;
  return atom::ok;
}

Term bif_halt(Process* p, const Term* a) {
  int status = 0;
  if (is_small(a[0]) && small_value(a[0]) >= 0) {
    status = int(small_value(a[0]) & 0xFF);
  } else if (a[0] == atom_from("abort")) {
    status = 134;
  } else if (!is_list(a[0]) && !is_nil(a[0])) {
    return raise_badarg(p);
  } else {
    status = 1;  // halt("message"): a crash dump slogan in erl
  }
  p->vm()->request_halt(status);
  // The process stops here: nothing else runs after halt.
  raise_exit(p, atom::normal);
  p->exc_from_bif = false;
  p->exc_given_trace = NIL;
  return NON_VALUE;
}

Term bif_halt_0(Process* p, const Term*) {
  Term zero = make_small(0);
  return bif_halt(p, &zero);
}

Term bif_halt_2(Process* p, const Term* a) { return bif_halt(p, a); }

// ---- apply --------------------------------------------------------------------

Term bif_apply_3(Process* p, const Term* a) {
  Sint n = list_length(a[2]);
  if (!is_atom(a[0]) || !is_atom(a[1]) || n < 0) return raise_badarg(p);
  if (n > kMaxXRegs - 2) return raise_system_limit(p);
  p->xsave.resize(size_t(n));
  Term l = a[2];
  for (Sint i = 0; i < n; i++, l = cdr(l)) p->xsave[i] = car(l);
  p->trap_to = p->vm()->exports().get(a[0], a[1], unsigned(n));
  p->trap_arity = unsigned(n);
  return NON_VALUE;
}

Term bif_apply_2(Process* p, const Term* a) {
  Sint n = list_length(a[1]);
  if (n < 0) return raise_badarg(p);
  if (n > kMaxXRegs - 2) return raise_system_limit(p);
  p->xsave.resize(size_t(n));
  Term l = a[1];
  for (Sint i = 0; i < n; i++, l = cdr(l)) p->xsave[i] = car(l);
  p->trap_fun = a[0];
  p->trap_arity = unsigned(n);
  return NON_VALUE;
}

// ---- timers --------------------------------------------------------------------

// Parses the timer options of send_after/4 and start_timer/4.
bool timer_abs_option(Term opts, bool* abs) {
  *abs = false;
  static const Term abs_atom = atom_from("abs");
  for (Term l = opts; is_list(l); l = cdr(l)) {
    Term o = car(l);
    if (!is_tuple(o) || tuple_arity(o) != 2 || tuple_elems(o)[0] != abs_atom ||
        !is_boolean(tuple_elems(o)[1])) {
      return false;
    }
    *abs = tuple_elems(o)[1] == atom::true_;
  }
  return list_length(opts) >= 0;
}

Term start_timer(Process* p, Term time, Term dest, Term msg, Term opts,
                 bool wrap_timeout) {
  bool abs;
  int64_t t;
  if (!timer_abs_option(opts, &abs) || !is_integer(time) ||
      !integer_to_int64(time, &t) || (!is_pid(dest) && !is_atom(dest))) {
    return raise_badarg(p);
  }
  int64_t now = p->vm()->monotonic_ms();
  int64_t deadline = abs ? t : now + t;
  if ((!abs && t < 0) || t > (int64_t(1) << 42)) return raise_badarg(p);
  uint64_t id = p->vm()->next_unique();
  Term ref = make_ref(*p, id);
  Term payload = wrap_timeout ? make_tuple(*p, {atom::timeout, ref, msg}) : msg;
  p->vm()->scheduler().add_message_timer(id, deadline, dest, payload);
  return ref;
}

Term bif_send_after_3(Process* p, const Term* a) {
  return start_timer(p, a[0], a[1], a[2], NIL, false);
}
Term bif_send_after_4(Process* p, const Term* a) {
  return start_timer(p, a[0], a[1], a[2], a[3], false);
}
Term bif_start_timer_3(Process* p, const Term* a) {
  return start_timer(p, a[0], a[1], a[2], NIL, true);
}
Term bif_start_timer_4(Process* p, const Term* a) {
  return start_timer(p, a[0], a[1], a[2], a[3], true);
}

// cancel_timer/read_timer with options [{async, Bool}, {info, Bool}].
Term timer_op(Process* p, Term ref, Term opts, bool cancel) {
  if (!is_ref(ref) || list_length(opts) < 0) return raise_badarg(p);
  bool async = false, info = true;
  static const Term async_atom = atom_from("async");
  for (Term l = opts; is_list(l); l = cdr(l)) {
    Term o = car(l);
    if (!is_tuple(o) || tuple_arity(o) != 2 || !is_boolean(tuple_elems(o)[1])) {
      return raise_badarg(p);
    }
    bool v = tuple_elems(o)[1] == atom::true_;
    if (tuple_elems(o)[0] == async_atom) async = v;
    else if (tuple_elems(o)[0] == atom::info) info = v;
    else return raise_badarg(p);
  }
  int64_t left = p->vm()->scheduler().cancel_message_timer(ref_id(ref), cancel);
  Term result = left < 0 ? atom::false_ : make_small(left);
  if (async) {
    if (info) {
      static const Term cancel_timer = atom_from("cancel_timer");
      static const Term read_timer = atom_from("read_timer");
      p->vm()->send(p->pid(), make_tuple(*p, {cancel ? cancel_timer : read_timer,
                                              ref, result}));
    }
    return atom::ok;
  }
  return info ? result : atom::ok;
}

Term bif_cancel_timer_1(Process* p, const Term* a) { return timer_op(p, a[0], NIL, true); }
Term bif_cancel_timer_2(Process* p, const Term* a) { return timer_op(p, a[0], a[1], true); }
Term bif_read_timer_1(Process* p, const Term* a) { return timer_op(p, a[0], NIL, false); }
Term bif_read_timer_2(Process* p, const Term* a) { return timer_op(p, a[0], a[1], false); }

Term bif_self(Process* p, const Term*) { return p->pid(); }

// net_kernel:dflag_unicode_io/1: whether the node of Pid talks Unicode I/O
// (always, for local processes).
Term bif_dflag_unicode_io(Process* p, const Term* a) {
  if (!is_pid(a[0])) return raise_badarg(p);
  return atom::true_;
}

Term bif_hibernate(Process* p, const Term* a) {
  if (!is_atom(a[0]) || !is_atom(a[1]) || list_length(a[2]) < 0) {
    return raise_badarg(p);
  }
  p->xsave.assign(a, a + 3);
  p->trap_to = p->vm()->exports().get(atom::erlang, atom::apply, 3);
  p->trap_arity = 3;
  p->hibernate = true;
  return NON_VALUE;
}

Term bif_yield(Process* p, const Term*) {
  p->reductions = 0;  // the interpreter yields after this call
  return atom::true_;
}


}  // namespace

void register_erlang_process_bifs(BifRegistry& r) {
  r.add("erlang", "spawn", 1, bif_spawn_1);
  r.add("erlang", "spawn", 3, bif_spawn_3);
  r.add("erlang", "spawn_link", 1, bif_spawn_link_1);
  r.add("erlang", "spawn_link", 3, bif_spawn_link_3);
  r.add("erlang", "spawn_monitor", 1, bif_spawn_monitor_1);
  r.add("erlang", "spawn_monitor", 3, bif_spawn_monitor_3);
  r.add("erlang", "spawn_opt", 2, bif_spawn_opt_2);
  r.add("erlang", "spawn_opt", 4, bif_spawn_opt_4);
  r.add("erlang", "link", 1, bif_link);
  r.add("erlang", "unlink", 1, bif_unlink);
  r.add("erlang", "monitor", 2, bif_monitor_2);
  r.add("erlang", "monitor", 3, bif_monitor_3);
  r.add("erlang", "alias", 0, bif_alias_0);
  r.add("erlang", "alias", 1, bif_alias_1);
  r.add("erlang", "unalias", 1, bif_unalias);
  r.add("erlang", "demonitor", 1, bif_demonitor_1);
  r.add("erlang", "demonitor", 2, bif_demonitor_2);
  r.add("erlang", "exit", 1, bif_exit_1);
  r.add("erlang", "exit", 2, bif_exit_2);
  r.add("erlang", "throw", 1, bif_throw);
  r.add("erlang", "error", 1, bif_error_1);
  r.add("erlang", "error", 2, bif_error_2);
  r.add("erlang", "error", 3, bif_error_3);
  r.add("erlang", "nif_error", 1, bif_nif_error);
  r.add("erlang", "nif_error", 2, bif_nif_error);
  r.add("erlang", "raise", 3, bif_raise_3);
  r.add("erlang", "raise", 2, bif_raise_2);
  r.add("erlang", "register", 2, bif_register);
  r.add("erlang", "unregister", 1, bif_unregister);
  r.add("erlang", "whereis", 1, bif_whereis);
  r.add("erlang", "registered", 0, bif_registered);
  r.add("erlang", "processes", 0, bif_processes);
  r.add("erlang", "!", 2, bif_send_2);
  r.add("erlang", "send", 2, bif_send_2);
  r.add("erlang", "send", 3, bif_send_3);
  r.add("erlang", "halt", 0, bif_halt_0);
  r.add("erlang", "halt", 1, bif_halt);
  r.add("erlang", "halt", 2, bif_halt_2);
  r.add("erlang", "apply", 2, bif_apply_2);
  r.add("erlang", "apply", 3, bif_apply_3);
  r.add("erlang", "self", 0, bif_self, kBifGuard);
  r.add("erlang", "send_after", 3, bif_send_after_3);
  r.add("erlang", "send_after", 4, bif_send_after_4);
  r.add("erlang", "start_timer", 3, bif_start_timer_3);
  r.add("erlang", "start_timer", 4, bif_start_timer_4);
  r.add("erlang", "cancel_timer", 1, bif_cancel_timer_1);
  r.add("erlang", "cancel_timer", 2, bif_cancel_timer_2);
  r.add("erlang", "read_timer", 1, bif_read_timer_1);
  r.add("erlang", "read_timer", 2, bif_read_timer_2);
  r.add("net_kernel", "dflag_unicode_io", 1, bif_dflag_unicode_io);
  r.add("erlang", "yield", 0, bif_yield);
  r.add("erlang", "hibernate", 3, bif_hibernate);
}

}  // namespace beamline
