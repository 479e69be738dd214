// The virtual machine instance: code (modules, exports), processes, the
// scheduler and the global tables BIFs share.
#pragma once

#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "runtime/term/term.h"
#include "runtime/vm/module.h"
#include "runtime/vm/process.h"

namespace beamline {

class Scheduler;

struct VmOptions {
  std::vector<std::string> code_path;  // searched in order for MODULE.beam
  int schedulers = 1;
};

class VM {
 public:
  explicit VM(VmOptions options);
  ~VM();
  VM(const VM&) = delete;
  VM& operator=(const VM&) = delete;

  ExportTable& exports() { return exports_; }

  // ---- code ----
  // Loads (or reloads) a module from .beam bytes and publishes its exports.
  absl::StatusOr<Module*> load_module(std::string_view origin,
                                      std::string_view beam_bytes);
  // Finds a loaded module, or loads MODULE.beam from the code path.
  absl::StatusOr<Module*> ensure_loaded(Term module);
  Module* find_module(Term module);
  // The module's -on_load function returned (ok: publish its exports).
  void on_load_finished(Module* m, bool ok);
  // Module owning a code address (for stack traces), or nullptr.
  const Module* module_at(const Term* addr);
  std::vector<Term> loaded_modules();
  const std::vector<std::string>& code_path() const { return options_.code_path; }
  void add_code_path(std::string dir, bool front);

  // The fun entry for index `index` of Module's FunT chunk; if the module is
  // not loaded yet a placeholder is created that loading fills in. Used by
  // binary_to_term for NEW_FUN_EXT.
  FunEntry* fun_entry(Term module, uint32_t index, uint32_t old_uniq,
                      unsigned arity, unsigned num_free);

  // ---- processes ----
  // Creates a runnable process that calls erlang:apply(Module, Function,
  // Args) (Args is copied). `parent` may be null (system processes).
  Process* spawn(Process* parent, Term module, Term function, Term args);
  // Same for erlang:apply(Fun, []).
  Process* spawn_fun(Process* parent, Term fun);
  Process* lookup(Term pid);  // nullptr if dead
  size_t process_count();
  std::vector<Term> all_pids();

  // Copies `msg` into the mailbox of `to` (dropped if `to` is dead).
  void send(Term to_pid, Term msg);
  // Exit signal from `from` (a pid) to `to` with `reason`; `linked` marks
  // signals caused by a link rather than exit/2.
  void exit_signal(Term from, Term to, Term reason, bool linked);
  // Runs the exit of `p` (links, monitors, names) and frees it.
  void process_exited(Process* p);

  // Process aliases (erlang:alias/0,1, monitor/3 with {alias, Mode}).
  enum class AliasMode : uint8_t { ExplicitUnalias, Demonitor, ReplyDemonitor };
  void add_alias(uint64_t ref_id, Term pid, AliasMode mode);
  bool remove_alias(uint64_t ref_id, Term owner);
  // demonitor: ends an alias created by monitor/3 in a demonitor mode.
  void remove_monitor_alias(uint64_t ref_id, Term owner);
  // The process an alias currently points to (NON_VALUE if inactive). A
  // reply_demonitor alias is consumed by the lookup.
  Term resolve_alias(uint64_t ref_id);

  Term whereis(Term name);
  bool register_name(Term name, Term pid);
  bool unregister_name(Term name);
  std::vector<Term> registered_names();

  uint64_t next_unique() { return unique_.fetch_add(1); }
  int64_t monotonic_ms() const;
  int64_t monotonic_us() const;

  // Runs `main` (already spawned) to completion. Returns its exit reason,
  // or NON_VALUE if every process is blocked forever.
  Term run_until_exit(Process* main);

  // erlang:halt/1: stop running processes and exit with `status`.
  void request_halt(int status) {
    halt_status_ = status;
    halt_requested_.store(true);
  }
  bool halt_requested() const { return halt_requested_.load(); }
  int halt_status() const { return halt_status_; }

  Term default_group_leader() const { return group_leader_; }
  void set_default_group_leader(Term gl) { group_leader_ = gl; }

  Scheduler& scheduler() { return *scheduler_; }
  // Code that tail-calls erlang:apply/3 with x0..x2 (process entry, hibernate).
  const Term* apply3_entry() const { return trampoline_apply3_; }

 private:
  void publish_exports(Module* m);
  Process* spawn_apply(Process* parent, const Export* apply, Term* args,
                       unsigned n);
  absl::StatusOr<Module*> load_from_path(Term module);

  VmOptions options_;
  ExportTable exports_;
  absl::Mutex modules_mu_;
  absl::flat_hash_map<Term, std::unique_ptr<Module>> modules_;
  std::vector<std::unique_ptr<Module>> old_modules_;  // kept alive (old code)
  struct CodeRange {
    const Term* start;
    const Term* end;
    const Module* module;
  };
  std::vector<CodeRange> code_ranges_;  // sorted by start
  absl::flat_hash_map<std::tuple<Term, uint32_t>, std::unique_ptr<FunEntry>>
      placeholder_funs_;

  absl::Mutex procs_mu_;
  absl::flat_hash_map<Uint, std::unique_ptr<Process>> procs_;
  Uint next_pid_ = 0;
  absl::flat_hash_map<Term, Term> names_;  // registered name -> pid
  struct Alias {
    Term pid;
    AliasMode mode;
  };
  absl::flat_hash_map<uint64_t, Alias> aliases_;

  std::unique_ptr<Scheduler> scheduler_;
  Term group_leader_ = NIL;
  std::atomic<uint64_t> unique_{1};
  std::atomic<bool> halt_requested_{false};
  int halt_status_ = 0;
  Term trampoline_apply3_[3];  // call_ext_only 3 erlang:apply/3
  Term trampoline_apply2_[3];  // call_ext_only 2 erlang:apply/2
  int64_t start_us_;
};

// Sends `msg` to `dest` (pid, registered name or {Name, Node}) as the `!`
// operator does. Raises badarg (returns NON_VALUE) for unknown names.
Term send_message(Process* p, Term dest, Term msg);

}  // namespace beamline
