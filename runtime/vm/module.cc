#include "runtime/vm/module.h"

#include <algorithm>

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

Export* ExportTable::get(Term module, Term function, unsigned arity) {
  absl::MutexLock lock(&mu_);
  auto& slot = table_[{module, function, arity}];
  if (!slot) {
    slot = std::make_unique<Export>();
    slot->module = module;
    slot->function = function;
    slot->arity = arity;
  }
  return slot.get();
}

Export* ExportTable::find(Term module, Term function, unsigned arity) const {
  absl::MutexLock lock(&mu_);
  auto it = table_.find({module, function, arity});
  return it == table_.end() ? nullptr : it->second.get();
}

}  // namespace beamline
