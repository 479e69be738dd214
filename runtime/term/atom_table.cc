#include "runtime/term/atom_table.h"

#include <array>
#include <atomic>
#include <cstdlib>
#include <memory>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/hash/hash.h"
#include "absl/status/status.h"
#include "absl/synchronization/mutex.h"

namespace beamline {
namespace {

// Thread safety. Names live in fixed-size chunks that are never moved or
// freed, so atom_name() indexes them without a lock: whoever holds an atom
// Term got it from intern/find (under a shard lock, after the name was
// written) or from another process through a message, ETS, ... (each of which
// synchronises), so the name's write happens before the read.
//
// The name -> index maps are split into shards by hash, each with its own
// reader/writer lock: looking up an existing atom (list_to_atom of a known
// name, binary_to_existing_atom, atom_from) takes one shard's lock shared,
// and only creating a new atom takes it exclusively. A new atom's index comes
// from a global counter; its chunk is allocated on demand (compare-and-swap,
// so two shards creating atoms at once never both install one).
constexpr size_t kChunkBits = 12;
constexpr size_t kChunkSize = size_t(1) << kChunkBits;
constexpr size_t kMaxChunks = kMaxAtoms / kChunkSize;
constexpr unsigned kShardBits = 5;
constexpr size_t kShards = size_t(1) << kShardBits;

struct Shard {
  absl::Mutex mu;
  // absl's string hash is transparent: find() takes an absl::string_view
  // (which need not be std::string_view: see key()).
  absl::flat_hash_map<std::string, Uint> by_name ABSL_GUARDED_BY(mu);
};

struct AtomTable {
  std::array<Shard, kShards> shards;
  std::array<std::atomic<std::string*>, kMaxChunks> chunks{};
  std::atomic<size_t> count{0};  // indices handed out

  AtomTable() {
    static constexpr std::string_view kPredefined[] = {
#define ATOM(id, text) text,
#include "runtime/term/atoms.def"
#undef ATOM
    };
    // One thread, in order: predefined atom i gets index i (atoms.def).
    for (std::string_view name : kPredefined) {
      auto r = intern(name);
      if (!r.ok()) std::abort();
    }
  }

  static absl::string_view key(std::string_view name) {
    return absl::string_view(name.data(), name.size());
  }
  static size_t hash(std::string_view name) {
    return absl::Hash<absl::string_view>{}(key(name));
  }
  // The top bits pick the shard (the maps use the low ones for slots; size_t
  // is 32 bits on wasm32).
  Shard& shard_for(size_t h) { return shards[h >> (sizeof(size_t) * 8 - kShardBits)]; }

  bool find(std::string_view name, Uint* out) {
    Shard& s = shard_for(hash(name));
    absl::ReaderMutexLock lock(&s.mu);
    auto it = s.by_name.find(key(name));
    if (it == s.by_name.end()) return false;
    *out = it->second;
    return true;
  }

  absl::StatusOr<Uint> intern(std::string_view name) {
    Shard& s = shard_for(hash(name));
    {
      absl::ReaderMutexLock lock(&s.mu);
      auto it = s.by_name.find(key(name));
      if (it != s.by_name.end()) return it->second;
    }
    absl::MutexLock lock(&s.mu);
    // Another thread may have created it between the two locks.
    auto it = s.by_name.find(key(name));
    if (it != s.by_name.end()) return it->second;
    size_t index = count.load(std::memory_order_relaxed);
    do {
      if (index >= kMaxAtoms) {
        return absl::ResourceExhaustedError("atom table full");
      }
    } while (!count.compare_exchange_weak(index, index + 1,
                                          std::memory_order_relaxed));
    std::string* chunk = chunks[index >> kChunkBits].load(std::memory_order_acquire);
    if (chunk == nullptr) {
      auto* fresh = new std::string[kChunkSize];
      if (chunks[index >> kChunkBits].compare_exchange_strong(
              chunk, fresh, std::memory_order_acq_rel, std::memory_order_acquire)) {
        chunk = fresh;
      } else {
        delete[] fresh;  // another shard installed it first (chunk = theirs)
      }
    }
    chunk[index & (kChunkSize - 1)] = std::string(name);
    s.by_name.emplace(std::string(name), index);
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
  Uint index;
  if (!table().find(utf8_name, &index)) return false;
  *out = make_atom(index);
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
