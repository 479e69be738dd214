#include "runtime/vm/process.h"

#include <algorithm>

#include "runtime/term/atom_table.h"

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
  if (m->on_heap) msgs_on_heap--;
  return m;
}

Term Process::take_own_monitor(uint64_t ref_id) {
  auto it = std::find_if(monitors.begin(), monitors.end(), [&](const MonitorEntry& e) {
    return e.ref_id == ref_id && e.is_origin;
  });
  if (it == monitors.end()) return NON_VALUE;
  Term other = it->other;
  monitors.erase(it);
  return other;
}

int priority_level_of(Term priority) {
  if (priority == atom::max) return 0;
  if (priority == atom::high) return 1;
  if (priority == atom::normal) return 2;
  if (priority == atom::low) return 3;
  return -1;
}

Term priority_atom(int level) {
  static const Term atoms[] = {atom::max, atom::high, atom::normal, atom::low};
  return atoms[level & 3];
}

}  // namespace beamline
