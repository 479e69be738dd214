#include "runtime/vm/gc.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <string>

#include "runtime/bifs/bif.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/binary.h"
#include "runtime/vm/vm.h"

namespace beamline {

// ---- heap sizes ------------------------------------------------------------------

namespace {

// BEAM's table: 12, 38, then Fibonacci + 1 up to about 1.3 M words, then
// 20% steps up to 2^53 bytes (as erts_init_gc builds it, including which
// sizes it leaves out at the top). Built at compile time; 64-bit on every
// target (wasm32 included), like terms.
struct HeapSizeTable {
  static constexpr size_t kMax = 154;
  uint64_t sizes[kMax] = {};
  size_t count = 0;
  constexpr HeapSizeTable() {
    sizes[0] = 12;
    sizes[1] = 38;
    size_t i = 2;
    for (; i < 23; i++) sizes[i] = sizes[i - 1] + sizes[i - 2] + 1;
    const uint64_t limit = (uint64_t(1) << 53) / sizeof(Term);
    for (; i < kMax; i++) {
      sizes[i] = sizes[i - 1] + sizes[i - 1] / 5;
      if (sizes[i] > limit) {
        sizes[i] = 0;
        i--;
        break;
      }
    }
    count = i;
  }
};

constexpr HeapSizeTable kHeapSizes{};
static_assert(kHeapSizes.count < 256, "heap size indexes fit in a byte");
static_assert(kHeapSizes.sizes[5] == kMinHeapSize);
static_assert(kHeapSizes.sizes[16] == kMinBinVheapSize);

const HeapSizeTable& heap_size_table() { return kHeapSizes; }

// ---- system defaults and statistics ----

std::atomic<size_t> g_min_heap_size{kMinHeapSize};
std::atomic<size_t> g_min_bin_vheap_size{kMinBinVheapSize};
std::atomic<uint16_t> g_fullsweep_after{65535};
// max_heap_size << 2 | flags, so that both change together.
std::atomic<uint64_t> g_max_heap{uint64_t(kMaxHeapKill | kMaxHeapLog)};
std::atomic<uint64_t> g_collections{0};
std::atomic<uint64_t> g_reclaimed{0};

}  // namespace

size_t gc_next_heap_size(size_t words, int offset) {
  const HeapSizeTable& t = heap_size_table();
  if (words < t.sizes[0]) return size_t(t.sizes[0]);
  const uint64_t* end = t.sizes + t.count;
  const uint64_t* it = std::lower_bound(t.sizes, end, uint64_t(words));
  size_t idx = size_t(it - t.sizes) + size_t(offset);
  // Beyond the table (or the address space): no allocation of that size
  // can succeed anyway.
  uint64_t size = idx < t.count ? t.sizes[idx] : t.sizes[t.count - 1];
  if (size > SIZE_MAX) size = SIZE_MAX;
  return std::max(words, size_t(size));
}

const uint64_t* gc_heap_sizes(size_t* count) {
  *count = heap_size_table().count;
  return heap_size_table().sizes;
}

uint8_t gc_heap_size_index(size_t words) {
  const HeapSizeTable& t = heap_size_table();
  const uint64_t* it = std::lower_bound(t.sizes, t.sizes + t.count, uint64_t(words));
  return uint8_t(std::min<size_t>(size_t(it - t.sizes), t.count - 1));
}

GcDefaults gc_defaults() {
  GcDefaults d;
  d.min_heap_size = g_min_heap_size.load(std::memory_order_relaxed);
  d.min_bin_vheap_size = g_min_bin_vheap_size.load(std::memory_order_relaxed);
  d.fullsweep_after = g_fullsweep_after.load(std::memory_order_relaxed);
  uint64_t mh = g_max_heap.load(std::memory_order_relaxed);
  d.max_heap_size = mh >> 2;
  d.max_heap_flags = uint8_t(mh & 3);
  return d;
}

void gc_set_default_min_heap_size(size_t words) {
  g_min_heap_size.store(words, std::memory_order_relaxed);
}
void gc_set_default_min_bin_vheap_size(size_t words) {
  g_min_bin_vheap_size.store(words, std::memory_order_relaxed);
}
void gc_set_default_fullsweep_after(uint16_t n) {
  g_fullsweep_after.store(n, std::memory_order_relaxed);
}
void gc_set_default_max_heap_size(uint64_t words, uint8_t flags) {
  g_max_heap.store(words << 2 | (flags & 3), std::memory_order_relaxed);
}

void gc_statistics(uint64_t* collections, uint64_t* words_reclaimed) {
  *collections = g_collections.load(std::memory_order_relaxed);
  *words_reclaimed = g_reclaimed.load(std::memory_order_relaxed);
}

// ---- per-process state -------------------------------------------------------------

Process::GcState::GcState() {
  GcDefaults d = gc_defaults();
  fullsweep_after = d.fullsweep_after;
  max_heap_size = d.max_heap_size;
  max_heap_flags = d.max_heap_flags;
  min_bin_vheap_index = gc_heap_size_index(d.min_bin_vheap_size);
  bin_vheap_index = min_bin_vheap_index;
}

Process::GcState::~GcState() = default;

Process::GcState::OldGen::~OldGen() {
  release_off_heap(off_heap);
  delete[] heap;
}

size_t Process::GcState::default_min_heap_size() {
  return g_min_heap_size.load(std::memory_order_relaxed);
}

// ---- sizes of a process ----------------------------------------------------------

namespace {

using OldGen = Process::GcState::OldGen;

// The old generation, made on first use.
OldGen& old_gen(Process* p) {
  if (!p->gc.old) p->gc.old = std::make_unique<OldGen>(gc_min_bin_vheap_size(p));
  return *p->gc.old;
}

// The old heap block (null if none).
const OldGen* old_heap_of(const Process* p) {
  const OldGen* o = p->gc.old.get();
  return o && o->heap ? o : nullptr;
}

size_t abandoned_words(const Process* p) {
  size_t n = 0;
  if (p->gc.old) {
    for (const auto& a : p->gc.old->abandoned) n += a.used;
  }
  return n;
}

// BEAM's MBUF_SIZE: words in heap fragments (and given-up young blocks, and
// received messages).
size_t mbuf_words(const Process* p) {
  return p->fragments.used_words() + abandoned_words(p) + p->received.words();
}

size_t young_block_words(const Process* p) {
  return size_t(p->heap_end - p->heap_start);
}

size_t old_block_words(const Process* p) {
  const OldGen* o = old_heap_of(p);
  return o ? size_t(o->end - o->heap) : 0;
}

size_t old_used_words(const Process* p) {
  const OldGen* o = old_heap_of(p);
  return o ? size_t(o->htop - o->heap) : 0;
}

// The high-water mark, or heap_start if it is not inside the used heap.
Term* high_water(const Process* p) {
  Term* hw = p->gc.high_water;
  if (hw < p->heap_start || hw > p->htop) return p->heap_start;
  return hw;
}

// Words of young data a collection may have to keep (BEAM's ygen usage).
size_t young_usage(const Process* p) {
  return size_t(p->htop - p->heap_start) + mbuf_words(p);
}

// Off-heap binary data referenced from young data, in words.
uint64_t young_vheap_words(const Process* p) {
  Process* q = const_cast<Process*>(p);
  uint64_t bytes = uint64_t(q->off_heap().overhead) +
                   uint64_t(q->fragments.off_heap().overhead) +
                   q->received.off_heap_bytes();
  return bytes / sizeof(Term);
}

// A process's min_heap_size (never below the smallest table size).
size_t next_process_heap_size(const Process* p, size_t words, int offset = 0) {
  return std::max(gc_next_heap_size(words, offset), p->min_heap_size);
}

}  // namespace

size_t gc_heap_size(const Process* p) {
  return young_block_words(p) + mbuf_words(p);
}

size_t gc_total_heap_size(const Process* p) {
  return young_block_words(p) + old_block_words(p) + mbuf_words(p);
}

uint64_t gc_min_bin_vheap_size(const Process* p) {
  return heap_size_table().sizes[p->gc.min_bin_vheap_index];
}

void gc_set_min_bin_vheap_size(Process* p, size_t words) {
  p->gc.min_bin_vheap_index = gc_heap_size_index(words);
  p->gc.bin_vheap_index = std::max(p->gc.bin_vheap_index, p->gc.min_bin_vheap_index);
}

uint64_t gc_bin_vheap_size(const Process* p) {
  return heap_size_table().sizes[p->gc.bin_vheap_index];
}

const char* const kGcInfoNames[kGcInfoItems] = {
    "old_heap_block_size", "heap_block_size", "mbuf_size",
    "recent_size",         "stack_size",      "old_heap_size",
    "heap_size",           "bin_vheap_size",  "bin_vheap_block_size",
    "bin_old_vheap_size",  "bin_old_vheap_block_size"};

namespace {

void gc_info_extra(const Process* p, uint64_t out[kGcInfoItems],
                   size_t extra_heap_block, size_t extra_old_heap_block) {
  const Process::GcState& g = p->gc;
  const OldGen* o = g.old.get();
  out[0] = old_block_words(p) + extra_old_heap_block;
  out[1] = young_block_words(p) + extra_heap_block;
  out[2] = mbuf_words(p);
  out[3] = size_t(high_water(p) - p->heap_start);
  out[4] = size_t(p->heap_end - p->stop);
  out[5] = old_used_words(p);
  out[6] = size_t(p->htop - p->heap_start);
  out[7] = young_vheap_words(p);
  out[8] = gc_bin_vheap_size(p);
  out[9] = o ? o->bin_vheap : 0;
  out[10] = o ? o->bin_vheap_size : gc_min_bin_vheap_size(p);
}

}  // namespace

void gc_info(const Process* p, uint64_t out[kGcInfoItems]) {
  gc_info_extra(p, out, 0, 0);
}

// ---- requests ----------------------------------------------------------------------

bool gc_wanted(const Process* p) {
  if (p->fragments.used_words() + p->received.words() >
      std::max<size_t>(young_block_words(p), 1024)) {
    return true;
  }
  return young_vheap_words(p) > heap_size_table().sizes[p->gc.bin_vheap_index];
}

// ---- the collector ------------------------------------------------------------------

namespace {

// Words a boxed object occupies (header included).
size_t object_words(Term hdr) { return 1 + header_arity(hdr); }

Term* procbin_next(const Term* pb) {
  return reinterpret_cast<Term*>(uintptr_t(pb[4]));
}

// One copying pass. From-space is the young generation (the used part of
// the young block, the fragments and any given-up blocks) and, for a major
// collection, the old heap. Live objects inside [mature_lo, mature_hi) are
// promoted: copied to the old heap at old_top (which has room for all of
// them); everything else goes to the new young block at `to`.
class Collector {
 public:
  Collector(Process* p, Term* to, bool major, Term* mature_lo, Term* mature_hi)
      : p_(p),
        young_lo_(p->heap_start),
        young_hi_(p->htop),
        mature_lo_(mature_lo),
        mature_hi_(mature_hi),
        major_(major),
        to_start_(to),
        top_(to) {
    if (const OldGen* o = old_heap_of(p)) {
      old_lo_ = o->heap;
      old_hi_ = o->htop;
      old_scan_ = o->htop;
      old_top_ = o->htop;
    }
    collect_outside_blocks();
  }

