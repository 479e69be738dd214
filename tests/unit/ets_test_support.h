// Test helpers for the ETS / match spec / atomics tests: a small parser for
// Erlang term syntax (so expectations read like erl output), a printer in
// io:format("~w") style, and a BIF caller.
#pragma once

#include <gtest/gtest.h>

#include <cctype>
#include <cstring>
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
#include "runtime/vm/process.h"

namespace ets_test {
using namespace beamline;

// ---- parsing ----------------------------------------------------------------------
// Grammar: integers, floats, atoms (bare or 'quoted'), "strings" (char
// lists), <<bytes or "text">>, {tuples}, [lists | tails], #{K => V} maps,
// and `self` written as the atom-like token @self (the test process pid).
class Parser {
 public:
  Parser(Heap& h, std::string_view s, Term self = NIL) : h_(h), s_(s), self_(self) {}
  Term parse() {
    Term t = term();
    skip();
    if (pos_ != s_.size()) fail("trailing input");
    return t;
  }

 private:
  void fail(const char* what) {
    ADD_FAILURE() << "parse error (" << what << ") at " << pos_ << " in: " << s_;
    throw std::runtime_error("parse");
  }
  void skip() {
    while (pos_ < s_.size() && std::isspace((unsigned char)s_[pos_])) pos_++;
  }
  bool eat(char c) {
    skip();
    if (pos_ < s_.size() && s_[pos_] == c) {
      pos_++;
      return true;
    }
    return false;
  }
  void expect(char c) {
    if (!eat(c)) fail("expected char");
  }
  Term cons_list(const std::vector<Term>& v, Term tail) {
    Term r = tail;
    for (size_t i = v.size(); i-- > 0;) {
      Term* c = h_.alloc(2);
      c[0] = v[i];
      c[1] = r;
      r = make_list(c);
    }
    return r;
  }
  Term term() {
    skip();
    if (pos_ >= s_.size()) fail("eof");
    char c = s_[pos_];
    if (c == '{') {
      pos_++;
      std::vector<Term> v;
      if (!eat('}')) {
        do v.push_back(term());
        while (eat(','));
        expect('}');
      }
      Term* p = h_.alloc(v.size() + 1);
      p[0] = make_header(Sub::Tuple, v.size());
      for (size_t i = 0; i < v.size(); i++) p[i + 1] = v[i];
      return make_boxed(p);
    }
    if (c == '[') {
      pos_++;
      std::vector<Term> v;
      Term tail = NIL;
      if (!eat(']')) {
        do v.push_back(term());
        while (eat(','));
        if (eat('|')) tail = term();
        expect(']');
      }
      return cons_list(v, tail);
    }
    if (c == '#') {
      pos_++;
      expect('{');
      std::vector<Term> kvs;
      if (!eat('}')) {
        do {
          kvs.push_back(term());
          skip();
          if (s_.substr(pos_, 2) != "=>") fail("=>");
          pos_ += 2;
          kvs.push_back(term());
        } while (eat(','));
        expect('}');
      }
      return map_from_pairs(h_, kvs.data(), kvs.size() / 2);
    }
    if (c == '<' && s_.substr(pos_, 2) == "<<") {
      pos_ += 2;
      std::string bytes;
      skip();
      if (s_.substr(pos_, 2) != ">>") {
        do {
          skip();
          if (s_[pos_] == '"') {
            pos_++;
            while (s_[pos_] != '"') bytes += s_[pos_++];
            pos_++;
          } else {
            Term n = term();
            bytes += char(small_value(n));
          }
        } while (eat(','));
      }
      skip();
      if (s_.substr(pos_, 2) != ">>") fail(">>");
      pos_ += 2;
      return make_binary(h_, bytes);
    }
    if (c == '"') {
      pos_++;
      std::vector<Term> v;
      while (s_[pos_] != '"') v.push_back(make_small((unsigned char)s_[pos_++]));
      pos_++;
      return cons_list(v, NIL);
    }
    if (c == '\'') {
      pos_++;
      std::string name;
      while (s_[pos_] != '\'') name += s_[pos_++];
      pos_++;
      return atom_from(name);
    }
    if (c == '@') {
      pos_++;
      std::string name;
      while (pos_ < s_.size() && std::isalnum((unsigned char)s_[pos_])) name += s_[pos_++];
      if (name == "self") return self_;
      fail("@name");
    }
    if (std::isdigit((unsigned char)c) || c == '-') {
      size_t start = pos_;
      if (c == '-') pos_++;
      while (pos_ < s_.size() && std::isdigit((unsigned char)s_[pos_])) pos_++;
      bool is_float = false;
      if (pos_ + 1 < s_.size() && s_[pos_] == '.' &&
          std::isdigit((unsigned char)s_[pos_ + 1])) {
        is_float = true;
        pos_++;
        while (pos_ < s_.size() && (std::isdigit((unsigned char)s_[pos_]) ||
                                    s_[pos_] == 'e' || s_[pos_] == '-'))
          pos_++;
      }
      std::string text(s_.substr(start, pos_ - start));
      if (is_float) return make_float(h_, std::stod(text));
      auto v = string_to_integer(h_, text);
      if (!v) fail("integer");
      return *v;
    }
    if (std::islower((unsigned char)c)) {
      std::string name;
      while (pos_ < s_.size() && (std::isalnum((unsigned char)s_[pos_]) ||
                                  s_[pos_] == '_' || s_[pos_] == '@'))
        name += s_[pos_++];
      return atom_from(name);
    }
    fail("unexpected");
    return NIL;
  }

