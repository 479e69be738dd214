// Test helpers for the binary areas: a small parser for Erlang term
// literals (integers of any size, atoms, strings, lists, tuples, binaries
// with Int, Int:Size and "string" segments) and a printer in erl's ~w format,
// so that expectations can be pasted from `erl -eval 'io:format("~w", ...)'`.
#pragma once

#include <cctype>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <boost/multiprecision/cpp_int.hpp>

#include "runtime/bifs/bif.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/binary.h"
#include "runtime/term/number.h"
#include "runtime/vm/bitsyntax.h"

namespace beamline::testing {

using Big = boost::multiprecision::cpp_int;

inline Term make_big(Heap& h, const Big& v) {
  Big m = v < 0 ? Big(-v) : v;
  std::vector<uint8_t> le;
  while (m > 0) {
    le.push_back(uint8_t(static_cast<unsigned>(m & 0xFF)));
    m >>= 8;
  }
  return bs_make_integer_le(h, le.data(), le.size(), v < 0);
}

inline Big big_of(Term t) {
  if (is_small(t)) return Big(small_value(t));
  const Term* p = boxed_val(t);
  Uint n = header_arity(*p);
  Big v = 0;
  for (Uint i = n; i-- > 0;) v = (v << 64) | Big(p[1 + i]);
  return header_sub(*p) == Sub::BigNeg ? Big(-v) : v;
}

class TermParser {
 public:
  TermParser(Heap& h, std::string_view s) : h_(h), s_(s) {}

  Term parse() {
    Term t = term();
    ws();
    if (i_ != s_.size()) fail("trailing input");
    return t;
  }

 private:
  [[noreturn]] void fail(const char* what) {
    throw std::runtime_error(std::string(what) + " at " + std::to_string(i_) +
                             " in " + std::string(s_));
  }
  void ws() {
    while (i_ < s_.size() && std::isspace(uint8_t(s_[i_]))) i_++;
  }
  bool eat(std::string_view tok) {
    ws();
    if (s_.substr(i_, tok.size()) == tok) {
      i_ += tok.size();
      return true;
    }
    return false;
  }
  void expect(std::string_view tok) {
    if (!eat(tok)) fail("expected token");
  }

  Big integer() {
    ws();
    bool neg = false;
    if (i_ < s_.size() && s_[i_] == '-') {
      neg = true;
      i_++;
    }
    if (i_ >= s_.size() || !std::isdigit(uint8_t(s_[i_]))) fail("integer");
    Big v = 0;
    int base = 10;
    size_t start = i_;
    while (i_ < s_.size() && std::isdigit(uint8_t(s_[i_]))) i_++;
    if (i_ < s_.size() && s_[i_] == '#') {
      base = std::stoi(std::string(s_.substr(start, i_ - start)));
      i_++;
    } else {
      i_ = start;
    }
    while (i_ < s_.size() && std::isxdigit(uint8_t(s_[i_]))) {
      char c = char(std::tolower(uint8_t(s_[i_])));
      int d = std::isdigit(uint8_t(c)) ? c - '0' : c - 'a' + 10;
      if (d >= base) break;
      v = v * base + d;
      i_++;
    }
    return neg ? Big(-v) : v;
  }

  // A quoted string's bytes (UTF-8 as written), with \\ \" \n escapes.
  std::string quoted(char q) {
    std::string out;
    i_++;  // opening quote
    while (i_ < s_.size() && s_[i_] != q) {
      char c = s_[i_++];
      if (c == '\\' && i_ < s_.size()) {
        char e = s_[i_++];
        out.push_back(e == 'n' ? '\n' : e);
      } else {
        out.push_back(c);
      }
    }
    if (i_ >= s_.size()) fail("unterminated quote");
    i_++;
    return out;
  }

  Term binary() {
    std::vector<uint8_t> buf;
    size_t bits = 0;
    auto put = [&](const Big& v, size_t n) {
      buf.resize((bits + n + 7) / 8 + 1);
      Term t = make_big(h_, v);
      bs_write_integer(buf.data(), bits, t, n, 0);
      bits += n;
    };
    if (eat(">>")) return make_binary(h_, "", 0);
    do {
      ws();
      if (i_ < s_.size() && s_[i_] == '"') {
        std::string str = quoted('"');
        eat("/utf8");
        for (unsigned char c : str) put(c, 8);
      } else {
        Big v = integer();
        size_t n = 8;
        if (eat(":")) n = size_t(integer());
        put(v, n);
      }
    } while (eat(","));
    expect(">>");
    buf.resize((bits + 7) / 8 + 1);
    return make_bitstring(h_, buf.data(), 0, bits);
  }

  Term term() {
    ws();
    if (i_ >= s_.size()) fail("unexpected end");
    char c = s_[i_];
    if (eat("<<")) return binary();
    if (c == '[') {
      i_++;
      std::vector<Term> elems;
      Term tail = NIL;
      if (!eat("]")) {
        do {
          elems.push_back(term());
        } while (eat(","));
        if (eat("|")) tail = term();
        expect("]");
      }
      return make_list_from(h_, elems.data(), elems.size(), tail);
    }
    if (c == '{') {
      i_++;
      std::vector<Term> elems;
      if (!eat("}")) {
        do {
          elems.push_back(term());
        } while (eat(","));
        expect("}");
      }
      Term* out;
      Term t = make_tuple_n(h_, elems.size(), &out);
      for (Term e : elems) *out++ = e;
      return t;
    }
    if (c == '"') {
      std::string str = quoted('"');
      return utf8_to_charlist(h_, str);
    }
    if (c == '\'') return atom_from(quoted('\''));
    if (c == '-' || std::isdigit(uint8_t(c))) return make_big(h_, integer());
    if (std::islower(uint8_t(c))) {
      size_t start = i_;
      while (i_ < s_.size() && (std::isalnum(uint8_t(s_[i_])) || s_[i_] == '_' ||
                                s_[i_] == '@')) {
        i_++;
      }
      return atom_from(s_.substr(start, i_ - start));
    }
    fail("unexpected character");
  }

