// Terms for the unit tests, in one place:
//   - parse_term / TermReader: Erlang term literals read onto a heap, so that
//     test inputs read like erl source;
//   - show / write_term: terms printed as io:format("~w", [T]) prints them,
//     so that expectations can be pasted from erl;
//   - tb::*: builders for terms the literal syntax cannot express directly
//     (bignums by limbs, floats by value, bitstrings by bit count, funs,
//     references).
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/bifs/bif.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/binary.h"
#include "runtime/term/heap.h"
#include "runtime/term/map.h"
#include "runtime/term/number.h"
#include "runtime/term/term.h"
#include "runtime/vm/bitsyntax.h"
#include "runtime/vm/module.h"

namespace beamline::test_terms {

// ---- reading -----------------------------------------------------------------------
// Erlang term syntax: integers (any size, Base#Digits, $c), floats, atoms
// (bare or 'quoted'), "strings" (lists of code points), {tuples},
// [lists | Tail], #{K => V} maps and <<Seg, ...>> bitstrings whose segments
// are "text", "text"/utf8, Int, Int:Bits or Int/utf8. Strings and quoted
// atoms take erl's escapes (\n, \x{3C9}, \101, ...); the text is UTF-8. The
// token @self stands for the `self` term given (a test process's pid).
// Malformed text throws std::runtime_error.
class TermReader {
 public:
  TermReader(Heap& heap, std::string_view text, Term self = NIL)
      : h_(heap), s_(text), self_(self) {}

  // The whole text as one term.
  Term parse() {
    Term t = read();
    if (!at_end()) fail("trailing input");
    return t;
  }
  // The next term.
  Term read() {
    ws();
    char c = peek();
    if (c == '{') return tuple();
    if (c == '[') return list();
    if (c == '#') return map();
    if (c == '<' && peek(1) == '<') return bitstring();
    if (c == '"') {
      std::vector<uint32_t> cps = quoted('"');
      std::vector<Term> elems;
      for (uint32_t cp : cps) elems.push_back(make_small(Sint(cp)));
      return make_list_from(h_, elems.data(), elems.size());
    }
    if (c == '\'') return atom_of(quoted('\''));
    if (c == '@') {
      i_++;
      if (s_.substr(i_, 4) != "self") fail("@self");
      i_ += 4;
      return self_;
    }
    if (c >= 'a' && c <= 'z') {
      size_t start = i_;
      while (name_char(peek())) i_++;
      return atom_from(s_.substr(start, i_ - start));
    }
    if (c == '$' || c == '-' || digit(c)) return number();
    fail("unexpected character");
  }
  bool at_end() {
    ws();
    return i_ >= s_.size();
  }

