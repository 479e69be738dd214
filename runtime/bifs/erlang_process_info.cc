// erlang module: looking at and changing process properties — process_info,
// process_flag, group_leader, is_process_alive. Another process's state is
// read while holding its run lock (VM::inspect); if it is running on another
// scheduler at that moment, the caller yields and retries.
#include <algorithm>

#include "runtime/bifs/bif.h"
#include "runtime/bifs/erlang_gc.h"
#include "runtime/term/atom_table.h"
#include "runtime/vm/exception.h"
#include "runtime/vm/module.h"
#include "runtime/vm/vm.h"

namespace beamline {
namespace {

Term retry_later(Process* p, const char* name, const Term* a, unsigned arity) {
  return retry_bif_later(p, atom_from(name), a, arity);
}

// ---- process_flag -----------------------------------------------------------------

Term bif_process_flag(Process* p, const Term* a) {
  Term gc_result;
  if (gc_process_flag(p, a[0], a[1], &gc_result)) return gc_result;
  if (a[0] == atom::trap_exit) {
    if (!is_boolean(a[1])) return raise_badarg(p);
    Term old = make_bool(p->trap_exit);
    p->trap_exit = a[1] == atom::true_;
    return old;
  }
  if (a[0] == atom::priority) {
    int level = priority_level_of(a[1]);
    if (level < 0) return raise_badarg(p);
    Term old = priority_atom(p->priority_level.load());
    p->priority_level.store(uint8_t(level));
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
  static const Term sensitive = atom_from("sensitive");
  if (a[0] == sensitive) {
    if (!is_boolean(a[1])) return raise_badarg(p);
    Term old = make_bool(p->sensitive);
    p->sensitive = a[1] == atom::true_;
    return old;
  }
  return raise_badarg(p);
}

// ---- group leader, liveness ---------------------------------------------------------

Term bif_group_leader_0(Process* p, const Term*) { return p->group_leader; }

Term bif_group_leader_2(Process* p, const Term* a) {
  if (!is_pid(a[0]) || !is_pid(a[1])) return raise_badarg(p);
  if (a[1] == p->pid()) {
    p->group_leader = a[0];
    return atom::true_;
  }
  switch (p->vm()->inspect(a[1], [&](Process* q) { q->group_leader = a[0]; })) {
    case VM::Inspect::Done: return atom::true_;
    case VM::Inspect::Busy: return retry_later(p, "group_leader", a, 2);
    case VM::Inspect::Dead: break;
  }
  return raise_badarg(p);
}

Term bif_is_process_alive(Process* p, const Term* a) {
  if (!is_pid(a[0])) return raise_badarg(p);
  if (a[0] == p->pid()) return atom::true_;
  // As on erl, signals we sent before (an exit, say) count: a process with
  // a pending exit is not alive.
  switch (p->vm()->inspect(a[0], [](Process*) {})) {
    case VM::Inspect::Done: return atom::true_;
    case VM::Inspect::Busy: return retry_later(p, "is_process_alive", a, 1);
    case VM::Inspect::Dead: break;
  }
  return atom::false_;
}

// ---- process_info ---------------------------------------------------------------

// The value of one item for process `q` (which may be `p` itself), built on
// p's heap; NON_VALUE if `item` is not a process_info item.
Term process_info_item(Process* p, Process* q, Term item) {
  Term gc_item = gc_process_info_item(p, q, item);
  if (gc_item != NON_VALUE) return gc_item;
  std::string_view key = is_atom(item) ? atom_name(item) : "";
  Term value;
  if (key == "registered_name") {
    value = p->vm()->registered_name_of(q->pid());  // [] when not registered
  } else if (key == "status") {
    static const Term running = atom_from("running");
    static const Term runnable = atom_from("runnable");
    static const Term waiting = atom_from("waiting");
    value = q == p ? running
            : q->status.load() == ProcStatus::Waiting ? waiting : runnable;
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
    value = priority_atom(q->priority_level.load());
  } else if (key == "stack_size") {
    value = make_small(Sint(q->heap_end - q->stop));
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

// Runs `body(q)` on the process `pid` (p itself or another): the BIF result,
// `undefined` if it is not alive, or a retry if it is running elsewhere.
template <class Body>
Term with_target(Process* p, Term pid, const char* bif, const Term* a,
                 unsigned arity, Body body) {
  if (pid == p->pid()) return body(p);
  Term result = NON_VALUE;
  switch (p->vm()->inspect(pid, [&](Process* q) { result = body(q); })) {
    case VM::Inspect::Done: return result;
    case VM::Inspect::Busy: return retry_later(p, bif, a, arity);
    case VM::Inspect::Dead: return atom::undefined;
  }
  return atom::undefined;
}

Term bif_process_info_1(Process* p, const Term* a) {
  static const char* kItems[] = {
      "current_function", "initial_call", "status", "message_queue_len",
      "links", "dictionary", "trap_exit", "error_handler", "priority",
      "group_leader", "total_heap_size", "heap_size", "stack_size",
      "reductions", "garbage_collection", "suspending"};
  if (!is_pid(a[0])) return raise_badarg(p);
  return with_target(p, a[0], "process_info", a, 1, [&](Process* q) {
    std::vector<Term> items;
    for (const char* k : kItems) {
      Term key = atom_from(k);
      Term r = process_info_item(p, q, key);
      if (r == NON_VALUE) {
        // Items without a native source yet: erl's defaults for a plain process.
        std::string_view name = k;
        Term v = name == "error_handler" ? atom::error_handler
                 : name == "initial_call"
                     ? make_tuple(*p, {atom::erlang, atom::apply, make_small(2)})
                     : NIL;
        r = make_tuple(*p, {key, v});
      }
      if (r != NIL) items.push_back(r);
    }
    return make_list_from(*p, items.data(), items.size());
  });
}

Term bif_process_info_2(Process* p, const Term* a) {
  if (!is_pid(a[0])) return raise_badarg(p);
  static const Term registered_name = atom_from("registered_name");
  if (is_atom(a[1])) {
    return with_target(p, a[0], "process_info", a, 2, [&](Process* q) {
      Term r = process_info_item(p, q, a[1]);
      if (r == NON_VALUE) return raise_badarg(p);
      // Asked alone, an unregistered name is [] rather than a tuple.
      if (a[1] == registered_name && tuple_elems(r)[1] == NIL) return NIL;
      return r;
    });
  }
  if (list_length(a[1]) < 0) return raise_badarg(p);
  return with_target(p, a[0], "process_info", a, 2, [&](Process* q) {
    std::vector<Term> items;
    for (Term l = a[1]; is_list(l); l = cdr(l)) {
      Term r = process_info_item(p, q, car(l));
      if (r == NON_VALUE) return raise_badarg(p);
      if (r != NIL) items.push_back(r);
    }
    return make_list_from(*p, items.data(), items.size());
  });
}

}  // namespace

void register_erlang_process_info_bifs(BifRegistry& r) {
  r.add("erlang", "process_flag", 2, bif_process_flag);
  r.add("erlang", "group_leader", 0, bif_group_leader_0);
  r.add("erlang", "group_leader", 2, bif_group_leader_2);
  r.add("erlang", "is_process_alive", 1, bif_is_process_alive);
  r.add("erlang", "process_info", 1, bif_process_info_1);
  r.add("erlang", "process_info", 2, bif_process_info_2);
}

}  // namespace beamline
