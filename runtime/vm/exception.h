// Exceptions: stack traces in erl's shape and unwinding to catch handlers.
#pragma once

#include "runtime/term/term.h"
#include "runtime/vm/process.h"

namespace beamline {

Term class_atom(ExcClass c);
bool class_from_atom(Term a, ExcClass* out);

// Builds the stack trace of the exception being raised in `p` at code
// address `pc` (the failing instruction), with `cp` the continuation pointer
// register. When the exception came from a BIF (`bif` non-null), its frame
// {M, F, Args, [{error_info, ...}]} comes first.
Term build_stack_trace(Process* p, const Term* pc, const Term* cp,
                       const Export* bif, Term bif_args);

// The raw stack trace kept in x(2)/x(3) while a handler runs: it carries the
// class so that erlang:raise/2 (used by rethrows) can recover it.
Term make_raw_trace(Heap& h, ExcClass c, Term cooked);
bool is_raw_trace(Term t);
Term raw_trace_cooked(Term raw);
ExcClass raw_trace_class(Term raw);

// Finds the innermost catch on the stack. On success pops the stack to the
// frame holding it and returns the handler address; otherwise nullptr.
const Term* unwind_to_catch(Process* p);

// The reason a process exits with when the exception is not caught:
// error -> {Reason, Trace}, exit -> Reason, throw -> {{nocatch, V}, Trace}.
Term uncaught_exit_reason(Process* p, Term trace);

// True if `t` is a well-formed cooked stack trace (erlang:raise/3 checks it).
bool is_valid_stack_trace(Term t);

}  // namespace beamline
