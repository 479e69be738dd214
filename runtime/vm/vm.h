// The virtual machine instance: code (modules, exports), processes, the
// scheduler and the global tables BIFs share.
#pragma once

#include <array>
#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/node_hash_map.h"
#include "absl/functional/function_ref.h"
#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "runtime/term/term.h"
#include "runtime/vm/module.h"
#include "runtime/vm/process.h"
#include "runtime/vm/process_table.h"

namespace beamline {

class Scheduler;
class StdinReader;

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
  std::vector<std::string> code_path();  // a snapshot
  void add_code_path(std::string dir, bool front);

  // The fun entry for index `index` of Module's FunT chunk; if the module is
  // not loaded yet a placeholder is created that loading fills in. Used by
  // binary_to_term for NEW_FUN_EXT.
  FunEntry* fun_entry(Term module, uint32_t index, uint32_t old_uniq,
                      unsigned arity, unsigned num_free);

  // ---- processes ----
  // Creates a runnable process that calls erlang:apply(Module, Function,
  // Args) (Args is copied). `parent` may be null (system processes).
  // `setup` runs before the process can be scheduled (links, monitors,
  // spawn_opt settings of the new process).
  using SpawnSetup = absl::FunctionRef<void(Process* child)>;
  Term spawn(Process* parent, Term module, Term function, Term args,
             SpawnSetup setup = [](Process*) {});
  // Same for erlang:apply(Fun, []).
  Term spawn_fun(Process* parent, Term fun, SpawnSetup setup = [](Process*) {});
  bool is_alive(Term pid);
  size_t process_count() { return procs_.size(); }
  std::vector<Term> all_pids() { return procs_.pids(); }

  // Runs f(Process*) on another process's state: it holds the process's
  // run lock, after handling the signals that reached it. Busy: the process
  // is running right now (the caller yields and retries). Dead: not alive,
  // or a signal that ends it is pending.
  enum class Inspect { Done, Busy, Dead };
  Inspect inspect(Term pid, absl::FunctionRef<void(Process*)> f);

  // ---- signals (vm/signals.cc) ----
  // Each queues a signal for `to` and wakes it; false if `to` is not alive.
  bool send(Term to_pid, Term msg);
  // Exit signal from `from` with `reason`; `linked`: caused by a link.
  bool exit_signal(Term from, Term to, Term reason, bool linked);
  bool link_signal(Term from, Term to);
  bool unlink_signal(Term from, Term to);
  // `from` monitors `to` (monitor ref `ref_id`; by registered `name` if not
  // NON_VALUE; `tag` replaces 'DOWN' if not NON_VALUE).
  bool monitor_signal(Term from, Term to, uint64_t ref_id, Term name, Term tag);
  bool demonitor_signal(Term from, Term to, uint64_t ref_id);
  // Monitor ref_id of `to` fired: `msg` is the 'DOWN' message (delivered,
  // and the monitor removed, only if `to` still has the monitor).
  bool down_signal(Term from, Term to, uint64_t ref_id, Term msg);
  // Ends `p` (its exit_reason is set): removes it from the table, answers
  // the signals still queued for it, signals links and monitors, releases
  // names, aliases, tables and files, and frees it.
  // Returns the process, no longer reachable, for the caller to free.
  std::unique_ptr<Process> process_exited(Process* p);
  // A receive timeout set for `deadline` expired: if `pid` still waits for
  // it, it is made runnable and returned (the caller queues it).
  Process* receive_timeout(Term pid, int64_t deadline);

  // Process aliases (erlang:alias/0,1, monitor/3 with {alias, Mode}).
  enum class AliasMode : uint8_t { ExplicitUnalias, Demonitor, ReplyDemonitor };
  void add_alias(uint64_t ref_id, Term pid, AliasMode mode);
  bool remove_alias(uint64_t ref_id, Term owner);
  // demonitor: ends an alias created by monitor/3 in a demonitor mode.
  void remove_monitor_alias(uint64_t ref_id, Term owner);
  // Sends `msg` through alias `ref_id` (dropped if the alias is inactive).
  // A reply_demonitor alias is consumed and its monitor removed.
  void send_to_alias(uint64_t ref_id, Term msg);

