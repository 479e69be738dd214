// A lightweight Erlang process: its heap and stack (one block: the heap grows
// up from the bottom, the stack grows down from the top, as on BEAM), its
// mailbox, its exception state and its process-level properties.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

#include "absl/synchronization/mutex.h"
#include "runtime/term/heap.h"
#include "runtime/term/term.h"
#include "runtime/vm/message.h"

namespace beamline {

class VM;
struct Export;

enum class ExcClass : uint8_t { Error, Exit, Throw };

// Runnable: in a run queue. Running: a scheduler executes it. Waiting: in a
// receive, woken by the next signal or its timeout. Exiting: being torn down.
enum class ProcStatus : uint8_t { Runnable, Running, Waiting, Exiting };

inline constexpr int kMaxXRegs = 1024;
inline constexpr int kFloatRegs = 16;

class Process : public Heap {
 public:
  Process(VM* vm, Term pid);
  ~Process() override;

  // ---- Heap ----
  // Allocates on the young heap if there is room between htop and stop,
  // otherwise in a heap fragment (collected into the heap at the next GC).
  Term* alloc(size_t words) override;

  VM* vm() const { return vm_; }
  Term pid() const { return pid_; }

  // ---- heap and stack: one block [heap_start, heap_end) ----
  Term* heap_start = nullptr;
  Term* htop = nullptr;  // next free heap word (grows up)
  Term* stop = nullptr;  // top of stack (grows down); stop[0] is E[0]
  Term* heap_end = nullptr;
  FragmentHeap fragments;  // overflow allocations since the last GC
  size_t min_heap_size = GcState::default_min_heap_size();

  size_t heap_words_free() const { return size_t(stop - htop); }

  // ---- execution state while not running ----
  const Term* ip = nullptr;  // next instruction
  const Term* cp = nullptr;  // continuation pointer
  std::vector<Term> xsave;   // saved x registers [0, arity) while preempted
  unsigned arity = 0;
  int64_t reductions = 0;        // left in the current time slice
  uint64_t total_reductions = 0;

  // ---- exception being raised ----
  ExcClass exc_class = ExcClass::Error;
  Term exc_reason = NON_VALUE;
  Term exc_args = NON_VALUE;  // explicit args for the top frame, or NON_VALUE
  Term exc_trace = NIL;       // stack trace being built / raw stack trace
  bool exc_from_bif = false;  // add the failing BIF's frame
  Term exc_given_trace = NON_VALUE;  // erlang:raise/3: use this trace as is

  // ---- trap: a BIF asks the interpreter to call Erlang code instead ----
  // A BIF that returns NON_VALUE with trap_to (an export) or trap_fun (a fun)
  // set asks the interpreter to call it with trap_arity args from xsave, as a
  // tail call (erlang:apply/2,3 work this way).
  const Export* trap_to = nullptr;
  Term trap_fun = NON_VALUE;
  unsigned trap_arity = 0;
  bool hibernate = false;  // erlang:hibernate/3: the trap waits for a message
  // A BIF that must wait for another process (it is running elsewhere)
  // sets this to VM::retry_code of itself, with its args in xsave: the
  // process yields and calls the BIF again when it next runs.
  const Term* trap_retry = nullptr;

  // ---- mailbox ----
  // Signals from other processes arrive in `inbox` (guarded by inbox_mu,
  // which also guards the Waiting <-> Runnable transitions of `status`, so
  // a wake-up is never lost); only the owner moves them to the private queue,
  // handling the non-message signals on the way (fetch_inbox).
  absl::Mutex inbox_mu;
  Message* inbox_first = nullptr;
  Message** inbox_last = &inbox_first;
  Message* msg_first = nullptr;    // private queue
  Message** msg_last = &msg_first;
  Message** msg_save = &msg_first;  // next message to look at in receive
  size_t msg_count = 0;             // messages in the private queue
  // The first msgs_on_heap queued messages have their terms on the heap
  // (see move_to_heap): the GC updates those and never walks the rest.
  size_t msgs_on_heap = 0;
  // Taken from the queue since the last GC (their terms may be in use).
  ReceivedMessages received;
  // recv_marker support (the make_ref + receive idiom): the link in the
  // private queue after which messages newer than the marker start, and the
  // reference it is bound to. A receive using it skips the older messages.
  Message** marker_pos = nullptr;
  uint64_t marker_ref_id = 0;  // 0: reserved but not bound

  // Unlinks the message `*link` from the private queue (keeping the save
  // pointer, the tail and the marker valid) and returns it.
  Message* unlink_message(Message** link);