  bool in_from_space(const Term* ptr) const {
    if (ptr >= young_lo_ && ptr < young_hi_) return true;
    // Old data: from-space only in a major collection (and common in a
    // minor one: checked before the fragments).
    if (ptr >= old_lo_ && ptr < old_hi_) return major_;
    // The other young blocks, sorted by address.
    auto it = std::upper_bound(
        outside_.begin(), outside_.end(), ptr,
        [](const Term* q, const Block& b) { return q < b.lo; });
    return it != outside_.begin() && ptr < (it - 1)->hi;
  }

  // Copies the object `t` points to (if it lives in from-space) and returns
  // the updated term.
  Term evacuate(Term t) {
    if (is_list(t)) {
      Term* cell = list_val(t);
      if (!in_from_space(cell)) return t;
      if (cell[0] == NON_VALUE) return cell[1];  // already moved
      Term*& top = promoted(cell) ? old_top_ : top_;
      Term* copy = top;
      top += 2;
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
      bool old = promoted(obj);
      Term*& top = old ? old_top_ : top_;
      Term* copy = top;
      top += n;
      std::memcpy(copy, obj, n * sizeof(Term));
      Term moved = make_boxed(copy);
      obj[0] = moved;
      if (header_sub(hdr) == Sub::RefcBin) {
        // Relink into the off-heap list of the generation it now lives in.
        OffHeap& list = old ? promoted_off_heap_ : young_off_heap_;
        copy[4] = Term(reinterpret_cast<uintptr_t>(list.first));
        list.first = copy;
        list.overhead += copy[1];
      }
      return moved;
    }
    return t;
  }

