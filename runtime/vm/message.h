// Messages and signals between processes, and where their terms live.
//
// A message's term is copied into words allocated together with the Message
// itself: sending costs one allocation. When the receiver takes a message
// out of its queue, terms in it may now be referenced from its registers
// and heap, so the Message moves to the process's ReceivedMessages and lives
// until the process's next GC, which copies what is still live onto the heap
// (the words count as young data, like BEAM's heap fragments).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>

#include "runtime/term/heap.h"
#include "runtime/term/term.h"

namespace beamline {

// Messages and the other signals share one queue per receiver, so the order
// between any pair of processes is kept (see vm/signals.cc for what each
// kind does when the receiver handles it).
enum class SignalKind : uint8_t {
  Message,       // term: the message
  Exit,          // term: reason; linked: sent because of a link
  Link,          // from wants a link
  Unlink,        // from removed its link
  Monitor,       // from monitors us: ref_id, name, term: tag or NON_VALUE
  Demonitor,     // from removed monitor ref_id
  Down,          // monitor ref_id triggered; term: the 'DOWN' message
  AliasReplied,  // a reply arrived through reply_demonitor alias ref_id
};

// Hands out the words allocated behind a Message; a term built later than
// planned (rare) continues in an overflow fragment.
class MessageHeap final : public Heap {
 public:
  MessageHeap(Term* words, size_t n) : start_(words), top_(words), end_(words + n) {}
  ~MessageHeap() override;
  MessageHeap(const MessageHeap&) = delete;
  MessageHeap& operator=(const MessageHeap&) = delete;

  Term* alloc(size_t words) override;
  // Forgets the terms built here (releasing their binaries): they have been
  // copied elsewhere.
  void clear();
  size_t used_words() const;
  const Term* start() const { return start_; }
  const Term* top() const { return top_; }
  FragmentHeap* overflow() const { return overflow_.get(); }

 private:
  Term* start_;
  Term* top_;
  Term* end_;
  std::unique_ptr<FragmentHeap> overflow_;
};

struct Message {
  // A signal with room for (at least) `words` heap words of terms.
  static std::unique_ptr<Message> create(SignalKind kind, Term from, size_t words);
  // Message and words are one allocation; small ones are recycled through
  // a per-thread cache (message.cc).
  static void operator delete(void* p);

  Term term = NON_VALUE;
  Message* next = nullptr;
  SignalKind kind;
  bool linked = false;
  bool on_heap = false;    // queued, its term moved onto the receiver's heap
  Term from;               // the sending process (signals)
  Term name = NON_VALUE;   // Monitor: the registered name monitored
  uint64_t ref_id = 0;     // Monitor, Demonitor, Down, AliasReplied
  MessageHeap heap;

 private:
  Message(SignalKind k, Term f, size_t words)
      : kind(k), from(f), heap(reinterpret_cast<Term*>(this + 1), words) {}
  static void* operator new(size_t size, size_t words);
};
static_assert(sizeof(Message) % alignof(Term) == 0, "words follow the Message");

// The messages a process has taken from its queue since its last GC.
class ReceivedMessages {
 public:
  ReceivedMessages() = default;
  ~ReceivedMessages() { clear(); }
  ReceivedMessages(const ReceivedMessages&) = delete;
  ReceivedMessages& operator=(const ReceivedMessages&) = delete;

  // Takes ownership; a message with no heap data is freed at once.
  void add(Message* m);
  size_t words() const { return words_; }
  // Bytes of off-heap binaries they reference (virtual heap accounting).
  uint64_t off_heap_bytes() const { return off_heap_bytes_; }
  Message* first() const { return first_; }
  // Frees them all, releasing their references to off-heap binaries.
  void clear();

 private:
  Message* first_ = nullptr;
  size_t words_ = 0;
  uint64_t off_heap_bytes_ = 0;
};

}  // namespace beamline
