// erlang module: arithmetic and comparison operators, number conversions and
// type tests.
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "runtime/bifs/bif.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/binary.h"
#include "runtime/term/compare.h"
#include "runtime/term/number.h"
#include "runtime/vm/module.h"

namespace beamline {
namespace {

// ---- helpers -------------------------------------------------------------------

Term arith_result(Process* p, Term r) {
  if (r == NON_VALUE) return raise_error(p, arith_error_reason());
  return r;
}

// The bytes of a binary (whole bytes only); false for non-binaries.
bool binary_bytes(Term t, std::string* out) {
  BitView v;
  if (!bit_view(t, &v) || v.bit_size % 8 != 0) return false;
  if (v.bit_offset % 8 == 0) {
    out->assign(reinterpret_cast<const char*>(v.bytes()), v.byte_size());
  } else {
    out->assign(v.byte_size(), '\0');
    if (v.byte_size() != 0)
      copy_bits(v.base, v.bit_offset, reinterpret_cast<uint8_t*>(out->data()),
                0, v.bit_size);
  }
  return true;
}

// A proper list of integers 0..255 as bytes; false otherwise.
bool byte_list(Term t, std::string* out) {
  while (is_list(t)) {
    Term h = car(t);
    if (!is_small(h)) return false;
    Sint c = small_value(h);
    if (c < 0 || c > 255) return false;
    out->push_back(char(c));
    t = cdr(t);
  }
  return is_nil(t);
}

bool get_base(Term t, int* base) {
  if (!is_small(t)) return false;
  Sint b = small_value(t);
  if (b < 2 || b > 36) return false;
  *base = int(b);
  return true;
}

// ---- arithmetic operators ---------------------------------------------------------

#define ARITH2(fn, op)                                  \
  Term fn(Process* p, const Term* args) {               \
    return arith_result(p, op(*p, args[0], args[1]));   \
  }
ARITH2(bif_plus2, arith_add)
ARITH2(bif_minus2, arith_sub)
ARITH2(bif_times2, arith_mul)
ARITH2(bif_fdiv2, arith_fdiv)
ARITH2(bif_div2, arith_idiv)
ARITH2(bif_rem2, arith_rem)
ARITH2(bif_band2, arith_band)
ARITH2(bif_bor2, arith_bor)
ARITH2(bif_bxor2, arith_bxor)
ARITH2(bif_bsl2, arith_bsl)
ARITH2(bif_bsr2, arith_bsr)
#undef ARITH2

Term bif_bnot1(Process* p, const Term* args) {
  return arith_result(p, arith_bnot(*p, args[0]));
}
Term bif_minus1(Process* p, const Term* args) {
  return arith_result(p, arith_neg(*p, args[0]));
}
Term bif_plus1(Process* p, const Term* args) {
  return arith_result(p, arith_plus(args[0]));
}

// ---- numeric BIFs -------------------------------------------------------------------

Term bif_abs(Process* p, const Term* args) {
  Term a = args[0];
  if (is_small(a)) {
    Sint v = small_value(a);
    return v < 0 ? make_integer(*p, int64_t(-v)) : a;
  }
  if (is_bignum(a)) {
    if (compare_numbers(a, make_small(0)) < 0) return arith_neg(*p, a);
    return a;
  }
  if (is_float(a)) {
    double d = float_value(a);
    return d < 0 ? make_float(*p, -d) : a;  // abs(-0.0) is -0.0 in erl
  }
  return raise_badarg(p);
}

Term bif_float(Process* p, const Term* args) {
  Term a = args[0];
  if (is_float(a)) return a;
  double d;
  if (!is_integer(a) || !number_to_double_checked(a, &d))
    return raise_badarg(p);
  return make_float(*p, d);
}

template <double (*Round)(double)>
Term float_to_int_bif(Process* p, const Term* args) {
  Term a = args[0];
  if (is_integer(a)) return a;
  if (!is_float(a)) return raise_badarg(p);
  return double_to_integer(*p, Round(float_value(a)));
}
double do_trunc(double d) { return std::trunc(d); }
double do_round(double d) { return std::round(d); }
double do_floor(double d) { return std::floor(d); }
double do_ceil(double d) { return std::ceil(d); }

Term bif_max(Process* p, const Term* args) {
  return compare_terms(args[0], args[1]) < 0 ? args[1] : args[0];
}
Term bif_min(Process* p, const Term* args) {
  return compare_terms(args[0], args[1]) > 0 ? args[1] : args[0];
}

// ---- integer <-> text -------------------------------------------------------------

Term bif_integer_to_list1(Process* p, const Term* args) {
  if (!is_integer(args[0])) return raise_badarg(p);
  return bytes_to_list(*p, integer_to_string(args[0], 10));
}
Term bif_integer_to_list2(Process* p, const Term* args) {
  int base;
  if (!is_integer(args[0]) || !get_base(args[1], &base)) return raise_badarg(p);
  return bytes_to_list(*p, integer_to_string(args[0], base));
}
Term bif_integer_to_binary1(Process* p, const Term* args) {
  if (!is_integer(args[0])) return raise_badarg(p);
  return make_binary(*p, integer_to_string(args[0], 10));
}
Term bif_integer_to_binary2(Process* p, const Term* args) {
  int base;
  if (!is_integer(args[0]) || !get_base(args[1], &base)) return raise_badarg(p);
  return make_binary(*p, integer_to_string(args[0], base));
}

Term text_to_integer(Process* p, const std::string& s, int base) {
  std::optional<Term> r = string_to_integer(*p, s, base);
  if (!r) return raise_badarg(p);
  return *r;
}

Term bif_list_to_integer1(Process* p, const Term* args) {
  std::string s;
  if (!byte_list(args[0], &s)) return raise_badarg(p);
  return text_to_integer(p, s, 10);
}
Term bif_list_to_integer2(Process* p, const Term* args) {
  std::string s;
  int base;
  if (!byte_list(args[0], &s) || !get_base(args[1], &base))
    return raise_badarg(p);
  return text_to_integer(p, s, base);
}
Term bif_binary_to_integer1(Process* p, const Term* args) {
  std::string s;
  if (!binary_bytes(args[0], &s)) return raise_badarg(p);
  return text_to_integer(p, s, 10);
}
Term bif_binary_to_integer2(Process* p, const Term* args) {
  std::string s;
  int base;
  if (!binary_bytes(args[0], &s) || !get_base(args[1], &base))
    return raise_badarg(p);
  return text_to_integer(p, s, base);
}

// ---- float <-> text -----------------------------------------------------------------

// erl's do_float_to_charbuf: the float and its option list to text; false
// for badarg.
bool float_text(Term f, Term opts, std::string* out) {
  if (!is_float(f)) return false;
  enum { kLegacy, kFixed, kScientific, kShort } fmt = kLegacy;
  Sint decimals = 0;
  bool compact = false;
  Term l = opts;
  for (; is_list(l); l = cdr(l)) {
    Term o = car(l);
    if (o == atom::compact) {
      compact = true;
      continue;
    }
    if (o == atom::short_) {
      fmt = kShort;
      continue;
    }
    if (is_tuple(o) && tuple_arity(o) == 2 && is_small(tuple_elems(o)[1])) {
      Term key = tuple_elems(o)[0];
      if (key == atom::decimals) {
        decimals = small_value(tuple_elems(o)[1]);
        fmt = kFixed;
        continue;
      }
      if (key == atom::scientific) {
        decimals = small_value(tuple_elems(o)[1]);
        fmt = kScientific;
        continue;
      }
    }
    return false;
  }
  if (!is_nil(l)) return false;
  double d = float_value(f);
  std::optional<std::string> s;
  switch (fmt) {
    case kFixed:
      if (decimals < 0 || decimals > 253) return false;
      s = float_to_fixed(d, int(decimals), compact);
      break;
    case kScientific:
      if (decimals < 0 || decimals > 249) return false;
      s = float_to_scientific(d, int(decimals));
      break;
    case kShort:
      s = float_to_shortest(d);
      break;
    case kLegacy:
      s = float_to_default(d);
      break;
  }
  if (!s) return false;
  *out = std::move(*s);
  return true;
}

Term bif_float_to_list1(Process* p, const Term* args) {
  if (!is_float(args[0])) return raise_badarg(p);
  return bytes_to_list(*p, float_to_default(float_value(args[0])));
}
Term bif_float_to_list2(Process* p, const Term* args) {
  std::string s;
  if (!float_text(args[0], args[1], &s)) return raise_badarg(p);
  return bytes_to_list(*p, s);
}
Term bif_float_to_binary1(Process* p, const Term* args) {
  if (!is_float(args[0])) return raise_badarg(p);
  return make_binary(*p, float_to_default(float_value(args[0])));
}
Term bif_float_to_binary2(Process* p, const Term* args) {
  std::string s;
  if (!float_text(args[0], args[1], &s)) return raise_badarg(p);
  return make_binary(*p, s);
}

Term text_to_float(Process* p, const std::string& s) {
  std::optional<double> d = string_to_float(s);
  if (!d) return raise_badarg(p);
  return make_float(*p, *d);
}
Term bif_list_to_float(Process* p, const Term* args) {
  std::string s;
  if (!byte_list(args[0], &s)) return raise_badarg(p);
  return text_to_float(p, s);
}
Term bif_binary_to_float(Process* p, const Term* args) {
  std::string s;
  if (!binary_bytes(args[0], &s)) return raise_badarg(p);
  return text_to_float(p, s);
}

// ---- type tests -----------------------------------------------------------------------

Term bif_is_integer(Process*, const Term* a) { return make_bool(is_integer(a[0])); }
Term bif_is_float(Process*, const Term* a) { return make_bool(is_float(a[0])); }
Term bif_is_number(Process*, const Term* a) { return make_bool(is_number(a[0])); }
Term bif_is_atom(Process*, const Term* a) { return make_bool(is_atom(a[0])); }
Term bif_is_list(Process*, const Term* a) {
  return make_bool(is_list(a[0]) || is_nil(a[0]));
}
Term bif_is_tuple(Process*, const Term* a) { return make_bool(is_tuple(a[0])); }
Term bif_is_binary(Process*, const Term* a) { return make_bool(is_binary(a[0])); }
Term bif_is_bitstring(Process*, const Term* a) {
  return make_bool(is_bitstring(a[0]));
}
Term bif_is_boolean(Process*, const Term* a) { return make_bool(is_boolean(a[0])); }
Term bif_is_pid(Process*, const Term* a) { return make_bool(is_pid(a[0])); }
Term bif_is_port(Process*, const Term* a) { return make_bool(is_port(a[0])); }
Term bif_is_reference(Process*, const Term* a) { return make_bool(is_ref(a[0])); }
Term bif_is_map(Process*, const Term* a) { return make_bool(is_map(a[0])); }
Term bif_is_function1(Process*, const Term* a) { return make_bool(is_fun(a[0])); }

Term bif_is_function2(Process* p, const Term* args) {
  Term f = args[0], n = args[1];
  Sint arity;
  if (is_small(n)) {
    arity = small_value(n);
    if (arity < 0) return raise_badarg(p);
  } else if (is_bignum(n)) {
    if (compare_numbers(n, make_small(0)) < 0) return raise_badarg(p);
    return atom::false_;  // no fun has such an arity
  } else {
    return raise_badarg(p);
  }
  if (is_closure(f)) return make_bool(Sint(closure_entry(f)->arity) == arity);
  if (is_export_fun(f))
    return make_bool(Sint(export_fun_entry(f)->arity) == arity);
  return atom::false_;
}

Term bif_is_record2(Process* p, const Term* args) {
  Term t = args[0], tag = args[1];
  if (!is_atom(tag)) return raise_badarg(p);
  return make_bool(is_tuple(t) && tuple_arity(t) > 0 &&
                   tuple_elems(t)[0] == tag);
}

Term bif_is_record3(Process* p, const Term* args) {
  Term t = args[0], tag = args[1], size = args[2];
  if (!is_atom(tag) || !is_small(size)) return raise_badarg(p);
  Sint n = small_value(size);
  return make_bool(is_tuple(t) && tuple_arity(t) > 0 &&
                   Sint(tuple_arity(t)) == n && tuple_elems(t)[0] == tag);
}

// ---- comparison and boolean operators -----------------------------------------------

Term bif_eq_exact(Process*, const Term* a) { return make_bool(eq_exact(a[0], a[1])); }
Term bif_ne_exact(Process*, const Term* a) { return make_bool(!eq_exact(a[0], a[1])); }
Term bif_eq(Process*, const Term* a) { return make_bool(eq(a[0], a[1])); }
Term bif_ne(Process*, const Term* a) { return make_bool(!eq(a[0], a[1])); }
Term bif_lt(Process*, const Term* a) { return make_bool(compare_terms(a[0], a[1]) < 0); }
Term bif_gt(Process*, const Term* a) { return make_bool(compare_terms(a[0], a[1]) > 0); }
Term bif_le(Process*, const Term* a) { return make_bool(compare_terms(a[0], a[1]) <= 0); }
Term bif_ge(Process*, const Term* a) { return make_bool(compare_terms(a[0], a[1]) >= 0); }

Term bif_and(Process* p, const Term* a) {
  if (!is_boolean(a[0]) || !is_boolean(a[1])) return raise_badarg(p);
  return make_bool(a[0] == atom::true_ && a[1] == atom::true_);
}
Term bif_or(Process* p, const Term* a) {
  if (!is_boolean(a[0]) || !is_boolean(a[1])) return raise_badarg(p);
  return make_bool(a[0] == atom::true_ || a[1] == atom::true_);
}
Term bif_xor(Process* p, const Term* a) {
  if (!is_boolean(a[0]) || !is_boolean(a[1])) return raise_badarg(p);
  return make_bool(a[0] != a[1]);
}
Term bif_not(Process* p, const Term* a) {
  if (!is_boolean(a[0])) return raise_badarg(p);
  return make_bool(a[0] == atom::false_);
}

}  // namespace

void register_erlang_numbers_bifs(BifRegistry& r) {
  const unsigned G = kBifGuard;
  r.add("erlang", "+", 2, bif_plus2, G);
  r.add("erlang", "-", 2, bif_minus2, G);
  r.add("erlang", "*", 2, bif_times2, G);
  r.add("erlang", "/", 2, bif_fdiv2, G);
  r.add("erlang", "div", 2, bif_div2, G);
  r.add("erlang", "rem", 2, bif_rem2, G);
  r.add("erlang", "band", 2, bif_band2, G);
  r.add("erlang", "bor", 2, bif_bor2, G);
  r.add("erlang", "bxor", 2, bif_bxor2, G);
  r.add("erlang", "bsl", 2, bif_bsl2, G);
  r.add("erlang", "bsr", 2, bif_bsr2, G);
  r.add("erlang", "bnot", 1, bif_bnot1, G);
  r.add("erlang", "-", 1, bif_minus1, G);
  r.add("erlang", "+", 1, bif_plus1, G);

  r.add("erlang", "abs", 1, bif_abs, G);
  r.add("erlang", "float", 1, bif_float, G);
  r.add("erlang", "trunc", 1, float_to_int_bif<do_trunc>, G);
  r.add("erlang", "round", 1, float_to_int_bif<do_round>, G);
  r.add("erlang", "floor", 1, float_to_int_bif<do_floor>, G);
  r.add("erlang", "ceil", 1, float_to_int_bif<do_ceil>, G);
  // Plain Erlang functions in OTP 25's erlang.erl (same semantics).
  r.add("erlang", "max", 2, bif_max);
  r.add("erlang", "min", 2, bif_min);

  r.add("erlang", "integer_to_list", 1, bif_integer_to_list1);
  r.add("erlang", "integer_to_list", 2, bif_integer_to_list2);
  r.add("erlang", "integer_to_binary", 1, bif_integer_to_binary1);
  r.add("erlang", "integer_to_binary", 2, bif_integer_to_binary2);
  r.add("erlang", "list_to_integer", 1, bif_list_to_integer1);
  r.add("erlang", "list_to_integer", 2, bif_list_to_integer2);
  r.add("erlang", "binary_to_integer", 1, bif_binary_to_integer1);
  r.add("erlang", "binary_to_integer", 2, bif_binary_to_integer2);
  r.add("erlang", "float_to_list", 1, bif_float_to_list1);
  r.add("erlang", "float_to_list", 2, bif_float_to_list2);
  r.add("erlang", "float_to_binary", 1, bif_float_to_binary1);
  r.add("erlang", "float_to_binary", 2, bif_float_to_binary2);
  r.add("erlang", "list_to_float", 1, bif_list_to_float);
  r.add("erlang", "binary_to_float", 1, bif_binary_to_float);

  r.add("erlang", "is_integer", 1, bif_is_integer, G);
  r.add("erlang", "is_float", 1, bif_is_float, G);
  r.add("erlang", "is_number", 1, bif_is_number, G);
  r.add("erlang", "is_atom", 1, bif_is_atom, G);
  r.add("erlang", "is_list", 1, bif_is_list, G);
  r.add("erlang", "is_tuple", 1, bif_is_tuple, G);
  r.add("erlang", "is_binary", 1, bif_is_binary, G);
  r.add("erlang", "is_bitstring", 1, bif_is_bitstring, G);
  r.add("erlang", "is_boolean", 1, bif_is_boolean, G);
  r.add("erlang", "is_pid", 1, bif_is_pid, G);
  r.add("erlang", "is_port", 1, bif_is_port, G);
  r.add("erlang", "is_reference", 1, bif_is_reference, G);
  r.add("erlang", "is_map", 1, bif_is_map, G);
  r.add("erlang", "is_function", 1, bif_is_function1, G);
  r.add("erlang", "is_function", 2, bif_is_function2, G);
  r.add("erlang", "is_record", 2, bif_is_record2, G);
  r.add("erlang", "is_record", 3, bif_is_record3, G);

  r.add("erlang", "=:=", 2, bif_eq_exact, G);
  r.add("erlang", "=/=", 2, bif_ne_exact, G);
  r.add("erlang", "==", 2, bif_eq, G);
  r.add("erlang", "/=", 2, bif_ne, G);
  r.add("erlang", "<", 2, bif_lt, G);
  r.add("erlang", ">", 2, bif_gt, G);
  r.add("erlang", "=<", 2, bif_le, G);
  r.add("erlang", ">=", 2, bif_ge, G);
  r.add("erlang", "and", 2, bif_and, G);
  r.add("erlang", "or", 2, bif_or, G);
  r.add("erlang", "xor", 2, bif_xor, G);
  r.add("erlang", "not", 1, bif_not, G);
}

}  // namespace beamline