  void evacuate_root(Term* slot) { *slot = evacuate(*slot); }

  // Scans the copied objects (new young block and promoted old-heap area)
  // until no reference into from-space is left.
  void scan() {
    Term* ys = to_start_;
    while (ys < top_ || old_scan_ < old_top_) {
      while (ys < top_) ys = scan_one(ys);
      while (old_scan_ < old_top_) old_scan_ = scan_one(old_scan_);
    }
  }

  Term* top() const { return top_; }
  Term* old_top() const { return old_top_; }
  OffHeap& young_off_heap() { return young_off_heap_; }
  OffHeap& promoted_off_heap() { return promoted_off_heap_; }

 private:
  bool promoted(const Term* ptr) const {
    return ptr >= mature_lo_ && ptr < mature_hi_;
  }

  // Scans the word or object at `s`; returns the next position.
  Term* scan_one(Term* s) {
    Term w = *s;
    if (!is_header(w)) {
      *s = evacuate(w);
      return s + 1;
    }
    Uint arity = header_arity(w);
    switch (header_sub(w)) {
      case Sub::Tuple:
      case Sub::FlatMap:
      case Sub::HashMap:
        return s + 1;  // elements are scanned as ordinary words
      case Sub::Fun:
        return s + 3;  // header, FunEntry*, creator pid; free vars follow
      case Sub::SubBin:
        s[5] = evacuate(s[5]);
        return s + 1 + arity;
      case Sub::MatchCtx: {
        s[1] = evacuate(s[1]);
        // The base pointer follows the (possibly moved) binary data.
        BitView v;
        if (bit_view(s[1], &v)) s[2] = Term(reinterpret_cast<uintptr_t>(v.base));
        return s + 1 + arity;
      }
      default:
        return s + 1 + arity;  // raw payload
    }
  }

