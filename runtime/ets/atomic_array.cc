#include "runtime/ets/atomic_array.h"

#include <new>

#include "absl/container/flat_hash_map.h"
#include "absl/synchronization/mutex.h"
#include "runtime/ets/ets.h"
#include "runtime/term/number.h"

namespace beamline {
namespace {

struct Registry {
  absl::Mutex mu;
  absl::flat_hash_map<uint64_t, std::unique_ptr<AtomicArray>> arrays
      ABSL_GUARDED_BY(mu);
};

Registry& registry() {
  static Registry* r = new Registry();
  return *r;
}

}  // namespace

Term atomic_array_new(Heap& h, VM* vm, AtomicArray::Kind kind, bool is_signed,
                      size_t n) {
  std::unique_ptr<AtomicArray> a;
  try {
    a = std::make_unique<AtomicArray>(kind, is_signed, n);
  } catch (const std::bad_alloc&) {
    return NON_VALUE;
  }
  uint64_t id = ets::new_ref_id(vm);
  {
    Registry& r = registry();
    absl::MutexLock lock(&r.mu);
    r.arrays.emplace(id, std::move(a));
  }
  return make_ref(h, id);
}

AtomicArray* atomic_array_find(Term ref, AtomicArray::Kind kind) {
  if (!is_ref(ref)) return nullptr;
  Registry& r = registry();
  absl::ReaderMutexLock lock(&r.mu);
  auto it = r.arrays.find(ref_id(ref));
  if (it == r.arrays.end() || it->second->kind != kind) return nullptr;
  return it->second.get();
}

Term atomic_cell_to_term(Heap& h, const AtomicArray& a, uint64_t v) {
  if (a.is_signed) return make_integer(h, int64_t(v));
  return make_integer(h, v);
}

namespace {

// An integer in [-2^63, 2^64 - 1] as (value, is_negative).
bool integer_to_u64_or_i64(Term t, uint64_t* out, bool* negative) {
  if (is_small(t)) {
    Sint v = small_value(t);
    *out = uint64_t(v);
    *negative = v < 0;
    return true;
  }
  if (!is_bignum(t)) return false;
  BigInt b = to_bigint(t);
  if (b < 0) {
    if (b < -(BigInt(1) << 63)) return false;
    *out = uint64_t(int64_t(b));
    *negative = true;
    return true;
  }
  if (b > BigInt(~uint64_t(0))) return false;
  *out = uint64_t(b);
  *negative = false;
  return true;
}

}  // namespace

bool atomic_term_to_cell(const AtomicArray& a, Term t, uint64_t* out) {
  bool neg;
  uint64_t v;
  if (!integer_to_u64_or_i64(t, &v, &neg)) return false;
  if (a.is_signed) {
    if (!neg && v > uint64_t(INT64_MAX)) return false;
  } else if (neg) {
    return false;
  }
  *out = v;
  return true;
}

bool atomic_term_to_incr(Term t, uint64_t* out) {
  bool neg;
  return integer_to_u64_or_i64(t, out, &neg);
}

}  // namespace beamline
