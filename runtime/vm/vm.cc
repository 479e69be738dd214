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
#include "runtime/ports/ports.h"
#include "runtime/ports/stdin_reader.h"
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
  // Abseil's lock-order checking keeps a global graph of every mutex; with
  // two mutexes per process it costs more than the VM's own work. TSan
  // builds check lock order instead.
  absl::SetMutexDeadlockDetectionMode(absl::OnDeadlockCycle::kIgnore);
  init_interpreter();
  start_us_ = now_us();
  for (const BifEntry& b : BifRegistry::all().entries()) {
    Export* e = exports_.get(atom_from(b.module), atom_from(b.name), b.arity);
    e->bif = b.fn;
    e->bif_flags = b.flags;
  }
  scheduler_ = std::make_unique<Scheduler>(this, options_.schedulers);
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

VM::~VM() {
  stdin_reader_.reset();  // its thread delivers nothing from now on
  ports_shutdown(this);  // port reader threads end before the VM goes
  // Schedulers have stopped: free the processes still alive before the
  // modules their code points into.
  procs_.clear();
}

StdinReader& VM::stdin_reader() {
  absl::MutexLock lock(&stdin_mu_);
  if (!stdin_reader_) stdin_reader_ = std::make_unique<StdinReader>(this);
  return *stdin_reader_;
}

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
    if (it != placeholder_funs_.end()) {
      it->second->code.store(fe->code.load(std::memory_order_relaxed),
                             std::memory_order_release);
    }
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
  absl::ReaderMutexLock lock(&modules_mu_);
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
  for (const std::string& dir : code_path()) {
    std::string path = dir + "/" + file;
    std::string bytes;
    if (read_file(path, &bytes)) return load_module(path, bytes);
  }
  return absl::NotFoundError(
      absl::StrFormat("module %s not found in the code path", atom_name(module)));
}

absl::StatusOr<Module*> VM::ensure_loaded(Term module) {
  if (Module* m = find_module(module)) return m;
  // One load from the code path at a time: two processes calling into the
  // same unloaded module must not load it twice (or run -on_load twice).
  absl::MutexLock loading(&path_load_mu_);
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
  absl::ReaderMutexLock lock(&modules_mu_);
  auto it = std::upper_bound(
      code_ranges_.begin(), code_ranges_.end(), addr,
      [](const Term* a, const CodeRange& r) { return a < r.start; });
  if (it == code_ranges_.begin()) return nullptr;
  --it;
  return addr < it->end ? it->module : nullptr;
}

std::vector<std::string> VM::code_path() {
  absl::MutexLock lock(&code_path_mu_);
  return options_.code_path;
}

void VM::add_code_path(std::string dir, bool front) {
  absl::MutexLock lock(&code_path_mu_);
  if (front) {
    options_.code_path.insert(options_.code_path.begin(), std::move(dir));
  } else {
    options_.code_path.push_back(std::move(dir));
  }
}

