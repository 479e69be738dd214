// The loaded (internal) instruction format shared by the loader and the
// interpreter.
//
// Code is an array of 64-bit words. Each instruction is its handler (a label
// address with threaded dispatch, otherwise the opcode number) followed by
// pre-resolved operands:
//   - register/constant sources: (index << 2) | kind, or a pointer to a
//     constant slot | kOpConst (slots are 8-byte aligned, so the tag fits);
//   - labels: code addresses (0 = no failure label: raise instead);
//   - imports: Export*; funs: FunEntry*; counts and sizes: raw integers;
//   - lists: a count followed by the elements.
#pragma once

#include <cstdint>

#include "runtime/term/term.h"

namespace beamline {

enum : Term { kOpX = 0, kOpY = 1, kOpConst = 2, kOpFr = 3 };

inline constexpr Term enc_x(unsigned i) { return (Term(i) << 2) | kOpX; }
inline constexpr Term enc_y(unsigned i) { return (Term(i) << 2) | kOpY; }
inline constexpr Term enc_fr(unsigned i) { return (Term(i) << 2) | kOpFr; }
inline Term enc_const(const Term* slot) {
  return Term(reinterpret_cast<uintptr_t>(slot)) | kOpConst;
}
inline constexpr unsigned op_kind(Term op) { return unsigned(op & 3); }
inline constexpr unsigned op_index(Term op) { return unsigned(op >> 2); }
inline const Term* op_const_slot(Term op) {
  return reinterpret_cast<const Term*>(uintptr_t(op & ~Term(3)));
}

template <typename T>
inline T* word_ptr(Term w) {
  return reinterpret_cast<T*>(uintptr_t(w));
}
inline Term ptr_word(const void* p) {
  return Term(reinterpret_cast<uintptr_t>(p));
}

// Internal opcodes beyond the generic set (numbers 1..180 are the generic
// BEAM opcodes, see runtime/loader/generic_opcodes.def).
enum InternalOp : unsigned {
  kOpBifStub = 181,    // [Export*]: a module function implemented as a BIF
  kOpNormalExit = 182,  // end of a process's initial call
  kOpOnLoadDone = 183,  // return point of a module's -on_load function
  // gc_bif2 of erlang:'+'/2 and '-'/2 (same operands): small integers are
  // added in place; anything else goes the gc_bif2 way.
  kOpGcBifPlus = 184,
  kOpGcBifMinus = 185,
  kNumOps = 186,
};

// Segment type codes used in loaded bs_create_bin instructions.
enum BsSegCode : unsigned {
  kSegInteger, kSegFloat, kSegBinary, kSegUtf8, kSegUtf16, kSegUtf32,
  kSegString, kSegAppend, kSegPrivateAppend
};

}  // namespace beamline