  // Young data outside the young block: heap fragments, young blocks given
  // up when the heap grew, received messages. A process can hold thousands
  // of them, so they are looked up by binary search.
  struct Block {
    const Term* lo;
    const Term* hi;
  };
  void collect_outside_blocks() {
    auto add = [&](const Term* lo, const Term* hi) {
      if (lo != hi) outside_.push_back({lo, hi});
    };
    auto add_fragments = [&](const FragmentHeap& f) {
      for (const auto& b : f.blocks()) add(b.words.get(), b.words.get() + b.used);
    };
    add_fragments(p_->fragments);
    if (p_->gc.old) {
      for (const auto& a : p_->gc.old->abandoned) add(a.words.get(), a.words.get() + a.used);
    }
    for (const Message* m = p_->received.first(); m; m = m->next) {
      add(m->heap.start(), m->heap.top());
      if (const FragmentHeap* o = m->heap.overflow()) add_fragments(*o);
    }
    std::sort(outside_.begin(), outside_.end(),
              [](const Block& a, const Block& b) { return a.lo < b.lo; });
  }

  Process* p_;
  std::vector<Block> outside_;
  const Term* young_lo_;
  const Term* young_hi_;
  const Term* old_lo_ = nullptr;
  const Term* old_hi_ = nullptr;
  const Term* mature_lo_;
  const Term* mature_hi_;
  bool major_;
  Term* to_start_;
  Term* top_;
  Term* old_scan_ = nullptr;
  Term* old_top_ = nullptr;
  OffHeap young_off_heap_;
  OffHeap promoted_off_heap_;
};

// Releases the binaries of the ProcBins on `list` that were not copied.
void sweep_off_heap(OffHeap& list) {
  Term* pb = list.first;
  while (pb) {
    Term* next = procbin_next(pb);
    if (!is_boxed(pb[0])) {  // not forwarded: dead
      reinterpret_cast<Binary*>(uintptr_t(pb[2]))->dec_ref();
    }
    pb = next;
  }
  list = OffHeap{};
}

// Prepends `add` to `list`.
void splice_off_heap(OffHeap& list, OffHeap& add) {
  if (!add.first) return;
  Term* last = add.first;
  while (procbin_next(last)) last = procbin_next(last);
  last[4] = Term(reinterpret_cast<uintptr_t>(list.first));
  list.first = add.first;
  list.overhead += add.overhead;
  add = OffHeap{};
}

// BEAM's next_vheap_size: grow while more than 75% is used, halve when
// less than 25% is, never below the process's minimum.
uint64_t next_vheap_size(const Process* p, uint64_t vheap, uint64_t vheap_sz) {
  uint64_t min = gc_min_bin_vheap_size(p);
  if (vheap_sz < min) vheap_sz = min;
  if (vheap > vheap_sz * 3 / 4) {
    while (vheap > vheap_sz * 3 / 4) {
      uint64_t next = gc_next_heap_size(size_t(vheap_sz), 1);
      if (next <= vheap_sz) break;
      vheap_sz = next;
    }
    return std::max(vheap_sz, min);
  }
  if (vheap < vheap_sz / 4) return std::max(vheap_sz / 2, min);
  return vheap_sz;
}

// The same on table indexes (the young generation's limit): one size up
// while more than 75% is used, one down when less than 25% is.
uint8_t next_vheap_index(const Process* p, uint64_t vheap, uint8_t index) {
  const HeapSizeTable& t = heap_size_table();
  uint8_t min = p->gc.min_bin_vheap_index;
  if (index < min) index = min;
  if (vheap > t.sizes[index] * 3 / 4) {
    while (index + 1u < t.count && vheap > t.sizes[index] * 3 / 4) index++;
    return index;
  }
  if (vheap < t.sizes[index] / 4 && index > min) return uint8_t(index - 1);
  return index;
}

enum class Kind { Minor, Major, Resize };

// Copies the live data into a new young block of `new_size` words, which
// must hold the surviving young data (all live data for a major
// collection) plus the stack. Minor: objects below the high-water mark go
// to the old heap, which must have room for them. Resize: a copy of the
// young generation only (the old heap is left as it is), not counted as a
// collection.
void collect(Process* p, Term* x, unsigned live, size_t new_size, Kind kind) {
  Process::GcState& g = p->gc;
  size_t stack_words = size_t(p->heap_end - p->stop);
  Term* to = new Term[new_size];
  Term* mature_lo = nullptr;
  Term* mature_hi = nullptr;
  if (kind == Kind::Minor) {
    mature_lo = p->heap_start;
    mature_hi = high_water(p);
  }
  Collector c(p, to, kind == Kind::Major, mature_lo, mature_hi);

  for (unsigned i = 0; i < live; i++) c.evacuate_root(&x[i]);
  // The stack moves to the top of the new block; continuation pointers and
  // catch tags in it are not heap pointers and stay as they are.
  Term* new_stop = to + new_size - stack_words;
  std::memcpy(new_stop, p->stop, stack_words * sizeof(Term));
  for (Term* s = new_stop; s < to + new_size; s++) {
    if (is_list(*s) || is_boxed(*s)) c.evacuate_root(s);
  }
  for (Term& t : p->xsave) c.evacuate_root(&t);
  // Queued messages whose terms were moved onto the heap: the first
  // msgs_on_heap of the queue (the others point into their own blocks,
  // outside from-space, and stay).
  Message* m = p->msg_first;
  for (size_t i = 0; i < p->msgs_on_heap; i++, m = m->next) c.evacuate_root(&m->term);
  c.evacuate_root(&p->dictionary);
  c.evacuate_root(&p->group_leader);
  if (p->exc_reason != NON_VALUE) c.evacuate_root(&p->exc_reason);
  if (p->exit_reason != NON_VALUE) c.evacuate_root(&p->exit_reason);
  if (p->trap_fun != NON_VALUE) c.evacuate_root(&p->trap_fun);
  c.scan();

  // Words that could have survived, and what did (for statistics).
  size_t before = young_usage(p);
  size_t promoted = 0;
  sweep_off_heap(p->off_heap());
  sweep_off_heap(p->fragments.off_heap());
  for (Message* m = p->received.first(); m; m = m->next) {
    sweep_off_heap(m->heap.off_heap());
  }
  p->received.clear();
  if (OldGen* o = g.old.get()) {
    if (kind == Kind::Major) {
      sweep_off_heap(o->off_heap);
      before += old_used_words(p);
      delete[] o->heap;
      o->heap = o->htop = o->end = nullptr;
      o->bin_vheap = 0;
    } else if (kind == Kind::Minor && o->heap) {
      promoted = size_t(c.old_top() - o->htop);
      o->bin_vheap += c.promoted_off_heap().overhead / sizeof(Term);
      splice_off_heap(o->off_heap, c.promoted_off_heap());
      o->htop = c.old_top();
    }
    o->abandoned.clear();
  }
  p->off_heap() = c.young_off_heap();
  p->fragments = FragmentHeap();
  delete[] p->heap_start;
  p->heap_start = to;
  p->htop = c.top();
  p->heap_end = to + new_size;
  p->stop = new_stop;
  g.high_water = p->htop;

  if (kind != Kind::Resize) {
    g_collections.fetch_add(1, std::memory_order_relaxed);
    size_t kept = size_t(p->htop - p->heap_start) + promoted;
    if (before > kept) {
      g_reclaimed.fetch_add(before - kept, std::memory_order_relaxed);
    }
    // The virtual heap limits follow the surviving binary data.
    g.bin_vheap_index = next_vheap_index(p, young_vheap_words(p), g.bin_vheap_index);
    if (OldGen* o = g.old.get()) {
      o->bin_vheap_size = next_vheap_size(p, o->bin_vheap, o->bin_vheap_size);
    }
  }
}

// Moves the young data (just collected: no fragments) into a block of
// `new_size` words.
void resize_young(Process* p, Term* x, unsigned live, size_t new_size) {
  collect(p, x, live, new_size, Kind::Resize);
}

// ---- max_heap_size ----

// Sends erl's "maximum heap size reached" report to beamline_logger (which
// logs it through logger, as erts_send_error_term_to_logger does).
void report_max_heap(Process* p, size_t total, size_t extra_heap,
                     size_t extra_old_heap) {
  VM* vm = p->vm();
  if (!vm) return;
  static const Term logger = atom_from("beamline_logger");
  Term to = vm->whereis(logger);
  if (!is_pid(to)) return;
  static const std::string format = [] {
    const char* labels[] = {"Process:", "Context:", "Max Heap Size:",
                            "Total Heap Size:", "Kill:", "Error Logger:",
                            "Message Queue Len:", "GC Info:"};
    std::string f;
    for (const char* l : labels) {
      std::string line = "     " + std::string(l);
      line.resize(25, ' ');
      f += line;
      if (std::string_view(l) == "Process:") {
        f += "~p ~n";
      } else if (std::string_view(l) == "Context:") {
        f += "maximum heap size reached~n";
      } else {
        f += "~p~n";
      }
    }
    return f;
  }();
  FragmentHeap h;
  uint64_t info[kGcInfoItems];
  gc_info_extra(p, info, extra_heap, extra_old_heap);
  Term items[kGcInfoItems];
  for (int i = 0; i < kGcInfoItems; i++) {
    items[i] = make_tuple(h, {atom_from(kGcInfoNames[i]),
                              make_small(Sint(info[i]))});
  }
  Term gc_list = make_list_from(h, items, kGcInfoItems);
  Term args[7] = {p->pid(),
                  make_small(Sint(p->gc.max_heap_size)),
                  make_small(Sint(total)),
                  make_bool(p->gc.max_heap_flags & kMaxHeapKill),
                  atom::true_,
                  make_small(Sint(p->msg_count)),
                  gc_list};
  Term chars = NIL;
  for (size_t i = format.size(); i-- > 0;) {
    Term* cell = h.alloc(2);
    cell[0] = make_small(static_cast<unsigned char>(format[i]));
    cell[1] = chars;
    chars = make_list(cell);
  }
  static const Term tag = atom_from("emulator_error");
  vm->send(to, make_tuple(h, {tag, p->pid(), chars, make_list_from(h, args, 7)}));
}

// The process would exceed max_heap_size (words, counted as BEAM does):
// logs, and with the kill flag marks the process killed and returns true;
// the caller then skips the collection, but `need` words must be free:
// the young block is given up (kept as from-space) for a small new one.
bool over_max_heap(Process* p, size_t total, size_t extra_heap,
                   size_t extra_old_heap, size_t need) {
  Process::GcState& g = p->gc;
  if (g.max_heap_size == 0 || g.max_heap_killed || total <= g.max_heap_size) {
    return false;
  }
  if (g.max_heap_flags & kMaxHeapLog) {
    report_max_heap(p, total, extra_heap, extra_old_heap);
  }
  if (!(g.max_heap_flags & kMaxHeapKill)) return false;
  g.max_heap_killed = true;
  if (p->heap_words_free() < need) {
    size_t stack_words = size_t(p->heap_end - p->stop);
    size_t size = stack_words + need + 40;
    Term* block = new Term[size];
    std::memcpy(block + size - stack_words, p->stop, stack_words * sizeof(Term));
    old_gen(p).abandoned.push_back({std::unique_ptr<Term[]>(p->heap_start),
                                    size_t(p->htop - p->heap_start)});
    p->heap_start = p->htop = block;
    p->heap_end = block + size;
    p->stop = p->heap_end - stack_words;
    g.high_water = block;
  }
  return true;
}

// ---- the two kinds of collection ----

enum class Outcome { Done, NeedMajor, Killed };

Outcome minor_collection(Process* p, Term* x, unsigned live, size_t need) {
  Process::GcState& g = p->gc;
  size_t size_before = young_usage(p);
  size_t mature_size = size_t(high_water(p) - p->heap_start);
  size_t stack_words = size_t(p->heap_end - p->stop);

  if (g.max_heap_size) {
    size_t total = size_before;
    size_t extra_old = 0;
    if (!old_heap_of(p) && mature_size) {
      extra_old = gc_next_heap_size(size_before, 1);
      total += extra_old;
    } else {
      total += old_block_words(p);
    }
    // The unused area between heap and stack counts too.
    size_t extra_heap =
        next_process_heap_size(p, size_t(p->heap_end - p->htop) + size_before);
    total += extra_heap;
    if (over_max_heap(p, total, extra_heap, extra_old, need)) return Outcome::Killed;
  }

  if (!old_heap_of(p) && mature_size) {
    // Larger than strictly needed, as BEAM does: fewer fullsweeps.
    size_t sz = gc_next_heap_size(size_before, 1);
    OldGen& o = old_gen(p);
    o.heap = o.htop = new Term[sz];
    o.end = o.heap + sz;
  }
  const OldGen* o = old_heap_of(p);
  if (!o || mature_size > size_t(o->end - o->htop) ||
      o->bin_vheap >= o->bin_vheap_size) {
    return Outcome::NeedMajor;
  }

  size_t new_size = next_process_heap_size(p, stack_words + size_before + need);
  collect(p, x, live, new_size, Kind::Minor);
  g.minor_gcs++;

  // Shrink an excessively large young heap (BEAM's rule: only substantial
  // heaps, as after promotion little of the new heap is in use).
  size_t heap = young_block_words(p);
  size_t need_after = size_t(p->htop - p->heap_start) + need + stack_words;
  if (heap > 3000 && 4 * need_after < heap &&
      (heap > 8000 || heap > old_block_words(p))) {
    size_t wanted = 3 * need_after;
    size_t old_size = old_block_words(p);
    if (wanted * 9 < old_size) wanted = std::max(wanted, old_size / 8);
    wanted = wanted < p->min_heap_size ? p->min_heap_size
                                       : next_process_heap_size(p, wanted);
    if (wanted < heap) resize_young(p, x, live, wanted);
  } else if (need_after > heap) {
    resize_young(p, x, live, next_process_heap_size(p, need_after));
  }
  return Outcome::Done;
}

Outcome major_collection(Process* p, Term* x, unsigned live, size_t need) {
  Process::GcState& g = p->gc;
  size_t old_used = old_used_words(p);
  size_t size_before = young_usage(p) + old_used;
  size_t stack_words = size_t(p->heap_end - p->stop);
  size_t heap = young_block_words(p);

  size_t new_size = next_process_heap_size(p, stack_words + size_before + need);
  if (new_size == heap && g.grow_next) new_size = next_process_heap_size(p, heap, 1);

  if (g.max_heap_size) {
    size_t total = size_before;
    total += old_block_words(p) - old_used;      // unused old heap
    total += size_t(p->heap_end - p->htop);      // stack and free young space
    total += new_size;
    if (over_max_heap(p, total, new_size, 0, need)) return Outcome::Killed;
  }

  g.grow_next = false;
  g.need_fullsweep = false;
  collect(p, x, live, new_size, Kind::Major);
  g.minor_gcs = 0;

  // adjust_after_fullsweep.
  heap = young_block_words(p);
  size_t need_after = size_t(p->htop - p->heap_start) + need + stack_words;
  if (heap < need_after) {
    resize_young(p, x, live, next_process_heap_size(p, need_after));
  } else if (3 * heap < 4 * need_after) {
    g.grow_next = true;  // more than 75% in use: grow at the next major
  } else if (4 * need_after < heap && heap > kMinHeapSize) {
    size_t wanted = 2 * need_after;
    size_t sz = wanted < p->min_heap_size ? p->min_heap_size
                                          : next_process_heap_size(p, wanted);
    if (sz < heap) resize_young(p, x, live, sz);
  }
  return Outcome::Done;
}

void run(Process* p, Term* x, unsigned live, size_t need, bool force_major) {
  Process::GcState& g = p->gc;
  // Being killed (max_heap_size): only keep it memory-safe until it stops.
  if (g.max_heap_killed && p->heap_words_free() >= need) return;
  bool major = force_major || g.need_fullsweep || g.minor_gcs >= g.fullsweep_after;
  if (!major) {
    Outcome o = minor_collection(p, x, live, need);
    if (o != Outcome::NeedMajor) return;
    g.need_fullsweep = true;
  }
  major_collection(p, x, live, need);
}

}  // namespace

void garbage_collect(Process* p, Term* x, unsigned live, size_t need) {
  run(p, x, live, need, false);
}

void garbage_collect_major(Process* p, Term* x, unsigned live, size_t need) {
  run(p, x, live, need, true);
}

void garbage_collect_idle(Process* p, bool major) {
  run(p, nullptr, 0, 0, major);
}

void gc_grow_young_heap(Process* p, size_t words) {
  size_t stack_words = size_t(p->heap_end - p->stop);
  size_t size = std::max(words, young_usage(p) + stack_words);
  if (size <= young_block_words(p)) return;
  // A copy of the young data (the old heap stays as it is).
  collect(p, nullptr, 0, size, Kind::Resize);
}

void garbage_collect_hibernate(Process* p, Term* x, unsigned live) {
  Process::GcState& g = p->gc;
  size_t old_used = old_used_words(p);
  size_t stack_words = size_t(p->heap_end - p->stop);
  size_t size = young_usage(p) + old_used + stack_words + 1;
  g.need_fullsweep = false;
  g.grow_next = false;
  collect(p, x, live, size, Kind::Major);
  g.minor_gcs = 0;
  // Exactly the live data (at least one word), as BEAM's hibernation.
  size_t used = size_t(p->htop - p->heap_start);
  size_t exact = std::max<size_t>(used + stack_words, 1);
  if (exact < young_block_words(p)) resize_young(p, x, live, exact);
}

}  // namespace beamline
