// open_port/2's PortName and PortSettings, checked the way
// erts_internal:open_port/2 checks them: an unknown or malformed setting is
// `badopt`, a bad name (or a setting that does not fit the name) `badarg`.
#include "runtime/bifs/bif.h"
#include "runtime/ports/port.h"
#include "runtime/ports/port_atoms.h"
#include "runtime/term/binary.h"

namespace beamline {
namespace {

namespace pa = port_atoms;

// A file name or command: a string (any code points, as UTF-8), a binary
// (its bytes) or, where `atom_ok`, an atom.
bool text_of(Term t, std::string* out, bool atom_ok = false) {
  out->clear();
  if (t == NIL) return true;
  if (is_list(t)) return charlist_to_utf8(t, out);
  if (is_binary(t)) return append_binary(t, out);
  if (atom_ok && is_atom(t)) {
    *out = std::string(atom_name(t));
    return true;
  }
  return false;
}

bool tuple2(Term t, Term key, Term* value) {
  if (!is_tuple(t) || tuple_arity(t) != 2 || tuple_elems(t)[0] != key) return false;
  *value = tuple_elems(t)[1];
  return true;
}

bool is_nonneg_small(Term t) { return is_small(t) && small_value(t) >= 0; }

bool parse_env(Term list, PortSpec* spec) {
  for (Term l = list; l != NIL; l = cdr(l)) {
    if (!is_list(l)) return false;
    Term e = car(l);
    if (!is_tuple(e) || tuple_arity(e) != 2) return false;
    std::string name, value;
    if (!text_of(tuple_elems(e)[0], &name) || name.empty()) return false;
    Term v = tuple_elems(e)[1];
    if (v == atom::false_) {
      spec->env.emplace_back(name, std::nullopt);
    } else if (text_of(v, &value)) {
      spec->env.emplace_back(name, value);
    } else {
      return false;
    }
  }
  return true;
}

bool busy_limits_ok(Term v) {
  if (v == pa::disable()) return true;
  return is_tuple(v) && tuple_arity(v) == 2 && is_nonneg_small(tuple_elems(v)[0]) &&
         is_nonneg_small(tuple_elems(v)[1]);
}

}  // namespace

bool parse_port_spec(Term name, Term settings, PortSpec* spec, Term* error) {
  enum : unsigned { kIn = 1, kOut = 2 };
  unsigned direction = 0;
  bool has_args = false, has_arg0 = false;
  Term args_list = NIL, v;
  *error = pa::badopt();
  for (Term l = settings;; l = cdr(l)) {
    if (l == NIL) break;
    if (!is_list(l)) return false;
    Term o = car(l);
    if (o == pa::binary()) {
      spec->binary = true;
    } else if (o == pa::stream()) {
      spec->packet = 0;
    } else if (o == pa::use_stdio()) {
      spec->use_stdio = true;
    } else if (o == pa::nouse_stdio()) {
      spec->use_stdio = false;
    } else if (o == pa::stderr_to_stdout()) {
      spec->stderr_to_stdout = true;
    } else if (o == pa::in()) {
      direction |= kIn;
    } else if (o == pa::out()) {
      direction |= kOut;
    } else if (o == pa::exit_status()) {
      spec->exit_status = true;
    } else if (o == pa::eof()) {
      spec->eof = true;
    } else if (o == pa::hide() || o == pa::overlapped_io()) {
      // Windows only: accepted and ignored, as on Unix erl.
    } else if (tuple2(o, pa::packet(), &v)) {
      if (!is_small(v) || (small_value(v) != 1 && small_value(v) != 2 &&
                           small_value(v) != 4)) {
        return false;
      }
      spec->packet = int(small_value(v));
    } else if (tuple2(o, pa::line(), &v)) {
      if (!is_small(v) || small_value(v) <= 0) return false;
      spec->line = size_t(small_value(v));
    } else if (tuple2(o, pa::args(), &v)) {
      has_args = true;
      args_list = v;
    } else if (tuple2(o, pa::arg0(), &v)) {
      std::string a;
      if (!text_of(v, &a)) {
        *error = atom::badarg;
        return false;
      }
      has_arg0 = true;
      spec->arg0 = a;
    } else if (tuple2(o, pa::env(), &v)) {
      spec->env.clear();
      if (!parse_env(v, spec)) return false;
    } else if (tuple2(o, pa::cd(), &v)) {
      std::string dir;
      if (!text_of(v, &dir)) {
        *error = atom::badarg;
        return false;
      }
      spec->cd = dir;
    } else if (tuple2(o, pa::parallelism(), &v)) {
      if (!is_boolean(v)) return false;
      spec->parallelism = v == atom::true_;
    } else if (tuple2(o, pa::busy_limits_port(), &v) ||
               tuple2(o, pa::busy_limits_msgq(), &v)) {
      if (!busy_limits_ok(v)) return false;
    } else {
      return false;
    }
  }
  if (spec->line && spec->packet) return false;
  if (direction) {
    spec->read = direction & kIn;
    spec->write = direction & kOut;
  }

  *error = atom::badarg;
  if (!is_tuple(name) || tuple_arity(name) < 2) return false;
  Term kind = tuple_elems(name)[0];
  if (kind == pa::spawn() && tuple_arity(name) == 2) {
    spec->kind = PortSpec::Kind::Spawn;
    if (!text_of(tuple_elems(name)[1], &spec->program, true) ||
        spec->program.empty() || has_args || has_arg0) {
      return false;
    }
    spec->name = spec->program;
  } else if (kind == pa::spawn_executable() && tuple_arity(name) == 2) {
    spec->kind = PortSpec::Kind::SpawnExecutable;
    if (!text_of(tuple_elems(name)[1], &spec->program) || spec->program.empty()) {
      return false;
    }
    spec->name = spec->program;
    for (Term l = args_list; l != NIL; l = cdr(l)) {
      std::string a;
      if (!is_list(l) || !text_of(car(l), &a)) return false;
      spec->args.push_back(a);
    }
  } else if (kind == pa::fd() && tuple_arity(name) == 3) {
    Term in = tuple_elems(name)[1], out = tuple_elems(name)[2];
    if (!is_nonneg_small(in) || !is_nonneg_small(out) || small_value(in) > 0x7fffffff ||
        small_value(out) > 0x7fffffff || has_args || has_arg0) {
      return false;
    }
    spec->kind = PortSpec::Kind::Fd;
    spec->fd_in = int(small_value(in));
    spec->fd_out = int(small_value(out));
    spec->name = std::to_string(spec->fd_in) + "/" + std::to_string(spec->fd_out);
  } else {
    // {spawn_driver, Name} and bare atoms name drivers; beamline has none.
    return false;
  }
  return true;
}

}  // namespace beamline
