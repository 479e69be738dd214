#include "runtime/vm/exception.h"

#include "runtime/bifs/bif.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/map.h"
#include "runtime/vm/instr.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/vm.h"

namespace beamline {
namespace {

constexpr int kBacktraceDepth = 8;  // erl's default backtrace_depth

bool is_cp(Term w) { return is_header(w) && w != 0; }

// {file, F}, {line, L} for the code address `pc` in module `m`, or [] when
// unknown. `fn` bounds the search to the function.
Term location(Heap& h, const Module* m, const FunctionInfo* fn,
              const Term* pc) {
  const LineEntry* le = m->line_at(pc);
  if (!le || le->addr < fn->func_info || le->line == 0 || is_nil(le->file)) {
    return NIL;
  }
  Term file = make_tuple(h, {atom::file, le->file});
  Term line = make_tuple(h, {atom::line, make_small(le->line)});
  Term items[2] = {file, line};
  return make_list_from(h, items, 2);
}

}  // namespace

Term class_atom(ExcClass c) {
  switch (c) {
    case ExcClass::Error: return atom::error;
    case ExcClass::Exit: return atom::exit;
    case ExcClass::Throw: return atom::throw_;
  }
  return atom::error;
}

bool class_from_atom(Term a, ExcClass* out) {
  if (a == atom::error) *out = ExcClass::Error;
  else if (a == atom::exit) *out = ExcClass::Exit;
  else if (a == atom::throw_) *out = ExcClass::Throw;
  else return false;
  return true;
}

Term build_stack_trace(Process* p, const Term* pc, const Term* cp,
                       const Export* bif, Term bif_args) {
  VM* vm = p->vm();
  std::vector<Term> frames;
  if (bif) {
    static const Term erl_erts_errors = atom_from("erl_erts_errors");
    static const Term erl_stdlib_errors = atom_from("erl_stdlib_errors");
    Term mod = bif->module == atom::erlang ? erl_erts_errors : erl_stdlib_errors;
    Term kv[2] = {atom::module, mod};
    Term info_map = map_from_pairs(*p, kv, 1);
    Term info = make_tuple(*p, {atom::error_info, info_map});
    Term loc = make_list_from(*p, &info, 1);
    frames.push_back(make_tuple(
        *p, {bif->module, bif->function, bif_args, loc}));
  }
  auto add_frame = [&](const Term* addr, bool is_return_address,
                       Term args_override) {
    if (int(frames.size()) >= kBacktraceDepth) return;
    const Module* m = vm->module_at(addr);
    if (!m) return;
    const Term* probe = is_return_address ? addr - 1 : addr;
    const FunctionInfo* fn = m->function_at(probe);
    if (!fn) return;
    Term args = args_override != NON_VALUE ? args_override
                                           : make_small(Sint(fn->arity));
    frames.push_back(make_tuple(
        *p, {m->name, fn->name, args, location(*p, m, fn, probe)}));
  };
  if (pc) add_frame(pc, false, p->exc_args);
  Term* s = p->stop;
  Term* bottom = p->heap_end;
  // A continuation pointer not yet saved on the stack (leaf functions).
  if (cp && cp != normal_exit_address() && (s >= bottom || Term(ptr_word(cp)) != *s)) {
    add_frame(cp, true, NON_VALUE);
  }
  for (; s < bottom; s++) {
    if (is_cp(*s)) {
      const Term* ret = word_ptr<const Term>(*s);
      if (ret == normal_exit_address()) continue;
      add_frame(ret, true, NON_VALUE);
    }
  }
  return make_list_from(*p, frames.data(), frames.size());
}

Term make_raw_trace(Heap& h, ExcClass c, Term cooked) {
  static const Term tag = atom_from("$beamline_raw_trace");
  return make_tuple(h, {tag, class_atom(c), cooked});
}

bool is_raw_trace(Term t) {
  static const Term tag = atom_from("$beamline_raw_trace");
  return is_tuple(t) && tuple_arity(t) == 3 && tuple_elems(t)[0] == tag;
}

Term raw_trace_cooked(Term raw) { return tuple_elems(raw)[2]; }

ExcClass raw_trace_class(Term raw) {
  ExcClass c = ExcClass::Error;
  class_from_atom(tuple_elems(raw)[1], &c);
  return c;
}

const Term* unwind_to_catch(Process* p) {
  Term* frame = nullptr;
  for (Term* s = p->stop; s < p->heap_end; s++) {
    Term w = *s;
    if (is_cp(w)) {
      frame = s;
    } else if (is_catch(w)) {
      if (!frame) return nullptr;  // cannot happen with well-formed code
      p->stop = frame;
      return catch_code(w);
    }
  }
  return nullptr;
}

Term uncaught_exit_reason(Process* p, Term trace) {
  switch (p->exc_class) {
    case ExcClass::Exit:
      return p->exc_reason;
    case ExcClass::Throw: {
      Term nocatch = make_tuple(*p, {atom::nocatch, p->exc_reason});
      return make_tuple(*p, {nocatch, trace});
    }
    case ExcClass::Error:
      break;
  }
  return make_tuple(*p, {p->exc_reason, trace});
}

bool is_valid_stack_trace(Term t) {
  while (is_list(t)) {
    Term f = car(t);
    if (!is_tuple(f)) return false;
    Uint n = tuple_arity(f);
    if (n != 3 && n != 4) return false;
    Term* e = tuple_elems(f);
    if (n == 4 && !is_atom(e[0])) return false;
    if (n == 4 && !is_atom(e[1])) return false;
    t = cdr(t);
  }
  return is_nil(t);
}

}  // namespace beamline