FunEntry* VM::fun_entry(Term module, uint32_t index, uint32_t old_uniq,
                        unsigned arity, unsigned num_free) {
  // Under one lock hold: a load between a lookup and creating the
  // placeholder would never fill it in.
  absl::MutexLock lock(&modules_mu_);
  auto loaded = modules_.find(module);
  if (loaded != modules_.end()) {
    for (auto& fe : loaded->second->funs) {
      if (fe->index == index) return fe.get();
    }
  }
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

Term VM::spawn_apply(Process* parent, const Export* apply, Term* args,
                     unsigned n, SpawnSetup setup) {
  auto proc = std::make_unique<Process>(this, make_pid(procs_.next_number()));
  Process* p = proc.get();
  p->xsave.resize(n);
  for (unsigned i = 0; i < n; i++) p->xsave[i] = copy_term(args[i], *p);
  p->arity = n;
  p->ip = apply == exports_.find(atom::erlang, atom::apply, 3)
              ? trampoline_apply3_
              : trampoline_apply2_;
  p->cp = normal_exit_address();
  p->group_leader = parent ? parent->group_leader : group_leader_;
  setup(p);
  Term pid = p->pid();
  procs_.insert(std::move(proc));
  scheduler_->enqueue(p);
  return pid;
}

Term VM::spawn(Process* parent, Term module, Term function, Term args,
               SpawnSetup setup) {
  Term a[3] = {module, function, args};
  return spawn_apply(parent, exports_.get(atom::erlang, atom::apply, 3), a, 3,
                     setup);
}

Term VM::spawn_fun(Process* parent, Term fun, SpawnSetup setup) {
  Term a[2] = {fun, NIL};
  return spawn_apply(parent, exports_.get(atom::erlang, atom::apply, 2), a, 2,
                     setup);
}

bool VM::is_alive(Term pid) {
  return procs_.with(pid, [](Process*) {});
}

VM::Inspect VM::inspect(Term pid, absl::FunctionRef<void(Process*)> f) {
  Process* target = nullptr;
  bool busy = false;
  bool found = procs_.with(pid, [&](Process* q) {
    // Holding the run lock keeps the process alive after the shard lock is
    // released: it is freed only by the scheduler that holds the lock.
    if (q->run_mu.TryLock()) {
      target = q;
    } else {
      busy = true;
    }
  });
  if (!found) return Inspect::Dead;
  if (busy) return Inspect::Busy;
  target->fetch_inbox();
  Inspect result = Inspect::Dead;
  if (!target->exit_pending) {
    f(target);
    result = Inspect::Done;
  }
  target->run_mu.Unlock();
  return result;
}

const Term* VM::retry_code(const Export* e) {
  absl::MutexLock lock(&retry_mu_);
  auto [it, inserted] = retry_code_.try_emplace(e);
  if (inserted) {
    it->second[0] = ptr_word(instruction_handler(78));  // call_ext_only
    it->second[1] = e->arity;
    it->second[2] = ptr_word(e);
  }
  return it->second.data();
}

std::unique_ptr<Process> VM::process_exited(Process* p) {
  Term pid = p->pid();
  Term reason = p->exit_reason == NON_VALUE ? atom::normal : p->exit_reason;
  p->status.store(ProcStatus::Exiting);
  // From here on nobody can send to it: what is already queued is answered
  // below, so no link or monitor request is lost.
  std::unique_ptr<Process> owned = procs_.remove(pid);
  {
    absl::MutexLock lock(&aliases_mu_);
    for (auto it = aliases_.begin(); it != aliases_.end();) {
      if (it->second.pid == pid) {
        aliases_.erase(it++);
      } else {
        ++it;
      }
    }
  }
  {
    absl::MutexLock lock(&names_mu_);
    auto it = pid_names_.find(pid);
    if (it != pid_names_.end()) {
      names_.erase(it->second);
      pid_names_.erase(it);
    }
  }
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
  answer_pending_signals(p, reason);
  notify_links_and_monitors(p, reason);
  // Tables it owns go to their heir or are deleted.
  ets_delete_owned_by(pid);
  prim_file_close_owned_by(pid);
  return owned;
}

void VM::add_alias(uint64_t ref_id, Term pid, AliasMode mode) {
  absl::MutexLock lock(&aliases_mu_);
  aliases_[ref_id] = {pid, mode};
}

bool VM::remove_alias(uint64_t ref_id, Term owner) {
  absl::MutexLock lock(&aliases_mu_);
  auto it = aliases_.find(ref_id);
  if (it == aliases_.end() || it->second.pid != owner) return false;
  aliases_.erase(it);
  return true;
}

void VM::remove_monitor_alias(uint64_t ref_id, Term owner) {
  absl::MutexLock lock(&aliases_mu_);
  auto it = aliases_.find(ref_id);
  if (it != aliases_.end() && it->second.pid == owner &&
      it->second.mode != AliasMode::ExplicitUnalias) {
    aliases_.erase(it);
  }
}

Term VM::whereis(Term name) {
  absl::MutexLock lock(&names_mu_);
  auto it = names_.find(name);
  return it == names_.end() ? atom::undefined : it->second;
}

bool VM::register_name(Term name, Term pid) {
  absl::MutexLock lock(&names_mu_);
  // Checked under the names lock: a process that exits unregisters under
  // it after leaving the table, so a name never outlives its process.
  if (names_.contains(name) || pid_names_.contains(pid) || !is_alive(pid)) {
    return false;
  }
  names_[name] = pid;
  pid_names_[pid] = name;
  return true;
}

bool VM::unregister_name(Term name) {
  absl::MutexLock lock(&names_mu_);
  auto it = names_.find(name);
  if (it == names_.end()) return false;
  pid_names_.erase(it->second);
  names_.erase(it);
  return true;
}

Term VM::registered_name_of(Term pid) {
  absl::MutexLock lock(&names_mu_);
  auto it = pid_names_.find(pid);
  return it == pid_names_.end() ? NIL : it->second;
}

std::vector<Term> VM::registered_names() {
  absl::MutexLock lock(&names_mu_);
  std::vector<Term> out;
  for (auto& [name, pid] : names_) out.push_back(name);
  return out;
}

void VM::request_halt(int status) {
  halt_status_ = status;
  halt_requested_.store(true);
  scheduler_->wake_all();
}

std::vector<VM::SchedulerStats> VM::scheduler_stats() {
  return scheduler_->stats();
}

namespace {
absl::Mutex g_running_mu;
VM* g_running ABSL_GUARDED_BY(g_running_mu) = nullptr;
}  // namespace

Term VM::run_until_exit(Term main) {
  {
    absl::MutexLock lock(&g_running_mu);
    g_running = this;
  }
  Term reason = scheduler_->run(main);
  absl::MutexLock lock(&g_running_mu);
  if (g_running == this) g_running = nullptr;
  return reason;
}

bool VM::with_running(absl::FunctionRef<void(VM&)> f) {
  absl::MutexLock lock(&g_running_mu);
  if (!g_running) return false;
  f(*g_running);
  return true;
}

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
    vm->send_to_alias(ref_id(dest), msg);
    return msg;
  }
  if (is_port(dest)) return port_send_message(p, dest, msg);
  return raise_badarg(p);
}

}  // namespace beamline
