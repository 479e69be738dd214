#include "runtime/vm/gc.h"

#include <algorithm>
#include <cstring>

#include "runtime/term/binary.h"

namespace beamline {
namespace {

// Words a boxed object occupies (header included).
size_t object_words(Term hdr) { return 1 + header_arity(hdr); }

class Collector {
 public:
  Collector(Process* p, Term* to, size_t to_words)
      : p_(p), to_start_(to), top_(to), to_end_(to + to_words) {}

  bool in_from_space(const Term* ptr) const {
    if (ptr >= p_->heap_start && ptr < p_->heap_end) return true;
    return p_->fragments.contains(ptr);
  }

  // Copies the object `t` points to (if it lives in from-space) and returns
  // the updated term.
  Term evacuate(Term t) {
    if (is_list(t)) {
      Term* cell = list_val(t);
      if (!in_from_space(cell)) return t;
      if (cell[0] == NON_VALUE) return cell[1];  // already moved
      Term* copy = top_;
      top_ += 2;
      copy[0] = cell[0];
      copy[1] = cell[1];
      cell[0] = NON_VALUE;
      cell[1] = make_list(copy);
      return cell[1];
    }
    if (is_boxed(t)) {
      Term* obj = boxed_val(t);
      if (!in_from_space(obj)) return t;
      Term hdr = obj[0];
      if (is_boxed(hdr)) return hdr;  // forwarding pointer
      size_t n = object_words(hdr);
      Term* copy = top_;
      top_ += n;
      std::memcpy(copy, obj, n * sizeof(Term));
      Term moved = make_boxed(copy);
      obj[0] = moved;
      if (header_sub(hdr) == Sub::RefcBin) {
        // Relink into the new off-heap list.
        copy[4] = Term(reinterpret_cast<uintptr_t>(new_off_heap_.first));
        new_off_heap_.first = copy;
        new_off_heap_.overhead += copy[1];
      }
      return moved;
    }
    return t;
  }

  void evacuate_root(Term* slot) { *slot = evacuate(*slot); }

  // Scans the copied objects, evacuating what they reference.
  void scan() {
    Term* s = to_start_;
    while (s < top_) {
      Term w = *s;
      if (!is_header(w)) {
        *s = evacuate(w);
        s++;
        continue;
      }
      Uint arity = header_arity(w);
      switch (header_sub(w)) {
        case Sub::Tuple:
        case Sub::FlatMap:
        case Sub::HashMap:
          s++;  // elements are scanned as ordinary words
          break;
        case Sub::Fun:
          s += 3;  // header, FunEntry*, creator pid; free vars follow
          break;
        case Sub::SubBin:
          s[5] = evacuate(s[5]);
          s += 1 + arity;
          break;
        case Sub::MatchCtx: {
          s[1] = evacuate(s[1]);
          // The base pointer follows the (possibly moved) binary data.
          BitView v;
          if (bit_view(s[1], &v)) s[2] = Term(reinterpret_cast<uintptr_t>(v.base));
          s += 1 + arity;
          break;
        }
        default:
          s += 1 + arity;  // raw payload
      }
    }
  }

  Term* top() const { return top_; }
  OffHeap& new_off_heap() { return new_off_heap_; }

 private:
  Process* p_;
  Term* to_start_;
  Term* top_;
  Term* to_end_;
  OffHeap new_off_heap_;
};

// Releases the binaries referenced only by ProcBins that did not survive.
void sweep_off_heap(OffHeap& old_list) {
  Term* pb = old_list.first;
  while (pb) {
    Term* next = reinterpret_cast<Term*>(uintptr_t(pb[4]));
    if (!is_boxed(pb[0])) {  // not forwarded: dead
      reinterpret_cast<Binary*>(uintptr_t(pb[2]))->dec_ref();
    }
    pb = next;
  }
  old_list = OffHeap{};
}

}  // namespace

bool gc_wanted(const Process* p) {
  size_t heap = size_t(p->heap_end - p->heap_start);
  return p->fragments.used_words() > std::max<size_t>(heap, 1024);
}

// Copies everything live into a new block of `new_size` words (which must
// be large enough for all live data plus the stack).
static void collect_into(Process* p, Term* x, unsigned live, size_t new_size) {
  size_t stack_words = size_t(p->heap_end - p->stop);
  Term* to = new Term[new_size];
  Collector c(p, to, new_size - stack_words);

  for (unsigned i = 0; i < live; i++) c.evacuate_root(&x[i]);
  // The stack moves to the top of the new block; continuation pointers and
  // catch tags in it are not heap pointers and stay as they are.
  Term* new_stop = to + new_size - stack_words;
  std::memcpy(new_stop, p->stop, stack_words * sizeof(Term));
  for (Term* s = new_stop; s < to + new_size; s++) {
    if (is_list(*s) || is_boxed(*s)) c.evacuate_root(s);
  }
  for (Term& t : p->xsave) c.evacuate_root(&t);
  c.evacuate_root(&p->dictionary);
  c.evacuate_root(&p->group_leader);
  if (p->exc_reason != NON_VALUE) c.evacuate_root(&p->exc_reason);
  if (p->exit_reason != NON_VALUE) c.evacuate_root(&p->exit_reason);
  if (p->trap_fun != NON_VALUE) c.evacuate_root(&p->trap_fun);
  c.scan();

  sweep_off_heap(p->off_heap());
  sweep_off_heap(p->fragments.off_heap());
  p->off_heap() = c.new_off_heap();
  p->fragments = FragmentHeap();
  delete[] p->heap_start;
  p->heap_start = to;
  p->htop = c.top();
  p->heap_end = to + new_size;
  p->stop = new_stop;
}

void garbage_collect(Process* p, Term* x, unsigned live, size_t need) {
  size_t heap_used = size_t(p->htop - p->heap_start);
  size_t stack_words = size_t(p->heap_end - p->stop);
  size_t upper = heap_used + p->fragments.used_words();
  // Room for everything that might be live, with space to grow, so that a
  // heap whose data all survives grows geometrically.
  size_t size = std::max<size_t>(p->min_heap_size,
                                 upper + upper / 2 + stack_words + need + 64);
  collect_into(p, x, live, size);
  // Mostly garbage: shrink to twice the live data.
  size_t live_words = size_t(p->htop - p->heap_start);
  size_t wanted = std::max<size_t>(p->min_heap_size,
                                   2 * live_words + stack_words + need + 64);
  if (wanted * 4 < size) collect_into(p, x, live, wanted);
}

}  // namespace beamline