  // ---- properties ----
  Term dictionary = NIL;  // list of {Key, Value} tuples on the heap
  Term group_leader = NIL;
  bool trap_exit = false;
  bool sensitive = false;
  Term message_queue_data = NON_VALUE;  // an atom once set
  std::atomic<ProcStatus> status{ProcStatus::Runnable};
  // Held by the scheduler thread that runs the process, and briefly by a
  // process that inspects or changes it from outside (process_info/2,
  // group_leader/2): whoever holds it may touch the process's state.
  absl::Mutex run_mu;
  std::atomic<int> home_scheduler{-1};  // run queue it goes back to (-1: the
                                        // scheduler that spawned it)
  std::atomic<uint8_t> priority_level{2};  // 0 max, 1 high, 2 normal, 3 low
  bool gc_requested = false;  // erlang:garbage_collect/0 ran
  struct Module* on_load_module = nullptr;  // its -on_load is running here
  // Monotonic ms deadline of the current receive-after, kNoTimeout when no
  // receive is armed, kInfiniteTimeout for `after infinity`.
  static constexpr int64_t kNoTimeout = -1;
  static constexpr int64_t kInfiniteTimeout = INT64_MAX;
  int64_t timeout_at = kNoTimeout;
  bool timed_out = false;
  const Term* timeout_resume = nullptr;  // where to continue on timeout
  Term exit_reason = NON_VALUE;
  bool died_from_error = false;  // an uncaught error exception ended it
  // Links and monitors (pids / {Ref, Pid} records), see vm/signals.cc.
  std::vector<Term> links;
  struct MonitorEntry {
    uint64_t ref_id;
    Term other;    // the other process's pid
    bool is_origin;  // true: we monitor `other`; false: `other` monitors us
    Term name = NON_VALUE;  // monitored by registered name
    Term tag = NON_VALUE;   // monitor/3 {tag, T}: replaces 'DOWN'; lives in
                            // monitor_tags (outside the collected heap)
  };
  FragmentHeap monitor_tags;
  std::vector<MonitorEntry> monitors;
  // Removes our monitor `ref_id` of another process or port; returns what
  // it monitored, or NON_VALUE if we have no such monitor.
  Term take_own_monitor(uint64_t ref_id);

  // Moves arrived messages to the private queue and handles the other
  // signals in order (links, monitors, trapped exits...). Stops before a
  // signal that ends the process: `exit_pending` is then set and the
  // scheduler ends the process before it runs again. Returns true if
  // messages were added. Only the owner (the holder of run_mu) calls it.
  bool fetch_inbox();
  void move_to_heap(Message* m);
  bool exit_pending = false;
  // Removes the pending fatal signal: the reason the process ends with.
  Term take_exit_reason();

  // ==== generational GC state: owned by runtime/vm/gc.{h,cc} ===============
  // (The young generation is heap_start..heap_end above plus `fragments`.)
  struct GcState {
    GcState();   // takes the system defaults (erlang:system_flag/2)
    ~GcState();  // frees the old generation
    GcState(const GcState&) = delete;
    GcState& operator=(const GcState&) = delete;
    static size_t default_min_heap_size();  // for Process::min_heap_size

    // Young objects below high_water survived a collection: the next minor
    // collection promotes them (null or outside the used young heap: none).
    Term* high_water = nullptr;
    // The old heap and its binaries (gc.h); made by the first promotion.
    struct OldGen;
    std::unique_ptr<OldGen> old;
    uint64_t max_heap_size = 0;   // words; 0: no limit
    uint16_t fullsweep_after;     // minor collections between major ones
    uint16_t minor_gcs = 0;       // since the last major collection
    // Limits on the off-heap binary data referenced (BEAM's virtual heap),
    // as indexes into the heap size table (gc.h): the young generation's
    // (collect when exceeded) and the process's minimum.
    uint8_t bin_vheap_index;
    uint8_t min_bin_vheap_index;
    uint8_t max_heap_flags : 2;   // kMaxHeapKill | kMaxHeapLog (gc.h)
    bool need_fullsweep : 1 = false;  // the next collection is major
    bool grow_next : 1 = false;  // the next major collection grows the heap
    // Set by a collection that found the process over max_heap_size with
    // the kill flag: the process must exit with reason `killed` now.
    bool max_heap_killed = false;
  };
  GcState gc;
  // ==== end of GC state ========================================================

 private:
  VM* vm_;
  Term pid_;
};

// Priority atoms (max, high, normal, low) <-> Process::priority_level;
// -1 for anything else.
int priority_level_of(Term priority);
Term priority_atom(int level);

}  // namespace beamline