 private:
  [[noreturn]] void fail(const char* what) {
    throw std::runtime_error(std::string("term syntax: ") + what + " at " +
                             std::to_string(i_) + " in: " + std::string(s_));
  }
  char peek(size_t k = 0) const { return i_ + k < s_.size() ? s_[i_ + k] : '\0'; }
  static bool digit(char c) { return c >= '0' && c <= '9'; }
  static bool name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || digit(c) || c == '_' ||
           c == '@';
  }
  void ws() {
    while (i_ < s_.size() &&
           (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\t' || s_[i_] == '\r'))
      i_++;
  }
  bool eat(std::string_view tok) {
    ws();
    if (s_.substr(i_, tok.size()) != tok) return false;
    i_ += tok.size();
    return true;
  }
  void expect(std::string_view tok) {
    if (!eat(tok)) fail("expected token");
  }

  // Comma-separated terms up to `close`; with `tail`, a `| Tail` may end them.
  std::vector<Term> elements(std::string_view close, Term* tail = nullptr) {
    std::vector<Term> v;
    if (eat(close)) return v;
    do v.push_back(read());
    while (eat(","));
    if (tail && eat("|")) *tail = read();
    expect(close);
    return v;
  }
  Term tuple() {
    i_++;
    std::vector<Term> v = elements("}");
    Term* out;
    Term t = make_tuple_n(h_, v.size(), &out);
    for (Term e : v) *out++ = e;
    return t;
  }
  Term list() {
    i_++;
    Term tail = NIL;
    std::vector<Term> v = elements("]", &tail);
    return make_list_from(h_, v.data(), v.size(), tail);
  }
  Term map() {
    i_++;
    expect("{");
    std::vector<Term> kvs;
    if (!eat("}")) {
      do {
        kvs.push_back(read());
        expect("=>");
        kvs.push_back(read());
      } while (eat(","));
      expect("}");
    }
    return map_from_pairs(h_, kvs.data(), kvs.size() / 2);
  }

  // One source character (UTF-8 decoded; a stray byte stands for itself).
  uint32_t source_char() {
    if (i_ >= s_.size()) fail("unexpected end");
    uint32_t cp;
    int n = bs_utf8_decode(reinterpret_cast<const uint8_t*>(s_.data()) + i_,
                           s_.size() - i_, &cp);
    if (n <= 0) {
      cp = uint8_t(s_[i_]);
      n = 1;
    }
    i_ += size_t(n);
    return cp;
  }
  static int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }
  // A character of a string, quoted atom or $c, with erl's escapes.
  uint32_t char_literal() {
    uint32_t c = source_char();
    if (c != '\\') return c;
    char e = peek();
    if (e >= '0' && e <= '7') {  // up to three octal digits
      uint32_t v = 0;
      for (int k = 0; k < 3 && peek() >= '0' && peek() <= '7'; k++)
        v = v * 8 + uint32_t(s_[i_++] - '0');
      return v;
    }
    if (e == 'x') {
      i_++;
      uint32_t v = 0;
      if (peek() == '{') {
        i_++;
        while (hex_digit(peek()) >= 0) v = v * 16 + uint32_t(hex_digit(s_[i_++]));
        expect("}");
      } else {
        for (int k = 0; k < 2 && hex_digit(peek()) >= 0; k++)
          v = v * 16 + uint32_t(hex_digit(s_[i_++]));
      }
      return v;
    }
    if (e == '^') {  // \^a is control-A
      i_++;
      return source_char() & 31;
    }
    uint32_t x = source_char();
    switch (x) {
      case 'b': return 8;
      case 'd': return 127;
      case 'e': return 27;
      case 'f': return 12;
      case 'n': return 10;
      case 'r': return 13;
      case 's': return 32;
      case 't': return 9;
      case 'v': return 11;
      default: return x;  // \\ \' \" and any other character itself
    }
  }
  std::vector<uint32_t> quoted(char q) {
    i_++;
    std::vector<uint32_t> out;
    while (peek() != q) out.push_back(char_literal());
    i_++;
    return out;
  }
  static Term atom_of(const std::vector<uint32_t>& cps) {
    std::string name;
    for (uint32_t cp : cps) append_utf8(cp, &name);
    return atom_from(name);
  }

  // Integers (also $c and Base#Digits) and floats.
  Term number() {
    if (peek() == '$') {
      i_++;
      return make_small(Sint(char_literal()));
    }
    size_t start = i_;
    bool neg = peek() == '-';
    if (neg) i_++;
    if (!digit(peek())) fail("number");
    while (digit(peek())) i_++;
    if (peek() == '.' && digit(peek(1))) {
      i_++;
      while (digit(peek())) i_++;
      if (peek() == 'e' || peek() == 'E') {
        i_++;
        if (peek() == '-' || peek() == '+') i_++;
        while (digit(peek())) i_++;
      }
      return make_float(h_, std::stod(std::string(s_.substr(start, i_ - start))));
    }
    std::string digits(s_.substr(start + neg, i_ - start - neg));
    int base = 10;
    if (peek() == '#') {
      i_++;
      base = std::stoi(digits);
      size_t from = i_;
      while (hex_digit(peek()) >= 0 || (peek() >= 'g' && peek() <= 'z') ||
             (peek() >= 'G' && peek() <= 'Z'))
        i_++;
      digits = std::string(s_.substr(from, i_ - from));
    }
    auto v = string_to_integer(h_, (neg ? "-" : "") + digits, base);
    if (!v) fail("integer");
    return *v;
  }

  // <<Seg, ...>>; a segment's value is written with bs_write_integer.
  Term bitstring() {
    i_ += 2;
    if (eat(">>")) return make_binary(h_, "", 0);
    std::vector<uint8_t> buf(1, 0);
    size_t bits = 0;
    auto put = [&](Term v, Uint n) {
      buf.resize((bits + n + 7) / 8 + 1, 0);
      bs_write_integer(buf.data(), bits, v, n, 0);
      bits += n;
    };
    auto put_utf8 = [&](uint32_t cp) {
      std::string u;
      append_utf8(cp, &u);
      for (unsigned char b : u) put(make_small(b), 8);
    };
    do {
      ws();
      if (peek() == '"') {
        std::vector<uint32_t> cps = quoted('"');
        bool utf8 = eat("/utf8");
        for (uint32_t cp : cps) {
          if (utf8) {
            put_utf8(cp);
          } else {
            put(make_small(cp & 0xFF), 8);
          }
        }
      } else {
        Term v = number();
        if (eat("/utf8")) {
          put_utf8(uint32_t(small_value(v)));
        } else {
          Uint n = 8;
          if (eat(":")) n = Uint(small_value(number()));
          put(v, n);
        }
      }
    } while (eat(","));
    expect(">>");
    return make_bitstring(h_, buf.data(), 0, bits);
  }

  Heap& h_;
  std::string_view s_;
  Term self_;
  size_t i_ = 0;
};

inline Term parse_term(Heap& heap, std::string_view text, Term self = NIL) {
  return TermReader(heap, text, self).parse();
}

// ---- writing -------------------------------------------------------------------------
// Called on every (sub)term before it is written; returns true when it has
// written the term itself (for test-specific forms).
using WriteHook = std::function<bool(Term, std::string*)>;

// Whether erl writes atom `name` without quotes.
inline bool atom_is_bare(std::string_view name) {
  static const char* const kReserved[] = {
      "after", "and",  "andalso", "band", "begin",  "bnot",    "bor", "bsl",
      "bsr",   "bxor", "case",    "catch", "cond",  "div",     "end", "fun",
      "if",    "let",  "not",     "of",   "or",     "orelse",  "receive",
      "rem",   "try",  "when",    "xor"};
  std::string cps;  // the code points, one per element (Latin-1 range only)
  for (size_t i = 0; i < name.size();) {
    uint32_t cp;
    int n = bs_utf8_decode(reinterpret_cast<const uint8_t*>(name.data()) + i,
                           name.size() - i, &cp);
    if (n <= 0 || cp > 255) return false;
    cps.push_back(char(cp));
    i += size_t(n);
  }
  if (cps.empty()) return false;
  auto lower = [](uint8_t c) { return (c >= 'a' && c <= 'z') || (c >= 223 && c != 247); };
  auto upper = [](uint8_t c) { return (c >= 'A' && c <= 'Z') || (c >= 192 && c <= 222 && c != 215); };
  if (!lower(uint8_t(cps[0]))) return false;
  for (char c : cps) {
    uint8_t u = uint8_t(c);
    if (!lower(u) && !upper(u) && !(u >= '0' && u <= '9') && u != '_' && u != '@') return false;
  }
  for (const char* r : kReserved)
    if (name == r) return false;
  return true;
}

inline void write_atom(std::string_view name, std::string* out) {
  if (atom_is_bare(name)) {
    out->append(name);
    return;
  }
  out->push_back('\'');
  for (size_t i = 0; i < name.size();) {
    uint32_t cp;
    int n = bs_utf8_decode(reinterpret_cast<const uint8_t*>(name.data()) + i,
                           name.size() - i, &cp);
    if (n <= 0) {
      cp = uint8_t(name[i]);
      n = 1;
    }
    i += size_t(n);
    switch (cp) {
      case '\'': out->append("\\'"); continue;
      case '\\': out->append("\\\\"); continue;
      case 8: out->append("\\b"); continue;
      case 9: out->append("\\t"); continue;
      case 10: out->append("\\n"); continue;
      case 11: out->append("\\v"); continue;
      case 12: out->append("\\f"); continue;
      case 13: out->append("\\r"); continue;
      case 27: out->append("\\e"); continue;
      case 127: out->append("\\d"); continue;
      default: break;
    }
    if (cp < 32) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", unsigned(cp));
      out->append(buf);
    } else if (cp > 255) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "\\x{%X}", unsigned(cp));
      out->append(buf);
    } else {
      append_utf8(cp, out);
    }
  }
  out->push_back('\'');
}

