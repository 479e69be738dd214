// Signals between processes: messages, exit signals, link and monitor
// requests. A signal is queued in the receiver's inbox like a message (so the
// order between a pair of processes is kept) and takes effect when the
// receiver handles it: only the owner of a process changes its links,
// monitors and message queue, so no other thread ever touches them.
#include <algorithm>

#include "runtime/bifs/bif.h"
#include "runtime/ports/ports.h"
#include "runtime/term/atom_table.h"
#include "runtime/vm/scheduler.h"
#include "runtime/vm/vm.h"

namespace beamline {
namespace {

// What handling a signal did with it.
enum class Outcome { Queue, Drop, Fatal };

std::unique_ptr<Message> make_signal(SignalKind kind, Term from) {
  return Message::create(kind, from, 0);
}

// A signal carrying a copy of `t`, with `extra` words to spare.
std::unique_ptr<Message> make_signal_with(SignalKind kind, Term from, Term t,
                                          size_t extra = 0) {
  bool immed = is_immed(t);
  auto m = Message::create(kind, from, (immed ? 0 : term_size(t)) + extra);
  m->term = immed ? t : copy_term(t, m->heap);
  return m;
}

// Heap words of a 'DOWN' message with `tag` and `reason` (see make_down).
size_t down_words(Term tag, Term reason) {
  size_t words = 6 + kRefWords + 3;  // the tuple, the ref, {Name, Node}
  if (tag != NON_VALUE) words += term_size(tag);
  if (reason != NON_VALUE) words += term_size(reason);
  return words;
}

Outcome handle_exit(Process* p, Message* m) {
  if (m->linked) {
    // A link exit counts only while the link exists (unlink/1 guarantees
    // that no later exit from the old link takes effect).
    auto& l = p->links;
    auto it = std::find(l.begin(), l.end(), m->from);
    if (it == l.end()) return Outcome::Drop;
    l.erase(it);
  }
  Term reason = m->term;
  if (reason == atom::kill && !m->linked) return Outcome::Fatal;  // untrappable
  if (p->trap_exit) {
    m->term = make_tuple(m->heap, {atom::EXIT, m->from, reason});
    m->kind = SignalKind::Message;
    return Outcome::Queue;
  }
  return reason == atom::normal ? Outcome::Drop : Outcome::Fatal;
}

template <class Pred>
void erase_monitors(Process* p, Pred pred) {
  auto& ms = p->monitors;
  ms.erase(std::remove_if(ms.begin(), ms.end(), pred), ms.end());
}

Outcome handle_signal(Process* p, Message* m) {
  switch (m->kind) {
    case SignalKind::Message:
      return Outcome::Queue;
    case SignalKind::Exit:
      return handle_exit(p, m);
    case SignalKind::Link:
      if (std::find(p->links.begin(), p->links.end(), m->from) == p->links.end()) {
        p->links.push_back(m->from);
      }
      return Outcome::Drop;
    case SignalKind::Unlink: {
      auto& l = p->links;
      l.erase(std::remove(l.begin(), l.end(), m->from), l.end());
      return Outcome::Drop;
    }
    case SignalKind::Monitor: {
      Process::MonitorEntry e{m->ref_id, m->from, false, m->name};
      if (m->term != NON_VALUE) e.tag = copy_term(m->term, p->monitor_tags);
      p->monitors.push_back(e);
      return Outcome::Drop;
    }
    case SignalKind::Demonitor:
      erase_monitors(p, [&](const Process::MonitorEntry& e) {
        return e.ref_id == m->ref_id && !e.is_origin;
      });
      return Outcome::Drop;
    case SignalKind::Down: {
      // Delivered only if we still monitor (demonitor may have come first).
      if (p->take_own_monitor(m->ref_id) == NON_VALUE) return Outcome::Drop;
      // A triggered monitor also ends an alias made with it.
      p->vm()->remove_monitor_alias(m->ref_id, p->pid());
      m->kind = SignalKind::Message;
      return Outcome::Queue;
    }
    case SignalKind::AliasReplied: {
      // The reply through a reply_demonitor alias ends the monitor.
      Term target = p->take_own_monitor(m->ref_id);
      if (target != NON_VALUE) p->vm()->demonitor_signal(p->pid(), target, m->ref_id);
      return Outcome::Drop;
    }
  }
  return Outcome::Drop;
}

void free_chain(Message* m) {
  while (m) {
    Message* next = m->next;
    delete m;
    m = next;
  }
}

}  // namespace

// A message's term moves onto our heap when there is room: its block is then
// freed as soon as the message is received (and reused while still in the
// cache), instead of staying allocated until the next GC. The GC treats the
// moved messages' terms as roots. Only while every queued message is on the
// heap: the moved ones stay a prefix of the queue, so a GC never walks a
// long queue of messages that stayed in their blocks.
void Process::move_to_heap(Message* m) {
  if (msgs_on_heap != msg_count) return;
  size_t words = m->heap.used_words();
  if (words > 0) {
    if (size_t(stop - htop) < words) return;
    m->term = copy_term(m->term, *this);
    m->heap.clear();
  }
  m->on_heap = true;
  msgs_on_heap++;
}

bool Process::fetch_inbox() {
  if (exit_pending) return false;
  Message* chain;
  Message** chain_last;
  {
    absl::MutexLock lock(&inbox_mu);
    if (!inbox_first) return false;
    chain = inbox_first;
    chain_last = inbox_last;
    inbox_first = nullptr;
    inbox_last = &inbox_first;
  }
  bool added = false;
  while (chain) {
    Message* m = chain;
    Outcome o = handle_signal(this, m);
    if (o == Outcome::Fatal) {
      exit_pending = true;
      break;
    }
    chain = m->next;
    m->next = nullptr;
    if (o == Outcome::Queue) {
      move_to_heap(m);
      *msg_last = m;
      msg_last = &m->next;
      msg_count++;
      added = true;
    } else {
      delete m;
    }
  }
  if (chain) {
    // Put the fatal signal and what follows back in front of anything that
    // arrived meanwhile: the scheduler ends the process with it.
    absl::MutexLock lock(&inbox_mu);
    *chain_last = inbox_first;
    if (!inbox_first) inbox_last = chain_last;
    inbox_first = chain;
  }
  return added;
}

Term Process::take_exit_reason() {
  Message* m;
  {
    absl::MutexLock lock(&inbox_mu);
    m = inbox_first;
    inbox_first = m->next;
    if (!inbox_first) inbox_last = &inbox_first;
  }
  Term reason = m->term == atom::kill && !m->linked ? atom::killed
                                                    : copy_term(m->term, *this);
  delete m;
  exit_pending = false;
  return reason;
}

// ---- sending ----------------------------------------------------------------------

bool VM::post(Term to_pid, std::unique_ptr<Message> m) {
  Process* woken = nullptr;
  bool alive = procs_.with(to_pid, [&](Process* to) {
    absl::MutexLock lock(&to->inbox_mu);
    Message* raw = m.release();
    *to->inbox_last = raw;
    to->inbox_last = &raw->next;
    if (to->status.load(std::memory_order_relaxed) == ProcStatus::Waiting) {
      to->status.store(ProcStatus::Runnable, std::memory_order_relaxed);
      woken = to;
    }
  });
  // Only we made it runnable, so nothing frees or runs it before the push.
  if (woken) scheduler_->enqueue(woken);
  return alive;
}

bool VM::send(Term to_pid, Term msg) {
  if (!is_pid(to_pid)) return false;
  return post(to_pid, make_signal_with(SignalKind::Message, NIL, msg));
}

bool VM::exit_signal(Term from, Term to, Term reason, bool linked) {
  if (is_port(to)) return port_exit_signal(this, from, to, reason, linked);
  // Room for the {'EXIT', From, Reason} a trapping receiver makes of it.
  auto m = make_signal_with(SignalKind::Exit, from, reason, 4);
  m->linked = linked;
  return post(to, std::move(m));
}

bool VM::link_signal(Term from, Term to) {
  return post(to, make_signal(SignalKind::Link, from));
}

bool VM::unlink_signal(Term from, Term to) {
  return post(to, make_signal(SignalKind::Unlink, from));
}

bool VM::monitor_signal(Term from, Term to, uint64_t ref_id, Term name, Term tag) {
  auto m = tag != NON_VALUE ? make_signal_with(SignalKind::Monitor, from, tag)
                            : make_signal(SignalKind::Monitor, from);
  m->ref_id = ref_id;
  m->name = name;
  return post(to, std::move(m));
}

bool VM::demonitor_signal(Term from, Term to, uint64_t ref_id) {
  if (is_port(to)) return port_demonitor(to, from, ref_id);
  auto m = make_signal(SignalKind::Demonitor, from);
  m->ref_id = ref_id;
  return post(to, std::move(m));
}

bool VM::down_signal(Term from, Term to, uint64_t ref_id, Term msg) {
  auto m = make_signal_with(SignalKind::Down, from, msg);
  m->ref_id = ref_id;
  return post(to, std::move(m));
}

void VM::send_to_alias(uint64_t ref_id, Term msg) {
  Term pid;
  bool reply_once;
  {
    absl::MutexLock lock(&aliases_mu_);
    auto it = aliases_.find(ref_id);
    if (it == aliases_.end()) return;
    pid = it->second.pid;
    reply_once = it->second.mode == AliasMode::ReplyDemonitor;
    if (reply_once) aliases_.erase(it);
  }
  if (reply_once) {
    auto m = make_signal(SignalKind::AliasReplied, NIL);
    m->ref_id = ref_id;
    post(pid, std::move(m));
  }
  send(pid, msg);
}

Process* VM::receive_timeout(Term pid, int64_t deadline) {
  Process* woken = nullptr;
  procs_.with(pid, [&](Process* p) {
    absl::MutexLock lock(&p->inbox_mu);
    // Stale unless it still waits in the receive that set this deadline.
    if (p->status.load(std::memory_order_relaxed) != ProcStatus::Waiting ||
        p->timeout_at != deadline) {
      return;
    }
    p->timed_out = true;
    p->timeout_at = Process::kNoTimeout;
    p->ip = p->timeout_resume;
    p->status.store(ProcStatus::Runnable, std::memory_order_relaxed);
    woken = p;
  });
  return woken;
}

// ---- the end of a process ---------------------------------------------------------

void VM::answer_pending_signals(Process* p, Term reason) {
  Message* chain;
  {
    absl::MutexLock lock(&p->inbox_mu);
    chain = p->inbox_first;
    p->inbox_first = nullptr;
    p->inbox_last = &p->inbox_first;
  }
  // Requests that reached a process which is gone: as if it did not exist.
  for (Message* m = chain; m; m = m->next) {
    if (m->kind == SignalKind::Link) {
      exit_signal(p->pid(), m->from, atom::noproc, true);
    } else if (m->kind == SignalKind::Monitor) {
      auto down = Message::create(SignalKind::Down, p->pid(),
                                  down_words(m->term, NON_VALUE));
      down->ref_id = m->ref_id;
      Heap& h = down->heap;
      static const Term nonode = atom_from("nonode@nohost");
      Term who = m->name != NON_VALUE ? make_tuple(h, {m->name, nonode}) : p->pid();
      Term tag = m->term != NON_VALUE ? copy_term(m->term, h) : atom::DOWN;
      down->term = make_tuple(h, {tag, make_ref(h, m->ref_id), atom::process,
                                  who, atom::noproc});
      post(m->from, std::move(down));
    }
  }
  free_chain(chain);
}

void VM::notify_links_and_monitors(Process* p, Term reason) {
  Term pid = p->pid();
  // Links: reason kill propagates as killed.
  Term link_reason = reason == atom::kill ? atom::killed : reason;
  for (Term other : p->links) exit_signal(pid, other, link_reason, true);
  p->links.clear();
  static const Term nonode = atom_from("nonode@nohost");
  for (const Process::MonitorEntry& m : p->monitors) {
    if (m.is_origin) {
      if (m.other != pid) demonitor_signal(pid, m.other, m.ref_id);
      continue;
    }
    // `other` monitors us: {'DOWN', Ref, process, Pid or {Name, Node}, Reason}
    auto down = Message::create(SignalKind::Down, pid, down_words(m.tag, reason));
    down->ref_id = m.ref_id;
    Heap& h = down->heap;
    Term who = m.name != NON_VALUE ? make_tuple(h, {m.name, nonode}) : pid;
    Term tag = m.tag != NON_VALUE ? copy_term(m.tag, h) : atom::DOWN;
    down->term = make_tuple(h, {tag, make_ref(h, m.ref_id), atom::process, who,
                                copy_term(reason, h)});
    post(m.other, std::move(down));
  }
  p->monitors.clear();
}

}  // namespace beamline
