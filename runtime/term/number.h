// Integers (small and big), floats and arithmetic with Erlang semantics.
// Every operation returns NON_VALUE when Erlang would raise badarith (the
// caller raises); results are always normalised (a bignum is never in
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
Term arith_bsl(Heap& h, Term a, Term b);  // NON_VALUE + *limit for huge shifts
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

}  // namespace beamline