  Heap& h_;
  std::string_view s_;
  Term self_;
  size_t pos_ = 0;
};

// ---- printing (like ~w) ----------------------------------------------------------
inline bool atom_needs_quotes(std::string_view n) {
  if (n.empty() || !std::islower((unsigned char)n[0])) return true;
  for (char c : n)
    if (!std::isalnum((unsigned char)c) && c != '_' && c != '@') return true;
  return false;
}

inline std::string show(Term t) {
  std::string out;
  if (t == NON_VALUE) return "<NON_VALUE>";
  if (is_small(t) || is_bignum(t)) return integer_to_string(t);
  if (is_float(t)) return float_to_shortest(float_value(t));
  if (is_atom(t)) {
    std::string_view n = atom_name(t);
    if (atom_needs_quotes(n)) return "'" + std::string(n) + "'";
    return std::string(n);
  }
  if (is_pid(t)) return "<pid " + std::to_string(pid_number(t)) + ">";
  if (is_ref(t)) return "#Ref";
  if (is_nil(t)) return "[]";
  if (is_tuple(t)) {
    out = "{";
    for (Uint i = 0; i < tuple_arity(t); i++) {
      if (i) out += ",";
      out += show(tuple_elems(t)[i]);
    }
    return out + "}";
  }
  if (is_list(t)) {
    out = "[";
    bool first = true;
    while (is_list(t)) {
      if (!first) out += ",";
      first = false;
      out += show(car(t));
      t = cdr(t);
    }
    if (!is_nil(t)) out += "|" + show(t);
    return out + "]";
  }
  if (is_map(t)) {
    out = "#{";
    bool first = true;
    map_foreach(t, [&](Term k, Term v) {
      if (!first) out += ",";
      first = false;
      out += show(k) + "=>" + show(v);
    });
    return out + "}";
  }
  BitView v;
  if (bit_view(t, &v)) {
    out = "<<";
    for (size_t i = 0; i < v.byte_size(); i++) {
      if (i) out += ",";
      out += std::to_string(v.bytes()[i]);
    }
    return out + ">>";
  }
  return "<?>";
}

// ---- calling BIFs ----------------------------------------------------------------------
inline BifFunction find_bif(std::string_view m, std::string_view f, unsigned a) {
  for (const BifEntry& e : BifRegistry::all().entries())
    if (e.module == m && e.name == f && e.arity == a) return e.fn;
  ADD_FAILURE() << "no BIF " << m << ":" << f << "/" << a;
  return nullptr;
}

class BifTest : public ::testing::Test {
 protected:
  Process p{nullptr, make_pid(1)};
  FragmentHeap h{1024};

  // Parses Erlang term syntax.
  Term T(std::string_view s) { return Parser(h, s, p.pid()).parse(); }

  // Calls M:F(Args). Returns the result or NON_VALUE (exception in p).
  Term call(std::string_view m, std::string_view f, std::vector<Term> args) {
    BifFunction fn = find_bif(m, f, unsigned(args.size()));
    if (!fn) return NON_VALUE;
    p.exc_reason = NON_VALUE;
    return fn(&p, args.data());
  }
  // Result printed, or "error:Reason".
  std::string run(std::string_view m, std::string_view f, std::vector<Term> args) {
    Term r = call(m, f, std::move(args));
    if (r == NON_VALUE) return "error:" + show(p.exc_reason);
    return show(r);
  }
};

}  // namespace ets_test
