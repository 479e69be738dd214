#include "runtime/vm/message.h"

namespace beamline {

// ---- allocation -----------------------------------------------------------------
//
// Most messages are small, and each is allocated by its sender and freed by
// its receiver's next GC, often hundreds at a time. Blocks for small
// messages are kept in a per-thread cache, so sending and collecting mostly
// bypass malloc. Each block starts with one word giving the message's
// capacity in words, so that delete knows where the block goes.
namespace {

constexpr size_t kSmallWords = 16;
constexpr size_t kCacheLimit = 4096;  // blocks per thread (about 1 MB)

struct BlockCache {
  void* head = nullptr;  // free blocks, linked through their first word
  size_t count = 0;
  bool gone = false;     // the thread is exiting: free blocks at once
  ~BlockCache() {
    while (head) {
      void* next = *static_cast<void**>(head);
      ::operator delete(head);
      head = next;
    }
    gone = true;
  }
};
thread_local BlockCache t_cache;

size_t capacity_for(size_t words) { return words <= kSmallWords ? kSmallWords : words; }

}  // namespace

void* Message::operator new(size_t size, size_t capacity) {
  void* block;
  if (capacity == kSmallWords && t_cache.head) {
    block = t_cache.head;
    t_cache.head = *static_cast<void**>(block);
    t_cache.count--;
  } else {
    block = ::operator new(sizeof(uint64_t) + size + capacity * sizeof(Term));
  }
  *static_cast<uint64_t*>(block) = capacity;
  return static_cast<uint64_t*>(block) + 1;
}

void Message::operator delete(void* p) {
  uint64_t* block = static_cast<uint64_t*>(p) - 1;
  if (*block == kSmallWords && !t_cache.gone && t_cache.count < kCacheLimit) {
    *reinterpret_cast<void**>(block) = t_cache.head;
    t_cache.head = block;
    t_cache.count++;
    return;
  }
  ::operator delete(block);
}

std::unique_ptr<Message> Message::create(SignalKind kind, Term from, size_t words) {
  size_t capacity = capacity_for(words);
  return std::unique_ptr<Message>(new (capacity) Message(kind, from, capacity));
}

// ---- heap ------------------------------------------------------------------------

MessageHeap::~MessageHeap() { release_off_heap(off_heap_); }

Term* MessageHeap::alloc(size_t words) {
  if (size_t(end_ - top_) >= words) {
    Term* p = top_;
    top_ += words;
    return p;
  }
  if (!overflow_) overflow_ = std::make_unique<FragmentHeap>(words);
  return overflow_->alloc(words);
}

void MessageHeap::clear() {
  release_off_heap(off_heap_);
  overflow_.reset();
  top_ = start_;
}

size_t MessageHeap::used_words() const {
  return size_t(top_ - start_) + (overflow_ ? overflow_->used_words() : 0);
}


// ---- received messages --------------------------------------------------------------

void ReceivedMessages::add(Message* m) {
  m->next = nullptr;
  size_t used = m->heap.used_words();
  if (used == 0) {
    delete m;
    return;
  }
  m->next = first_;
  first_ = m;
  words_ += used;
  off_heap_bytes_ += m->heap.off_heap().overhead;
}

void ReceivedMessages::clear() {
  while (first_) {
    Message* next = first_->next;
    delete first_;
    first_ = next;
  }
  words_ = 0;
  off_heap_bytes_ = 0;
}

}  // namespace beamline
