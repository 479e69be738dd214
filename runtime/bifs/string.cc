// string module natives: string:list_to_integer/1 and string:list_to_float/1
// parse a number prefix of a character list and return the rest.
#include <string>

#include "runtime/bifs/bif.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/number.h"

namespace beamline {
namespace {

// Collects the leading ASCII characters of a charlist into `out`, stopping
// at the first non-ASCII element; returns the list position there.
Term ascii_prefix(Term list, std::string* out, size_t limit) {
  Term l = list;
  while (is_list(l) && out->size() < limit) {
    Term c = car(l);
    if (!is_small(c) || small_value(c) < 0 || small_value(c) > 127) break;
    out->push_back(char(small_value(c)));
    l = cdr(l);
  }
  return l;
}

// The list after skipping `n` elements.
Term drop(Term l, size_t n) {
  while (n-- > 0) l = cdr(l);
  return l;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

Term error_tuple(Process* p, std::string_view reason) {
  return make_tuple(*p, {atom::error, atom_from(reason)});
}

Term bif_list_to_integer(Process* p, const Term* a) {
  if (!is_list(a[0]) && !is_nil(a[0])) return error_tuple(p, "not_a_list");
  std::string s;
  ascii_prefix(a[0], &s, SIZE_MAX);
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) i++;
  size_t digits_start = i;
  while (i < s.size() && is_digit(s[i])) i++;
  if (i == digits_start) return error_tuple(p, "no_integer");
  auto v = string_to_integer(*p, std::string_view(s).substr(0, i), 10);
  if (!v) return error_tuple(p, "no_integer");
  return make_tuple(*p, {*v, drop(a[0], i)});
}

Term bif_list_to_float(Process* p, const Term* a) {
  if (!is_list(a[0]) && !is_nil(a[0])) return error_tuple(p, "not_a_list");
  std::string s;
  ascii_prefix(a[0], &s, SIZE_MAX);
  // [+-] digits . digits [eE [+-] digits]
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) i++;
  size_t int_start = i;
  while (i < s.size() && is_digit(s[i])) i++;
  if (i == int_start || i >= s.size() || s[i] != '.') return error_tuple(p, "no_float");
  size_t frac_start = ++i;
  while (i < s.size() && is_digit(s[i])) i++;
  if (i == frac_start) return error_tuple(p, "no_float");
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    size_t j = i + 1;
    if (j < s.size() && (s[j] == '+' || s[j] == '-')) j++;
    size_t exp_start = j;
    while (j < s.size() && is_digit(s[j])) j++;
    if (j > exp_start) i = j;
  }
  auto d = string_to_float(std::string_view(s).substr(0, i));
  if (!d) return raise_badarg(p);
  return make_tuple(*p, {make_float(*p, *d), drop(a[0], i)});
}

}  // namespace

void register_string_bifs(BifRegistry& r) {
  r.add("string", "list_to_integer", 1, bif_list_to_integer);
  r.add("string", "list_to_float", 1, bif_list_to_float);
}

}  // namespace beamline