// `t` as ~w writes it. Pids are written <0.N.0>; references, funs and ports,
// whose erl forms vary from run to run, as #Ref, #Fun and #Port.
inline void write_term(Term t, std::string* out, const WriteHook& hook = nullptr) {
  if (hook && hook(t, out)) return;
  if (t == NON_VALUE) {
    out->append("NON_VALUE");
  } else if (is_small(t) || is_bignum(t)) {
    out->append(integer_to_string(t));
  } else if (is_float(t)) {
    out->append(float_to_shortest(float_value(t)));
  } else if (is_atom(t)) {
    write_atom(atom_name(t), out);
  } else if (is_pid(t)) {
    out->append("<0." + std::to_string(pid_number(t)) + ".0>");
  } else if (is_port(t)) {
    out->append("#Port");
  } else if (is_ref(t)) {
    out->append("#Ref");
  } else if (is_fun(t)) {
    out->append("#Fun");
  } else if (is_nil(t) || is_list(t)) {
    out->push_back('[');
    for (bool first = true; is_list(t); t = cdr(t), first = false) {
      if (!first) out->push_back(',');
      write_term(car(t), out, hook);
    }
    if (!is_nil(t)) {
      out->push_back('|');
      write_term(t, out, hook);
    }
    out->push_back(']');
  } else if (is_tuple(t)) {
    out->push_back('{');
    for (Uint i = 0; i < tuple_arity(t); i++) {
      if (i) out->push_back(',');
      write_term(tuple_elems(t)[i], out, hook);
    }
    out->push_back('}');
  } else if (is_map(t)) {
    out->append("#{");
    bool first = true;
    map_foreach(t, [&](Term k, Term v) {
      if (!first) out->push_back(',');
      first = false;
      write_term(k, out, hook);
      out->append(" => ");
      write_term(v, out, hook);
    });
    out->push_back('}');
  } else if (is_bitstring(t)) {
    BitView v;
    bit_view(t, &v);
    out->append("<<");
    size_t full = v.bit_size / 8;
    for (size_t i = 0; i < full; i++) {
      if (i) out->push_back(',');
      out->append(std::to_string(bs_read_bits(v.base, v.bit_offset + 8 * i, 8)));
    }
    if (unsigned rest = unsigned(v.bit_size % 8)) {
      if (full) out->push_back(',');
      out->append(std::to_string(bs_read_bits(v.base, v.bit_offset + 8 * full, rest)));
      out->append(":" + std::to_string(rest));
    }
    out->append(">>");
  } else {
    out->append("#?");
  }
}

