// Loaded modules, the global export table and fun entries.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/synchronization/mutex.h"
#include "runtime/term/heap.h"
#include "runtime/term/term.h"

namespace beamline {

class Process;
using BifFunction = Term (*)(Process* p, const Term* args);

// One entry per Module:Function/Arity ever referenced. Entries are never
// freed, so code can hold pointers to them; loading a module fills `code`,
// and reloading it swaps `code` atomically.
struct Export {
  Term module;
  Term function;
  unsigned arity;
  std::atomic<const Term*> code{nullptr};  // null: not loaded (undef)
  BifFunction bif = nullptr;               // set for BIFs
  unsigned bif_flags = 0;
};

// A fun defined in a module (from the FunT chunk).
struct FunEntry {
  Term module;
  Term function;       // the generated local function's name
  unsigned arity;      // arity of the fun itself (excluding free variables)
  unsigned num_free;
  uint32_t index;      // index in the FunT chunk
  uint32_t old_uniq;
  // Entry of the local function. Set before the module is published, except
  // for the placeholders VM::fun_entry creates for funs decoded before their
  // module is loaded: loading fills those in while other threads may be
  // calling them, hence atomic.
  std::atomic<const Term*> code{nullptr};
  std::string md5;  // module md5 (for new_uniq); never changes once published
};

// Debug information to map code addresses back to source locations.
struct FunctionInfo {
  Term name;
  unsigned arity;
  const Term* start;  // first instruction after func_info
  const Term* end;
  const Term* func_info;  // address of the func_info instruction
};
struct LineEntry {
  const Term* addr;  // first instruction with this location
  Term file;         // atom (file name) or NIL
  uint32_t line;
};

struct Module {
  Term name;
  std::vector<Term> code;          // loaded instruction stream
  FragmentHeap literals;           // literal terms (never collected)
  std::string strings;             // the StrT chunk (bit-syntax strings point here)
  std::vector<std::unique_ptr<FunEntry>> funs;
  std::vector<FunctionInfo> functions;  // sorted by start address
  std::vector<LineEntry> lines;         // sorted by address
  Term attributes = NIL;
  Term compile_info = NIL;
  std::string md5;
  // Exported functions and their entry points, published by VM::load_module.
  std::vector<std::pair<Export*, const Term*>> exports;
  // -on_load: the function's entry, and whether it still has to run before
  // the exports are published.
  const Term* on_load = nullptr;
  bool on_load_pending = false;

  // Code address -> function, or nullptr.
  const FunctionInfo* function_at(const Term* addr) const;
  // Code address -> source location, or nullptr.
  const LineEntry* line_at(const Term* addr) const;
};

// Shared by every scheduler thread (apply/3 and erlang:make_fun/3 call get()
// at run time, the loader while others run): the entries are split into
// shards by hash, each with a reader/writer lock; finding an existing entry
// takes its shard's lock shared, only creating one takes it exclusively.
class ExportTable {
 public:
  // Finds or creates the entry (stable pointer; every thread asking for the
  // same MFA gets the same one).
  Export* get(Term module, Term function, unsigned arity);
  Export* find(Term module, Term function, unsigned arity) const;

 private:
  using Key = std::tuple<Term, Term, unsigned>;
  static constexpr unsigned kShardBits = 4;
  struct Shard {
    mutable absl::Mutex mu;
    absl::flat_hash_map<Key, std::unique_ptr<Export>> map ABSL_GUARDED_BY(mu);
  };
  static size_t shard_index(const Key& key);
  Shard shards_[size_t(1) << kShardBits];
};

}  // namespace beamline
