#include "runtime/vm/process.h"

namespace beamline {

Process::Process(VM* vm, Term pid) : vm_(vm), pid_(pid) {
  heap_start = new Term[min_heap_size];
  htop = heap_start;
  heap_end = heap_start + min_heap_size;
  stop = heap_end;
}

Process::~Process() {
  release_off_heap(off_heap_);
  delete[] heap_start;
  auto free_list = [](Message* m) {
    while (m) {
      Message* next = m->next;
      delete m;
      m = next;
    }
  };
  free_list(msg_first);
  free_list(inbox_first);
}

Term* Process::alloc(size_t words) {
  if (size_t(stop - htop) >= words) {
    Term* p = htop;
    htop += words;
    return p;
  }
  return fragments.alloc(words);
}

Message* Process::unlink_message(Message** link) {
  Message* m = *link;
  *link = m->next;
  if (msg_last == &m->next) msg_last = link;
  if (msg_save == &m->next) msg_save = link;
  if (marker_pos == &m->next) marker_pos = link;
  msg_count--;
  return m;
}

bool Process::fetch_inbox() {
  absl::MutexLock lock(&inbox_mu);
  if (!inbox_first) return false;
  *msg_last = inbox_first;
  msg_last = inbox_last;
  inbox_first = nullptr;
  inbox_last = &inbox_first;
  return true;
}

}  // namespace beamline
