#include "runtime/vm/module.h"

#include <algorithm>

#include "absl/hash/hash.h"

namespace beamline {

const FunctionInfo* Module::function_at(const Term* addr) const {
  auto it = std::upper_bound(
      functions.begin(), functions.end(), addr,
      [](const Term* a, const FunctionInfo& f) { return a < f.func_info; });
  if (it == functions.begin()) return nullptr;
  --it;
  return addr < it->end ? &*it : nullptr;
}

const LineEntry* Module::line_at(const Term* addr) const {
  auto it = std::upper_bound(
      lines.begin(), lines.end(), addr,
      [](const Term* a, const LineEntry& l) { return a < l.addr; });
  if (it == lines.begin()) return nullptr;
  return &*--it;
}

size_t ExportTable::shard_index(const Key& key) {
  // The top bits (the shard maps use the low ones for their slots; size_t
  // is 32 bits on wasm32).
  return absl::Hash<Key>{}(key) >> (sizeof(size_t) * 8 - kShardBits);
}

Export* ExportTable::get(Term module, Term function, unsigned arity) {
  Key key{module, function, arity};
  Shard& s = shards_[shard_index(key)];
  {
    absl::ReaderMutexLock lock(&s.mu);
    auto it = s.map.find(key);
    if (it != s.map.end()) return it->second.get();
  }
  absl::MutexLock lock(&s.mu);
  auto& slot = s.map[key];  // (created by another thread meanwhile: kept)
  if (!slot) {
    slot = std::make_unique<Export>();
    slot->module = module;
    slot->function = function;
    slot->arity = arity;
  }
  return slot.get();
}

Export* ExportTable::find(Term module, Term function, unsigned arity) const {
  Key key{module, function, arity};
  const Shard& s = shards_[shard_index(key)];
  absl::ReaderMutexLock lock(&s.mu);
  auto it = s.map.find(key);
  return it == s.map.end() ? nullptr : it->second.get();
}

}  // namespace beamline
