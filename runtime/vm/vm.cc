#include "runtime/vm/vm.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>

#include "absl/strings/str_format.h"
#include "platform/io.h"
#include "runtime/bifs/bif.h"
#include "runtime/bifs/prim_file.h"
#include "runtime/ets/ets.h"
#include "runtime/loader/loader.h"
#include "runtime/term/atom_table.h"
#include "runtime/vm/instr.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/scheduler.h"

namespace beamline {
namespace {

int64_t now_us() {
  return std::chrono::duration_cast<std::chrono::microseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

bool read_file(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

}  // namespace

VM::VM(VmOptions options) : options_(std::move(options)) {
  init_interpreter();
  start_us_ = now_us();
  for (const BifEntry& b : BifRegistry::all().entries()) {
    Export* e = exports_.get(atom_from(b.module), atom_from(b.name), b.arity);
    e->bif = b.fn;
    e->bif_flags = b.flags;
  }
  scheduler_ = std::make_unique<Scheduler>(this);
  // Process entry trampolines: a tail call to erlang:apply/2,3.
  Export* apply3 = exports_.get(atom::erlang, atom::apply, 3);
  Export* apply2 = exports_.get(atom::erlang, atom::apply, 2);
  Term call_ext_only = ptr_word(instruction_handler(78));
  trampoline_apply3_[0] = call_ext_only;
  trampoline_apply3_[1] = 3;
  trampoline_apply3_[2] = ptr_word(apply3);
  trampoline_apply2_[0] = call_ext_only;
  trampoline_apply2_[1] = 2;
  trampoline_apply2_[2] = ptr_word(apply2);
}

VM::~VM() = default;

int64_t VM::monotonic_us() const { return now_us() - start_us_; }
int64_t VM::monotonic_ms() const { return monotonic_us() / 1000; }

// ---- code -----------------------------------------------------------------------

absl::StatusOr<Module*> VM::load_module(std::string_view origin,
                                        std::string_view beam_bytes) {
  auto loaded = load_beam(this, origin, beam_bytes);
  if (!loaded.ok()) return loaded.status();
  std::unique_ptr<Module> m = std::move(*loaded);
  Module* raw = m.get();
  absl::MutexLock lock(&modules_mu_);
  // Fill fun placeholders created by binary_to_term before the load.
  for (auto& fe : m->funs) {
    auto it = placeholder_funs_.find(std::make_tuple(m->name, fe->index));
    if (it != placeholder_funs_.end()) it->second->code = fe->code;
  }
  if (!m->on_load_pending) publish_exports(raw);
  auto it = modules_.find(m->name);
  if (it != modules_.end()) old_modules_.push_back(std::move(it->second));
  CodeRange r{m->code.data(), m->code.data() + m->code.size(), raw};
  code_ranges_.insert(
      std::upper_bound(code_ranges_.begin(), code_ranges_.end(), r,
                       [](const CodeRange& a, const CodeRange& b) {
                         return a.start < b.start;
                       }),
      r);
  modules_[m->name] = std::move(m);
  return raw;
}

void VM::publish_exports(Module* m) {
  for (auto& [exp, code] : m->exports) {
    exp->code.store(code, std::memory_order_release);
  }
}

void VM::on_load_finished(Module* m, bool ok) {
  absl::MutexLock lock(&modules_mu_);
  m->on_load_pending = false;
  if (ok) {
    publish_exports(m);
  } else {
    // As on BEAM, a module whose on_load fails is not loaded.
    auto it = modules_.find(m->name);
    if (it != modules_.end() && it->second.get() == m) {
      old_modules_.push_back(std::move(it->second));
      modules_.erase(it);
    }
  }
}

Module* VM::find_module(Term module) {
  absl::MutexLock lock(&modules_mu_);
  auto it = modules_.find(module);
  return it == modules_.end() ? nullptr : it->second.get();
}

std::vector<Term> VM::loaded_modules() {
  absl::MutexLock lock(&modules_mu_);
  std::vector<Term> out;
  for (auto& [name, m] : modules_) out.push_back(name);
  return out;
}

absl::StatusOr<Module*> VM::load_from_path(Term module) {
  std::string file = std::string(atom_name(module)) + ".beam";
  for (const std::string& dir : options_.code_path) {
    std::string path = dir + "/" + file;
    std::string bytes;
    if (read_file(path, &bytes)) return load_module(path, bytes);
  }
  return absl::NotFoundError(
      absl::StrFormat("module %s not found in the code path", atom_name(module)));
}

absl::StatusOr<Module*> VM::ensure_loaded(Term module) {
  if (Module* m = find_module(module)) return m;
  auto r = load_from_path(module);
  if (!r.ok() && !absl::IsNotFound(r.status())) {
    // A module that exists but cannot be loaded: say why (calls into it
    // raise undef, as on BEAM).
    platform::write_stderr("beamline: cannot load module " +
                           std::string(atom_name(module)) + ": " +
                           std::string(r.status().message()) + "\n");
  }
  return r;
}

const Module* VM::module_at(const Term* addr) {
  absl::MutexLock lock(&modules_mu_);
  auto it = std::upper_bound(
      code_ranges_.begin(), code_ranges_.end(), addr,
      [](const Term* a, const CodeRange& r) { return a < r.start; });
  if (it == code_ranges_.begin()) return nullptr;
  --it;
  return addr < it->end ? it->module : nullptr;
}

void VM::add_code_path(std::string dir, bool front) {
  if (front) {
    options_.code_path.insert(options_.code_path.begin(), std::move(dir));
  } else {
    options_.code_path.push_back(std::move(dir));
  }
}

FunEntry* VM::fun_entry(Term module, uint32_t index, uint32_t old_uniq,
                        unsigned arity, unsigned num_free) {
  if (Module* m = find_module(module)) {
    for (auto& fe : m->funs) {
      if (fe->index == index) return fe.get();
    }
  }
  absl::MutexLock lock(&modules_mu_);
  auto& slot = placeholder_funs_[std::make_tuple(module, index)];
  if (!slot) {
    slot = std::make_unique<FunEntry>();
    slot->module = module;
    slot->function = NIL;
    slot->index = index;
    slot->old_uniq = old_uniq;
    slot->arity = arity;
    slot->num_free = num_free;
  }
  return slot.get();
}

// ---- processes -----------------------------------------------------------------

Process* VM::spawn_apply(Process* parent, const Export* apply, Term* args,
                         unsigned n) {
  Process* p;
  {
    absl::MutexLock lock(&procs_mu_);
    Uint num = ++next_pid_;
    auto proc = std::make_unique<Process>(this, make_pid(num));
    p = proc.get();
    procs_[num] = std::move(proc);
  }
  p->xsave.resize(n);
  for (unsigned i = 0; i < n; i++) p->xsave[i] = copy_term(args[i], *p);
  p->arity = n;
  p->ip = apply == exports_.find(atom::erlang, atom::apply, 3)
              ? trampoline_apply3_
              : trampoline_apply2_;
  p->cp = normal_exit_address();
  p->group_leader = parent ? parent->group_leader : group_leader_;
  scheduler_->enqueue(p);
  return p;
}

Process* VM::spawn(Process* parent, Term module, Term function, Term args) {
  Term a[3] = {module, function, args};
  return spawn_apply(parent, exports_.get(atom::erlang, atom::apply, 3), a, 3);
}

Process* VM::spawn_fun(Process* parent, Term fun) {
  Term a[2] = {fun, NIL};
  return spawn_apply(parent, exports_.get(atom::erlang, atom::apply, 2), a, 2);
}

Process* VM::lookup(Term pid) {
  if (!is_pid(pid)) return nullptr;
  absl::MutexLock lock(&procs_mu_);
  auto it = procs_.find(pid_number(pid));
  if (it == procs_.end()) return nullptr;
  Process* p = it->second.get();
  return p->status == ProcStatus::Exiting || p->status == ProcStatus::Free
             ? nullptr
             : p;
}

size_t VM::process_count() {
  absl::MutexLock lock(&procs_mu_);
  return procs_.size();
}

std::vector<Term> VM::all_pids() {
  absl::MutexLock lock(&procs_mu_);
  std::vector<Term> out;
  out.reserve(procs_.size());
  for (auto& [num, p] : procs_) out.push_back(make_pid(num));
  std::sort(out.begin(), out.end());
  return out;
}

void VM::send(Term to_pid, Term msg) {
  Process* to = lookup(to_pid);
  if (!to) return;
  auto* m = new Message();
  if (is_immed(msg)) {
    m->term = msg;
  } else {
    m->frag = std::make_unique<FragmentHeap>(term_size(msg) + 1);
    m->term = copy_term(msg, *m->frag);
  }
  {
    absl::MutexLock lock(&to->inbox_mu);
    *to->inbox_last = m;
    to->inbox_last = &m->next;
    to->msg_count++;
  }
  scheduler_->notify(to);
}

void VM::exit_signal(Term from, Term to_pid, Term reason, bool linked) {
  Process* to = lookup(to_pid);
  if (!to) return;
  if (linked) {
    // Remove the link on the receiving side: it is gone either way.
    auto& l = to->links;
    l.erase(std::remove(l.begin(), l.end(), from), l.end());
  }
  if (reason == atom::kill && !linked) {
    to->exit_reason = atom::killed;
    to->status = ProcStatus::Exiting;
    scheduler_->enqueue(to);
    return;
  }
  if (to->trap_exit) {
    FragmentHeap h;
    Term msg = make_tuple(h, {atom::EXIT, from, reason});
    send(to_pid, msg);
    return;
  }
  if (reason == atom::normal && !(from == to_pid && !linked)) return;
  FragmentHeap h;
  to->exit_reason = copy_term(reason, *to);
  to->status = ProcStatus::Exiting;
  scheduler_->enqueue(to);
}

void VM::process_exited(Process* p) {
  Term pid = p->pid();
  Term reason = p->exit_reason == NON_VALUE ? atom::normal : p->exit_reason;
  p->status = ProcStatus::Exiting;
  {
    absl::MutexLock lock(&procs_mu_);
    for (auto it = aliases_.begin(); it != aliases_.end();) {
      if (it->second.pid == pid) {
        aliases_.erase(it++);
      } else {
        ++it;
      }
    }
  }
  if (p->registered_name != NIL) unregister_name(p->registered_name);
  // Links: reason kill propagates as killed.
  if (p->died_from_error) {
    // As erl's emulator does, report the crash (beamline_logger prints it).
    static const Term logger = atom_from("beamline_logger");
    static const Term crashed = atom_from("process_crashed");
    Term to = whereis(logger);
    if (is_pid(to)) {
      FragmentHeap h;
      send(to, make_tuple(h, {crashed, pid, reason}));
    }
  }
  Term link_reason = reason == atom::kill ? atom::killed : reason;
  std::vector<Term> links = std::move(p->links);
  for (Term other : links) exit_signal(pid, other, link_reason, true);
  for (const Process::MonitorEntry& m : p->monitors) {
    if (m.is_origin) {
      if (Process* target = lookup(m.other)) {
        auto& ms = target->monitors;
        ms.erase(std::remove_if(ms.begin(), ms.end(),
                                [&](const Process::MonitorEntry& e) {
                                  return e.ref_id == m.ref_id;
                                }),
                 ms.end());
      }
      continue;
    }
    // `other` monitors us: {'DOWN', Ref, process, Pid or {Name, Node}, Reason}
    {
      // A triggered monitor also ends an alias made with it (demonitor modes).
      absl::MutexLock lock(&procs_mu_);
      auto a = aliases_.find(m.ref_id);
      if (a != aliases_.end() && a->second.mode != AliasMode::ExplicitUnalias) {
        aliases_.erase(a);
      }
    }
    if (Process* watcher = lookup(m.other)) {
      auto& ws = watcher->monitors;
      ws.erase(std::remove_if(ws.begin(), ws.end(),
                              [&](const Process::MonitorEntry& e) {
                                return e.ref_id == m.ref_id;
                              }),
               ws.end());
    }
    FragmentHeap h;
    Term* ref = h.alloc(kRefWords);
    ref[0] = make_header(Sub::Ref, kRefWords - 1);
    ref[1] = m.ref_id;
    static const Term nonode = atom_from("nonode@nohost");
    Term who = m.name != NON_VALUE ? make_tuple(h, {m.name, nonode}) : pid;
    Term tag = m.tag != NON_VALUE ? m.tag : atom::DOWN;
    Term msg = make_tuple(h, {tag, make_boxed(ref), atom::process, who, reason});
    send(m.other, msg);
  }
  // Tables it owns go to their heir or are deleted (no VM lock held: this
  // looks processes up and sends messages).
  ets_delete_owned_by(pid);
  prim_file_close_owned_by(pid);
  absl::MutexLock lock(&procs_mu_);
  procs_.erase(pid_number(pid));
}

void VM::add_alias(uint64_t ref_id, Term pid, AliasMode mode) {
  absl::MutexLock lock(&procs_mu_);
  aliases_[ref_id] = {pid, mode};
}

bool VM::remove_alias(uint64_t ref_id, Term owner) {
  absl::MutexLock lock(&procs_mu_);
  auto it = aliases_.find(ref_id);
  if (it == aliases_.end() || it->second.pid != owner) return false;
  aliases_.erase(it);
  return true;
}

void VM::remove_monitor_alias(uint64_t ref_id, Term owner) {
  absl::MutexLock lock(&procs_mu_);
  auto it = aliases_.find(ref_id);
  if (it != aliases_.end() && it->second.pid == owner &&
      it->second.mode != AliasMode::ExplicitUnalias) {
    aliases_.erase(it);
  }
}

Term VM::resolve_alias(uint64_t ref_id) {
  Term pid;
  bool reply_once;
  {
    absl::MutexLock lock(&procs_mu_);
    auto it = aliases_.find(ref_id);
    if (it == aliases_.end()) return NON_VALUE;
    pid = it->second.pid;
    reply_once = it->second.mode == AliasMode::ReplyDemonitor;
    if (reply_once) aliases_.erase(it);
  }
  if (reply_once) {
    // The reply deactivates the alias and removes the monitor (on both
    // sides, which may be the same process).
    auto same_ref = [&](const Process::MonitorEntry& e) { return e.ref_id == ref_id; };
    if (Process* owner = lookup(pid)) {
      Term target_pid = NON_VALUE;
      for (const auto& m : owner->monitors) {
        if (m.ref_id == ref_id && m.is_origin) target_pid = m.other;
      }
      auto& ms = owner->monitors;
      ms.erase(std::remove_if(ms.begin(), ms.end(), same_ref), ms.end());
      if (Process* target = target_pid != NON_VALUE ? lookup(target_pid) : nullptr;
          target && target != owner) {
        auto& ts = target->monitors;
        ts.erase(std::remove_if(ts.begin(), ts.end(), same_ref), ts.end());
      }
    }
  }
  return pid;
}

Term VM::whereis(Term name) {
  absl::MutexLock lock(&procs_mu_);
  auto it = names_.find(name);
  return it == names_.end() ? atom::undefined : it->second;
}

bool VM::register_name(Term name, Term pid) {
  Process* p = lookup(pid);
  if (!p || p->registered_name != NIL) return false;
  absl::MutexLock lock(&procs_mu_);
  if (names_.contains(name)) return false;
  names_[name] = pid;
  p->registered_name = name;
  return true;
}

bool VM::unregister_name(Term name) {
  absl::MutexLock lock(&procs_mu_);
  auto it = names_.find(name);
  if (it == names_.end()) return false;
  auto pit = procs_.find(pid_number(it->second));
  if (pit != procs_.end()) pit->second->registered_name = NIL;
  names_.erase(it);
  return true;
}

std::vector<Term> VM::registered_names() {
  absl::MutexLock lock(&procs_mu_);
  std::vector<Term> out;
  for (auto& [name, pid] : names_) out.push_back(name);
  return out;
}

Term VM::run_until_exit(Process* main) { return scheduler_->run(main); }

Term send_message(Process* p, Term dest, Term msg) {
  VM* vm = p->vm();
  if (is_pid(dest)) {
    vm->send(dest, msg);
    return msg;
  }
  if (is_atom(dest)) {
    Term pid = vm->whereis(dest);
    if (pid == atom::undefined) return raise_badarg(p);
    vm->send(pid, msg);
    return msg;
  }
  if (is_tuple(dest) && tuple_arity(dest) == 2 &&
      is_atom(tuple_elems(dest)[0]) && is_atom(tuple_elems(dest)[1])) {
    static const Term nonode = atom_from("nonode@nohost");
    if (tuple_elems(dest)[1] != nonode) return raise_badarg(p);
    return send_message(p, tuple_elems(dest)[0], msg);
  }
  if (is_ref(dest)) {
    // An alias: delivered while active, silently dropped otherwise.
    Term pid = vm->resolve_alias(ref_id(dest));
    if (pid != NON_VALUE) vm->send(pid, msg);
    return msg;
  }
  if (is_port(dest)) return msg;
  return raise_badarg(p);
}

}  // namespace beamline