inline std::string show(Term t, const WriteHook& hook = nullptr) {
  std::string out;
  write_term(t, &out, hook);
  return out;
}

// The elements of a proper list (or of its proper prefix).
inline std::vector<Term> list_to_vector(Term l) {
  std::vector<Term> out;
  for (; is_list(l); l = cdr(l)) out.push_back(car(l));
  return out;
}

}  // namespace beamline::test_terms

// ---- builders (FragmentHeap based) -----------------------------------------------------
namespace tb {
using namespace beamline;
using test_terms::list_to_vector;

inline Term I(Sint v) { return make_small(v); }
// A bignum from its 64-bit limbs, least significant first (not normalised).
inline Term Big(FragmentHeap& h, std::initializer_list<uint64_t> limbs, bool neg = false) {
  Term* p = h.alloc(1 + limbs.size());
  p[0] = make_header(neg ? Sub::BigNeg : Sub::BigPos, limbs.size());
  size_t i = 1;
  for (uint64_t l : limbs) p[i++] = l;
  return make_boxed(p);
}
inline Term Flt(FragmentHeap& h, double d) {
  Term* p = h.alloc(kFloatWords);
  p[0] = make_header(Sub::Float, kFloatWords - 1);
  std::memcpy(p + 1, &d, sizeof d);
  return make_boxed(p);
}
inline Term A(std::string_view name) { return atom_from(name); }
inline Term Bin(FragmentHeap& h, std::string_view bytes) { return make_binary(h, bytes); }
// The top `nbits` bits of `bytes`.
inline Term Bits(FragmentHeap& h, std::string_view bytes, size_t nbits) {
  return make_bitstring(h, reinterpret_cast<const uint8_t*>(bytes.data()), 0, nbits);
}
inline Term T(FragmentHeap& h, std::initializer_list<Term> elems) {
  return beamline::make_tuple(h, elems);
}
inline Term L(FragmentHeap& h, std::initializer_list<Term> elems, Term tail = NIL) {
  return make_list_from(h, elems.begin(), elems.size(), tail);
}
// A list of the bytes of `s`.
inline Term Str(FragmentHeap& h, std::string_view s) { return bytes_to_list(h, s); }
inline Term M(FragmentHeap& h, std::initializer_list<Term> kvs) {
  return map_from_pairs(h, kvs.begin(), kvs.size() / 2);
}

// A reference with the given id.
inline Term ref(Heap& h, uint64_t id) {
  Term* p = h.alloc(kRefWords);
  p[0] = make_header(Sub::Ref, kRefWords - 1);
  p[1] = id;
  return make_boxed(p);
}
// An export entry for M:F/Arity (it lives for the rest of the test run).
inline Export* make_export(const char* m, const char* f, unsigned arity) {
  static std::vector<std::unique_ptr<Export>> exports;
  exports.push_back(std::make_unique<Export>());
  Export* e = exports.back().get();
  e->module = atom_from(m);
  e->function = atom_from(f);
  e->arity = arity;
  return e;
}
// fun M:F/A for an export entry.
inline Term export_fun(Heap& h, Export* e) {
  Term* p = h.alloc(2);
  p[0] = make_header(Sub::Export, 1);
  p[1] = Term(reinterpret_cast<uintptr_t>(e));
  return make_boxed(p);
}
// A closure of `fe` with free variables `env`, created by `creator`.
inline Term closure(Heap& h, FunEntry* fe, std::initializer_list<Term> env,
                    Term creator = make_pid(1)) {
  Term* p = h.alloc(kClosureFixedWords + env.size());
  p[0] = make_header(Sub::Fun, 2 + env.size());
  p[1] = Term(reinterpret_cast<uintptr_t>(fe));
  p[2] = creator;
  size_t i = 3;
  for (Term t : env) p[i++] = t;
  return make_boxed(p);
}
}  // namespace tb
