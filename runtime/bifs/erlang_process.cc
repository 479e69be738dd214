// erlang module: processes, links, monitors, registered names, messages,
// exceptions raised on purpose, apply and halt.
#include <algorithm>

#include "runtime/bifs/bif.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/compare.h"
#include "runtime/term/number.h"
#include "runtime/vm/exception.h"
#include "runtime/vm/scheduler.h"
#include "runtime/vm/vm.h"

namespace beamline {
namespace {

Term make_ref(Process* p, uint64_t id) {
  Term* hp = p->alloc(kRefWords);
  hp[0] = make_header(Sub::Ref, kRefWords - 1);
  hp[1] = id;
  return make_boxed(hp);
}

// ---- spawning -------------------------------------------------------------------

bool valid_mfa_args(Term m, Term f, Term args) {
  return is_atom(m) && is_atom(f) && list_length(args) >= 0;
}

void add_link(Process* a, Process* b) {
  if (std::find(a->links.begin(), a->links.end(), b->pid()) == a->links.end()) {
    a->links.push_back(b->pid());
  }
  if (std::find(b->links.begin(), b->links.end(), a->pid()) == b->links.end()) {
    b->links.push_back(a->pid());
  }
}

Term add_monitor(Process* p, Process* target, Term name, Term tag = NON_VALUE,
                 uint64_t id = 0) {
  if (id == 0) id = p->vm()->next_unique();
  Process::MonitorEntry mine{id, target->pid(), true, name};
  Process::MonitorEntry theirs{id, p->pid(), false, name};
  if (tag != NON_VALUE) theirs.tag = copy_term(tag, target->monitor_tags);
  p->monitors.push_back(mine);
  target->monitors.push_back(theirs);
  return make_ref(p, id);
}

Term spawn_mfa(Process* p, const Term* a, bool link, bool monitor) {
  if (!valid_mfa_args(a[0], a[1], a[2])) return raise_badarg(p);
  Process* child = p->vm()->spawn(p, a[0], a[1], a[2]);
  if (link) add_link(p, child);
  if (monitor) {
    Term ref = add_monitor(p, child, NON_VALUE);
    return make_tuple(*p, {child->pid(), ref});
  }
  return child->pid();
}

Term spawn_fun(Process* p, Term fun, bool link, bool monitor) {
  if (!is_fun(fun)) return raise_badarg(p);
  Process* child = p->vm()->spawn_fun(p, fun);
  if (link) add_link(p, child);
  if (monitor) {
    Term ref = add_monitor(p, child, NON_VALUE);
    return make_tuple(*p, {child->pid(), ref});
  }
  return child->pid();
}

Term bif_spawn_1(Process* p, const Term* a) { return spawn_fun(p, a[0], false, false); }
Term bif_spawn_3(Process* p, const Term* a) { return spawn_mfa(p, a, false, false); }
Term bif_spawn_link_1(Process* p, const Term* a) { return spawn_fun(p, a[0], true, false); }
Term bif_spawn_link_3(Process* p, const Term* a) { return spawn_mfa(p, a, true, false); }
Term bif_spawn_monitor_1(Process* p, const Term* a) { return spawn_fun(p, a[0], false, true); }
Term bif_spawn_monitor_3(Process* p, const Term* a) { return spawn_mfa(p, a, false, true); }

// spawn_opt options: link, monitor, {priority, P}, {min_heap_size, N}, ...
Term spawn_with_opts(Process* p, Term fun_or_null, const Term* mfa, Term opts) {
  bool link = false, monitor = false;
  for (Term o = opts; is_list(o); o = cdr(o)) {
    Term opt = car(o);
    if (opt == atom::link) link = true;
    else if (opt == atom::monitor) monitor = true;
    else if (is_tuple(opt) && tuple_arity(opt) == 2) continue;
    else return raise_badarg(p);
  }
  if (list_length(opts) < 0) return raise_badarg(p);
  return fun_or_null != NON_VALUE ? spawn_fun(p, fun_or_null, link, monitor)
                                  : spawn_mfa(p, mfa, link, monitor);
}
Term bif_spawn_opt_2(Process* p, const Term* a) {
  return spawn_with_opts(p, a[0], nullptr, a[1]);
}
Term bif_spawn_opt_4(Process* p, const Term* a) {
  return spawn_with_opts(p, NON_VALUE, a, a[3]);
}

// ---- links, monitors, exits ------------------------------------------------------

Term bif_link(Process* p, const Term* a) {
  if (!is_pid(a[0])) return raise_badarg(p);
  if (a[0] == p->pid()) return atom::true_;
  Process* other = p->vm()->lookup(a[0]);
  if (!other) {
    if (p->trap_exit) {
      FragmentHeap h;
      p->vm()->send(p->pid(), make_tuple(h, {atom::EXIT, a[0], atom::noproc}));
      return atom::true_;
    }
    return raise_error(p, atom::noproc);
  }
  add_link(p, other);
  return atom::true_;
}

Term bif_unlink(Process* p, const Term* a) {
  if (!is_pid(a[0])) return raise_badarg(p);
  auto& l = p->links;
  l.erase(std::remove(l.begin(), l.end(), a[0]), l.end());
  if (Process* other = p->vm()->lookup(a[0])) {
    auto& ol = other->links;
    ol.erase(std::remove(ol.begin(), ol.end(), p->pid()), ol.end());
  }
  return atom::true_;
}

Term monitor_process(Process* p, const Term* a, Term tag);

// monitor(process, Target, Options): Options [{alias, Mode}, {tag, Tag}].
Term monitor_with_options(Process* p, Term type, Term target_arg, Term opts) {
  if (type != atom::process || list_length(opts) < 0) return raise_badarg(p);
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
  return make_ref(p, id);
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
  return make_ref(p, id);
}

Term bif_unalias(Process* p, const Term* a) {
  if (!is_ref(a[0])) return raise_badarg(p);
  return make_bool(p->vm()->remove_alias(ref_id(a[0]), p->pid()));
}

Term monitor_process(Process* p, const Term* a, Term tag) {
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
  Process* other = is_pid(target) ? p->vm()->lookup(target) : nullptr;
  if (!other) {
    // Immediate 'DOWN' with reason noproc.
    uint64_t id = p->vm()->next_unique();
    Term ref = make_ref(p, id);
    static const Term nonode = atom_from("nonode@nohost");
    Term who = name != NON_VALUE ? make_tuple(*p, {name, nonode}) : a[1];
    Term down = tag != NON_VALUE ? tag : atom::DOWN;
    p->vm()->send(p->pid(), make_tuple(*p, {down, ref, atom::process, who,
                                            atom::noproc}));
    return ref;
  }
  return add_monitor(p, other, name, tag);
}

// Removes the monitor with `ref` from `p`; false if not found.
bool remove_monitor(Process* p, Term ref) {
  uint64_t id = ref_id(ref);
  p->vm()->remove_monitor_alias(id, p->pid());
  auto& ms = p->monitors;
  auto it = std::find_if(ms.begin(), ms.end(), [&](const Process::MonitorEntry& e) {
    return e.ref_id == id && e.is_origin;
  });
  if (it == ms.end()) return false;
  Term other_pid = it->other;
  auto same_ref = [&](const Process::MonitorEntry& e) { return e.ref_id == id; };
  // Both sides may be this process (a process can monitor itself).
  ms.erase(std::remove_if(ms.begin(), ms.end(), same_ref), ms.end());
  if (Process* other = p->vm()->lookup(other_pid); other && other != p) {
    auto& os = other->monitors;
    os.erase(std::remove_if(os.begin(), os.end(), same_ref), os.end());
  }
  return true;
}

// Drops a queued {'DOWN', Ref, ...} message (demonitor with flush).
bool flush_down_message(Process* p, Term ref) {
  p->fetch_inbox();
  for (Message** m = &p->msg_first; *m; m = &(*m)->next) {
    Term t = (*m)->term;
    if (is_tuple(t) && tuple_arity(t) == 5 && tuple_elems(t)[0] == atom::DOWN &&
        is_ref(tuple_elems(t)[1]) && ref_id(tuple_elems(t)[1]) == ref_id(ref)) {
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
  if (is_port(a[0])) return atom::true_;
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

Term bif_is_process_alive(Process* p, const Term* a) {
  if (!is_pid(a[0])) return raise_badarg(p);
  return make_bool(p->vm()->lookup(a[0]) != nullptr);
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

// ---- process flags and info -------------------------------------------------

Term bif_process_flag(Process* p, const Term* a) {
  if (a[0] == atom::trap_exit) {
    if (!is_boolean(a[1])) return raise_badarg(p);
    Term old = make_bool(p->trap_exit);
    p->trap_exit = a[1] == atom::true_;
    return old;
  }
  if (a[0] == atom::priority) {
    static const Term normal = atom::normal;
    if (a[1] != atom::low && a[1] != normal && a[1] != atom::high &&
        a[1] != atom::max) {
      return raise_badarg(p);
    }
    Term old = p->priority == NON_VALUE ? normal : p->priority;
    p->priority = a[1];
    return old;
  }
  static const Term message_queue_data = atom_from("message_queue_data");
  static const Term on_heap = atom_from("on_heap");
  static const Term off_heap = atom_from("off_heap");
  if (a[0] == message_queue_data) {
    // Where queued messages live. beamline keeps every queued message in
    // its own fragment until it is received (BEAM's off_heap layout), for
    // both settings; the flag is remembered for process_info.
    if (a[1] != on_heap && a[1] != off_heap) return raise_badarg(p);
    Term old = p->message_queue_data == NON_VALUE ? on_heap : p->message_queue_data;
    p->message_queue_data = a[1];
    return old;
  }
  if (a[0] == atom::min_heap_size) {
    if (!is_small(a[1]) || small_value(a[1]) < 0) return raise_badarg(p);
    Term old = make_small(Sint(p->min_heap_size));
    p->min_heap_size = std::max<size_t>(233, size_t(small_value(a[1])));
    return old;
  }
  static const Term sensitive = atom_from("sensitive");
  if (a[0] == sensitive) {
    if (!is_boolean(a[1])) return raise_badarg(p);
    Term old = make_bool(p->sensitive);
    p->sensitive = a[1] == atom::true_;
    return old;
  }
  return raise_badarg(p);
}

Term bif_group_leader_0(Process* p, const Term*) { return p->group_leader; }

Term bif_group_leader_2(Process* p, const Term* a) {
  if (!is_pid(a[0]) || !is_pid(a[1])) return raise_badarg(p);
  Process* target = p->vm()->lookup(a[1]);
  if (!target) return raise_badarg(p);
  target->group_leader = a[0];
  return atom::true_;
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

// ---- process_info --------------------------------------------------------------

Term process_info_item(Process* p, Process* q, Term item) {
  std::string_view key = is_atom(item) ? atom_name(item) : "";
  Term value;
  if (key == "registered_name") {
    value = q->registered_name;  // [] when not registered
  } else if (key == "status") {
    static const Term running = atom_from("running");
    static const Term runnable = atom_from("runnable");
    static const Term waiting = atom_from("waiting");
    value = q == p ? running
            : q->status == ProcStatus::Waiting ? waiting : runnable;
  } else if (key == "message_queue_len") {
    q->fetch_inbox();
    value = make_small(Sint(q->msg_count));
  } else if (key == "messages") {
    q->fetch_inbox();
    std::vector<Term> msgs;
    for (Message* m = q->msg_first; m; m = m->next) msgs.push_back(m->term);
    value = copy_term(make_list_from(*p, msgs.data(), msgs.size()), *p);
  } else if (key == "links") {
    value = make_list_from(*p, q->links.data(), q->links.size());
  } else if (key == "monitors") {
    std::vector<Term> items;
    for (const auto& m : q->monitors) {
      if (m.is_origin) items.push_back(make_tuple(*p, {atom::process, m.other}));
    }
    value = make_list_from(*p, items.data(), items.size());
  } else if (key == "monitored_by") {
    std::vector<Term> items;
    for (const auto& m : q->monitors) {
      if (!m.is_origin) items.push_back(m.other);
    }
    value = make_list_from(*p, items.data(), items.size());
  } else if (key == "dictionary") {
    value = q == p ? q->dictionary : copy_term(q->dictionary, *p);
  } else if (key == "trap_exit") {
    value = make_bool(q->trap_exit);
  } else if (key == "group_leader") {
    value = q->group_leader;
  } else if (key == "priority") {
    value = q->priority == NON_VALUE ? atom::normal : q->priority;
  } else if (key == "heap_size" || key == "total_heap_size") {
    size_t words = size_t(q->heap_end - q->heap_start) + q->fragments.used_words();
    value = make_small(Sint(words));
  } else if (key == "stack_size") {
    value = make_small(Sint(q->heap_end - q->stop));
  } else if (key == "memory") {
    size_t bytes = sizeof(Process) + size_t(q->heap_end - q->heap_start) * 8 +
                   q->fragments.used_words() * 8;
    value = make_small(Sint(bytes));
  } else if (key == "reductions") {
    value = make_small(Sint(q->total_reductions));
  } else if (key == "current_stacktrace") {
    // Built on the target's heap (it is not running), then copied here.
    Term saved_args = q->exc_args;
    q->exc_args = NON_VALUE;
    Term trace = build_stack_trace(q, q == p ? nullptr : q->ip,
                                   q == p ? nullptr : q->cp, nullptr, NIL);
    q->exc_args = saved_args;
    value = q == p ? trace : copy_term(trace, *p);
  } else if (key == "current_function") {
    // Where the process is (for the caller itself: inside process_info/2).
    const Module* m = q == p ? nullptr : p->vm()->module_at(q->ip);
    const FunctionInfo* f = m ? m->function_at(q->ip) : nullptr;
    if (q == p) {
      value = make_tuple(*p, {atom::erlang, atom_from("process_info"), make_small(2)});
    } else if (!f) {
      value = atom::undefined;
    } else {
      value = make_tuple(*p, {m->name, f->name, make_small(f->arity)});
    }
  } else {
    return NON_VALUE;
  }
  return make_tuple(*p, {item, value});
}

Term bif_process_info_1(Process* p, const Term* a) {
  static const char* kItems[] = {
      "current_function", "initial_call", "status", "message_queue_len",
      "links", "dictionary", "trap_exit", "error_handler", "priority",
      "group_leader", "total_heap_size", "heap_size", "stack_size",
      "reductions", "garbage_collection", "suspending"};
  if (!is_pid(a[0])) return raise_badarg(p);
  Process* q = a[0] == p->pid() ? p : p->vm()->lookup(a[0]);
  if (!q) return atom::undefined;
  std::vector<Term> items;
  for (const char* k : kItems) {
    Term key = atom_from(k);
    Term r = process_info_item(p, q, key);
    if (r == NON_VALUE) {
      // Items without a native source yet: erl's defaults for a plain process.
      std::string_view name = k;
      Term v = name == "error_handler" ? atom::error_handler
               : name == "initial_call" ? make_tuple(*p, {atom::erlang, atom::apply, make_small(2)})
                                        : NIL;
      r = make_tuple(*p, {key, v});
    }
    if (r != NIL) items.push_back(r);
  }
  return make_list_from(*p, items.data(), items.size());
}

Term bif_process_info_2(Process* p, const Term* a) {
  if (!is_pid(a[0])) return raise_badarg(p);
  Process* q = a[0] == p->pid() ? p : p->vm()->lookup(a[0]);
  if (is_atom(a[1])) {
    if (!q) return atom::undefined;
    Term r = process_info_item(p, q, a[1]);
    if (r == NON_VALUE) return raise_badarg(p);
    // Asked alone, an unregistered name is [] rather than a tuple.
    if (a[1] == atom_from("registered_name") && tuple_elems(r)[1] == NIL) return NIL;
    return r;
  }
  if (list_length(a[1]) < 0) return raise_badarg(p);
  if (!q) return atom::undefined;
  std::vector<Term> items;
  for (Term l = a[1]; is_list(l); l = cdr(l)) {
    Term r = process_info_item(p, q, car(l));
    if (r == NON_VALUE) return raise_badarg(p);
    if (r != NIL) items.push_back(r);
  }
  return make_list_from(*p, items.data(), items.size());
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
  Term ref = make_ref(p, id);
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

Term bif_garbage_collect_0(Process* p, const Term*) {
  // The interpreter collects as soon as this BIF returns (x0 live).
  p->gc_requested = true;
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
  r.add("erlang", "is_process_alive", 1, bif_is_process_alive);
  r.add("erlang", "processes", 0, bif_processes);
  r.add("erlang", "!", 2, bif_send_2);
  r.add("erlang", "send", 2, bif_send_2);
  r.add("erlang", "send", 3, bif_send_3);
  r.add("erlang", "process_flag", 2, bif_process_flag);
  r.add("erlang", "group_leader", 0, bif_group_leader_0);
  r.add("erlang", "group_leader", 2, bif_group_leader_2);
  r.add("erlang", "halt", 0, bif_halt_0);
  r.add("erlang", "halt", 1, bif_halt);
  r.add("erlang", "halt", 2, bif_halt_2);
  r.add("erlang", "apply", 2, bif_apply_2);
  r.add("erlang", "apply", 3, bif_apply_3);
  r.add("erlang", "self", 0, bif_self, kBifGuard);
  r.add("erlang", "process_info", 1, bif_process_info_1);
  r.add("erlang", "process_info", 2, bif_process_info_2);
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
  r.add("erlang", "garbage_collect", 0, bif_garbage_collect_0);
}

}  // namespace beamline
