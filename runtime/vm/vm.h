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
class BifRegistry;

struct VmOptions {
  std::vector<std::string> code_path;  // searched in order for MODULE.beam
  int schedulers = 1;
};

class VM {
 public:
  explicit VM(VmOptions options);
  ~VM();

  ExportTable& exports() { return exports_; }

  // ---- code ----
  // Loads (or reloads) a module from .beam bytes.
  absl::StatusOr<Module*> load_module(std::string_view origin,
                                      std::string_view beam_bytes);
  // Finds a loaded module, or loads MODULE.beam from the code path.
  absl::StatusOr<Module*> ensure_loaded(Term module);
  Module* find_module(Term module);
  // Module owning a code address (for stack traces), or nullptr.
  const Module* module_at(const Term* addr);
  // The fun entry for index `index` of Module's FunT chunk; if the module is
  // not loaded yet a placeholder is created that loading fills in. Used by
  // binary_to_term for NEW_FUN_EXT.
  FunEntry* fun_entry(Term module, uint32_t index, uint32_t old_uniq,
                      unsigned arity, unsigned num_free);
  const std::vector<std::string>& code_path() const { return options_.code_path; }
  void add_code_path(std::string dir, bool front);

  // ---- processes ----
  // Creates a process that will call Module:Function(Args...) (args copied).
  Process* spawn(Process* parent, Term module, Term function, Term args);
  Process* lookup(Term pid);  // nullptr if dead
  // Delivers a copy of `msg` to `to`'s mailbox (drops it if `to` is dead).
  void send(Process* from, Term to_pid, Term msg);
  Term whereis(Term name);
  bool register_name(Term name, Term pid);
  bool unregister_name(Term name);
  uint64_t next_unique();  // make_ref, unique_integer
  int64_t monotonic_ms() const;

  // Runs the scheduler until no process is runnable or waiting on a timer,
  // or `main` has exited. Returns main's exit reason.
  Term run_until_exit(Process* main);

  Term stdout_group_leader() const { return group_leader_; }
  void set_group_leader(Term gl) { group_leader_ = gl; }

  Scheduler& scheduler() { return *scheduler_; }

 private:
  VmOptions options_;
  ExportTable exports_;
  absl::Mutex modules_mu_;
  absl::flat_hash_map<Term, std::unique_ptr<Module>> modules_;
  std::vector<std::unique_ptr<Module>> old_modules_;  // kept alive (old code)
  std::unique_ptr<Scheduler> scheduler_;
  Term group_leader_ = NIL;
  std::atomic<uint64_t> unique_{1};
};

}  // namespace beamline
