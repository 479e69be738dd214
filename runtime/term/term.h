// Term representation: one 64-bit tagged word per term on every target
// (native and wasm32), so that results are identical everywhere.
//
// Primary tag (low 2 bits):
//   00 HEADER  - first word of a boxed object on a heap (never a term value)
//   01 LIST    - pointer to a cons cell (2 words: head, tail)
//   10 BOXED   - pointer to a header word
//   11 IMMED1  - immediate; next 2 bits select the kind:
//        0011 PID   (local pid number << 4)
//        0111 PORT
//        1011 IMMED2, next 2 bits: 001011 ATOM, 011011 CATCH, 111011 NIL
//        1111 SMALL (signed 60-bit integer << 4)
//
// Header words: bits [5:2] subtag, bits [63:6] arity (payload words after
// the header). For tuples the arity is the element count.
//
// Heap words are 8-byte aligned on every target, so the low 3 bits of any
// heap pointer are free for the tag.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace beamline {

using Term = uint64_t;
using Uint = uint64_t;
using Sint = int64_t;

// ---- primary tags -------------------------------------------------------
inline constexpr Term kTagMask = 0x3;
inline constexpr Term kTagHeader = 0x0;
inline constexpr Term kTagList = 0x1;
inline constexpr Term kTagBoxed = 0x2;
inline constexpr Term kTagImmed1 = 0x3;

inline constexpr Term kImmed1Mask = 0xF;
inline constexpr Term kTagPid = 0x3;
inline constexpr Term kTagPort = 0x7;
inline constexpr Term kTagImmed2 = 0xB;
inline constexpr Term kTagSmall = 0xF;

inline constexpr Term kImmed2Mask = 0x3F;
inline constexpr Term kTagAtom = 0x0B;
inline constexpr Term kTagCatch = 0x1B;
inline constexpr Term kTagNilTag = 0x3B;

// The empty list.
inline constexpr Term NIL = kTagNilTag;
// Marker for "no value" (an error return from a BIF, an empty register).
// It is a header word, so it can never be a legal term.
inline constexpr Term NON_VALUE = 0;

// ---- header subtags -------------------------------------------------------
enum class Sub : uint8_t {
  Tuple = 0,
  BigPos = 1,
  BigNeg = 2,
  Ref = 3,
  Fun = 4,
  Float = 5,
  Export = 6,
  RefcBin = 7,
  HeapBin = 8,
  SubBin = 9,
  MatchCtx = 10,
  FlatMap = 11,
  HashMap = 12,
};

constexpr Term make_header(Sub sub, Uint arity) {
  return (arity << 6) | (Term(sub) << 2) | kTagHeader;
}
constexpr Sub header_sub(Term hdr) { return Sub((hdr >> 2) & 0xF); }
constexpr Uint header_arity(Term hdr) { return hdr >> 6; }
constexpr bool is_header(Term t) { return (t & kTagMask) == kTagHeader; }

// ---- immediates -------------------------------------------------------------
inline constexpr int kSmallBits = 60;
inline constexpr Sint kMaxSmall = (Sint(1) << (kSmallBits - 1)) - 1;
inline constexpr Sint kMinSmall = -(Sint(1) << (kSmallBits - 1));

constexpr bool is_small(Term t) { return (t & kImmed1Mask) == kTagSmall; }
constexpr bool fits_small(Sint v) { return v >= kMinSmall && v <= kMaxSmall; }
constexpr Term make_small(Sint v) { return (Term(v) << 4) | kTagSmall; }
constexpr Sint small_value(Term t) { return Sint(t) >> 4; }

constexpr bool is_atom(Term t) { return (t & kImmed2Mask) == kTagAtom; }
constexpr Term make_atom(Uint index) { return (index << 6) | kTagAtom; }
constexpr Uint atom_index(Term t) { return t >> 6; }

constexpr bool is_nil(Term t) { return t == NIL; }
constexpr bool is_immed(Term t) { return (t & kTagMask) == kTagImmed1; }

constexpr bool is_pid(Term t) { return (t & kImmed1Mask) == kTagPid; }
constexpr Term make_pid(Uint n) { return (n << 4) | kTagPid; }
constexpr Uint pid_number(Term t) { return t >> 4; }

constexpr bool is_port(Term t) { return (t & kImmed1Mask) == kTagPort; }
constexpr Term make_port(Uint n) { return (n << 4) | kTagPort; }
constexpr Uint port_number(Term t) { return t >> 4; }

// Catch tags hold a code address (the handler) in the upper bits. They only
// ever live in y registers.
constexpr bool is_catch(Term t) { return (t & kImmed2Mask) == kTagCatch; }
inline Term make_catch(const void* code) {
  return (Term(reinterpret_cast<uintptr_t>(code)) << 6) | kTagCatch;
}
inline const Term* catch_code(Term t) {
  return reinterpret_cast<const Term*>(uintptr_t(t >> 6));
}

// ---- pointers -----------------------------------------------------------------
constexpr bool is_list(Term t) { return (t & kTagMask) == kTagList; }  // cons
constexpr bool is_boxed(Term t) { return (t & kTagMask) == kTagBoxed; }

