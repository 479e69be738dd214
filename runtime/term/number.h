// Integers (small and big), floats and arithmetic with Erlang semantics.
// Every operation returns NON_VALUE when Erlang would raise (the caller
// raises arith_error_reason(): badarith, or system_limit for integers beyond
// BEAM's maximum size); results are always normalised (a bignum is never in
// small range).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <boost/multiprecision/cpp_int.hpp>

#include "runtime/term/heap.h"
#include "runtime/term/term.h"

namespace beamline {

using BigInt = boost::multiprecision::cpp_int;

Term make_integer(Heap& heap, int64_t v);
Term make_integer(Heap& heap, uint64_t v);
Term make_integer(Heap& heap, const BigInt& v);
Term make_float(Heap& heap, double d);  // d must be finite

BigInt to_bigint(Term integer);
// Fits in int64? (small or bignum of one limb in range)
bool integer_to_int64(Term integer, int64_t* out);
// Any number to double; bignums beyond double range give +-inf (caller checks).
double number_to_double(Term number);
// Heap words a bignum of this value needs (header + limbs).
size_t bigint_words(const BigInt& v);

// Arithmetic (operands any terms; NON_VALUE = badarith).
Term arith_add(Heap& h, Term a, Term b);
Term arith_sub(Heap& h, Term a, Term b);
Term arith_mul(Heap& h, Term a, Term b);
Term arith_fdiv(Heap& h, Term a, Term b);  // '/'
Term arith_idiv(Heap& h, Term a, Term b);  // 'div'
Term arith_rem(Heap& h, Term a, Term b);   // 'rem'
Term arith_band(Heap& h, Term a, Term b);
Term arith_bor(Heap& h, Term a, Term b);
Term arith_bxor(Heap& h, Term a, Term b);
Term arith_bsl(Heap& h, Term a, Term b);  // system_limit for huge shifts
Term arith_bsr(Heap& h, Term a, Term b);
Term arith_bnot(Heap& h, Term a);
Term arith_neg(Heap& h, Term a);  // unary minus
Term arith_plus(Term a);          // unary plus: a if number else NON_VALUE

// Comparison of two numbers: -1, 0, 1 (numeric: 1 == 1.0).
int compare_numbers(Term a, Term b);

// Text conversions.
std::string integer_to_string(Term integer, int base = 10);  // base 2..36, uppercase
// Parses an optionally signed integer in `base`; nullopt if malformed.
std::optional<Term> string_to_integer(Heap& heap, std::string_view s,
                                      int base = 10);
// erl's float_to_list(F, [short]) / io_lib's ~p output: shortest
// round-trip digits in erl's layout.
std::string float_to_shortest(double d);
// float_to_list(F) default: "%.20e" in erl's form.
std::string float_to_default(double d);

// ---- extensions -------------------------------------------------------------

// Why the last arith_* call on this thread returned NON_VALUE: the atom
// badarith, or system_limit when an integer result would exceed BEAM's
// maximum bignum size (e.g. `1 bsl (1 bsl 40)`).
Term arith_error_reason();

// BEAM's largest bignum: 524287 64-bit digits (results beyond it raise
// system_limit).
inline constexpr size_t kMaxBigLimbs = 524287;

// Integer for an integral finite double (trunc/round/floor/ceil results).
Term double_to_integer(Heap& heap, double d);
// Number to double as BEAM converts operands; false for non-numbers and for
// integers whose conversion overflows (erl's badarith/badarg cases).
bool number_to_double_checked(Term number, double* out);
// Allocates a float if d is finite; otherwise NON_VALUE (badarith).
Term make_float_checked(Heap& heap, double d);

// float_to_list(F, [{decimals, N}]) (+ compact): erl's fixed-point layout.
// nullopt when erl raises badarg (result does not fit its 256-byte buffer).
// 0 <= decimals <= 253.
std::optional<std::string> float_to_fixed(double d, int decimals, bool compact);
// float_to_list(F, [{scientific, N}]), 0 <= decimals <= 249; nullopt when
// the result does not fit erl's buffer.
std::optional<std::string> float_to_scientific(double d, int decimals);
// list_to_float/binary_to_float syntax ([+-]digits[.,]digits([eE][+-]digits)?,
// text ends at the first NUL as in erl); nullopt for bad syntax or overflow.
std::optional<double> string_to_float(std::string_view s);

}  // namespace beamline
