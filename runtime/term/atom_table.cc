#include "runtime/term/atom_table.h"

#include <array>
#include <atomic>
#include <cstdlib>
#include <memory>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/synchronization/mutex.h"

namespace beamline {
namespace {

// Names live in fixed-size chunks that are never moved, so readers can index
// them without a lock; only interning a new name locks.
constexpr size_t kChunkBits = 12;
constexpr size_t kChunkSize = size_t(1) << kChunkBits;
constexpr size_t kMaxChunks = kMaxAtoms / kChunkSize;

struct AtomTable {
  absl::Mutex mu;
  absl::flat_hash_map<std::string, Uint> by_name ABSL_GUARDED_BY(mu);
  std::array<std::atomic<std::string*>, kMaxChunks> chunks{};
  std::atomic<size_t> count{0};

  AtomTable() {
    static constexpr std::string_view kPredefined[] = {
#define ATOM(id, text) text,
#include "runtime/term/atoms.def"
#undef ATOM
    };
    for (std::string_view name : kPredefined) {
      auto r = intern(name);
      if (!r.ok()) std::abort();
    }
  }

  absl::StatusOr<Uint> intern(std::string_view name) {
    absl::MutexLock lock(&mu);
    auto it = by_name.find(std::string(name));
    if (it != by_name.end()) return it->second;
    size_t index = count.load(std::memory_order_relaxed);
    if (index >= kMaxAtoms) {
      return absl::ResourceExhaustedError("atom table full");
    }
    size_t chunk = index >> kChunkBits;
    if (chunks[chunk].load(std::memory_order_acquire) == nullptr) {
      chunks[chunk].store(new std::string[kChunkSize],
                          std::memory_order_release);
    }
    chunks[chunk].load()[index & (kChunkSize - 1)] = std::string(name);
    by_name.emplace(std::string(name), index);
    count.store(index + 1, std::memory_order_release);
    return index;
  }
};

AtomTable& table() {
  static AtomTable* t = new AtomTable();  // lives for the whole run
  return *t;
}

// Counts code points of a UTF-8 string (the atom length limit is in
// characters).
size_t utf8_length(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

absl::StatusOr<Term> intern_atom(std::string_view utf8_name) {
  if (utf8_length(utf8_name) > kMaxAtomLength) {
    return absl::InvalidArgumentError("atom too long");
  }
  auto index = table().intern(utf8_name);
  if (!index.ok()) return index.status();
  return make_atom(*index);
}

Term atom_from(std::string_view utf8_name) {
  auto r = intern_atom(utf8_name);
  if (!r.ok()) std::abort();
  return *r;
}

bool find_atom(std::string_view utf8_name, Term* out) {
  AtomTable& t = table();
  absl::MutexLock lock(&t.mu);
  auto it = t.by_name.find(std::string(utf8_name));
  if (it == t.by_name.end()) return false;
  *out = make_atom(it->second);
  return true;
}

std::string_view atom_name(Term atom) {
  Uint index = atom_index(atom);
  AtomTable& t = table();
  return t.chunks[index >> kChunkBits].load(
      std::memory_order_acquire)[index & (kChunkSize - 1)];
}

size_t atom_count() { return table().count.load(std::memory_order_acquire); }

}  // namespace beamline