  Term whereis(Term name);
  bool register_name(Term name, Term pid);
  bool unregister_name(Term name);
  Term registered_name_of(Term pid);  // NIL if none
  std::vector<Term> registered_names();

  // Threads outside the schedulers that may still send messages (port
  // readers): while any is active, no process waiting forever is a deadlock.
  void external_source_started() { external_sources_.fetch_add(1); }
  void external_source_stopped() { external_sources_.fetch_sub(1); }
  bool has_external_sources() const { return external_sources_.load() > 0; }
  // Standard input, read on a thread of its own (made on first use).
  StdinReader& stdin_reader();

  uint64_t next_unique() { return unique_.fetch_add(1); }
  int64_t monotonic_ms() const;
  int64_t monotonic_us() const;

  // Runs `main` (already spawned) to completion. Returns its exit reason,
  // or NON_VALUE if every process is blocked forever.
  Term run_until_exit(Term main);
  // Calls `f` with the VM whose run_until_exit is running in this OS process
  // (the browser build's JavaScript API reads its figures and stops it); the
  // run does not end before `f` returns. False if no VM is running.
  static bool with_running(absl::FunctionRef<void(VM&)> f);

  // erlang:halt/1: stop running processes and exit with `status`.
  void request_halt(int status);
  bool halt_requested() const { return halt_requested_.load(); }
  int halt_status() const { return halt_status_; }

  Term default_group_leader() const { return group_leader_; }
  // Set once at boot, before the schedulers start (read by every spawn).
  void set_default_group_leader(Term gl) { group_leader_ = gl; }

  Scheduler& scheduler() { return *scheduler_; }
  int scheduler_count() const { return options_.schedulers; }
  // Live figures per scheduler thread (for stats pages; racy reads).
  struct SchedulerStats {
    size_t run_queue;
    uint64_t reductions;
  };
  std::vector<SchedulerStats> scheduler_stats();
  // Code that tail-calls export `e` with its arguments in x: a BIF that has
  // to wait (for another process to stop running) yields and resumes there.
  const Term* retry_code(const Export* e);
  // Code that tail-calls erlang:apply/3 with x0..x2 (process entry, hibernate).
  const Term* apply3_entry() const { return trampoline_apply3_; }

 private:
  void publish_exports(Module* m);
  Term spawn_apply(Process* parent, const Export* apply, Term* args,
                   unsigned n, SpawnSetup setup);
  bool post(Term to, std::unique_ptr<Message> m);
  void answer_pending_signals(Process* p, Term reason);
  void notify_links_and_monitors(Process* p, Term reason);
  absl::StatusOr<Module*> load_from_path(Term module);

  VmOptions options_;
  ExportTable exports_;
  absl::Mutex modules_mu_;
  absl::Mutex path_load_mu_;  // serialises ensure_loaded's loads
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

  absl::Mutex code_path_mu_;  // guards options_.code_path
  ProcessTable procs_;
  absl::Mutex names_mu_;
  absl::flat_hash_map<Term, Term> names_;      // registered name -> pid
  absl::flat_hash_map<Term, Term> pid_names_;  // pid -> registered name
  absl::Mutex aliases_mu_;
  struct Alias {
    Term pid;
    AliasMode mode;
  };
  absl::flat_hash_map<uint64_t, Alias> aliases_;
  std::atomic<int> external_sources_{0};
  absl::Mutex retry_mu_;
  absl::node_hash_map<const Export*, std::array<Term, 3>> retry_code_;

  std::unique_ptr<Scheduler> scheduler_;
  Term group_leader_ = NIL;
  std::atomic<uint64_t> unique_{1};
  std::atomic<bool> halt_requested_{false};
  std::atomic<int> halt_status_{0};
  Term trampoline_apply3_[3];  // call_ext_only 3 erlang:apply/3
  Term trampoline_apply2_[3];  // call_ext_only 2 erlang:apply/2
  int64_t start_us_;
  absl::Mutex stdin_mu_;
  std::unique_ptr<StdinReader> stdin_reader_;
};

// Sends `msg` to `dest` (pid, registered name or {Name, Node}) as the `!`
// operator does. Raises badarg (returns NON_VALUE) for unknown names.
Term send_message(Process* p, Term dest, Term msg);

}  // namespace beamline
