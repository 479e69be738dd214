// How built-in functions are written and registered.
//
// A BIF is `Term fn(Process* p, const Term* args)`. It returns the result, or
// NON_VALUE after recording an exception with one of the raise helpers below
// (the interpreter then raises it, adding the BIF's own frame to the
// stack trace as erl does). BIFs build terms with `p->alloc()` or any helper
// taking a `Heap&` (a Process is a Heap); allocation never collects
// garbage, so raw Terms stay valid for the whole call.
//
// Each file under runtime/bifs/ implements one Erlang module area and
// exports `void register_<area>_bifs(BifRegistry&)`, called from registry.cc.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/term/term.h"
#include "runtime/term/atom_table.h"
#include "runtime/vm/process.h"

namespace beamline {

using BifFunction = Term (*)(Process* p, const Term* args);

enum BifFlags : unsigned {
  kBifPlain = 0,
  kBifGuard = 1,  // allowed in guards (bif0/1/2, gc_bif1/2/3 may reference it)
};

struct BifEntry {
  std::string_view module;
  std::string_view name;
  unsigned arity;
  BifFunction fn;
  unsigned flags;
};

class BifRegistry {
 public:
  // Registers Module:Name/Arity. Registering the same MFA twice aborts.
  void add(std::string_view module, std::string_view name, unsigned arity,
           BifFunction fn, unsigned flags = kBifPlain);
  const std::vector<BifEntry>& entries() const { return entries_; }

  // Every BIF of the VM (built once, on first use).
  static const BifRegistry& all();

 private:
  std::vector<BifEntry> entries_;
};

// ---- raising exceptions from a BIF (always `return raise_...(p, ...)`) ----
Term raise_error(Process* p, Term reason);  // class error
Term raise_exit(Process* p, Term reason);   // class exit
Term raise_throw(Process* p, Term value);   // class throw
inline Term raise_badarg(Process* p) { return raise_error(p, atom::badarg); }
inline Term raise_badarith(Process* p) { return raise_error(p, atom::badarith); }
Term raise_system_limit(Process* p);
// error(Reason) whose stack trace names this BIF with `args` replaced (used by
// erlang:error/2).
Term raise_error_with_args(Process* p, Term reason, Term args);

// The BIF erlang:Name/Arity has to wait for another process (running on
// another scheduler right now): the caller yields, and the BIF is called
// again with the same arguments when it next runs. Returns NON_VALUE.
Term retry_bif_later(Process* p, Term name, const Term* args, unsigned arity);

// ---- argument helpers ------------------------------------------------------------
// Length of a proper list, or -1 if `t` is not a proper list.
Sint list_length(Term t);
// Builds a list from `n` terms (in order) on `heap`.
Term make_list_from(Heap& heap, const Term* elems, size_t n, Term tail = NIL);
Term make_tuple(Heap& heap, std::initializer_list<Term> elems);
Term make_tuple_n(Heap& heap, size_t n, Term** elems_out);  // elements uninitialised
// A charlist or binary/iolist flattening, per erlang:iolist_to_binary rules:
// false if `t` is not an iolist (or iodata).
bool iolist_to_bytes(Term t, std::string* out);
// Appends the bytes of binary `t`; false (appending nothing) unless `t` is a
// binary (a bitstring of whole bytes).
bool append_binary(Term t, std::string* out);
// A Latin-1 / Unicode charlist to a UTF-8 std::string; false if not a string.
bool charlist_to_utf8(Term t, std::string* out);
// UTF-8 text to a list of code points.
Term utf8_to_charlist(Heap& heap, std::string_view utf8);
// Appends code point `cp` encoded as UTF-8. `cp` must be a Unicode scalar
// value (at most 0x10FFFF, not a surrogate); callers check that first.
void append_utf8(uint32_t cp, std::string* out);
// Whether s[0..n) is well-formed UTF-8 (no overlong forms, surrogates, code
// points above 0x10FFFF or truncated sequences); if so and `chars` is not
// null, stores the number of characters.
bool valid_utf8(const uint8_t* s, size_t n, size_t* chars = nullptr);
// Bytes to a list of integers 0..255.
Term bytes_to_list(Heap& heap, std::string_view bytes);

}  // namespace beamline