  Heap& h_;
  std::string_view s_;
  size_t i_ = 0;
};

inline Term T(Heap& h, std::string_view text) { return TermParser(h, text).parse(); }

inline bool atom_needs_quotes(std::string_view n) {
  static const char* reserved[] = {
      "after", "and",   "andalso", "band",  "begin", "bnot", "bor",
      "bsl",   "bsr",   "bxor",    "case",  "catch", "cond", "div",
      "end",   "fun",   "if",      "let",   "not",   "of",   "or",
      "orelse", "receive", "rem",  "try",   "when",  "xor",  "maybe"};
  if (n.empty() || !(n[0] >= 'a' && n[0] <= 'z')) return true;
  for (unsigned char c : n) {
    if (!(std::isalnum(c) || c == '_' || c == '@')) return true;
  }
  for (const char* r : reserved) {
    if (n == r) return true;
  }
  return false;
}

inline void show(Term t, std::string* out) {
  if (is_small(t) || is_bignum(t)) {
    *out += big_of(t).str();
  } else if (is_atom(t)) {
    std::string_view n = atom_name(t);
    if (atom_needs_quotes(n)) {
      *out += '\'';
      for (char c : n) {
        if (c == '\'' || c == '\\') *out += '\\';
        if (uint8_t(c) < 32) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\%03o", unsigned(uint8_t(c)));
          *out += buf;
          continue;
        }
        *out += c;
      }
      *out += '\'';
    } else {
      *out += n;
    }
  } else if (is_nil(t)) {
    *out += "[]";
  } else if (is_list(t)) {
    *out += '[';
    bool first = true;
    while (is_list(t)) {
      if (!first) *out += ',';
      first = false;
      show(car(t), out);
      t = cdr(t);
    }
    if (!is_nil(t)) {
      *out += '|';
      show(t, out);
    }
    *out += ']';
  } else if (is_tuple(t)) {
    *out += '{';
    for (Uint i = 0; i < tuple_arity(t); i++) {
      if (i) *out += ',';
      show(tuple_elems(t)[i], out);
    }
    *out += '}';
  } else if (is_float(t)) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", float_value(t));
    *out += buf;
  } else if (is_bitstring(t)) {
    BitView v;
    bit_view(t, &v);
    *out += "<<";
    size_t full = v.bit_size / 8;
    for (size_t i = 0; i < full; i++) {
      if (i) *out += ',';
      *out += std::to_string(bs_read_bits(v.base, v.bit_offset + 8 * i, 8));
    }
    unsigned rest = unsigned(v.bit_size % 8);
    if (rest) {
      if (full) *out += ',';
      *out += std::to_string(bs_read_bits(v.base, v.bit_offset + 8 * full, rest));
      *out += ':';
      *out += std::to_string(rest);
    }
    *out += ">>";
  } else if (is_match_ctx(t)) {
    *out += "#MatchCtx";
  } else {
    *out += "#?";
  }
}

inline std::string S(Term t) {
  if (t == NON_VALUE) return "NON_VALUE";
  std::string out;
  show(t, &out);
  return out;
}

}  // namespace beamline::testing

namespace beamline {
void register_binary_bifs(BifRegistry&);
void register_erlang_binaries_bifs(BifRegistry&);
void register_unicode_bifs(BifRegistry&);
}  // namespace beamline

namespace beamline::testing {

// The BIFs of the binary areas, looked up by name.
inline BifFunction find_bif(std::string_view mod, std::string_view name,
                            unsigned arity) {
  static BifRegistry* reg = [] {
    auto* r = new BifRegistry();
    register_binary_bifs(*r);
    register_erlang_binaries_bifs(*r);
    register_unicode_bifs(*r);
    return r;
  }();
  for (const BifEntry& e : reg->entries()) {
    if (e.module == mod && e.name == name && e.arity == arity) return e.fn;
  }
  return nullptr;
}

// Calls Mod:Fun with the arguments in `args_text` (an Erlang list literal)
// and returns the result printed with ~w, or "EXC:Reason".
inline std::string call_bif(Process& p, std::string_view mod,
                            std::string_view fun, std::string_view args_text) {
  Term args = T(p, args_text);
  std::vector<Term> argv;
  for (Term t = args; is_list(t); t = cdr(t)) argv.push_back(car(t));
  BifFunction f = find_bif(mod, fun, unsigned(argv.size()));
  if (!f) return "UNDEF";
  p.exc_reason = NON_VALUE;
  Term r = f(&p, argv.data());
  if (r == NON_VALUE) return "EXC:" + S(p.exc_reason);
  return S(r);
}

struct BifCase {
  const char* mod;
  const char* fun;
  const char* args;
  const char* expected;
};

}  // namespace beamline::testing
