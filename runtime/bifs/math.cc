// math module: the functions that are BIFs in OTP 25 (math.erl's
// erlang:nif_error bodies). Arguments are numbers converted to double
// (badarg for non-numbers, badarith for integers beyond the double range);
// a result that is not finite (domain error, pole or overflow) raises
// badarith, as erl does.
#include <cmath>

#include "runtime/bifs/bif.h"
#include "runtime/term/number.h"

namespace beamline {
namespace {

// Converts a math argument; on failure *err is the raised exception.
bool math_arg(Process* p, Term t, double* out, Term* err) {
  if (!is_number(t)) {
    *err = raise_badarg(p);
    return false;
  }
  if (!number_to_double_checked(t, out)) {
    *err = raise_badarith(p);
    return false;
  }
  return true;
}

Term math_result(Process* p, double r) {
  if (!std::isfinite(r)) return raise_badarith(p);
  return make_float(*p, r);
}

template <double (*F)(double)>
Term math1(Process* p, const Term* args) {
  double x;
  Term err;
  if (!math_arg(p, args[0], &x, &err)) return err;
  return math_result(p, F(x));
}

template <double (*F)(double, double)>
Term math2(Process* p, const Term* args) {
  double x, y;
  Term err;
  if (!math_arg(p, args[0], &x, &err)) return err;
  if (!math_arg(p, args[1], &y, &err)) return err;
  return math_result(p, F(x, y));
}

// Wrappers give each libm function one unambiguous double(double) address.
double m_sin(double x) { return std::sin(x); }
double m_cos(double x) { return std::cos(x); }
double m_tan(double x) { return std::tan(x); }
double m_asin(double x) { return std::asin(x); }
double m_acos(double x) { return std::acos(x); }
double m_atan(double x) { return std::atan(x); }
double m_sinh(double x) { return std::sinh(x); }
double m_cosh(double x) { return std::cosh(x); }
double m_tanh(double x) { return std::tanh(x); }
double m_asinh(double x) { return std::asinh(x); }
double m_acosh(double x) { return std::acosh(x); }
double m_atanh(double x) { return std::atanh(x); }
double m_exp(double x) { return std::exp(x); }
double m_log(double x) { return std::log(x); }
double m_log2(double x) { return std::log2(x); }
double m_log10(double x) { return std::log10(x); }
double m_sqrt(double x) { return std::sqrt(x); }
double m_erf(double x) { return std::erf(x); }
double m_erfc(double x) { return std::erfc(x); }
double m_floor(double x) { return std::floor(x); }
double m_ceil(double x) { return std::ceil(x); }
double m_atan2(double y, double x) { return std::atan2(y, x); }
double m_pow(double x, double y) { return std::pow(x, y); }
double m_fmod(double x, double y) { return std::fmod(x, y); }

}  // namespace

void register_math_bifs(BifRegistry& r) {
  r.add("math", "sin", 1, math1<m_sin>);
  r.add("math", "cos", 1, math1<m_cos>);
  r.add("math", "tan", 1, math1<m_tan>);
  r.add("math", "asin", 1, math1<m_asin>);
  r.add("math", "acos", 1, math1<m_acos>);
  r.add("math", "atan", 1, math1<m_atan>);
  r.add("math", "atan2", 2, math2<m_atan2>);
  r.add("math", "sinh", 1, math1<m_sinh>);
  r.add("math", "cosh", 1, math1<m_cosh>);
  r.add("math", "tanh", 1, math1<m_tanh>);
  r.add("math", "asinh", 1, math1<m_asinh>);
  r.add("math", "acosh", 1, math1<m_acosh>);
  r.add("math", "atanh", 1, math1<m_atanh>);
  r.add("math", "exp", 1, math1<m_exp>);
  r.add("math", "log", 1, math1<m_log>);
  r.add("math", "log2", 1, math1<m_log2>);
  r.add("math", "log10", 1, math1<m_log10>);
  r.add("math", "pow", 2, math2<m_pow>);
  r.add("math", "sqrt", 1, math1<m_sqrt>);
  r.add("math", "erf", 1, math1<m_erf>);
  r.add("math", "erfc", 1, math1<m_erfc>);
  r.add("math", "floor", 1, math1<m_floor>);
  r.add("math", "ceil", 1, math1<m_ceil>);
  r.add("math", "fmod", 2, math2<m_fmod>);
}

}  // namespace beamline
