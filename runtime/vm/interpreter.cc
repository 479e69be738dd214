// The dispatch loop. Instructions were specialised by the loader (see
// instr.h); this file only executes them. Anything longer than a few lines
// lives in a helper (bit syntax in bitsyntax.cc, maps in term/map.cc,
// exceptions in exception.cc, messages in vm.cc).
#include "runtime/vm/interpreter.h"

#include <cmath>

#include "runtime/bifs/bif.h"
#include "runtime/loader/generic_opcodes.def"
#include "runtime/loader/loader.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/compare.h"
#include "runtime/term/map.h"
#include "runtime/term/number.h"
#include "runtime/vm/bitsyntax.h"
#include "runtime/vm/exception.h"
#include "runtime/vm/gc.h"
#include "runtime/vm/instr.h"
#include "runtime/vm/vm.h"

namespace beamline {
namespace {

const void* const* g_table = nullptr;
Term g_normal_exit_code[2];
Term g_on_load_done_code[2];

// ---- small helpers used by several instructions ------------------------------

Term make_closure(Process* p, const FunEntry* fe, const Term* free) {
  Term* hp = p->alloc(kClosureFixedWords + fe->num_free);
  hp[0] = make_header(Sub::Fun, 2 + fe->num_free);
  hp[1] = ptr_word(fe);
  hp[2] = p->pid();
  for (unsigned i = 0; i < fe->num_free; i++) hp[3 + i] = free[i];
  return make_boxed(hp);
}

Term args_list(Process* p, const Term* x, unsigned n) {
  return make_list_from(*p, x, n);
}

bool timeout_value(Term t, int64_t* ms) {
  if (t == atom::infinity) {
    *ms = -1;
    return true;
  }
  int64_t v;
  if (is_integer(t) && integer_to_int64(t, &v) && v >= 0 && v <= 0xFFFFFFFFLL) {
    *ms = v;
    return true;
  }
  return false;
}

// Removes the message at the save position from the private queue; it
// stays alive until the next GC so that terms taken from it stay valid.
void remove_current_message(Process* p) {
  p->received.add(p->unlink_message(p->msg_save));
  p->msg_save = &p->msg_first;
  p->timeout_at = Process::kNoTimeout;
  p->timed_out = false;
}

unsigned bs_flags(Term raw_field_flags) {
  // BEAM field flags: 2 little, 4 signed, 16 native.
  unsigned f = 0;
  if (raw_field_flags & 2) f |= kBsLittle;
  if (raw_field_flags & 4) f |= kBsSigned;
  if (raw_field_flags & 16) f |= kBsNative | kBsLittle;
  return f;
}

// Size operand of bit-syntax instructions: a small non-negative integer.
bool bs_size(Term t, Uint unit, Uint* bits) {
  if (!is_small(t) || small_value(t) < 0) return false;
  Uint v = Uint(small_value(t));
  if (unit && v > (UINT64_MAX / 2) / unit) return false;
  *bits = v * unit;
  return true;
}

// Loads a module for a call into it; nullptr when it cannot be loaded (the
// call then raises undef). A plain pointer: the dispatch loop may not hold
// objects with destructors across its computed gotos.
Module* load_for_call(Process* p, Term module) {
  auto loaded = p->vm()->ensure_loaded(module);
  return loaded.ok() ? *loaded : nullptr;
}

// Operand access outside the dispatch loop.
Term operand(const Process* p, const Term* x, Term op) {
  switch (op_kind(op)) {
    case kOpX: return x[op_index(op)];
    case kOpY: return p->stop[op_index(op) + 1];
    default: return *op_const_slot(op);
  }
}

// Decodes a loaded bs_create_bin instruction's segments and builds the
// bitstring (NON_VALUE and *err on failure).
Term create_bin(Process* p, const Term* x, const Term* I, Term* err) {
  Uint nsegs = I[6];
  std::vector<BsSegment> segs(nsegs);
  const Term* s = I + 7;
  for (Uint i = 0; i < nsegs; i++, s += 5) {
    BsSegment& seg = segs[i];
    seg.type = SegType(s[0]);
    seg.unit = unsigned(s[1]);
    seg.flags = unsigned(s[2]);
    if (s[0] == kSegString) {
      seg.str = word_ptr<const uint8_t>(s[3]);
      seg.str_len = s[4];
      seg.value = NON_VALUE;
      seg.size = NON_VALUE;
    } else {
      seg.value = operand(p, x, s[3]);
      seg.size = operand(p, x, s[4]);
      seg.str = nullptr;
      seg.str_len = 0;
    }
  }
  size_t failed = 0;
  return bs_create_bin(p, segs.data(), nsegs, err, &failed);
}

}  // namespace

const Term* normal_exit_address() { return g_normal_exit_code; }

const void* instruction_handler(unsigned op) {
  init_interpreter();
  return g_table[op];
}

// Operand access. x and E are the register file and the stack frame.
#define X(i) x[i]
#define Yreg(i) (p->stop[(i) + 1])
#define SRC(op)                                                 \
  (op_kind(op) == kOpX   ? x[op_index(op)]                      \
   : op_kind(op) == kOpY ? p->stop[op_index(op) + 1]            \
                         : *op_const_slot(op))
#define DST(op) (*(op_kind(op) == kOpX ? &x[op_index(op)] : &p->stop[op_index(op) + 1]))
#define LABEL(w) word_ptr<const Term>(w)

#define DISPATCH() goto* word_ptr<void>(*I)
#define NEXT(n)  \
  do {           \
    I += (n);    \
    DISPATCH();  \
  } while (0)
#define JUMP(target)  \
  do {                \
    I = (target);     \
    DISPATCH();       \
  } while (0)

// Raise with reason; `bif`/`bif_args` add a BIF frame.
#define RAISE(cls, reason)          \
  do {                              \
    p->exc_class = (cls);           \
    p->exc_reason = (reason);       \
    p->exc_args = NON_VALUE;        \
    p->exc_given_trace = NON_VALUE; \
    exc_bif = nullptr;              \
    goto handle_exception;          \
  } while (0)
#define ERROR(reason) RAISE(ExcClass::Error, reason)

// A conditional jump: `fail` is the label word; 0 means raise `reason`.
#define FAIL_OR_RAISE(fail, reason) \
  do {                              \
    if (fail) JUMP(LABEL(fail));    \
    ERROR(reason);                  \
  } while (0)

// Preemption check at calls. `target` is where to continue, `arity` the
// number of live x registers.
#define CALL_TO(target, arity)                     \
  do {                                             \
    const Term* target_ = (target);                \
    if (--p->reductions <= 0) {                    \
      save_arity = (arity);                        \
      I = target_;                                 \
      goto yield;                                  \
    }                                              \
    JUMP(target_);                                 \
  } while (0)

// Generic opcodes with a handler here; the loader rejects the others.
#define BEAMLINE_IMPLEMENTED_OPS(X)                                          \
  X(func_info) X(call) X(call_last) X(call_only) X(call_ext) X(call_ext_last) \
  X(call_ext_only) X(bif0) X(bif1) X(bif2) X(allocate) X(allocate_heap)      \
  X(allocate_zero) X(allocate_heap_zero) X(test_heap) X(init) X(deallocate)  \
  X(return) X(send) X(remove_message) X(timeout) X(loop_rec)                 \
  X(loop_rec_end) X(wait) X(wait_timeout) X(is_lt) X(is_ge) X(is_eq)         \
  X(is_ne) X(is_eq_exact) X(is_ne_exact) X(is_integer) X(is_float)           \
  X(is_number) X(is_atom) X(is_pid) X(is_reference) X(is_port) X(is_nil)     \
  X(is_binary) X(is_list) X(is_nonempty_list) X(is_tuple) X(test_arity)      \
  X(select_val) X(select_tuple_arity) X(jump) X(catch) X(catch_end) X(move)  \
  X(get_list) X(get_tuple_element) X(set_tuple_element) X(put_list)          \
  X(badmatch) X(if_end) X(case_end) X(call_fun) X(is_function)               \
  X(fclearerror) X(fcheckerror) X(fmove) X(fconv) X(fadd) X(fsub) X(fmul)    \
  X(fdiv) X(fnegate) X(make_fun2) X(try) X(try_end) X(try_case)              \
  X(try_case_end) X(apply) X(apply_last) X(is_boolean) X(is_function2)       \
  X(bs_get_integer2) X(bs_get_float2) X(bs_get_binary2) X(bs_skip_bits2)     \
  X(bs_test_tail2) X(gc_bif1) X(gc_bif2) X(is_bitstr) X(bs_test_unit)        \
  X(bs_match_string) X(bs_init_writable) X(trim) X(bs_get_utf8)              \
  X(bs_skip_utf8) X(bs_get_utf16) X(bs_skip_utf16) X(bs_get_utf32)           \
  X(bs_skip_utf32) X(recv_mark) X(recv_set) X(gc_bif3) X(put_map_assoc)      \
  X(put_map_exact) X(is_map) X(has_map_fields) X(get_map_elements)          \
  X(is_tagged_tuple) X(build_stacktrace) X(raw_raise) X(get_hd) X(get_tl)   \
  X(put_tuple2) X(bs_get_tail) X(bs_start_match3) X(bs_get_position)        \
  X(bs_set_position) X(swap) X(bs_start_match4) X(make_fun3) X(init_yregs)  \
  X(recv_marker_bind) X(recv_marker_clear) X(recv_marker_reserve)           \
  X(recv_marker_use) X(bs_create_bin) X(call_fun2) X(badrecord) X(raise)

enum GenericOp : unsigned {
#define OP(name, num, arity) OP_##name = num,
  BEAMLINE_GENERIC_OPCODES(OP)
#undef OP
};

RunResult execute(Process* p, RegisterFile& regs) {
  static const void* table[kNumOps];

  if (p == nullptr) {
    // Called once by init_interpreter(): publish the handler addresses.
#define SET_HANDLER(name) table[OP_##name] = &&L_##name;
    BEAMLINE_IMPLEMENTED_OPS(SET_HANDLER)
#undef SET_HANDLER
    table[kOpBifStub] = &&L_bif_stub;
    table[kOpNormalExit] = &&L_normal_exit;
    table[kOpOnLoadDone] = &&L_on_load_done;
    table[kOpGcBifPlus] = &&L_gc_bif_plus;
    table[kOpGcBifMinus] = &&L_gc_bif_minus;
    g_table = table;
    return RunResult::Exited;
  }
  Term* x = regs.x;
  double* fr = regs.fr;
  const Term* I = p->ip;
  const Term* CP = p->cp;
  unsigned save_arity = 0;
  const Export* exc_bif = nullptr;
  Term exc_bif_args = NIL;
  const Export* dispatch_export = nullptr;
  unsigned dispatch_arity = 0;
  Term call_fun_term = NON_VALUE;
  unsigned call_fun_arity = 0;
  Term bif_args[4];
  bool map_exact = false;
  Term start_match_src = NON_VALUE;

  for (unsigned i = 0; i < p->arity; i++) x[i] = p->xsave[i];
  p->reductions = kReductionsPerSlice;
  // garbage_collect(Pid) from another process may have found this one over
  // its max_heap_size while it was not running.
  if (p->gc.max_heap_killed) goto max_heap_exceeded;
  DISPATCH();

  // ---- function entry and calls ----------------------------------------
L_func_info: {
  // No clause matched: function_clause with the arguments.
  unsigned arity = unsigned(I[3]);
  p->exc_class = ExcClass::Error;
  p->exc_reason = atom::function_clause;
  p->exc_args = args_list(p, x, arity);
  p->exc_given_trace = NON_VALUE;
  exc_bif = nullptr;
  goto handle_exception_with_args;
}
L_call:
  CP = I + 3;
  CALL_TO(LABEL(I[2]), unsigned(I[1]));
L_call_last:
  CP = word_ptr<const Term>(p->stop[0]);
  p->stop += I[3] + 1;
  CALL_TO(LABEL(I[2]), unsigned(I[1]));
L_call_only:
  CALL_TO(LABEL(I[2]), unsigned(I[1]));
L_call_ext:
  CP = I + 3;
  dispatch_export = word_ptr<const Export>(I[2]);
  dispatch_arity = unsigned(I[1]);
  goto do_dispatch_export;
L_call_ext_last:
  CP = word_ptr<const Term>(p->stop[0]);
  p->stop += I[3] + 1;
  dispatch_export = word_ptr<const Export>(I[2]);
  dispatch_arity = unsigned(I[1]);
  goto do_dispatch_export;
L_call_ext_only:
  dispatch_export = word_ptr<const Export>(I[2]);
  dispatch_arity = unsigned(I[1]);
  goto do_dispatch_export;

do_dispatch_export: {
  // Calls dispatch_export with dispatch_arity args in x; the return address
  // is already in CP.
  const Export* e = dispatch_export;
  if (e->bif) {
    p->trap_to = nullptr;
    p->trap_fun = NON_VALUE;
    Term r = e->bif(p, x);
    if (r == NON_VALUE) {
      if (p->trap_to || p->trap_fun != NON_VALUE) goto do_trap;
      if (p->trap_retry) {
        I = p->trap_retry;
        p->trap_retry = nullptr;
        save_arity = e->arity;
        for (unsigned i = 0; i < save_arity; i++) x[i] = p->xsave[i];
        goto yield;
      }
      exc_bif = e;
      exc_bif_args = args_list(p, x, e->arity);
      goto handle_bif_exception;
    }
    x[0] = r;
    if (p->gc_requested || gc_wanted(p)) {
      // BIF results land in heap fragments: collect once they are large.
      p->gc_requested = false;
      garbage_collect(p, x, 1, 0);
      if (p->gc.max_heap_killed) goto max_heap_exceeded;
    }
    // Return as `return` does: the continuation pointer is used up.
    const Term* ret = CP;
    CP = nullptr;
    if (--p->reductions <= 0) {
      save_arity = 1;
      I = ret;
      goto yield;
    }
    JUMP(ret);
  }
  const Term* code = e->code.load(std::memory_order_acquire);
  if (!code) {
    // Not loaded: load the module from the code path, as erl's error
    // handler does, then retry.
    Module* loaded = load_for_call(p, e->module);
    if (loaded && loaded->on_load_pending) {
      // Run the module's -on_load function first; L_on_load_done then
      // publishes the exports and makes the original call.
      Module* m = loaded;
      m->on_load_pending = false;
      if (size_t(p->stop - p->htop) < 3) {
        garbage_collect(p, x, dispatch_arity, 3);
        if (p->gc.max_heap_killed) goto max_heap_exceeded;
      }
      Term call = make_tuple(*p, {make_small(Sint(dispatch_arity)),
                                  args_list(p, x, dispatch_arity)});
      Term* hp = p->alloc(2);
      hp[0] = make_header(Sub::Export, 1);
      hp[1] = ptr_word(e);
      p->stop -= 3;
      p->stop[0] = ptr_word(CP);
      p->stop[1] = make_boxed(hp);
      p->stop[2] = call;
      CP = g_on_load_done_code;
      p->on_load_module = m;
      CALL_TO(m->on_load, 0);
    }
    code = e->code.load(std::memory_order_acquire);
    if (!code && e->bif == nullptr) {
      p->exc_class = ExcClass::Error;
      p->exc_reason = atom::undef;
      p->exc_args = NON_VALUE;
      p->exc_given_trace = NON_VALUE;
      exc_bif = e;
      exc_bif_args = args_list(p, x, e->arity);
      goto handle_undef;
    }
    if (!code) goto do_dispatch_export;  // became a BIF? (cannot happen)
  }
  CALL_TO(code, dispatch_arity);
}

do_trap: {
  // A BIF asked for a tail call (apply/2,3).
  unsigned n = p->trap_arity;
  for (unsigned i = 0; i < n; i++) x[i] = p->xsave[i];
  if (p->hibernate) {
    // erlang:hibernate(M, F, A): drop the stack, compact the heap, and call
    // M:F(A...) once a message is there.
    p->hibernate = false;
    p->trap_to = nullptr;
    p->stop = p->heap_end;
    CP = normal_exit_address();
    garbage_collect_hibernate(p, x, 3);
    p->fetch_inbox();
    p->msg_save = &p->msg_first;
    if (!p->msg_first) {
      p->xsave.assign(x, x + 3);
      p->arity = 3;
      p->ip = p->vm()->apply3_entry();
      p->cp = CP;
      p->timeout_at = Process::kNoTimeout;
      return RunResult::Waiting;
    }
  }
  if (p->trap_to) {
    dispatch_export = p->trap_to;
    dispatch_arity = n;
    p->trap_to = nullptr;
    goto do_dispatch_export;
  }
  call_fun_term = p->trap_fun;
  call_fun_arity = n;
  p->trap_fun = NON_VALUE;
  goto do_call_fun;
}

L_call_fun:
  CP = I + 2;
  call_fun_arity = unsigned(I[1]);
  call_fun_term = x[call_fun_arity];
  goto do_call_fun;
L_call_fun2:
  // call_fun2 Tag Arity Func
  CP = I + 4;
  call_fun_arity = unsigned(I[2]);
  call_fun_term = SRC(I[3]);
  goto do_call_fun;

do_call_fun: {
  Term f = call_fun_term;
  unsigned arity = call_fun_arity;
  if (is_closure(f)) {
    const FunEntry* fe = closure_entry(f);
    if (fe->arity != arity) {
      Term args = args_list(p, x, arity);
      ERROR(make_tuple(*p, {atom::badarity, make_tuple(*p, {f, args})}));
    }
    const Term* code = fe->code;
    if (!code) {
      (void)load_for_call(p, fe->module);
      code = fe->code;
      if (!code) {
        Term args = args_list(p, x, arity);
        (void)args;
        ERROR(make_tuple(*p, {atom::badfun, f}));
      }
    }
    Uint nfree = closure_num_free(f);
    const Term* fv = closure_free(f);
    for (Uint i = 0; i < nfree; i++) x[arity + i] = fv[i];
    CALL_TO(code, unsigned(arity + nfree));
  }
  if (is_export_fun(f)) {
    const Export* e = export_fun_entry(f);
    if (e->arity != arity) {
      Term args = args_list(p, x, arity);
      ERROR(make_tuple(*p, {atom::badarity, make_tuple(*p, {f, args})}));
    }
    dispatch_export = e;
    dispatch_arity = arity;
    goto do_dispatch_export;
  }
  ERROR(make_tuple(*p, {atom::badfun, f}));
}

L_apply: {
  unsigned arity = unsigned(I[1]);
  CP = I + 2;
  Term m = x[arity], f = x[arity + 1];
  if (!is_atom(m) || !is_atom(f)) ERROR(atom::badarg);
  dispatch_export = p->vm()->exports().get(m, f, arity);
  dispatch_arity = arity;
  goto do_dispatch_export;
}
L_apply_last: {
  unsigned arity = unsigned(I[1]);
  CP = word_ptr<const Term>(p->stop[0]);
  p->stop += I[2] + 1;
  Term m = x[arity], f = x[arity + 1];
  if (!is_atom(m) || !is_atom(f)) ERROR(atom::badarg);
  dispatch_export = p->vm()->exports().get(m, f, arity);
  dispatch_arity = arity;
  goto do_dispatch_export;
}

L_bif_stub: {
  // A module function implemented natively (e.g. lists:reverse/2).
  const Export* e = word_ptr<const Export>(I[1]);
  dispatch_export = e;
  dispatch_arity = e->arity;
  goto do_dispatch_export;
}

L_on_load_done: {
  // x0 is the on_load result; y0 the export fun, y1 {Arity, Args}.
  Module* m = p->on_load_module;
  p->on_load_module = nullptr;
  p->vm()->on_load_finished(m, x[0] == atom::ok);
  const Export* e = export_fun_entry(p->stop[1]);
  Term call = p->stop[2];
  CP = word_ptr<const Term>(p->stop[0]);
  p->stop += 3;
  unsigned n = unsigned(small_value(tuple_elems(call)[0]));
  Term l = tuple_elems(call)[1];
  for (unsigned i = 0; i < n; i++, l = cdr(l)) x[i] = car(l);
  dispatch_export = e;
  dispatch_arity = n;
  goto do_dispatch_export;
}

L_raise: {
  // raise RawTrace Reason: rethrow with the class the trace carries.
  Term raw = SRC(I[1]);
  p->exc_class = is_raw_trace(raw) ? raw_trace_class(raw) : ExcClass::Error;
  p->exc_reason = SRC(I[2]);
  p->exc_args = NON_VALUE;
  p->exc_given_trace = is_raw_trace(raw) ? raw_trace_cooked(raw) : NIL;
  exc_bif = nullptr;
  goto handle_exception;
}

L_normal_exit:
  p->exit_reason = atom::normal;
  p->ip = I;
  return RunResult::Exited;

  // ---- BIF instructions --------------------------------------------------
L_bif0: {
  const Export* e = word_ptr<const Export>(I[1]);
  if (!e->bif) {
    exc_bif = e;
    exc_bif_args = NIL;
    goto handle_undef;
  }
  Term r = e->bif(p, bif_args);
  if (r == NON_VALUE) {
    exc_bif = e;
    exc_bif_args = NIL;
    goto handle_bif_exception;
  }
  DST(I[2]) = r;
  NEXT(3);
}
L_bif1: {
  const Export* e = word_ptr<const Export>(I[2]);
  bif_args[0] = SRC(I[3]);
  if (!e->bif) {
    exc_bif = e;
    exc_bif_args = args_list(p, bif_args, 1);
    goto handle_undef;
  }
  Term r = e->bif(p, bif_args);
  if (r == NON_VALUE) {
    if (I[1]) JUMP(LABEL(I[1]));
    exc_bif = e;
    exc_bif_args = args_list(p, bif_args, 1);
    goto handle_bif_exception;
  }
  DST(I[4]) = r;
  NEXT(5);
}
L_bif2: {
  const Export* e = word_ptr<const Export>(I[2]);
  bif_args[0] = SRC(I[3]);
  bif_args[1] = SRC(I[4]);
  if (!e->bif) {
    exc_bif = e;
    exc_bif_args = args_list(p, bif_args, 2);
    goto handle_undef;
  }
  Term r = e->bif(p, bif_args);
  if (r == NON_VALUE) {
    if (I[1]) JUMP(LABEL(I[1]));
    exc_bif = e;
    exc_bif_args = args_list(p, bif_args, 2);
    goto handle_bif_exception;
  }
  DST(I[5]) = r;
  NEXT(6);
}
L_gc_bif1:
L_gc_bif2:
L_gc_bif3: {
  // gc_bif Fail Live Bif Args... Dst
  const Export* e = word_ptr<const Export>(I[3]);
  unsigned n = e->arity;
  for (unsigned i = 0; i < n; i++) bif_args[i] = SRC(I[4 + i]);
  if (!e->bif) {
    exc_bif = e;
    exc_bif_args = args_list(p, bif_args, n);
    goto handle_undef;
  }
  Term r = e->bif(p, bif_args);
  if (r == NON_VALUE) {
    if (I[1]) JUMP(LABEL(I[1]));
    exc_bif = e;
    exc_bif_args = args_list(p, bif_args, n);
    goto handle_bif_exception;
  }
  if (gc_wanted(p)) {
    // As BEAM's gc_bif: collect with Live x registers plus the result.
    unsigned live = unsigned(I[2]);
    x[live] = r;
    garbage_collect(p, x, live + 1, 0);
    if (p->gc.max_heap_killed) goto max_heap_exceeded;
    r = x[live];
  }
  DST(I[4 + n]) = r;
  NEXT(5 + n);
}
  // Arithmetic on small integers, the common case, without a BIF call.
#define SMALL_ARITH(op)                                   \
  do {                                                    \
    Term a = SRC(I[4]), b = SRC(I[5]);                    \
    if (is_small(a) && is_small(b)) {                     \
      Sint r = small_value(a) op small_value(b);          \
      if (fits_small(r)) {                                \
        DST(I[6]) = make_small(r);                        \
        NEXT(7);                                          \
      }                                                   \
    }                                                     \
    goto L_gc_bif2;                                       \
  } while (0)
L_gc_bif_plus:
  SMALL_ARITH(+);
L_gc_bif_minus:
  SMALL_ARITH(-);
#undef SMALL_ARITH
  // ---- stack frames and heap --------------------------------------------
L_allocate:
L_allocate_zero: {
  Uint need = I[1] + 1;
  if (size_t(p->stop - p->htop) < need) {
    garbage_collect(p, x, unsigned(I[2]), need);
    if (p->gc.max_heap_killed) goto max_heap_exceeded;
  }
  p->stop -= need;
  p->stop[0] = ptr_word(CP);
  for (Uint i = 1; i < need; i++) p->stop[i] = NIL;
  NEXT(3);
}
L_allocate_heap:
L_allocate_heap_zero: {
  Uint need = I[1] + 1;
  if (size_t(p->stop - p->htop) < need + I[2] || gc_wanted(p)) {
    garbage_collect(p, x, unsigned(I[3]), need + I[2]);
    if (p->gc.max_heap_killed) goto max_heap_exceeded;
  }
  p->stop -= need;
  p->stop[0] = ptr_word(CP);
  for (Uint i = 1; i < need; i++) p->stop[i] = NIL;
  NEXT(4);
}
L_test_heap:
  if (size_t(p->stop - p->htop) < I[1] || gc_wanted(p)) {
    garbage_collect(p, x, unsigned(I[2]), I[1]);
    if (p->gc.max_heap_killed) goto max_heap_exceeded;
  }
  NEXT(3);
L_init:
  DST(I[1]) = NIL;
  NEXT(2);
L_init_yregs: {
  Uint n = I[1];
  for (Uint i = 0; i < n; i++) DST(I[2 + i]) = NIL;
  NEXT(2 + n);
}
L_deallocate:
  CP = word_ptr<const Term>(p->stop[0]);
  p->stop += I[1] + 1;
  NEXT(2);
L_return:
  I = CP;
  CP = nullptr;
  DISPATCH();
L_trim: {
  Uint n = I[1];
  Term cp = p->stop[0];
  p->stop += n;
  p->stop[0] = cp;
  NEXT(3);
}

  // ---- moves and term access ----------------------------------------------
L_move:
  DST(I[2]) = SRC(I[1]);
  NEXT(3);
L_swap: {
  Term a = SRC(I[1]);
  DST(I[1]) = SRC(I[2]);
  DST(I[2]) = a;
  NEXT(3);
}
L_get_list: {
  Term l = SRC(I[1]);
  Term h = car(l), t = cdr(l);
  DST(I[2]) = h;
  DST(I[3]) = t;
  NEXT(4);
}
L_get_hd:
  DST(I[2]) = car(SRC(I[1]));
  NEXT(3);
L_get_tl:
  DST(I[2]) = cdr(SRC(I[1]));
  NEXT(3);
L_get_tuple_element:
  DST(I[3]) = tuple_elems(SRC(I[1]))[I[2]];
  NEXT(4);
L_set_tuple_element: {
  // Destructive update of a tuple just built (record updates).
  Term t = SRC(I[2]);
  tuple_elems(t)[I[3]] = SRC(I[1]);
  NEXT(4);
}
L_put_list: {
  Term h = SRC(I[1]), t = SRC(I[2]);
  Term* hp = p->alloc(2);
  hp[0] = h;
  hp[1] = t;
  DST(I[3]) = make_list(hp);
  NEXT(4);
}
L_put_tuple2: {
  Uint n = I[2];
  Term* hp = p->alloc(n + 1);
  hp[0] = make_header(Sub::Tuple, n);
  for (Uint i = 0; i < n; i++) hp[1 + i] = SRC(I[3 + i]);
  DST(I[1]) = make_boxed(hp);
  NEXT(3 + n);
}

  // ---- tests and jumps ----------------------------------------------------
#define TEST(cond, len)            \
  do {                             \
    if (!(cond)) JUMP(LABEL(I[1])); \
    NEXT(len);                     \
  } while (0)
  // Small integers compare as their tagged words.
#define BOTH_SMALL(a, b) (is_small(a) && is_small(b))
L_is_lt: {
  Term a = SRC(I[2]), b = SRC(I[3]);
  TEST(BOTH_SMALL(a, b) ? Sint(a) < Sint(b) : compare_terms(a, b) < 0, 4);
}
L_is_ge: {
  Term a = SRC(I[2]), b = SRC(I[3]);
  TEST(BOTH_SMALL(a, b) ? Sint(a) >= Sint(b) : compare_terms(a, b) >= 0, 4);
}
#undef BOTH_SMALL
L_is_eq:
  TEST(eq(SRC(I[2]), SRC(I[3])), 4);
L_is_ne:
  TEST(!eq(SRC(I[2]), SRC(I[3])), 4);
L_is_eq_exact: {
  Term a = SRC(I[2]), b = SRC(I[3]);
  TEST(a == b || eq_exact(a, b), 4);
}
L_is_ne_exact: {
  Term a = SRC(I[2]), b = SRC(I[3]);
  TEST(a != b && !eq_exact(a, b), 4);
}
L_is_integer:
  TEST(is_integer(SRC(I[2])), 3);
L_is_float:
  TEST(is_float(SRC(I[2])), 3);
L_is_number:
  TEST(is_number(SRC(I[2])), 3);
L_is_atom:
  TEST(is_atom(SRC(I[2])), 3);
L_is_pid:
  TEST(is_pid(SRC(I[2])), 3);
L_is_reference:
  TEST(is_ref(SRC(I[2])), 3);
L_is_port:
  TEST(is_port(SRC(I[2])), 3);
L_is_nil:
  TEST(is_nil(SRC(I[2])), 3);
L_is_binary:
  TEST(is_binary(SRC(I[2])), 3);
L_is_bitstr:
  TEST(is_bitstring(SRC(I[2])), 3);
L_is_list: {
  Term t = SRC(I[2]);
  TEST(is_list(t) || is_nil(t), 3);
}
L_is_nonempty_list:
  TEST(is_list(SRC(I[2])), 3);
L_is_tuple:
  TEST(is_tuple(SRC(I[2])), 3);
L_is_map:
  TEST(is_map(SRC(I[2])), 3);
L_is_boolean:
  TEST(is_boolean(SRC(I[2])), 3);
L_is_function:
  TEST(is_fun(SRC(I[2])), 3);
L_is_function2: {
  Term f = SRC(I[2]);
  Term a = SRC(I[3]);
  bool ok = false;
  if (is_small(a)) {
    Sint n = small_value(a);
    if (is_closure(f)) ok = Sint(closure_entry(f)->arity) == n;
    else if (is_export_fun(f)) ok = Sint(export_fun_entry(f)->arity) == n;
  }
  TEST(ok, 4);
}
L_test_arity: {
  Term t = SRC(I[2]);
  TEST(tuple_arity(t) == I[3], 4);
}
L_is_tagged_tuple: {
  Term t = SRC(I[2]);
  TEST(is_tuple(t) && tuple_arity(t) == I[3] && tuple_elems(t)[0] == SRC(I[4]),
       5);
}
L_select_val: {
  Term v = SRC(I[1]);
  Uint n = I[3];
  const Term* list = I + 4;
  for (Uint i = 0; i < n; i += 2) {
    Term c = SRC(list[i]);
    if (c == v || (!is_immed(c) && eq_exact(c, v))) JUMP(LABEL(list[i + 1]));
  }
  JUMP(LABEL(I[2]));
}
L_select_tuple_arity: {
  Term t = SRC(I[1]);
  Uint n = I[3];
  const Term* list = I + 4;
  if (is_tuple(t)) {
    Uint a = tuple_arity(t);
    for (Uint i = 0; i < n; i += 2) {
      // Arities are encoded as raw values by the loader.
      if (list[i] == a) JUMP(LABEL(list[i + 1]));
    }
  }
  JUMP(LABEL(I[2]));
}
L_jump:
  JUMP(LABEL(I[1]));

  // ---- errors ------------------------------------------------------------------
L_badmatch:
  ERROR(make_tuple(*p, {atom::badmatch, SRC(I[1])}));
L_case_end:
  ERROR(make_tuple(*p, {atom::case_clause, SRC(I[1])}));
L_try_case_end:
  ERROR(make_tuple(*p, {atom::try_clause, SRC(I[1])}));
L_if_end:
  ERROR(atom::if_clause);
L_badrecord:
  ERROR(make_tuple(*p, {atom::badrecord, SRC(I[1])}));

  // ---- catch and try -------------------------------------------------------------
L_catch:
L_try:
  DST(I[1]) = make_catch(LABEL(I[2]));
  NEXT(3);
L_catch_end:
  DST(I[1]) = NIL;
  if (x[0] == NON_VALUE) {
    // x1 class, x2 reason, x3 raw trace
    ExcClass c = ExcClass::Error;
    class_from_atom(x[1], &c);
    if (c == ExcClass::Throw) {
      x[0] = x[2];
    } else if (c == ExcClass::Exit) {
      x[0] = make_tuple(*p, {atom::EXIT, x[2]});
    } else {
      Term cooked = is_raw_trace(x[3]) ? raw_trace_cooked(x[3]) : x[3];
      x[0] = make_tuple(*p, {atom::EXIT, make_tuple(*p, {x[2], cooked})});
    }
  }
  NEXT(2);
L_try_end:
  DST(I[1]) = NIL;
  NEXT(2);
L_try_case:
  DST(I[1]) = NIL;
  x[0] = x[1];
  x[1] = x[2];
  x[2] = x[3];
  NEXT(2);
L_build_stacktrace:
  x[0] = is_raw_trace(x[0]) ? raw_trace_cooked(x[0]) : x[0];
  NEXT(1);
L_raw_raise: {
  ExcClass c;
  if (!class_from_atom(x[0], &c)) {
    x[0] = atom::badarg;
    NEXT(1);
  }
  p->exc_class = c;
  p->exc_reason = x[1];
  p->exc_args = NON_VALUE;
  p->exc_given_trace = is_raw_trace(x[2]) ? raw_trace_cooked(x[2]) : x[2];
  exc_bif = nullptr;
  goto handle_exception;
}

  // ---- messages -----------------------------------------------------------------
L_send: {
  Term r = send_message(p, x[0], x[1]);
  if (r == NON_VALUE) {
    exc_bif = p->vm()->exports().find(atom::erlang, atom_from("!"), 2);
    exc_bif_args = args_list(p, x, 2);
    goto handle_bif_exception;
  }
  x[0] = x[1];
  if (--p->reductions <= 0) {
    save_arity = 1;
    I += 1;
    goto yield;
  }
  NEXT(1);
}
L_loop_rec: {
  if (!*p->msg_save) {
    p->fetch_inbox();
    if (!*p->msg_save) JUMP(LABEL(I[1]));
  }
  DST(I[2]) = (*p->msg_save)->term;
  NEXT(3);
}
L_loop_rec_end:
  p->msg_save = &(*p->msg_save)->next;
  --p->reductions;
  JUMP(LABEL(I[1]));
L_remove_message:
  remove_current_message(p);
  NEXT(1);
L_timeout:
  p->msg_save = &p->msg_first;
  p->timeout_at = Process::kNoTimeout;
  p->timed_out = false;
  NEXT(1);
L_wait:
  p->ip = LABEL(I[1]);
  p->cp = CP;
  p->arity = 0;
  p->timeout_at = Process::kNoTimeout;
  return RunResult::Waiting;
L_wait_timeout: {
  if (p->timed_out) {
    p->timed_out = false;
    NEXT(3);
  }
  // The operand is read once per receive, when the timer is armed: when the
  // process comes back here after a non-matching message, x registers no
  // longer hold it (as on BEAM).
  if (p->timeout_at == Process::kNoTimeout) {
    int64_t ms;
    if (!timeout_value(SRC(I[2]), &ms)) {
      static const Term timeout_value_atom = atom_from("timeout_value");
      ERROR(timeout_value_atom);
    }
    if (ms == 0) NEXT(3);
    p->timeout_at = ms > 0 ? p->vm()->monotonic_ms() + ms : Process::kInfiniteTimeout;
  }
  p->timeout_resume = I + 3;
  p->ip = LABEL(I[1]);
  p->cp = CP;
  p->arity = 0;
  return RunResult::Waiting;
}
L_recv_mark:
L_recv_set:
  NEXT(2);
L_recv_marker_reserve:
  // Remember the end of the queue: messages that arrive later are the only
  // candidates for the reply to a reference made after this point.
  p->fetch_inbox();
  p->marker_pos = p->msg_last;
  p->marker_ref_id = 0;
  DST(I[1]) = make_small(1);
  NEXT(2);
L_recv_marker_bind: {
  Term ref = SRC(I[2]);
  if (p->marker_pos && is_ref(ref)) p->marker_ref_id = ref_id(ref);
  NEXT(3);
}
L_recv_marker_clear: {
  Term ref = SRC(I[1]);
  if (is_ref(ref) && p->marker_ref_id == ref_id(ref)) {
    p->marker_pos = nullptr;
    p->marker_ref_id = 0;
  }
  NEXT(2);
}
L_recv_marker_use: {
  Term ref = SRC(I[1]);
  if (p->marker_pos && is_ref(ref) && p->marker_ref_id == ref_id(ref)) {
    p->msg_save = p->marker_pos;
  }
  NEXT(2);
}

  // ---- funs ---------------------------------------------------------------------
L_make_fun2: {
  const FunEntry* fe = word_ptr<const FunEntry>(I[1]);
  x[0] = make_closure(p, fe, x);
  NEXT(2);
}
L_make_fun3: {
  const FunEntry* fe = word_ptr<const FunEntry>(I[1]);
  Uint n = I[3];
  Term fv[256];
  for (Uint i = 0; i < n && i < 256; i++) fv[i] = SRC(I[4 + i]);
  DST(I[2]) = make_closure(p, fe, fv);
  NEXT(4 + n);
}

  // ---- floats ---------------------------------------------------------------------
L_fclearerror:
  NEXT(1);
L_fcheckerror:
  NEXT(2);
L_fmove: {
  Term s = I[1], d = I[2];
  if (op_kind(s) == kOpFr) {
    if (op_kind(d) == kOpFr) {
      fr[op_index(d)] = fr[op_index(s)];
    } else {
      DST(d) = make_float(*p, fr[op_index(s)]);
    }
  } else {
    fr[op_index(d)] = float_value(SRC(s));
  }
  NEXT(3);
}
L_fconv: {
  Term s = SRC(I[1]);
  if (is_float(s)) {
    fr[op_index(I[2])] = float_value(s);
  } else if (is_integer(s)) {
    double d = number_to_double(s);
    if (!std::isfinite(d)) ERROR(atom::badarith);
    fr[op_index(I[2])] = d;
  } else {
    ERROR(atom::badarith);
  }
  NEXT(3);
}
#define FLOAT_OP(expr)                                 \
  do {                                                 \
    double a_ = fr[op_index(I[2])];                    \
    double b_ = fr[op_index(I[3])];                    \
    double r_ = (expr);                                \
    if (!std::isfinite(r_)) ERROR(atom::badarith);     \
    fr[op_index(I[4])] = r_;                           \
    NEXT(5);                                           \
  } while (0)
L_fadd:
  FLOAT_OP(a_ + b_);
L_fsub:
  FLOAT_OP(a_ - b_);
L_fmul:
  FLOAT_OP(a_ * b_);
L_fdiv:
  FLOAT_OP(a_ / b_);
L_fnegate:
  // BEAM negates in float blocks by subtraction from zero: -(0.0) is 0.0.
  fr[op_index(I[3])] = 0.0 - fr[op_index(I[2])];
  NEXT(4);

  // ---- maps ---------------------------------------------------------------------
L_put_map_assoc:
  map_exact = false;
  goto do_put_map;
L_put_map_exact:
  map_exact = true;
do_put_map: {
  // Fail Src Dst Live List(K, V, ...)
  bool exact = map_exact;
  Term m = SRC(I[2]);
  Uint n = I[5];
  if (!is_map(m)) ERROR(make_tuple(*p, {atom::badmap, m}));
  Term kvs[512];
  Term* kv = n <= 512 ? kvs : static_cast<Term*>(alloca(n * sizeof(Term)));
  for (Uint i = 0; i < n; i++) kv[i] = SRC(I[6 + i]);
  Term r;
  if (exact) {
    Term bad = NON_VALUE;
    r = map_update_many(*p, m, kv, n / 2, &bad);
    if (r == NON_VALUE) {
      if (I[1]) JUMP(LABEL(I[1]));
      ERROR(make_tuple(*p, {atom::badkey, bad}));
    }
  } else {
    r = map_put_many(*p, m, kv, n / 2);
  }
  DST(I[3]) = r;
  NEXT(6 + n);
}
L_has_map_fields: {
  Term m = SRC(I[2]);
  Uint n = I[3];
  Term v;
  for (Uint i = 0; i < n; i++) {
    if (!map_get(m, SRC(I[4 + i]), &v)) JUMP(LABEL(I[1]));
  }
  NEXT(4 + n);
}
L_get_map_elements: {
  Term m = SRC(I[2]);
  Uint n = I[3];
  // First check that every key is present: destinations may overlap the
  // source register.
  Term vals[256];
  for (Uint i = 0; i < n; i += 2) {
    if (!map_get(m, SRC(I[4 + i]), &vals[(i / 2) % 256])) JUMP(LABEL(I[1]));
  }
  for (Uint i = 0; i < n; i += 2) DST(I[5 + i]) = vals[(i / 2) % 256];
  NEXT(4 + n);
}

  // ---- binaries -------------------------------------------------------------------
L_bs_start_match3:
  // Fail Bin Live Dst
  start_match_src = SRC(I[2]);
  goto do_start_match;
L_bs_start_match4:
  // Fail Live Bin Dst
  start_match_src = SRC(I[3]);
do_start_match: {
  Term bin = start_match_src;
  Term ctx = bs_start_match(*p, bin);
  if (ctx == NON_VALUE) {
    if (I[1]) JUMP(LABEL(I[1]));
    ERROR(make_tuple(*p, {atom::badmatch, bin}));
  }
  DST(I[4]) = ctx;
  NEXT(5);
}
L_bs_get_integer2: {
  // Fail Ctx Live Size Unit Flags Dst
  Uint bits;
  if (!bs_size(SRC(I[4]), I[5], &bits)) JUMP(LABEL(I[1]));
  Term r;
  if (!bs_get_integer(*p, SRC(I[2]), bits, bs_flags(I[6]), &r)) JUMP(LABEL(I[1]));
  DST(I[7]) = r;
  NEXT(8);
}
L_bs_get_float2: {
  Uint bits;
  if (!bs_size(SRC(I[4]), I[5], &bits)) JUMP(LABEL(I[1]));
  Term r;
  if (!bs_get_float(*p, SRC(I[2]), bits, bs_flags(I[6]), &r)) JUMP(LABEL(I[1]));
  DST(I[7]) = r;
  NEXT(8);
}
L_bs_get_binary2: {
  Term size = SRC(I[4]);
  Term r;
  if (size == atom::all) {
    if (!bs_get_binary_all(*p, SRC(I[2]), I[5], &r)) JUMP(LABEL(I[1]));
  } else {
    Uint bits;
    if (!bs_size(size, I[5], &bits)) JUMP(LABEL(I[1]));
    if (!bs_get_binary(*p, SRC(I[2]), bits, &r)) JUMP(LABEL(I[1]));
  }
  DST(I[7]) = r;
  NEXT(8);
}
L_bs_skip_bits2: {
  // Fail Ctx Size Unit Flags
  Term size = SRC(I[3]);
  if (size == atom::all) {
    if (!bs_skip_all(SRC(I[2]), I[4])) JUMP(LABEL(I[1]));
  } else {
    Uint bits;
    if (!bs_size(size, I[4], &bits)) JUMP(LABEL(I[1]));
    if (!bs_skip_bits(SRC(I[2]), bits)) JUMP(LABEL(I[1]));
  }
  NEXT(6);
}
L_bs_test_tail2:
  TEST(bs_test_tail(SRC(I[2]), I[3]), 4);
L_bs_test_unit:
  TEST(bs_test_unit(SRC(I[2]), I[3]), 4);
L_bs_match_string:
  TEST(bs_match_string(SRC(I[2]), word_ptr<const uint8_t>(I[4]), I[3]), 5);
L_bs_get_tail:
  DST(I[2]) = bs_get_tail(*p, SRC(I[1]));
  NEXT(4);
L_bs_get_position:
  DST(I[2]) = make_small(Sint(bs_get_position(SRC(I[1]))));
  NEXT(4);
L_bs_set_position:
  bs_set_position(SRC(I[1]), Uint(small_value(SRC(I[2]))));
  NEXT(3);
L_bs_get_utf8: {
  // Fail Ctx Live Flags Dst
  Term r;
  if (!bs_get_utf8(SRC(I[2]), &r)) JUMP(LABEL(I[1]));
  DST(I[5]) = r;
  NEXT(6);
}
L_bs_get_utf16: {
  Term r;
  if (!bs_get_utf16(SRC(I[2]), bs_flags(I[4]), &r)) JUMP(LABEL(I[1]));
  DST(I[5]) = r;
  NEXT(6);
}
L_bs_get_utf32: {
  Term r;
  if (!bs_get_utf32(SRC(I[2]), bs_flags(I[4]), &r)) JUMP(LABEL(I[1]));
  DST(I[5]) = r;
  NEXT(6);
}
L_bs_skip_utf8: {
  Term r;
  if (!bs_get_utf8(SRC(I[2]), &r)) JUMP(LABEL(I[1]));
  NEXT(5);
}
L_bs_skip_utf16: {
  Term r;
  if (!bs_get_utf16(SRC(I[2]), bs_flags(I[4]), &r)) JUMP(LABEL(I[1]));
  NEXT(5);
}
L_bs_skip_utf32: {
  Term r;
  if (!bs_get_utf32(SRC(I[2]), bs_flags(I[4]), &r)) JUMP(LABEL(I[1]));
  NEXT(5);
}
L_bs_init_writable: {
  // x0 = a fresh writable binary for a comprehension; x0 holds the size hint.
  x[0] = bs_init_writable(*p, x[0]);
  NEXT(1);
}
L_bs_create_bin: {
  // [op, fail, alloc, live, unit, dst, nsegs, (type, unit, flags, src, size)*]
  Term err = NON_VALUE;
  Term r = create_bin(p, x, I, &err);
  if (r == NON_VALUE) {
    if (I[1]) JUMP(LABEL(I[1]));
    ERROR(err == NON_VALUE ? atom::badarg : err);
  }
  DST(I[5]) = r;
  NEXT(7 + I[6] * 5);
}

  // ---- exceptions --------------------------------------------------------------
handle_undef: {
  // {undef, [{M, F, Args, []} | ...]}: the missing function is the top
  // frame (no location).
  const Export* e = exc_bif;
  Term frame = make_tuple(*p, {e->module, e->function, exc_bif_args, NIL});
  Term rest = build_stack_trace(p, nullptr, CP, nullptr, NIL);
  Term* cell = p->alloc(2);
  cell[0] = frame;
  cell[1] = rest;
  p->exc_given_trace = make_list(cell);
  p->exc_class = ExcClass::Error;
  p->exc_reason = atom::undef;
  exc_bif = nullptr;
  goto handle_exception;
}
handle_bif_exception:
  if (p->exc_given_trace != NON_VALUE || !p->exc_from_bif) {
    // error/1, exit/1, throw/1, raise/3: no frame for the BIF itself.
    exc_bif = nullptr;
  }
  goto handle_exception_common;
handle_exception:
  p->exc_args = NON_VALUE;
handle_exception_with_args:
handle_exception_common: {
  Term trace = p->exc_given_trace != NON_VALUE
                   ? p->exc_given_trace
                   : build_stack_trace(p, I, CP, exc_bif, exc_bif_args);
  p->exc_given_trace = NON_VALUE;
  p->exc_args = NON_VALUE;
  exc_bif = nullptr;
  const Term* handler = unwind_to_catch(p);
  if (handler) {
    x[0] = NON_VALUE;
    x[1] = class_atom(p->exc_class);
    x[2] = p->exc_reason;
    x[3] = make_raw_trace(*p, p->exc_class, trace);
    JUMP(handler);
  }
  p->exit_reason = uncaught_exit_reason(p, trace);
  p->died_from_error = p->exc_class == ExcClass::Error;
  p->ip = I;
  return RunResult::Exited;
}

max_heap_exceeded:
  // A collection found the heap over max_heap_size (with kill): the process
  // ends here with reason killed, as if exit(Pid, kill) had reached it.
  p->exit_reason = atom::killed;
  p->died_from_error = false;
  p->ip = I;
  return RunResult::Exited;

yield:
  p->total_reductions += uint64_t(kReductionsPerSlice - p->reductions);
  p->ip = I;
  p->cp = CP;
  p->arity = save_arity;
  p->xsave.assign(x, x + save_arity);
  return RunResult::Yielded;

}

void init_interpreter() {
  if (g_table) return;
  RegisterFile* regs = new RegisterFile();
  execute(nullptr, *regs);
  delete regs;
  g_normal_exit_code[0] = ptr_word(g_table[kOpNormalExit]);
  g_normal_exit_code[1] = 0;
  g_on_load_done_code[0] = ptr_word(g_table[kOpOnLoadDone]);
  g_on_load_done_code[1] = 0;
  set_instruction_handlers(g_table);
}

}  // namespace beamline
