// What happens to a process's tables when it exits.
#include <algorithm>

#include "runtime/ets/ets.h"
#include "runtime/term/atom_table.h"
#include "runtime/vm/vm.h"

namespace beamline {

void ets_delete_owned_by(Term pid) {
  static const Term kEtsTransfer = atom_from("ETS-TRANSFER");
  for (const std::shared_ptr<ets::Table>& t : ets::all_tables()) {
    // Every exiting process visits every table: on the other scheduler
    // threads' tables it neither owns nor fixes, take the lock shared only.
    {
      absl::ReaderMutexLock lock(&t->mu);
      if (t->deleted) continue;
      bool fixes = std::any_of(t->fixations.begin(), t->fixations.end(),
                               [&](const auto& f) { return f.first == pid; });
      if (t->owner != pid && !fixes) continue;
    }
    VM* vm;
    Term heir;
    {
      absl::MutexLock lock(&t->mu);
      if (t->deleted) continue;
      t->unfix_all(pid);
      if (t->owner != pid) continue;
      vm = t->vm;
      heir = t->heir;
    }
    // The VM's process table is consulted without holding the table lock.
    bool heir_alive = heir != NIL && heir != pid && vm && vm->is_alive(heir);
    if (!heir_alive) {
      ets::delete_table(t);
      continue;
    }
    // The heir becomes the owner and is told so.
    FragmentHeap msg_heap(16);
    Term msg;
    {
      absl::MutexLock lock(&t->mu);
      if (t->deleted || t->owner != pid) continue;
      t->owner = heir;
      Term tab = t->named ? t->name : make_ref(msg_heap, t->id);
      Term* m = msg_heap.alloc(5);
      m[0] = make_header(Sub::Tuple, 4);
      m[1] = kEtsTransfer;
      m[2] = tab;
      m[3] = pid;
      m[4] = copy_term(t->heir_data, msg_heap);
      msg = make_boxed(m);
    }
    vm->send(heir, msg);
    // The heir may have exited since it was found alive (on another
    // scheduler thread); its own exit's pass over the tables, which runs
    // after it left the process table, may then have missed this one.
    if (!vm->is_alive(heir)) ets_delete_owned_by(heir);
  }
}

}  // namespace beamline
