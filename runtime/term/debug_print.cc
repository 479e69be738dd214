#include "runtime/term/debug_print.h"

#include "absl/strings/str_format.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/binary.h"
#include "runtime/term/map.h"
#include "runtime/term/number.h"

namespace beamline {
namespace {

void print(Term t, std::string& out, size_t max, int depth) {
  if (out.size() > max) return;
  if (depth > 50) {
    out += "...";
    return;
  }
  if (is_small(t)) {
    out += std::to_string(small_value(t));
  } else if (is_atom(t)) {
    out += atom_name(t);
  } else if (is_nil(t)) {
    out += "[]";
  } else if (is_pid(t)) {
    out += absl::StrFormat("<0.%d.0>", pid_number(t));
  } else if (is_list(t)) {
    out += "[";
    bool first = true;
    while (is_list(t) && out.size() <= max) {
      if (!first) out += ",";
      first = false;
      print(car(t), out, max, depth + 1);
      t = cdr(t);
    }
    if (!is_nil(t)) {
      out += "|";
      print(t, out, max, depth + 1);
    }
    out += "]";
  } else if (is_tuple(t)) {
    out += "{";
    for (Uint i = 0; i < tuple_arity(t); i++) {
      if (i) out += ",";
      print(tuple_elems(t)[i], out, max, depth + 1);
    }
    out += "}";
  } else if (is_bignum(t)) {
    out += integer_to_string(t);
  } else if (is_float(t)) {
    out += float_to_shortest(float_value(t));
  } else if (is_map(t)) {
    out += "#{";
    bool first = true;
    map_foreach(t, [&](Term k, Term v) {
      if (!first) out += ",";
      first = false;
      print(k, out, max, depth + 1);
      out += "=>";
      print(v, out, max, depth + 1);
    });
    out += "}";
  } else if (is_bitstring(t)) {
    BitView v;
    bit_view(t, &v);
    out += absl::StrFormat("<<%d bits>>", v.bit_size);
  } else if (is_ref(t)) {
    out += "#Ref";
  } else if (is_fun(t)) {
    out += "#Fun";
  } else {
    out += absl::StrFormat("<term %x>", t);
  }
}

}  // namespace

std::string debug_term(Term t, size_t max_chars) {
  std::string out;
  print(t, out, max_chars, 0);
  if (out.size() > max_chars) out.resize(max_chars);
  return out;
}

}  // namespace beamline