inline Term* ptr_val(Term t) {
  return reinterpret_cast<Term*>(uintptr_t(t & ~Term(kTagMask)));
}
inline Term make_list(const Term* cell) {
  return Term(reinterpret_cast<uintptr_t>(cell)) | kTagList;
}
inline Term make_boxed(const Term* hdr) {
  return Term(reinterpret_cast<uintptr_t>(hdr)) | kTagBoxed;
}
inline Term* list_val(Term t) { return ptr_val(t); }
inline Term* boxed_val(Term t) { return ptr_val(t); }
inline Term car(Term t) { return list_val(t)[0]; }
inline Term cdr(Term t) { return list_val(t)[1]; }

inline Term boxed_header(Term t) { return *boxed_val(t); }
inline bool is_boxed_sub(Term t, Sub s) {
  return is_boxed(t) && header_sub(boxed_header(t)) == s;
}

// ---- tuples -------------------------------------------------------------------
inline bool is_tuple(Term t) { return is_boxed_sub(t, Sub::Tuple); }
inline Uint tuple_arity(Term t) { return header_arity(boxed_header(t)); }
// Elements are 1-based as in Erlang: tuple_elems(t)[0] is element 1.
inline Term* tuple_elems(Term t) { return boxed_val(t) + 1; }

// ---- floats -------------------------------------------------------------------
inline bool is_float(Term t) { return is_boxed_sub(t, Sub::Float); }
inline double float_value(Term t) {
  double d;
  std::memcpy(&d, boxed_val(t) + 1, sizeof d);
  return d;
}
inline constexpr Uint kFloatWords = 2;

// ---- bignums ------------------------------------------------------------------
// Payload: magnitude as little-endian 64-bit limbs, at least one, the top limb
// non-zero. A bignum is never in small range (always normalised).
inline bool is_bignum(Term t) {
  if (!is_boxed(t)) return false;
  Sub s = header_sub(boxed_header(t));
  return s == Sub::BigPos || s == Sub::BigNeg;
}
inline bool is_integer(Term t) { return is_small(t) || is_bignum(t); }
inline bool is_number(Term t) { return is_integer(t) || is_float(t); }

// ---- references -----------------------------------------------------------
// Payload: [id] — a 64-bit unique number (per node run).
inline bool is_ref(Term t) { return is_boxed_sub(t, Sub::Ref); }
inline constexpr Uint kRefWords = 2;
inline uint64_t ref_id(Term t) { return boxed_val(t)[1]; }

// ---- funs ---------------------------------------------------------------------
// Closure payload: [FunEntry*, creator pid, free vars...]
// Export payload:  [Export*]
struct FunEntry;
struct Export;
inline bool is_closure(Term t) { return is_boxed_sub(t, Sub::Fun); }
inline bool is_export_fun(Term t) { return is_boxed_sub(t, Sub::Export); }
inline bool is_fun(Term t) {
  if (!is_boxed(t)) return false;
  Sub s = header_sub(boxed_header(t));
  return s == Sub::Fun || s == Sub::Export;
}
inline constexpr Uint kClosureFixedWords = 3;  // header, entry, pid
inline FunEntry* closure_entry(Term t) {
  return reinterpret_cast<FunEntry*>(uintptr_t(boxed_val(t)[1]));
}
inline Term closure_creator(Term t) { return boxed_val(t)[2]; }
inline Uint closure_num_free(Term t) {
  return header_arity(boxed_header(t)) - 2;
}
inline Term* closure_free(Term t) { return boxed_val(t) + 3; }
inline Export* export_fun_entry(Term t) {
  return reinterpret_cast<Export*>(uintptr_t(boxed_val(t)[1]));
}

// ---- maps -----------------------------------------------------------------
// Flat map (<= 32 keys): [hdr(arity = 1 + n), keys tuple, v1 .. vn]; keys are
// sorted in term order (exact compare) and stored in a tuple (often a literal
// shared between maps of the same shape, as on BEAM).
// Hash map (> 32 keys): HAMT, see term/map.h.
inline constexpr Uint kMaxFlatMapSize = 32;
inline bool is_flatmap(Term t) { return is_boxed_sub(t, Sub::FlatMap); }
inline bool is_hashmap(Term t) { return is_boxed_sub(t, Sub::HashMap); }
inline bool is_map(Term t) {
  if (!is_boxed(t)) return false;
  Sub s = header_sub(boxed_header(t));
  return s == Sub::FlatMap || s == Sub::HashMap;
}
inline Uint flatmap_size(Term t) { return header_arity(boxed_header(t)) - 1; }
inline Term flatmap_keys(Term t) { return boxed_val(t)[1]; }
inline Term* flatmap_values(Term t) { return boxed_val(t) + 2; }

// ---- binaries -------------------------------------------------------------
// See term/binary.h for layouts and the BitView accessor.
inline bool is_bitstring(Term t) {
  if (!is_boxed(t)) return false;
  Sub s = header_sub(boxed_header(t));
  return s == Sub::HeapBin || s == Sub::RefcBin || s == Sub::SubBin;
}
bool is_binary(Term t);  // a bitstring whose bit size is a multiple of 8

}  // namespace beamline
