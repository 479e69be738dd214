// code module: the parts programs use to inspect and load code. On BEAM these
// go through the code_server process; beamline's loader is native, so they
// are answered directly from the VM's module table and code path.
#include "runtime/bifs/bif.h"
#include "runtime/term/atom_table.h"
#include "runtime/vm/vm.h"

namespace beamline {
namespace {

Term module_result(Process* p, Term module, const absl::StatusOr<Module*>& m) {
  if (m.ok()) {
    return make_tuple(*p, {atom::module, module});
  }
  static const Term nofile = atom_from("nofile");
  static const Term badfile = atom_from("badfile");
  return make_tuple(*p, {atom::error, absl::IsNotFound(m.status()) ? nofile : badfile});
}

Term bif_ensure_loaded(Process* p, const Term* a) {
  if (!is_atom(a[0])) return raise_badarg(p);
  return module_result(p, a[0], p->vm()->ensure_loaded(a[0]));
}

Term bif_is_loaded(Process* p, const Term* a) {
  if (!is_atom(a[0])) return raise_badarg(p);
  if (!p->vm()->find_module(a[0])) return atom::false_;
  static const Term loaded_from = atom_from("loaded");
  return make_tuple(*p, {atom::file, loaded_from});
}

Term bif_all_loaded(Process* p, const Term*) {
  std::vector<Term> items;
  static const Term loaded_from = atom_from("loaded");
  for (Term m : p->vm()->loaded_modules()) {
    items.push_back(make_tuple(*p, {m, loaded_from}));
  }
  return make_list_from(*p, items.data(), items.size());
}

Term bif_get_path(Process* p, const Term*) {
  std::vector<Term> dirs;
  for (const std::string& d : p->vm()->code_path()) {
    dirs.push_back(utf8_to_charlist(*p, d));
  }
  return make_list_from(*p, dirs.data(), dirs.size());
}

Term add_path(Process* p, Term dir, bool front) {
  std::string d;
  if (!charlist_to_utf8(dir, &d) && !iolist_to_bytes(dir, &d)) return raise_badarg(p);
  p->vm()->add_code_path(d, front);
  return atom::true_;
}
Term bif_add_patha(Process* p, const Term* a) { return add_path(p, a[0], true); }
Term bif_add_pathz(Process* p, const Term* a) { return add_path(p, a[0], false); }

// ensure_modules_loaded(Modules): ok, or {error, [{Module, Reason}]}.
Term bif_ensure_modules_loaded(Process* p, const Term* a) {
  if (list_length(a[0]) < 0) return raise_badarg(p);
  std::vector<Term> errors;
  static const Term nofile = atom_from("nofile");
  static const Term badfile = atom_from("badfile");
  for (Term l = a[0]; is_list(l); l = cdr(l)) {
    Term m = car(l);
    if (!is_atom(m)) return raise_badarg(p);
    auto r = p->vm()->ensure_loaded(m);
    if (!r.ok()) {
      errors.push_back(make_tuple(
          *p, {m, absl::IsNotFound(r.status()) ? nofile : badfile}));
    }
  }
  if (errors.empty()) return atom::ok;
  return make_tuple(*p, {atom::error, make_list_from(*p, errors.data(), errors.size())});
}

}  // namespace

void register_code_bifs(BifRegistry& r) {
  r.add("code", "ensure_loaded", 1, bif_ensure_loaded);
  r.add("code", "is_loaded", 1, bif_is_loaded);
  r.add("code", "all_loaded", 0, bif_all_loaded);
  r.add("code", "get_path", 0, bif_get_path);
  r.add("code", "add_patha", 1, bif_add_patha);
  r.add("code", "add_pathz", 1, bif_add_pathz);
  r.add("code", "add_path", 1, bif_add_pathz);
  r.add("code", "ensure_modules_loaded", 1, bif_ensure_modules_loaded);
}

}  // namespace beamline
