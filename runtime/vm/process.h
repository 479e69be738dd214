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

namespace beamline {

class VM;
struct Export;

enum class ExcClass : uint8_t { Error, Exit, Throw };

// A message in flight or queued: the term lives in its own fragment until the
// receiver's next GC moves it onto the receiver's heap.
struct Message {
  Term term = NON_VALUE;
  std::unique_ptr<FragmentHeap> frag;  // null when the term is immediate
  Message* next = nullptr;
};

enum class ProcStatus : uint8_t { Runnable, Running, Waiting, Exiting, Free };

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
  size_t min_heap_size = 233;

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

  // ---- mailbox ----
  // Signals from other processes arrive in `inbox` (locked); the owner moves
  // them to the private queue when it scans.
  absl::Mutex inbox_mu;
  Message* inbox_first = nullptr;
  Message** inbox_last = &inbox_first;
  Message* msg_first = nullptr;    // private queue
  Message** msg_last = &msg_first;
  Message** msg_save = &msg_first;  // next message to look at in receive
  size_t msg_count = 0;
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
  Term registered_name = NIL;
  bool trap_exit = false;
  bool sensitive = false;
  Term message_queue_data = NON_VALUE;  // an atom once set
  Term priority = NON_VALUE;
  ProcStatus status = ProcStatus::Runnable;
  bool queued = false;  // in a run queue (at most once)
  bool gc_requested = false;  // erlang:garbage_collect/0 ran
  struct Module* on_load_module = nullptr;  // its -on_load is running here
  int64_t timeout_at = -1;  // monotonic ms deadline of receive-after
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

  // Moves pending inbox messages to the private queue. Returns true if any.
  bool fetch_inbox();

 private:
  VM* vm_;
  Term pid_;
};

}  // namespace beamline
