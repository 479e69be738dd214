// Tests for the re module's native functions (runtime/bifs/re.cc). Every
// expected result below was printed by erl (OTP 25) for the same call, by a
// small runner that prints terms canonically: lists as [..] (no strings),
// binaries as <<bytes>>, the binary of a compiled pattern as #, and an
// exception as {'EXC',Class,Reason}.
#include <gtest/gtest.h>

#include <atomic>
#include <cstring>
#include <string>
#include <thread>
#include <string_view>
#include <vector>

#include "runtime/bifs/bif.h"
#include "runtime/re/re_engine.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/binary.h"
#include "runtime/vm/process.h"

namespace beamline {
namespace {

// ---- a small reader for Erlang term syntax ---------------------------------------

class Reader {
 public:
  Reader(Heap& heap, std::string_view text) : heap_(heap), s_(text) {}

  Term read() {
    ws();
    char c = peek();
    if (c == '[') return list();
    if (c == '{') return tuple();
    if (c == '<' && peek(1) == '<') return binary();
    if (c == '"') {
      std::vector<uint32_t> cps = string_chars();
      std::vector<Term> ts;
      for (uint32_t cp : cps) ts.push_back(make_small(cp));
      return make_list_from(heap_, ts.data(), ts.size());
    }
    if (c == '\'' || (c >= 'a' && c <= 'z')) return atom();
    int64_t v = integer();
    if (peek() == '.' && std::isdigit(uint8_t(peek(1)))) {  // a float
      i_++;
      double d = double(v), scale = 0.1;
      while (std::isdigit(uint8_t(peek()))) {
        d += (s_[i_++] - '0') * scale;
        scale /= 10;
      }
      Term* w = heap_.alloc(kFloatWords);
      w[0] = make_header(Sub::Float, kFloatWords - 1);
      std::memcpy(w + 1, &d, sizeof d);
      return make_boxed(w);
    }
    return make_small(v);
  }

  bool at_end() {
    ws();
    return i_ >= s_.size();
  }
  void expect(char c) {
    ws();
    if (peek() != c) {
      ADD_FAILURE() << "expected '" << c << "' at " << i_ << " in " << s_;
      return;
    }
    i_++;
  }

 private:
  char peek(size_t k = 0) const { return i_ + k < s_.size() ? s_[i_ + k] : '\0'; }
  void ws() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\t')) i_++;
  }

  Term list() {
    expect('[');
    std::vector<Term> items;
    Term tail = NIL;
    ws();
    if (peek() == ']') {
      i_++;
      return NIL;
    }
    while (true) {
      items.push_back(read());
      ws();
      if (peek() == ',') {
        i_++;
        continue;
      }
      if (peek() == '|') {
        i_++;
        tail = read();
        ws();
      }
      expect(']');
      break;
    }
    return make_list_from(heap_, items.data(), items.size(), tail);
  }

  Term tuple() {
    expect('{');
    std::vector<Term> items;
    ws();
    if (peek() == '}') {
      i_++;
    } else {
      while (true) {
        items.push_back(read());
        ws();
        if (peek() == ',') {
          i_++;
          continue;
        }
        expect('}');
        break;
      }
    }
    Term* elems;
    Term t = make_tuple_n(heap_, items.size(), &elems);
    for (size_t k = 0; k < items.size(); k++) elems[k] = items[k];
    return t;
  }

  static void put_utf8(uint32_t c, std::string* out) {
    if (c < 0x80) {
      out->push_back(char(c));
    } else if (c < 0x800) {
      out->push_back(char(0xC0 | (c >> 6)));
      out->push_back(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out->push_back(char(0xE0 | (c >> 12)));
      out->push_back(char(0x80 | ((c >> 6) & 0x3F)));
      out->push_back(char(0x80 | (c & 0x3F)));
    } else {
      out->push_back(char(0xF0 | (c >> 18)));
      out->push_back(char(0x80 | ((c >> 12) & 0x3F)));
      out->push_back(char(0x80 | ((c >> 6) & 0x3F)));
      out->push_back(char(0x80 | (c & 0x3F)));
    }
  }

  // <<Seg, ...>>: "text", "text"/utf8, Int, Int:Bits.
  Term binary() {
    i_ += 2;
    std::vector<bool> bits;
    auto put = [&](uint64_t v, int n) {
      for (int k = n - 1; k >= 0; k--) bits.push_back((v >> k) & 1);
    };
    ws();
    if (peek() == '>') {
      i_ += 2;
      return make_binary(heap_, "", 0);
    }
    while (true) {
      ws();
      if (peek() == '"') {
        std::vector<uint32_t> cps = string_chars();
        bool utf8 = false;
        if (peek() == '/') {
          i_ += 5;  // "/utf8"
          utf8 = true;
        }
        for (uint32_t cp : cps) {
          if (utf8) {
            std::string u;
            put_utf8(cp, &u);
            for (char ch : u) put(uint8_t(ch), 8);
          } else {
            put(cp & 0xFF, 8);
          }
        }
      } else {
        int64_t v = integer();
        int size = 8;
        if (peek() == ':') {
          i_++;
          size = int(integer());
        }
        put(uint64_t(v), size);
      }
      ws();
      if (peek() == ',') {
        i_++;
        continue;
      }
      i_ += 2;  // ">>"
      break;
    }
    std::vector<uint8_t> bytes((bits.size() + 7) / 8, 0);
    for (size_t k = 0; k < bits.size(); k++) {
      if (bits[k]) bytes[k / 8] |= uint8_t(0x80 >> (k % 8));
    }
    return make_bitstring(heap_, bytes.data(), 0, bits.size());
  }

  static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  std::vector<uint32_t> string_chars() {
    std::vector<uint32_t> out;
    i_++;  // opening quote
    while (i_ < s_.size() && s_[i_] != '"') {
      char c = s_[i_++];
      if (c != '\\') {
        out.push_back(uint8_t(c));
        continue;
      }
      char e = s_[i_++];
      switch (e) {
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'x': {
          uint32_t v = 0;
          if (peek() == '{') {
            i_++;
            while (peek() != '}') v = v * 16 + uint32_t(hexval(s_[i_++]));
            i_++;
          } else {
            for (int k = 0; k < 2; k++) v = v * 16 + uint32_t(hexval(s_[i_++]));
          }
          out.push_back(v);
          break;
        }
        default: out.push_back(uint8_t(e)); break;
      }
    }
    i_++;  // closing quote
    return out;
  }

  int64_t integer() {
    ws();
    if (peek() == '$') {
      i_++;
      return uint8_t(s_[i_++]);
    }
    bool neg = false;
    if (peek() == '-') {
      neg = true;
      i_++;
    }
    int64_t v = 0;
    while (peek() >= '0' && peek() <= '9') v = v * 10 + (s_[i_++] - '0');
    if (peek() == '#') {
      i_++;
      int64_t base = v;
      v = 0;
      while (hexval(peek()) >= 0 && hexval(peek()) < base) v = v * base + hexval(s_[i_++]);
    }
    return neg ? -v : v;
  }

  Term atom() {
    std::string name;
    if (peek() == '\'') {
      i_++;
      while (peek() != '\'') name.push_back(s_[i_++]);
      i_++;
    } else {
      while (std::isalnum(uint8_t(peek())) || peek() == '_' || peek() == '@') {
        name.push_back(s_[i_++]);
      }
    }
    return atom_from(name);
  }

  Heap& heap_;
  std::string_view s_;
  size_t i_ = 0;
};

// ---- canonical printing (as the erl runner prints) ----------------------------------

void print(Term t, std::string* out);

void print_atom(Term t, std::string* out) {
  std::string_view n = atom_name(t);
  bool plain = !n.empty() && n[0] >= 'a' && n[0] <= 'z';
  for (char c : n) plain = plain && (std::isalnum(uint8_t(c)) || c == '_' || c == '@');
  if (plain) {
    out->append(n);
  } else {
    out->push_back('\'');
    out->append(n);
    out->push_back('\'');
  }
}

void print(Term t, std::string* out) {
  if (is_small(t)) {
    out->append(std::to_string(small_value(t)));
  } else if (is_atom(t)) {
    print_atom(t, out);
  } else if (is_nil(t) || is_list(t)) {
    out->push_back('[');
    bool first = true;
    while (is_list(t)) {
      if (!first) out->push_back(',');
      first = false;
      print(car(t), out);
      t = cdr(t);
    }
    if (!is_nil(t)) {
      out->push_back('|');
      print(t, out);
    }
    out->push_back(']');
  } else if (is_tuple(t)) {
    Uint n = tuple_arity(t);
    const Term* e = tuple_elems(t);
    out->push_back('{');
    for (Uint k = 0; k < n; k++) {
      if (k) out->push_back(',');
      if (k == 4 && n == 5 && is_atom(e[0]) && atom_name(e[0]) == "re_pattern" &&
          is_binary(e[4])) {
        out->push_back('#');
      } else {
        print(e[k], out);
      }
    }
    out->push_back('}');
  } else if (is_bitstring(t)) {
    BitView v;
    bit_view(t, &v);
    std::vector<uint8_t> bytes(v.byte_size());
    copy_bits(v.base, v.bit_offset, bytes.data(), 0, v.byte_size() * 8);
    out->append("<<");
    for (size_t k = 0; k < bytes.size(); k++) {
      if (k) out->push_back(',');
      out->append(std::to_string(bytes[k]));
    }
    out->append(">>");
  } else {
    out->append("?");
  }
}

std::string show(Term t) {
  std::string s;
  print(t, &s);
  return s;
}

// ---- calling the BIFs ------------------------------------------------------------------

}  // namespace
void register_re_bifs(BifRegistry&);
namespace {

BifFunction find_bif(std::string_view name, unsigned arity) {
  static const BifRegistry* registry = [] {
    auto* r = new BifRegistry();
    register_re_bifs(*r);
    return r;
  }();
  for (const BifEntry& e : registry->entries()) {
    if (e.module == "re" && e.name == name && e.arity == arity) return e.fn;
  }
  ADD_FAILURE() << "re:" << name << "/" << arity << " not registered";
  return nullptr;
}

std::string result_text(Process& p, Term r) {
  if (r != NON_VALUE) return show(r);
  const char* cls = p.exc_class == ExcClass::Error  ? "error"
                    : p.exc_class == ExcClass::Exit ? "exit"
                                                    : "throw";
  return std::string("{'EXC',") + cls + "," + show(p.exc_reason) + "}";
}

Term call(Process& p, std::string_view name, std::vector<Term> args) {
  BifFunction f = find_bif(name, unsigned(args.size()));
  if (!f) return NON_VALUE;
  return f(&p, args.data());
}

// {compiled, RE, Opts} in a case stands for the result of re:compile(RE, Opts),
// {copy, Bin, N} for binary:copy(Bin, N).
Term mp(Process& p, Term t) {
  if (is_tuple(t) && tuple_arity(t) == 3 && atom_name(tuple_elems(t)[0]) == "copy") {
    BitView v;
    bit_view(tuple_elems(t)[1], &v);
    std::string one(v.as_string_view()), all;
    for (Sint k = 0; k < small_value(tuple_elems(t)[2]); k++) all += one;
    return make_binary(p, all);
  }
  if (is_tuple(t) && tuple_arity(t) == 3 && atom_name(tuple_elems(t)[0]) == "compiled") {
    Term r = call(p, "compile", {tuple_elems(t)[1], tuple_elems(t)[2]});
    if (r != NON_VALUE && is_tuple(r) && tuple_elems(r)[0] == atom::ok) {
      return tuple_elems(r)[1];
    }
    throw std::string("{compile_failed,") + result_text(p, r) + "}";
  }
  return t;
}

std::string run_case_or_throw(std::string_view text);

std::string run_case(std::string_view text) {
  try {
    return run_case_or_throw(text);
  } catch (const std::string& compile_failed) {
    return compile_failed;
  }
}

std::string run_case_or_throw(std::string_view text) {
  Process p(nullptr, make_pid(1));
  Reader rd(p, text);
  Term c = rd.read();
  const Term* e = tuple_elems(c);
  std::string_view tag = atom_name(e[0]);
  Uint n = tuple_arity(c);
  Term r = NON_VALUE;
  if (tag == "run" && n == 3) {
    r = call(p, "run", {mp(p, e[1]), mp(p, e[2])});
  } else if (tag == "run") {
    r = call(p, "run", {mp(p, e[1]), mp(p, e[2]), e[3]});
  } else if (tag == "internal_run") {
    r = call(p, "internal_run", {mp(p, e[1]), mp(p, e[2]), e[3], e[4]});
  } else if (tag == "compile" && n == 2) {
    r = call(p, "compile", {e[1]});
  } else if (tag == "compile") {
    r = call(p, "compile", {e[1], e[2]});
  } else if (tag == "inspect") {
    r = call(p, "inspect", {mp(p, e[1]), e[2]});
  } else {
    ADD_FAILURE() << "unknown case " << text;
  }
  return result_text(p, r);
}

std::vector<std::string> lines(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find('\n', i);
    if (j == std::string_view::npos) j = s.size();
    std::string l(s.substr(i, j - i));
    if (!l.empty()) out.push_back(l);
    i = j + 1;
  }
  return out;
}

// Runs each case (one term per line, ending in '.') and compares with the
// matching line of `expected`.
void check_cases(std::string_view cases, std::string_view expected) {
  std::vector<std::string> cs = lines(cases), ex = lines(expected);
  ASSERT_EQ(cs.size(), ex.size());
  for (size_t k = 0; k < cs.size(); k++) {
    std::string c = cs[k];
    if (!c.empty() && c.back() == '.') c.pop_back();
    EXPECT_EQ(run_case(c), ex[k]) << "case: " << cs[k];
  }
}

// clang-format off
constexpr char kCases1[] = R"RE(
{compile, "abc"}.
{compile, <<"a(b)c">>}.
{compile, "(?<n>x)(y)"}.
{compile, ["a", <<"(b)">>, $c]}.
{compile, abc}.
{compile, 1}.
{compile, "abc", []}.
{compile, "a(", []}.
{compile, "a**", []}.
{compile, ")", []}.
{compile, "[a", []}.
{compile, "a{3,2}", []}.
{compile, "\\", []}.
{compile, "(?<n>a)(?<n>b)", []}.
{compile, "(?<n>a)(?<n>b)", [dupnames]}.
{compile, "(?P", []}.
{compile, "[z-a]", []}.
{compile, "[[:foo:]]", []}.
{compile, "\\1", []}.
{compile, "(?<=a+)b", []}.
{compile, "(?#abc", []}.
{compile, "\\x{110000}", [unicode]}.
{compile, "\\x{100}", []}.
{compile, "\\p{Foo}", []}.
{compile, "(*FOO)", []}.
{compile, "(?z)", []}.
{compile, "*", []}.
{compile, "a{2}{3}", []}.
{compile, "\\u", []}.
{compile, "\\k", []}.
{compile, "(?<1a>x)", []}.
{compile, "(a)(?2)", []}.
{compile, "a", [caseless, dotall, extended, multiline, dollar_endonly, firstline, ungreedy, no_auto_capture, dupnames, no_start_optimize, ucp, anchored, bsr_anycrlf, bsr_unicode]}.
{compile, "a", [unicode]}.
{compile, "a", [never_utf]}.
{compile, "a", [unicode, never_utf]}.
{compile, "(*UTF8)a", [never_utf]}.
{compile, "(*UTF8)a", []}.
{compile, "a", [{newline, cr}]}.
{compile, "a", [{newline, lf}]}.
{compile, "a", [{newline, crlf}]}.
{compile, "a", [{newline, anycrlf}]}.
{compile, "a", [{newline, any}]}.
{compile, "a", [{newline, nul}]}.
{compile, "a", [{newline, foo}]}.
{compile, "(*CRLF)a", []}.
{compile, "(*ANY)a", []}.
{compile, "a", [global]}.
{compile, "a", [{capture, all}]}.
{compile, "a", [{offset, 1}]}.
)RE";
constexpr char kExpected1[] = R"RE(
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,1,0,0,#}}
{ok,{re_pattern,2,0,0,#}}
{ok,{re_pattern,1,0,0,#}}
{'EXC',error,badarg}
{'EXC',error,badarg}
{ok,{re_pattern,0,0,0,#}}
{error,{[109,105,115,115,105,110,103,32,41],2}}
{error,{[110,111,116,104,105,110,103,32,116,111,32,114,101,112,101,97,116],2}}
{error,{[117,110,109,97,116,99,104,101,100,32,112,97,114,101,110,116,104,101,115,101,115],0}}
{error,{[109,105,115,115,105,110,103,32,116,101,114,109,105,110,97,116,105,110,103,32,93,32,102,111,114,32,99,104,97,114,97,99,116,101,114,32,99,108,97,115,115],2}}
{error,{[110,117,109,98,101,114,115,32,111,117,116,32,111,102,32,111,114,100,101,114,32,105,110,32,123,125,32,113,117,97,110,116,105,102,105,101,114],5}}
{error,{[92,32,97,116,32,101,110,100,32,111,102,32,112,97,116,116,101,114,110],1}}
{error,{[116,119,111,32,110,97,109,101,100,32,115,117,98,112,97,116,116,101,114,110,115,32,104,97,118,101,32,116,104,101,32,115,97,109,101,32,110,97,109,101],11}}
{ok,{re_pattern,2,0,0,#}}
{error,{[117,110,114,101,99,111,103,110,105,122,101,100,32,99,104,97,114,97,99,116,101,114,32,97,102,116,101,114,32,40,63,80],3}}
{error,{[114,97,110,103,101,32,111,117,116,32,111,102,32,111,114,100,101,114,32,105,110,32,99,104,97,114,97,99,116,101,114,32,99,108,97,115,115],3}}
{error,{[117,110,107,110,111,119,110,32,80,79,83,73,88,32,99,108,97,115,115,32,110,97,109,101],3}}
{error,{[114,101,102,101,114,101,110,99,101,32,116,111,32,110,111,110,45,101,120,105,115,116,101,110,116,32,115,117,98,112,97,116,116,101,114,110],2}}
{error,{[108,111,111,107,98,101,104,105,110,100,32,97,115,115,101,114,116,105,111,110,32,105,115,32,110,111,116,32,102,105,120,101,100,32,108,101,110,103,116,104],6}}
{error,{[109,105,115,115,105,110,103,32,41,32,97,102,116,101,114,32,99,111,109,109,101,110,116],6}}
{error,{[99,104,97,114,97,99,116,101,114,32,118,97,108,117,101,32,105,110,32,92,120,123,125,32,111,114,32,92,111,123,125,32,105,115,32,116,111,111,32,108,97,114,103,101],9}}
{error,{[99,104,97,114,97,99,116,101,114,32,118,97,108,117,101,32,105,110,32,92,120,123,125,32,111,114,32,92,111,123,125,32,105,115,32,116,111,111,32,108,97,114,103,101],6}}
{error,{[117,110,107,110,111,119,110,32,112,114,111,112,101,114,116,121,32,110,97,109,101,32,97,102,116,101,114,32,92,80,32,111,114,32,92,112],6}}
{error,{[40,42,86,69,82,66,41,32,110,111,116,32,114,101,99,111,103,110,105,122,101,100,32,111,114,32,109,97,108,102,111,114,109,101,100],5}}
{error,{[117,110,114,101,99,111,103,110,105,122,101,100,32,99,104,97,114,97,99,116,101,114,32,97,102,116,101,114,32,40,63,32,111,114,32,40,63,45],2}}
{error,{[110,111,116,104,105,110,103,32,116,111,32,114,101,112,101,97,116],0}}
{error,{[110,111,116,104,105,110,103,32,116,111,32,114,101,112,101,97,116],6}}
{error,{[80,67,82,69,32,100,111,101,115,32,110,111,116,32,115,117,112,112,111,114,116,32,92,76,44,32,92,108,44,32,92,78,123,110,97,109,101,125,44,32,92,85,44,32,111,114,32,92,117],1}}
{error,{[92,107,32,105,115,32,110,111,116,32,102,111,108,108,111,119,101,100,32,98,121,32,97,32,98,114,97,99,101,100,44,32,97,110,103,108,101,45,98,114,97,99,107,101,116,101,100,44,32,111,114,32,113,117,111,116,101,100,32,110,97,109,101],1}}
{error,{[103,114,111,117,112,32,110,97,109,101,32,109,117,115,116,32,115,116,97,114,116,32,119,105,116,104,32,97,32,110,111,110,45,100,105,103,105,116],3}}
{error,{[114,101,102,101,114,101,110,99,101,32,116,111,32,110,111,110,45,101,120,105,115,116,101,110,116,32,115,117,98,112,97,116,116,101,114,110],6}}
{error,{[105,110,99,111,110,115,105,115,116,101,110,116,32,78,69,87,76,73,78,69,32,111,112,116,105,111,110,115],0}}
{ok,{re_pattern,0,1,0,#}}
{ok,{re_pattern,0,0,0,#}}
{error,{[115,101,116,116,105,110,103,32,85,84,70,32,105,115,32,100,105,115,97,98,108,101,100,32,98,121,32,116,104,101,32,97,112,112,108,105,99,97,116,105,111,110],0}}
{error,{[115,101,116,116,105,110,103,32,85,84,70,32,105,115,32,100,105,115,97,98,108,101,100,32,98,121,32,116,104,101,32,97,112,112,108,105,99,97,116,105,111,110],0}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,1,#}}
{ok,{re_pattern,0,0,1,#}}
{ok,{re_pattern,0,0,1,#}}
{'EXC',error,badarg}
{'EXC',error,badarg}
{ok,{re_pattern,0,0,1,#}}
{ok,{re_pattern,0,0,1,#}}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
)RE";
// clang-format on

// clang-format off
constexpr char kCases2[] = R"RE(
{compile, "a", [report_errors]}.
{compile, "a", [notempty]}.
{compile, "a", [foo]}.
{compile, "a", [caseless | dotall]}.
{compile, "a", foo}.
{compile, "(a)(b)(c)", [no_auto_capture]}.
{compile, "(a)(?<x>b)(c)", [no_auto_capture]}.
{compile, "\x{e9}", [unicode]}.
{compile, [233], [unicode]}.
{compile, [16#3b1, $+], [unicode]}.
{compile, [16#3b1, $+], []}.
{compile, <<255>>, [unicode]}.
{compile, <<"a", 255>>, [unicode]}.
{compile, <<206>>, [unicode]}.
{compile, <<1:3>>, []}.
{compile, <<1:3>>, [unicode]}.
{compile, [<<"a">> | <<"b">>], []}.
{compile, [$a | $b], []}.
{compile, [[$a], [[<<"(">>]], ")"], []}.
{run, "abc", "b"}.
{run, <<"abc">>, <<"b">>}.
{run, ["a", <<"b">>, $c], "c"}.
{run, "abc", "x"}.
{run, abc, "x"}.
{run, "abc", abc}.
{run, "abc", 1}.
{run, "abc", {re_pattern, 0, 0, 0, <<"junk">>}}.
{run, "abc", {re_pattern, 0, 0, 0}}.
{run, [256], "a"}.
{run, <<1:3>>, "a"}.
{run, "abc", "b", []}.
{run, "abc", "(", []}.
{run, "abc", "(", [report_errors]}.
{run, "abc", "(", [report_errors, unicode]}.
{run, "abc", "a**", [report_errors, global]}.
{run, "abc", "b", [foo]}.
{run, "abc", "b", [{capture, all, foo}]}.
{run, "abc", "b", [{capture, foo}]}.
{run, "abc", "b", [{capture, [foo, 1.0]}]}.
{run, "abc", "b", [{capture, [1.0]}]}.
{run, "abc", "b", [{capture, [1 | 2]}]}.
{run, "abc", "b", bar}.
{run, "abc", "b", [caseless | dotall]}.
{run, "a", "(a)|(b)", []}.
{run, "b", "(a)|(b)", []}.
{run, "abc", "(x)?abc", []}.
{run, "abc", "(x)?(a)bc", []}.
{run, "abc", "a(b)(c)", [{capture, all}]}.
{run, "abc", "a(b)(c)", [{capture, all_but_first}]}.
{run, "abc", "a(b)(c)", [{capture, first}]}.
)RE";
constexpr char kExpected2[] = R"RE(
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,1,0,0,#}}
{ok,{re_pattern,0,1,0,#}}
{ok,{re_pattern,0,1,0,#}}
{ok,{re_pattern,0,1,0,#}}
{'EXC',error,badarg}
{error,{[105,110,118,97,108,105,100,32,85,84,70,45,56,32,115,116,114,105,110,103],0}}
{error,{[105,110,118,97,108,105,100,32,85,84,70,45,56,32,115,116,114,105,110,103],1}}
{error,{[105,110,118,97,108,105,100,32,85,84,70,45,56,32,115,116,114,105,110,103],0}}
{'EXC',error,badarg}
{'EXC',error,badarg}
{ok,{re_pattern,0,0,0,#}}
{'EXC',error,badarg}
{ok,{re_pattern,1,0,0,#}}
{match,[{1,1}]}
{match,[{1,1}]}
{match,[{2,1}]}
nomatch
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{match,[{1,1}]}
{'EXC',error,badarg}
{error,{compile,{[109,105,115,115,105,110,103,32,41],1}}}
{error,{compile,{[109,105,115,115,105,110,103,32,41],1}}}
{error,{compile,{[110,111,116,104,105,110,103,32,116,111,32,114,101,112,101,97,116],2}}}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{match,[{0,1},{0,1}]}
{match,[{0,1},{-1,0},{0,1}]}
{match,[{0,3}]}
{match,[{0,3},{-1,0},{0,1}]}
{match,[{0,3},{1,1},{2,1}]}
{match,[{1,1},{2,1}]}
{match,[{0,3}]}
)RE";
// clang-format on

// clang-format off
constexpr char kCases3[] = R"RE(
{run, "abc", "a(b)(c)", [{capture, none}]}.
{run, "abc", "a(b)(c)", [{capture, []}]}.
{run, "abc", "a(b)(c)", [{capture, [2, 1]}]}.
{run, "abc", "a(b)(c)", [{capture, [0, 5, -1, 2]}]}.
{run, "abc", "a(b)(c)", [{capture, all, list}]}.
{run, "abc", "a(b)(c)", [{capture, all, binary}]}.
{run, <<"abc">>, "a(b)(c)", [{capture, all, binary}]}.
{run, "abc", "a(b)(c)", [{capture, all_but_first, list}]}.
{run, "abc", "a(b)(c)", [{capture, [0, 5, -1, 2], list}]}.
{run, "abc", "a(b)(c)", [{capture, [0, 5, -1, 2], binary}]}.
{run, "abc", "a(x)?(c)?", [{capture, all, list}]}.
{run, "abc", "a(x)?(c)?", [{capture, all, binary}]}.
{run, "abc", "a(x)?(b)", [{capture, all, list}]}.
{run, "abc", "a(x)?(b)", [{capture, all, binary}]}.
{run, "abc", "a()b", [{capture, all, list}]}.
{run, "abc", "a(b)(c)", [{capture, all_but_first}, {capture, first}]}.
{run, "abc", "a(b)(c)", [{capture, first, list}, {capture, all}]}.
{run, "abc", "a(b)(c)", [{capture, none, list}]}.
{run, "abc", "a(b)(c)", [{capture, all_names}]}.
{run, "abc", "a(?<x>b)(?<a>c)", [{capture, all_names}]}.
{run, "abc", "a(?<x>b)(?<a>c)", [{capture, all_names, list}]}.
{run, "abc", "a(?<x>b)(?<a>c)", [{capture, all_names, binary}]}.
{run, "abc", "a(?<x>b)(?<a>c)", [{capture, [x, "a", <<"x">>, y, 0]}]}.
{run, "abc", "a(?<x>b)(?<a>c)", [{capture, [x, "a", <<"x">>, y, 0], list}]}.
{run, "abc", "a(?<x>b)(?<a>c)", [{capture, [[$x]]}]}.
{run, "abc", "a(?<x>b)(?<a>c)", [{capture, [["a"|<<"">>]]}]}.
{run, "ab", "(?<n>a)|(?<n>b)", [dupnames, {capture, [n]}]}.
{run, "b", "(?<n>a)|(?<n>b)", [dupnames, {capture, [n]}]}.
{run, "b", "(?<n>a)|(?<n>b)", [dupnames, {capture, all_names}]}.
{run, "c", "(?<n>a)|(?<n>b)|c", [dupnames, {capture, [n], binary}]}.
{inspect, {compiled, "(?<n>a)|(?<n>b)(?<m>c)", [dupnames]}, namelist}.
{inspect, {compiled, "(?<zz>a)(?<aa>b)(?<mm>c)", []}, namelist}.
{inspect, {compiled, "(a)", []}, namelist}.
{inspect, {compiled, "(a)", []}, foo}.
{inspect, "(a)", namelist}.
{run, "abcabc", "b", [global]}.
{run, "abcabc", "(b)(c)", [global, {capture, all_but_first, list}]}.
{run, "abcabc", "(b)(c)", [global, {capture, [2], binary}]}.
{run, "abcabc", "(b)(c)", [global, {capture, none}]}.
{run, "abcabc", "x", [global]}.
{run, "abc", "x*", [global]}.
{run, "abc", "(?=c)", [global]}.
{run, "abc", "", [global]}.
{run, "", "", [global]}.
{run, "", "x*", []}.
{run, "aaa", "a*?", [global]}.
{run, "abc", "a|", [global]}.
{run, "a\r\nb", "", [global, {newline, crlf}]}.
{run, "a\r\nb", "", [global]}.
{run, "a\r\nb", "", [global, {newline, any}]}.
)RE";
constexpr char kExpected3[] = R"RE(
match
match
{match,[{2,1},{1,1}]}
{'EXC',error,badarg}
{match,[[97,98,99],[98],[99]]}
{match,[<<97,98,99>>,<<98>>,<<99>>]}
{match,[<<97,98,99>>,<<98>>,<<99>>]}
{match,[[98],[99]]}
{'EXC',error,badarg}
{'EXC',error,badarg}
{match,[[97]]}
{match,[<<97>>]}
{match,[[97,98],[],[98]]}
{match,[<<97,98>>,<<>>,<<98>>]}
{match,[[97,98],[]]}
{match,[{0,3}]}
{match,[{0,3},{1,1},{2,1}]}
match
match
{match,[{2,1},{1,1}]}
{match,[[99],[98]]}
{match,[<<99>>,<<98>>]}
{match,[{1,1},{2,1},{1,1},{-1,0},{0,3}]}
{match,[[98],[99],[98],[],[97,98,99]]}
{match,[{1,1}]}
{match,[{2,1}]}
{match,[{0,1}]}
{match,[{0,1}]}
{match,[{0,1}]}
{match,[<<>>]}
{namelist,[<<109>>,<<110>>]}
{namelist,[<<97,97>>,<<109,109>>,<<122,122>>]}
{namelist,[]}
{'EXC',error,badarg}
{'EXC',error,badarg}
{match,[[{1,1}],[{4,1}]]}
{match,[[[98],[99]],[[98],[99]]]}
{match,[[<<99>>],[<<99>>]]}
match
nomatch
{match,[[{0,0}],[{1,0}],[{2,0}],[{3,0}]]}
{match,[[{2,0}]]}
{match,[[{0,0}],[{1,0}],[{2,0}],[{3,0}]]}
{match,[[{0,0}]]}
{match,[{0,0}]}
{match,[[{0,0}],[{0,1}],[{1,0}],[{1,1}],[{2,0}],[{2,1}],[{3,0}]]}
{match,[[{0,1}],[{1,0}],[{2,0}],[{3,0}]]}
{match,[[{0,0}],[{1,0}],[{3,0}],[{4,0}]]}
{match,[[{0,0}],[{1,0}],[{2,0}],[{3,0}],[{4,0}]]}
{match,[[{0,0}],[{1,0}],[{3,0}],[{4,0}]]}
)RE";
// clang-format on

// clang-format off
constexpr char kCases4[] = R"RE(
{run, "a\r\nb", "(*CRLF)", [global]}.
{run, <<"h", 195, 169, "llo">>, "", [global, unicode]}.
{run, <<"h", 195, 169, "llo">>, "", [global]}.
{run, "h\x{e9}llo", "", [global, unicode]}.
{run, "abcabc", "b", [global, {offset, 2}]}.
{run, "abc", "a", [global, {offset, 10}]}.
{run, "abc", "a", [global, {offset, 3}]}.
{run, "abc", "", [global, {offset, 3}]}.
{run, "abcabc", "b", [global, {offset, 2}, {offset, 0}]}.
{run, "abcabc", "b", [{offset, 2}]}.
{run, "abcabc", "b", [{offset, 2}, {offset, 0}]}.
{run, "abc", "b", [{offset, -1}]}.
{run, "abc", "b", [{offset, a}]}.
{run, "abc", "", [{offset, 3}]}.
{run, "abc", "^b", [{offset, 1}]}.
{run, "abc", "\\Gb", [{offset, 1}]}.
{run, "abc", "b", [anchored]}.
{run, "abc", "a", [anchored]}.
{run, "abc", "^a", [notbol]}.
{run, "abc", "c$", [noteol]}.
{run, "abc", "x*", [notempty]}.
{run, "abc", "a*", [notempty_atstart]}.
{run, "abc", "x*|b", [notempty_atstart]}.
{run, "ABC", "b", [caseless]}.
{run, "a\nb", "a.b", [dotall]}.
{run, "a\nb", "a.b", []}.
{run, "ab", "a b # comment", [extended]}.
{run, "a\nb", "^b", [multiline]}.
{run, "a\nb", "^b", []}.
{run, "ab\n", "b$", [dollar_endonly]}.
{run, "ab\n", "b$", []}.
{run, "ab\ncd", "c", [firstline]}.
{run, "aaa", "a+", [ungreedy]}.
{run, "ab", "(a)(b)", [no_auto_capture]}.
{run, "ab", "(a)(?<x>b)", [no_auto_capture]}.
{run, "ab", "b", [no_start_optimize]}.
{run, "a\rb", "^b", [multiline, {newline, cr}]}.
{run, "a\rb", "^b", [multiline, {newline, lf}]}.
{run, "a\r\nb", "^b", [multiline, {newline, crlf}]}.
{run, "a\r\nb", "a$", [multiline, {newline, crlf}]}.
{run, "a\rb", "a$", [multiline, {newline, anycrlf}]}.
{run, [$a, 16#85, $b], "a$", [multiline, {newline, any}]}.
{run, [$a, 16#85, $b], "a$", [multiline, {newline, anycrlf}]}.
{run, [16#85], "\\R", []}.
{run, [16#85], "\\R", [bsr_anycrlf]}.
{run, [16#85], "\\R", [bsr_unicode]}.
{run, "\r\n", "\\R", [bsr_anycrlf]}.
{run, {compiled, "^b", [multiline]}, "x", []}.
{run, "a\rb", {compiled, "^b", [multiline]}, [{newline, cr}]}.
{run, "a\rb", {compiled, "^b", [multiline, {newline, cr}]}, [{newline, cr}]}.
)RE";
constexpr char kExpected4[] = R"RE(
{match,[[{0,0}],[{1,0}],[{3,0}],[{4,0}]]}
{match,[[{0,0}],[{1,0}],[{3,0}],[{4,0}],[{5,0}],[{6,0}]]}
{match,[[{0,0}],[{1,0}],[{2,0}],[{3,0}],[{4,0}],[{5,0}],[{6,0}]]}
{match,[[{0,0}],[{1,0}],[{3,0}],[{4,0}],[{5,0}],[{6,0}]]}
{match,[[{4,1}]]}
nomatch
nomatch
{match,[[{3,0}]]}
{match,[[{1,1}],[{4,1}]]}
{match,[{4,1}]}
{match,[{1,1}]}
{'EXC',error,badarg}
{'EXC',error,badarg}
{match,[{3,0}]}
nomatch
{match,[{1,1}]}
nomatch
{match,[{0,1}]}
nomatch
nomatch
nomatch
{match,[{0,1}]}
{match,[{1,0}]}
{match,[{1,1}]}
{match,[{0,3}]}
nomatch
{match,[{0,2}]}
{match,[{2,1}]}
nomatch
nomatch
{match,[{1,1}]}
nomatch
{match,[{0,1}]}
{match,[{0,2}]}
{match,[{0,2},{1,1}]}
{match,[{1,1}]}
{match,[{2,1}]}
nomatch
{match,[{3,1}]}
{match,[{0,1}]}
{match,[{0,1}]}
{match,[{0,1}]}
nomatch
{match,[{0,1}]}
nomatch
{match,[{0,1}]}
{match,[{0,2}]}
{'EXC',error,badarg}
{match,[{2,1}]}
{match,[{2,1}]}
)RE";
// clang-format on

// clang-format off
constexpr char kCases5[] = R"RE(
{run, "a\rb", {compiled, "^b", [multiline, {newline, cr}]}, []}.
{run, "a\nb", {compiled, "^b", [multiline, {newline, cr}]}, [{newline, lf}]}.
{run, [16#85], {compiled, "\\R", []}, [bsr_anycrlf]}.
{run, "abc", {compiled, "b", []}, [caseless]}.
{run, "abc", {compiled, "b", []}, [unicode]}.
{run, "abc", {compiled, "b", []}, [anchored]}.
{run, "abc", {compiled, "a", []}, [anchored]}.
{run, "bc", {compiled, "b", [anchored]}, []}.
{run, "abc", {compiled, "b", [anchored]}, []}.
{run, "abc", {compiled, "b", []}, [global]}.
{run, "abc", {compiled, "(b)", []}, [{capture, all, list}]}.
{run, "h\x{e9}llo", "l+", [unicode]}.
{run, "h\x{e9}llo", "(l+)", [unicode, {capture, all, list}]}.
{run, "h\x{e9}llo", "(.)l", [unicode, {capture, all, list}]}.
{run, "h\x{e9}llo", "(.)l", [unicode, {capture, all, binary}]}.
{run, "h\x{e9}llo", "(.)l", [unicode, {capture, all, index}]}.
{run, "h\x{e9}llo", "(.)l", [unicode, global, {capture, all, list}]}.
{run, "h\x{e9}llo", "(.)l", [{capture, all, list}]}.
{run, "h\x{e9}llo", "(.)l", []}.
{run, <<"h", 195, 169, "llo">>, "(.)l", [unicode, {capture, all, list}]}.
{run, <<"h", 195, 169, "llo">>, "(.)l", [{capture, all, list}]}.
{run, <<"h", 195, 169, "llo">>, "(.)l", [{capture, all, binary}]}.
{run, <<"h", 195, 169, "llo">>, {compiled, "(.)l", [unicode]}, [{capture, all, list}]}.
{run, "h\x{e9}llo", {compiled, "(.)l", [unicode]}, [{capture, all, list}]}.
{run, "h\x{e9}llo", {compiled, "(.)l", [unicode]}, []}.
{run, "h\x{3b1}llo", {compiled, "(.)l", [unicode]}, []}.
{run, "h\x{3b1}llo", "(.)l", []}.
{run, ["h", <<206, 177>>, "llo"], "(.)l", [unicode]}.
{run, ["h", 16#3b1, [<<"l">>] | <<"lo">>], "(.)l", [unicode]}.
{run, <<255>>, "a", [unicode]}.
{run, [<<255>>], "a", [unicode]}.
{run, <<255>>, "a", [unicode, global]}.
{run, <<255>>, {compiled, "a", [unicode]}, []}.
{run, <<255>>, {compiled, "a", [unicode]}, [global]}.
{run, [16#110000], "a", [unicode]}.
{run, "abc", [16#3b1], [unicode]}.
{run, [16#3b1], [16#3b1], [unicode]}.
{run, [16#3b1], <<206, 177>>, [unicode]}.
{run, <<206, 177, 206, 178>>, "\\x{3b2}", [unicode]}.
{run, <<206, 177, 206, 178>>, ".", [unicode, {offset, 1}]}.
{run, <<206, 177, 206, 178>>, ".", [unicode, {offset, 2}]}.
{run, <<206, 177, 206, 178>>, ".", [unicode, {offset, 1}, global]}.
{run, "\x{e9}", "\\w", [unicode]}.
{run, "\x{e9}", "\\w", [unicode, ucp]}.
{run, "\x{c9}", "\x{e9}", [unicode, caseless]}.
{run, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "(a+)+$", [{match_limit, 10}]}.
{run, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "(a+)+$", [{match_limit, 10}, report_errors]}.
{run, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "(a+)+$", [{match_limit, 10}, report_errors, global]}.
{run, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "(a+)+$", [{match_limit_recursion, 2}, report_errors]}.
{run, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "(a+)+$", [{match_limit_recursion, 2}]}.
)RE";
constexpr char kExpected5[] = R"RE(
{match,[{2,1}]}
{match,[{2,1}]}
nomatch
{'EXC',error,badarg}
{'EXC',error,badarg}
nomatch
{match,[{0,1}]}
{match,[{0,1}]}
nomatch
{match,[[{1,1}]]}
{match,[[98],[98]]}
{match,[{3,2}]}
{match,[[108,108],[108,108]]}
{match,[[233,108],[233]]}
{match,[<<195,169,108>>,<<195,169>>]}
{match,[{1,3},{1,2}]}
{match,[[[233,108],[233]]]}
{match,[[233,108],[233]]}
{match,[{1,2},{1,1}]}
{match,[[233,108],[233]]}
{match,[[169,108],[169]]}
{match,[<<169,108>>,<<169>>]}
{match,[[233,108],[233]]}
{match,[[233,108],[233]]}
{match,[{1,3},{1,2}]}
{match,[{1,3},{1,2}]}
{'EXC',error,badarg}
{match,[{1,3},{1,2}]}
{match,[{1,3},{1,2}]}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
nomatch
{match,[{0,2}]}
{match,[{0,2}]}
{match,[{2,2}]}
{'EXC',error,badarg}
{match,[{2,2}]}
{'EXC',error,badarg}
{match,[{0,2}]}
{match,[{0,2}]}
{match,[{0,2}]}
nomatch
{error,match_limit}
{error,match_limit}
{error,match_limit_recursion}
nomatch
)RE";
// clang-format on

// clang-format off
constexpr char kCases6[] = R"RE(
{run, "aaaa", "a", [{match_limit, -1}]}.
{run, "aaaa", "a", [{match_limit, 1000000}, report_errors]}.
{run, "aaaa", "a", [{match_limit_recursion, 1000000}, report_errors, global]}.
{run, "abcabc", "b", [global, {capture, all_names}]}.
{run, "abcabc", "(?<q>b)", [global, {capture, all_names}]}.
{run, "abcabc", "(?<q>b)", [global, {capture, all_names, list}]}.
{run, "abcabc", "b", [global, {capture, []}]}.
{run, "abcabc", "b", [global, {capture, first}, {capture, all_but_first}]}.
{run, "abcabc", "(b)", [global, {capture, first, binary}, {capture, all_but_first}]}.
{run, "abcabc", "(b)", [global, {capture, foo}]}.
{run, "abcabc", "(b)", [global, {capture, [1], foo}]}.
{run, "abcabc", "(b)", [global, {capture, [1], foo}, {capture, all}]}.
{run, "abcabc", "x", [global, {capture, [1], foo}]}.
{run, "abcabc", "(b)", [global, caseless]}.
{run, "abcabc", {compiled, "(b)", []}, [global, caseless]}.
{run, "abcabc", "(b)(x)?", [global, {capture, all, list}]}.
{run, "abcabc", "(b)(x)?", [global, {capture, all, binary}]}.
{run, "abcabc", "(x)?(b)", [global, {capture, all, list}]}.
{run, "abcabc", "(x)?(b)", [global, {capture, all, binary}]}.
{run, "abcabc", "(x)?(b)", [global, {capture, [5], binary}]}.
{run, "abcabc", "(x)?(b)", [global, {capture, [5]}]}.
{run, "abcabc", "(x)?(b)", [global, {capture, [1], list}]}.
{run, "aXbX", "X", [global, {offset, 1}, notbol]}.
{run, "ab", "(?=b)|b", [global]}.
{run, "abab", "(?=b)|b", [global]}.
{run, "aaa", "(?<=a)|a", [global]}.
{run, "xay", "a??", [global]}.
{run, "\x{e9}\x{e9}", "", [global, unicode]}.
{run, "\x{e9}\r\n\x{e9}", "", [global, unicode, {newline, crlf}]}.
{run, "ab", "\\K", [global]}.
{internal_run, "abcabc", "b", [], true}.
{internal_run, "abcabc", "b", [], false}.
{internal_run, "abcabc", "b", [], foo}.
{internal_run, "abcabc", "b", [{offset, 2}], false}.
{internal_run, "abcabc", "b", [{offset, 0}, notempty_atstart, anchored], false}.
{internal_run, "abcabc", "", [{offset, 0}, notempty_atstart, anchored], false}.
{internal_run, "abcabc", "a|", [{offset, 0}, notempty_atstart, anchored, {capture, all}], false}.
{internal_run, "abcabc", "b", [global], false}.
{internal_run, <<206, 177, 206, 178>>, {compiled, ".", [unicode]}, [{offset, 2}, {capture, first}], false}.
{internal_run, <<206, 177, 206, 178>>, {compiled, ".", [unicode]}, [{offset, 2}, {capture, [0]}], true}.
{internal_run, <<206, 177, 206, 178>>, {compiled, ".", [unicode]}, [{offset, 1}], true}.
{run, "abc", "b", [{capture, all}, {capture, [1]}]}.
{run, "abc", "(?<n>b)", [{capture, [n]}, {capture, [1]}]}.
{run, "abc", "(b)", [{capture, [1], list}, global]}.
{run, "ab", "(a)(b)?", [{capture, [2]}]}.
{run, "a", "(a)(b)?", [{capture, [2], list}]}.
{run, "a", "(a)(b)?", [{capture, [2], binary}]}.
{run, "a", "(a)(b)?", [{capture, [1, 2]}]}.
{run, "a", "(a)(b)?", [{capture, [16#7fffffff]}]}.
{run, "a", "(a)(b)?", [{capture, [16#80000000]}]}.
)RE";
constexpr char kExpected6[] = R"RE(
{'EXC',error,badarg}
{match,[{0,1}]}
{match,[[{0,1}],[{1,1}],[{2,1}],[{3,1}]]}
match
{match,[[{1,1}],[{4,1}]]}
{match,[[[98]],[[98]]]}
match
{match,[[],[]]}
{match,[[<<98>>],[<<98>>]]}
{'EXC',error,badarg}
{'EXC',error,function_clause}
{'EXC',error,function_clause}
nomatch
{match,[[{1,1},{1,1}],[{4,1},{4,1}]]}
{'EXC',error,badarg}
{match,[[[98],[98]],[[98],[98]]]}
{match,[[<<98>>,<<98>>],[<<98>>,<<98>>]]}
{match,[[[98],[],[98]],[[98],[],[98]]]}
{match,[[<<98>>,<<>>,<<98>>],[<<98>>,<<>>,<<98>>]]}
{match,[[<<>>],[<<>>]]}
{match,[[{-1,0}],[{-1,0}]]}
{match,[[[]],[[]]]}
{match,[[{1,1}],[{3,1}]]}
{match,[[{1,0}]]}
{match,[[{1,0}],[{3,0}]]}
{match,[[{0,1}],[{1,0}],[{1,1}],[{2,0}],[{2,1}],[{3,0}]]}
{match,[[{0,0}],[{1,0}],[{1,1}],[{2,0}],[{3,0}]]}
{match,[[{0,0}],[{2,0}],[{4,0}]]}
{match,[[{0,0}],[{2,0}],[{4,0}],[{6,0}]]}
{match,[[{0,0}],[{1,0}],[{2,0}]]}
{match,[{1,1}]}
{match,[{1,1}]}
{'EXC',error,badarg}
{match,[{4,1}]}
nomatch
nomatch
{match,[{0,1}]}
{match,[[{1,1}],[{4,1}]]}
{match,[{2,2}]}
{match,[{2,2}]}
{'EXC',error,badarg}
{match,[{-1,0}]}
{match,[{1,1}]}
{match,[[[98]]]}
{match,[{1,1}]}
{match,[[]]}
{match,[<<>>]}
{match,[{0,1},{-1,0}]}
{match,[{-1,0}]}
{'EXC',error,badarg}
)RE";
// clang-format on

// clang-format off
constexpr char kCases7[] = R"RE(
{run, "a", "(a)(b)?", [{capture, [16#80000000000]}]}.
{run, "a", "(a)(b)?", [{capture, [-16#80000000000]}]}.
{run, "a", "(a)(b)?", [{offset, 16#80000000}]}.
{run, "a", "(a)(b)?", [{match_limit, 16#80000000}]}.
{run, "a", "(?<n>a)", [{capture, [<<"n">>, "n", ["n"], [<<"n">>]]}]}.
{run, "a", "(?<n>a)", [{capture, [n], list}, {capture, none}]}.
{run, "a", "(?<n>a)", [{capture, [1.5]}]}.
{run, "a", "(?<n>a)", [{capture, [{}]}]}.
{run, "a", "(?<n>a)", [{capture, [<<1:3>>]}]}.
{run, "a", "(?<n>a)", [{capture, [[256]]}]}.
{run, "abcd", "(?<n>a)(?<m>b)(?<o>c)", [{capture, [m, o, n, p]}]}.
{run, "abc", "(?<n>a)(?<m>b)(?<o>c)", [{capture, [m, o, n, p], list}, unicode]}.
{run, "abc", "(?<n>a)(?<m>b)(?<o>c)", [{capture, all_names, list}, unicode]}.
{run, "abc", "(?<n>a)(?<m>b)(?<o>c)", [{capture, all_names, binary}, unicode]}.
{run, "abc", "(?<n>a)(?<m>b)(?<o>c)", [{capture, all_names, binary}, unicode, global]}.
{run, "aBc", "(?i)b", []}.
{run, "aBc", "b(*COMMIT)x|.", [global]}.
{run, "abc", "(?|(a)|(b))", [global, {capture, all, list}]}.
{run, "the cat", "\\bcat\\b", []}.
{run, "x1y22", "\\d+", [global, {capture, first, list}]}.
{run, "k=v; k2=v2", "(\\w+)=(\\w+)", [global, {capture, all_but_first, binary}]}.
{run, "a,b,,c", ",", [global]}.
{run, "abc", "b", [global, report_errors]}.
{run, "abc", "b", [global, {match_limit, 5}]}.
{run, "abc", "b", [global, {newline, crlf}]}.
{run, "abc", "b", [{newline, crlf}]}.
{run, "abc", "b", [{newline, bad}]}.
{run, "abc", "b", [bsr_anycrlf, bsr_unicode]}.
{run, "abc", "b", [ucp, never_utf]}.
{run, "abc", "b", [unicode, never_utf]}.
{run, "abc", "a(b)(c)", [{capture, [0, 5, 2]}]}.
{run, "abc", "a(b)(c)", [{capture, [-1]}]}.
{run, "a\rb", "^b", [multiline, {newline, lf}, {newline, cr}]}.
{run, "a\r\nb", "^b", [multiline, {newline, lf}, {newline, cr}]}.
{run, "a\r\nb", "a$", [multiline, {newline, lf}, {newline, cr}]}.
{run, "a\rb", "a$", [multiline, {newline, any}, {newline, cr}]}.
{run, [$a, 16#85, $b], "a$", [multiline, {newline, any}, {newline, cr}]}.
{run, "ab", "a", [{newline, any}, {newline, crlf}]}.
{run, "ab", "a", [{newline, any}, {newline, crlf}, report_errors]}.
{compile, "a", [{newline, any}, {newline, crlf}]}.
{compile, "a", [{newline, cr}, {newline, lf}]}.
{compile, "a", [{newline, lf}, {newline, lf}]}.
{compile, "a", [bsr_anycrlf, bsr_unicode]}.
{compile, "a", [bsr_anycrlf, bsr_anycrlf]}.
{run, "a", "a", [bsr_anycrlf, bsr_unicode, report_errors]}.
{run, "a", {compiled, "a", [{newline, cr}]}, [{newline, lf}]}.
{run, "a\nb", {compiled, "^b", [multiline, {newline, cr}]}, [{newline, lf}, {newline, cr}]}.
{run, "a\r\nb", {compiled, "a$", [multiline, {newline, cr}]}, [{newline, lf}]}.
{run, "a\r\nb", {compiled, "a$", [multiline]}, [{newline, crlf}]}.
{run, "a\r\nb", {compiled, "", [multiline]}, [{newline, crlf}, global]}.
)RE";
constexpr char kExpected7[] = R"RE(
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{match,[{0,1},{0,1},{0,1},{0,1}]}
match
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{'EXC',error,badarg}
{match,[{1,1},{2,1},{0,1},{-1,0}]}
{match,[[98],[99],[97],[]]}
{match,[[98],[97],[99]]}
{match,[<<98>>,<<97>>,<<99>>]}
{match,[[<<98>>,<<97>>,<<99>>]]}
{match,[{1,1}]}
{match,[[{0,1}],[{1,1}],[{2,1}]]}
{match,[[[97],[97]],[[98],[98]]]}
{match,[{4,3}]}
{match,[[[49]],[[50,50]]]}
{match,[[<<107>>,<<118>>],[<<107,50>>,<<118,50>>]]}
{match,[[{1,1}],[{3,1}],[{4,1}]]}
{match,[[{1,1}]]}
{match,[[{1,1}]]}
{match,[[{1,1}]]}
{match,[{1,1}]}
{'EXC',error,badarg}
{'EXC',error,badarg}
{match,[{1,1}]}
{'EXC',error,badarg}
{match,[{0,3},{-1,0},{2,1}]}
{'EXC',error,badarg}
nomatch
{match,[{3,1}]}
{match,[{0,1}]}
{match,[{0,1}]}
nomatch
{'EXC',error,badarg}
{error,{compile,{[105,110,99,111,110,115,105,115,116,101,110,116,32,78,69,87,76,73,78,69,32,111,112,116,105,111,110,115],0}}}
{error,{[105,110,99,111,110,115,105,115,116,101,110,116,32,78,69,87,76,73,78,69,32,111,112,116,105,111,110,115],0}}
{ok,{re_pattern,0,0,1,#}}
{ok,{re_pattern,0,0,0,#}}
{error,{[105,110,99,111,110,115,105,115,116,101,110,116,32,78,69,87,76,73,78,69,32,111,112,116,105,111,110,115],0}}
{ok,{re_pattern,0,0,0,#}}
{error,{compile,{[105,110,99,111,110,115,105,115,116,101,110,116,32,78,69,87,76,73,78,69,32,111,112,116,105,111,110,115],0}}}
{match,[{0,1}]}
nomatch
nomatch
{match,[{0,1}]}
{match,[[{0,0}],[{1,0}],[{2,0}],[{3,0}],[{4,0}]]}
)RE";
// clang-format on

// clang-format off
constexpr char kCases8[] = R"RE(
{run, "a\r\nb", {compiled, "", [{newline, crlf}]}, [{newline, lf}, global]}.
{run, [16#85], {compiled, "\\R", [bsr_anycrlf]}, [bsr_unicode]}.
{run, "a", {compiled, "a", [bsr_anycrlf]}, [bsr_unicode]}.
{run, "abc", {compiled, "(a)", []}, [{capture, all, list}, global]}.
{run, "abc", {re_pattern, 5, 0, 0, <<"x">>}, []}.
{run, "ijmqyT", "\\i\\j\\m\\q\\y\\T"}.
{run, "FIJMOY", "\\F\\I\\J\\M\\O\\Y"}.
{run, "i", "[\\i]"}.
{run, "B", "[\\B]"}.
{run, "R", "[a\\R]"}.
{run, "X", "[^\\X]"}.
{run, "-", "[\\d-z]"}.
{run, "y", "[\\d-z]"}.
{run, "5", "[\\d-z]"}.
{run, "-", "[[:alpha:]-z]"}.
{run, "-", "[\\p{L}-z]"}.
{run, "-", "[\\w-]"}.
{run, "-", "[\\s-\\d]"}.
{compile, "[a-\\d]", []}.
{compile, "[%-[:alpha:]]", []}.
{run, "a81", "a\\81"}.
{run, "a9", "a\\9"}.
{run, "aaaaaaaaa9", "(a)(a)(a)(a)(a)(a)(a)(a)(a)\\9"}.
{run, "aaaaaaaaaa", "(a)(a)(a)(a)(a)(a)(a)(a)(a)\\9"}.
{run, "aaaaaaaaa8", "(a)(a)(a)(a)(a)(a)(a)(a)(a)\\8"}.
{run, "a8", "(a)\\8"}.
{run, "8a", "\\8(a)"}.
{run, "\\i", "\\Q\\i\\E"}.
{run, "i", "(?#\\i)i"}.
{run, "ai", "a # \\i\ni", [extended]}.
{run, "a i", "a\\ i", [extended]}.
{run, "ab", "(?x) a b"}.
{compile, "x(?<=a+)b", []}.
{compile, "(?<=a|bc|(d+))b", []}.
{compile, "(?<!\\d+)", []}.
{compile, "a\\p{Foo}", []}.
{compile, "\\P{Xx}", []}.
{compile, "(*UTF8)a", [never_utf]}.
{compile, "(*UTF)a", [never_utf]}.
{compile, "(*UTF)a", []}.
{compile, "ab\\12", []}.
{compile, "(a)\\2", []}.
{compile, "(a)\\g{2}", []}.
{compile, "(?P", []}.
{compile, "(?Px)", []}.
{compile, "(?P<a", []}.
{compile, "[[.a.]]", []}.
{compile, "[[=a=]]", []}.
{compile, "\\c", []}.
{compile, "(?C", []}.
)RE";
constexpr char kExpected8[] = R"RE(
{match,[[{0,0}],[{1,0}],[{3,0}],[{4,0}]]}
{match,[{0,1}]}
{match,[{0,1}]}
{match,[[[97],[97]]]}
{'EXC',error,badarg}
{match,[{0,6}]}
{match,[{0,6}]}
{match,[{0,1}]}
{match,[{0,1}]}
{match,[{0,1}]}
nomatch
{match,[{0,1}]}
nomatch
{match,[{0,1}]}
{match,[{0,1}]}
{match,[{0,1}]}
{match,[{0,1}]}
{match,[{0,1}]}
{error,{[105,110,118,97,108,105,100,32,114,97,110,103,101,32,105,110,32,99,104,97,114,97,99,116,101,114,32,99,108,97,115,115],4}}
{error,{[105,110,118,97,108,105,100,32,114,97,110,103,101,32,105,110,32,99,104,97,114,97,99,116,101,114,32,99,108,97,115,115],3}}
{match,[{0,3}]}
{match,[{0,2}]}
nomatch
{match,[{0,10},{0,1},{1,1},{2,1},{3,1},{4,1},{5,1},{6,1},{7,1},{8,1}]}
nomatch
{match,[{0,2},{0,1}]}
{match,[{0,2},{1,1}]}
{match,[{0,2}]}
{match,[{0,1}]}
{match,[{0,2}]}
{match,[{0,3}]}
{match,[{0,2}]}
{error,{[108,111,111,107,98,101,104,105,110,100,32,97,115,115,101,114,116,105,111,110,32,105,115,32,110,111,116,32,102,105,120,101,100,32,108,101,110,103,116,104],7}}
{error,{[108,111,111,107,98,101,104,105,110,100,32,97,115,115,101,114,116,105,111,110,32,105,115,32,110,111,116,32,102,105,120,101,100,32,108,101,110,103,116,104],13}}
{error,{[108,111,111,107,98,101,104,105,110,100,32,97,115,115,101,114,116,105,111,110,32,105,115,32,110,111,116,32,102,105,120,101,100,32,108,101,110,103,116,104],7}}
{error,{[117,110,107,110,111,119,110,32,112,114,111,112,101,114,116,121,32,110,97,109,101,32,97,102,116,101,114,32,92,80,32,111,114,32,92,112],7}}
{error,{[117,110,107,110,111,119,110,32,112,114,111,112,101,114,116,121,32,110,97,109,101,32,97,102,116,101,114,32,92,80,32,111,114,32,92,112],5}}
{error,{[115,101,116,116,105,110,103,32,85,84,70,32,105,115,32,100,105,115,97,98,108,101,100,32,98,121,32,116,104,101,32,97,112,112,108,105,99,97,116,105,111,110],0}}
{error,{[115,101,116,116,105,110,103,32,85,84,70,32,105,115,32,100,105,115,97,98,108,101,100,32,98,121,32,116,104,101,32,97,112,112,108,105,99,97,116,105,111,110],0}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{error,{[114,101,102,101,114,101,110,99,101,32,116,111,32,110,111,110,45,101,120,105,115,116,101,110,116,32,115,117,98,112,97,116,116,101,114,110],5}}
{error,{[114,101,102,101,114,101,110,99,101,32,116,111,32,110,111,110,45,101,120,105,115,116,101,110,116,32,115,117,98,112,97,116,116,101,114,110],8}}
{error,{[117,110,114,101,99,111,103,110,105,122,101,100,32,99,104,97,114,97,99,116,101,114,32,97,102,116,101,114,32,40,63,80],3}}
{error,{[117,110,114,101,99,111,103,110,105,122,101,100,32,99,104,97,114,97,99,116,101,114,32,97,102,116,101,114,32,40,63,80],3}}
{error,{[115,121,110,116,97,120,32,101,114,114,111,114,32,105,110,32,115,117,98,112,97,116,116,101,114,110,32,110,97,109,101,32,40,109,105,115,115,105,110,103,32,116,101,114,109,105,110,97,116,111,114,41],5}}
{error,{[80,79,83,73,88,32,99,111,108,108,97,116,105,110,103,32,101,108,101,109,101,110,116,115,32,97,114,101,32,110,111,116,32,115,117,112,112,111,114,116,101,100],1}}
{error,{[80,79,83,73,88,32,99,111,108,108,97,116,105,110,103,32,101,108,101,109,101,110,116,115,32,97,114,101,32,110,111,116,32,115,117,112,112,111,114,116,101,100],1}}
{error,{[92,99,32,97,116,32,101,110,100,32,111,102,32,112,97,116,116,101,114,110],2}}
{error,{[99,108,111,115,105,110,103,32,41,32,102,111,114,32,40,63,67,32,101,120,112,101,99,116,101,100],3}}
)RE";
// clang-format on

// clang-format off
constexpr char kCases9[] = R"RE(
{compile, "(?<a>x)(?<a>y)", [dupnames]}.
{compile, "a{3}+{2}", []}.
{compile, "(?|(?<a>x)|(?<b>y))", []}.
{compile, "\\x{zz}", []}.
{compile, "[\\x{100}]", []}.
{compile, "\\o{}", []}.
{compile, "(?(?=a)a|b|c)", []}.
{compile, "(?(DEFINE)a|b)", []}.
{compile, "((((((((((((((((((((((((((((((x))))))))))))))))))))))))))))))", []}.
{compile, "\\k<x>", []}.
{compile, "(?&x)", []}.
{compile, "(?R", []}.
{compile, "(?-1)", []}.
{compile, "(?+1)", []}.
{compile, "(*MARK)", []}.
{compile, "(*MARK:a)", []}.
{compile, "(*ACCEPT:x)", []}.
{compile, "\\N", []}.
{compile, "x{4294967296}", []}.
{compile, "(?<=x\\C)", [unicode]}.
{compile, "a\\", []}.
{compile, "[[:alpha:][:digit:]]", []}.
{compile, "[\\w-.]", []}.
{run, <<233>>, "\\w"}.
{run, <<233>>, "[[:alpha:]]"}.
{run, <<233>>, "[[:lower:]]"}.
{run, <<201>>, "[[:upper:]]"}.
{run, <<201>>, "\\xe9", [caseless]}.
{run, <<233>>, "\\xc9", [caseless]}.
{run, <<255>>, "\\xdf", [caseless]}.
{run, <<181>>, "\\w"}.
{run, <<170>>, "\\w"}.
{run, <<215>>, "\\w"}.
{run, <<247>>, "\\W"}.
{run, <<160>>, "\\s"}.
{run, <<133>>, "\\s"}.
{run, <<11>>, "\\s"}.
{run, <<160>>, "[[:graph:]]"}.
{run, <<160>>, "[[:punct:]]"}.
{run, <<178>>, "\\d"}.
{run, <<178>>, "[[:punct:]]"}.
{run, <<128>>, "[[:cntrl:]]"}.
{run, <<"x", 233, "y">>, "\\bx\\b"}.
{run, <<"x", 233, "y">>, "x\\B"}.
{run, <<"caf", 233>>, "\\w+"}.
{run, <<"CAF", 201>>, "caf\\xe9", [caseless]}.
{run, <<"caf", 195, 169>>, "\\w+", [unicode]}.
{run, <<195, 169>>, "\\w", [unicode]}.
{run, <<195, 169, 195, 169>>, "\\w+", [unicode]}.
{run, <<195, 169>>, "\\W", [unicode]}.
)RE";
constexpr char kExpected9[] = R"RE(
{ok,{re_pattern,2,0,0,#}}
{error,{[110,111,116,104,105,110,103,32,116,111,32,114,101,112,101,97,116],7}}
{error,{[100,105,102,102,101,114,101,110,116,32,110,97,109,101,115,32,102,111,114,32,115,117,98,112,97,116,116,101,114,110,115,32,111,102,32,116,104,101,32,115,97,109,101,32,110,117,109,98,101,114,32,97,114,101,32,110,111,116,32,97,108,108,111,119,101,100],15}}
{error,{[110,111,110,45,104,101,120,32,99,104,97,114,97,99,116,101,114,32,105,110,32,92,120,123,125,32,40,99,108,111,115,105,110,103,32,98,114,97,99,101,32,109,105,115,115,105,110,103,63,41],3}}
{error,{[99,104,97,114,97,99,116,101,114,32,118,97,108,117,101,32,105,110,32,92,120,123,125,32,111,114,32,92,111,123,125,32,105,115,32,116,111,111,32,108,97,114,103,101],7}}
{error,{[100,105,103,105,116,115,32,109,105,115,115,105,110,103,32,105,110,32,92,120,123,125,32,111,114,32,92,111,123,125],1}}
{error,{[99,111,110,100,105,116,105,111,110,97,108,32,103,114,111,117,112,32,99,111,110,116,97,105,110,115,32,109,111,114,101,32,116,104,97,110,32,116,119,111,32,98,114,97,110,99,104,101,115],12}}
{error,{[68,69,70,73,78,69,32,103,114,111,117,112,32,99,111,110,116,97,105,110,115,32,109,111,114,101,32,116,104,97,110,32,111,110,101,32,98,114,97,110,99,104],13}}
{ok,{re_pattern,30,0,0,#}}
{error,{[114,101,102,101,114,101,110,99,101,32,116,111,32,110,111,110,45,101,120,105,115,116,101,110,116,32,115,117,98,112,97,116,116,101,114,110],4}}
{error,{[114,101,102,101,114,101,110,99,101,32,116,111,32,110,111,110,45,101,120,105,115,116,101,110,116,32,115,117,98,112,97,116,116,101,114,110],4}}
{error,{[40,63,82,32,111,114,32,40,63,91,43,45,93,100,105,103,105,116,115,32,109,117,115,116,32,98,101,32,102,111,108,108,111,119,101,100,32,98,121,32,41],3}}
{error,{[114,101,102,101,114,101,110,99,101,32,116,111,32,110,111,110,45,101,120,105,115,116,101,110,116,32,115,117,98,112,97,116,116,101,114,110],4}}
{error,{[114,101,102,101,114,101,110,99,101,32,116,111,32,110,111,110,45,101,120,105,115,116,101,110,116,32,115,117,98,112,97,116,116,101,114,110],4}}
{error,{[40,42,77,65,82,75,41,32,109,117,115,116,32,104,97,118,101,32,97,110,32,97,114,103,117,109,101,110,116],6}}
{ok,{re_pattern,0,0,0,#}}
{error,{[97,110,32,97,114,103,117,109,101,110,116,32,105,115,32,110,111,116,32,97,108,108,111,119,101,100,32,102,111,114,32,40,42,65,67,67,69,80,84,41,44,32,40,42,70,65,73,76,41,44,32,111,114,32,40,42,67,79,77,77,73,84,41],10}}
{ok,{re_pattern,0,0,0,#}}
{error,{[110,117,109,98,101,114,32,116,111,111,32,98,105,103,32,105,110,32,123,125,32,113,117,97,110,116,105,102,105,101,114],8}}
{error,{[92,67,32,110,111,116,32,97,108,108,111,119,101,100,32,105,110,32,108,111,111,107,98,101,104,105,110,100,32,97,115,115,101,114,116,105,111,110],7}}
{error,{[92,32,97,116,32,101,110,100,32,111,102,32,112,97,116,116,101,114,110],2}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{match,[{0,1}]}
{match,[{0,1}]}
{match,[{0,1}]}
{match,[{0,1}]}
{match,[{0,1}]}
{match,[{0,1}]}
nomatch
{match,[{0,1}]}
{match,[{0,1}]}
nomatch
{match,[{0,1}]}
nomatch
nomatch
{match,[{0,1}]}
{match,[{0,1}]}
{match,[{0,1}]}
nomatch
{match,[{0,1}]}
{match,[{0,1}]}
nomatch
{match,[{0,1}]}
{match,[{0,4}]}
{match,[{0,4}]}
{match,[{0,5}]}
{match,[{0,2}]}
nomatch
nomatch
)RE";
// clang-format on

// clang-format off
constexpr char kCases10[] = R"RE(
{run, <<"a", 195, 169>>, "a\\b", [unicode]}.
{run, <<"a", 195, 169>>, "a\\B", [unicode]}.
{run, <<195, 169>>, "[\\w]", [unicode]}.
{run, <<196, 129>>, "[\\W]", [unicode]}.
{run, <<196, 129>>, "\\w", [unicode]}.
{run, <<196, 129>>, "\\w", [unicode, ucp]}.
{run, <<"x", 195, 169>>, "x|\\w", [unicode, global]}.
{run, <<195, 137>>, "\\x{e9}", [unicode, caseless]}.
{run, <<196, 128>>, "\\x{101}", [unicode, caseless]}.
{run, <<"a,b,,c">>, {compiled, ",", []}, [global]}.
{run, <<"a,b,,c,,">>, {compiled, ",", []}, [global]}.
{run, <<"abc">>, {compiled, "", []}, [global]}.
{run, <<"a1b22c">>, {compiled, "(\\d)", []}, [global]}.
{run, <<"a1b22c">>, {compiled, "\\d*", []}, [global]}.
{run, <<"h", 195, 169, "llo">>, {compiled, "", [unicode]}, [global]}.
{run, <<"h", 195, 169, "llo">>, {compiled, "l", [unicode]}, [global]}.
{run, <<"abcabc">>, "b", [global]}.
{run, <<"abcabc">>, "B", [global, caseless]}.
{run, <<"abcabc">>, "b", []}.
{run, <<"a.b.c">>, "\\.", [global, {offset, 2}]}.
{run, <<"aaa">>, "a", [global, notempty]}.
{run, <<"line1\nline2\n">>, "^", [global, multiline]}.
{run, <<"line1\nline2\n">>, "$", [global, multiline]}.
{run, <<"line1\r\nline2\r\n">>, "$", [global, multiline, {newline, crlf}]}.
{run, <<"line1\r\nline2\r\n">>, "^", [global, multiline, {newline, anycrlf}]}.
{run, <<"x", 226, 130, 172, "y">>, "", [global, unicode]}.
{run, <<"x", 240, 159, 152, 128, "y">>, "", [global, unicode]}.
{run, <<"x", 240, 159, 152, 128, "y">>, "(?=y)|", [global, unicode]}.
{run, <<"0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789">>, "(5.*)9", [{capture, all_but_first, binary}]}.
{run, <<"0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789">>, "(5.*)9", [{capture, all_but_first, list}]}.
{run, "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789", "(5.*)9", [{capture, all_but_first, binary}, global]}.
{run, <<"k1=v1&k2=v2">>, "(?<key>[^=&]+)=(?<val>[^&]*)", [global, {capture, [key, val], binary}]}.
{run, <<"k1=v1&k2=v2">>, "(?<key>[^=&]+)=(?<val>[^&]*)", [global, {capture, all_names, binary}]}.
{run, <<"2024-01-15">>, "(\\d+)-(\\d+)-(\\d+)", [{capture, all_but_first, list}]}.
{run, <<"  trim  ">>, "^\\s+|\\s+$", [global]}.
{run, <<"hello world">>, "o", [global, {capture, first, index}]}.
{run, <<"aaa">>, "(a)|(b)", [global, {capture, all, binary}]}.
{run, <<"ab">>, "(a)|(b)", [global, {capture, all, index}]}.
{run, <<"ab">>, "(a)|(b)", [global, {capture, all, list}]}.
{run, "abc", "(?<x>a)", [{capture, [<<"x">>], list}, unicode]}.
{run, "abc", "(?<x>a)", [{capture, ["x"], list}, unicode]}.
{run, "abc", "(?<x>a)", [{capture, [[120]], index}, unicode]}.
{run, [16#3b1, 16#3b2], "(?<x>.)", [{capture, [x], list}, unicode]}.
{run, [16#3b1, 16#3b2], "(?<x>.)", [{capture, [x], binary}, unicode]}.
{run, [16#3b1, 16#3b2], "(?<x>.)", [{capture, [x], list}, unicode, global]}.
{run, [16#3b1, 16#3b2], {compiled, "(?<x>.)", [unicode]}, [{capture, [x], list}]}.
{run, [16#3b1, 16#3b2], {compiled, "(?<x>.)", [unicode]}, [{capture, [x], list}, global]}.
{run, <<206, 177, 206, 178>>, {compiled, "(?<x>.)", [unicode]}, [{capture, [x], list}, global]}.
{run, <<206, 177, 206, 178>>, {compiled, "(?<x>.)", [unicode]}, [{capture, [x], list}]}.
{run, <<206, 177, 206, 178>>, {compiled, "(?<x>.)", []}, [{capture, [x], list}]}.
)RE";
constexpr char kExpected10[] = R"RE(
nomatch
{match,[{0,1}]}
{match,[{0,2}]}
{match,[{0,2}]}
nomatch
{match,[{0,2}]}
{match,[[{0,1}],[{1,2}]]}
{match,[{0,2}]}
{match,[{0,2}]}
{match,[[{1,1}],[{3,1}],[{4,1}]]}
{match,[[{1,1}],[{3,1}],[{4,1}],[{6,1}],[{7,1}]]}
{match,[[{0,0}],[{1,0}],[{2,0}],[{3,0}]]}
{match,[[{1,1},{1,1}],[{3,1},{3,1}],[{4,1},{4,1}]]}
{match,[[{0,0}],[{1,1}],[{2,0}],[{3,2}],[{5,0}],[{6,0}]]}
{match,[[{0,0}],[{1,0}],[{3,0}],[{4,0}],[{5,0}],[{6,0}]]}
{match,[[{3,1}],[{4,1}]]}
{match,[[{1,1}],[{4,1}]]}
{match,[[{1,1}],[{4,1}]]}
{match,[{1,1}]}
{match,[[{3,1}]]}
{match,[[{0,1}],[{1,1}],[{2,1}]]}
{match,[[{0,0}],[{6,0}]]}
{match,[[{5,0}],[{11,0}],[{12,0}]]}
{match,[[{5,0}],[{12,0}],[{14,0}]]}
{match,[[{0,0}],[{7,0}]]}
{match,[[{0,0}],[{1,0}],[{4,0}],[{5,0}]]}
{match,[[{0,0}],[{1,0}],[{5,0}],[{6,0}]]}
{match,[[{0,0}],[{1,0}],[{5,0}],[{6,0}]]}
{match,[<<53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56>>]}
{match,[[53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56]]}
{match,[[<<53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56>>]]}
{match,[[<<107,49>>,<<118,49>>],[<<107,50>>,<<118,50>>]]}
{match,[[<<107,49>>,<<118,49>>],[<<107,50>>,<<118,50>>]]}
{match,[[50,48,50,52],[48,49],[49,53]]}
{match,[[{0,2}],[{6,2}]]}
{match,[[{4,1}],[{7,1}]]}
{match,[[<<97>>,<<97>>],[<<97>>,<<97>>],[<<97>>,<<97>>]]}
{match,[[{0,1},{0,1}],[{1,1},{-1,0},{1,1}]]}
{match,[[[97],[97]],[[98],[],[98]]]}
{match,[[97]]}
{match,[[97]]}
{match,[{0,1}]}
{match,[[945]]}
{match,[<<206,177>>]}
{match,[[[945]],[[946]]]}
{match,[[945]]}
{match,[[[945]],[[946]]]}
{match,[[[945]],[[946]]]}
{match,[[945]]}
{match,[[206]]}
)RE";
// clang-format on

// clang-format off
constexpr char kCases11[] = R"RE(
{run, "abc", "a", [{capture, all, index}, {capture, first, list}, {capture, all_but_first, binary}]}.
{run, "abc", "(a)", [global, {capture, all, binary}, {capture, first}]}.
{run, "abc", "(a)", [global, {capture, all}, {capture, first, list}]}.
{run, "abc", "(a)", [global, {capture, all, foo}, {capture, first}]}.
{run, "abc", "(a)", [global, {capture, all, foo}, {capture, none}]}.
{run, "abc", "(a)", [global, {capture, all, foo}, {capture, first, binary}]}.
{run, "abc", "(a)", [{capture, [1 | 2]}, global]}.
{run, "abc", "(a)", [{capture, [1 | 2]}, global, {offset, 4}]}.
{run, "abc", "(a)", [{capture, [foo, 1.0]}, global]}.
{run, "abc", "(a)", [{capture, [1.0]}, global, {offset, 4}]}.
{run, "abc", "(a)", [{capture, {}}, global, {offset, 4}]}.
{run, "abc", "(?J)(?<n>a)|(?<n>b)", [{capture, all_names}]}.
{run, "b", "(?J)(?<n>a)|(?<n>b)", [{capture, all_names}]}.
{run, "b", "(?J)(?<n>a)|(?<n>b)", [{capture, [n]}]}.
{run, "a", "(?J)(?<n>a)|(?<n>b)", [{capture, [n]}]}.
{inspect, {compiled, "(?J)(?<n>a)|(?<n>b)", []}, namelist}.
{run, "b", "(?<n>a)|(?<n>b)|(?<n>c)", [dupnames, {capture, all_names}]}.
{run, "c", "(?<n>a)|(?<n>b)|(?<n>c)", [dupnames, {capture, [n], list}]}.
{run, "b", "(?<m>x)?(?<n>a)|(?<n>b)", [dupnames, {capture, all_names}]}.
{run, "x", "(?<m>x)?(?<n>a)|(?<n>b)|x", [dupnames, {capture, [n, m, n]}]}.
{run, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "(a|aa)+$", [{match_limit, 1000}, report_errors]}.
{run, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "(a|aa)+$", [{match_limit, 1000}]}.
{run, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "(a|aa)+$", [{match_limit, 1000}, report_errors, global]}.
{run, "xxaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "(a|aa)+$|x", [{match_limit, 3000}, report_errors, global]}.
{run, "xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "(a|aa)+$|x", [{match_limit, 3000}, global]}.
{run, "aaaaaaaaaaaaaaaaab", "(a+)+$", [{match_limit, 0}, report_errors]}.
{run, "ab", "a", [{match_limit, 0}, report_errors]}.
{run, "ab", "a", [{match_limit_recursion, 0}, report_errors]}.
{run, "ab", "(a)", [{match_limit_recursion, 1}, report_errors]}.
{run, "ab", "", [{match_limit, 0}, report_errors, global]}.
{run, "ab", "", [{match_limit, 1}, report_errors, global]}.
{run, "ab", "x*", [{match_limit, 1}, report_errors, global]}.
{compile, "(*pla:a)", []}.
{compile, "x(*atomic:a)", []}.
{compile, "(*COMMIT:xy)b", []}.
{compile, "(*F:x)", []}.
{compile, "(*NOTEMPTY)a", []}.
{compile, "(*NO_JIT)a", []}.
{compile, "(*LIMIT_HEAP=10)a", []}.
{compile, "(*NUL)a", []}.
{compile, "(*LIMIT_RECURSION=10)a", []}.
{compile, "(*LIMIT_MATCH=10)(*CRLF)a", []}.
{compile, "(*NO_AUTO_POSSESS)a", []}.
{compile, "(*ACCEPT)a", []}.
{compile, "(*:x)a", []}.
{compile, "(*)a", []}.
{compile, "(*SKIP:x)a", []}.
{compile, "a(*CR)", []}.
{compile, "(*MARK:x)(*PRUNE:y)(*THEN:z)a", []}.
{compile, "[(*FOO)]", []}.
)RE";
constexpr char kExpected11[] = R"RE(
{match,[]}
{match,[[<<97>>]]}
{match,[[[97]]]}
{'EXC',error,function_clause}
match
{match,[[<<97>>]]}
{'EXC',error,badarg}
nomatch
{'EXC',error,badarg}
nomatch
{'EXC',error,badarg}
{match,[{0,1},{-1,0}]}
{match,[{-1,0},{0,1}]}
{match,[{0,1}]}
{match,[{-1,0}]}
{namelist,[<<110>>,<<110>>]}
{match,[{0,1}]}
{match,[[99]]}
{match,[{-1,0},{0,1}]}
{match,[{-1,0},{-1,0},{-1,0}]}
{error,match_limit}
nomatch
{error,match_limit}
{error,match_limit}
{match,[[{0,1}]]}
{error,match_limit}
{error,match_limit}
{error,match_limit_recursion}
{error,match_limit_recursion}
{error,match_limit}
{error,match_limit}
{error,match_limit}
{error,{[40,42,86,69,82,66,41,32,110,111,116,32,114,101,99,111,103,110,105,122,101,100,32,111,114,32,109,97,108,102,111,114,109,101,100],7}}
{error,{[40,42,86,69,82,66,41,32,110,111,116,32,114,101,99,111,103,110,105,122,101,100,32,111,114,32,109,97,108,102,111,114,109,101,100],11}}
{error,{[97,110,32,97,114,103,117,109,101,110,116,32,105,115,32,110,111,116,32,97,108,108,111,119,101,100,32,102,111,114,32,40,42,65,67,67,69,80,84,41,44,32,40,42,70,65,73,76,41,44,32,111,114,32,40,42,67,79,77,77,73,84,41],11}}
{error,{[97,110,32,97,114,103,117,109,101,110,116,32,105,115,32,110,111,116,32,97,108,108,111,119,101,100,32,102,111,114,32,40,42,65,67,67,69,80,84,41,44,32,40,42,70,65,73,76,41,44,32,111,114,32,40,42,67,79,77,77,73,84,41],5}}
{error,{[40,42,86,69,82,66,41,32,110,111,116,32,114,101,99,111,103,110,105,122,101,100,32,111,114,32,109,97,108,102,111,114,109,101,100],10}}
{error,{[40,42,86,69,82,66,41,32,110,111,116,32,114,101,99,111,103,110,105,122,101,100,32,111,114,32,109,97,108,102,111,114,109,101,100],4}}
{error,{[40,42,86,69,82,66,41,32,110,111,116,32,114,101,99,111,103,110,105,122,101,100,32,111,114,32,109,97,108,102,111,114,109,101,100],7}}
{error,{[40,42,86,69,82,66,41,32,110,111,116,32,114,101,99,111,103,110,105,122,101,100,32,111,114,32,109,97,108,102,111,114,109,101,100],5}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,1,#}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{error,{[110,111,116,104,105,110,103,32,116,111,32,114,101,112,101,97,116],1}}
{ok,{re_pattern,0,0,0,#}}
{error,{[40,42,86,69,82,66,41,32,110,111,116,32,114,101,99,111,103,110,105,122,101,100,32,111,114,32,109,97,108,102,111,114,109,101,100],5}}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
)RE";
// clang-format on

// clang-format off
constexpr char kCases12[] = R"RE(
{compile, "\\Q(*FOO)\\E", []}.
{compile, "(?C1", []}.
{compile, "(*", []}.
{compile, "(*FOO", []}.
{run, "ab", "a(*SKIP)b|.", [global]}.
{run, "aaab", "a+(*COMMIT)b", []}.
{run, "aaac", "a+(*COMMIT)b|c", []}.
{run, "ab", "(*MARK:m)a(*PRUNE)b", []}.
{compile, "(*UTF8)(*UCP)\\w", []}.
{run, <<196, 129>>, "(*UTF8)(*UCP)\\w", []}.
{run, <<97,98,99,98>>, [98], []}.
{run, <<97,98,99,98>>, [98], [global]}.
{run, <<97,98,99,98>>, [98], [global]}.
{run, <<97,98,99,98>>, [40,98,41,40,99,41,63], [global]}.
{run, <<104,195,169,108,108,111>>, [108], [unicode,global]}.
{run, <<104,195,169,108,108,111>>, <<108>>, [unicode,global]}.
{run, <<65,66,67>>, [98], [caseless]}.
{run, <<97,13,10,98>>, [36], [global,multiline,{newline,crlf}]}.
{run, <<97,98,99>>, [], [global]}.
{run, <<97,98,99>>, [120,42], [global]}.
{run, <<97,88,98,88,99>>, {compiled,[120],[caseless]}, [global]}.
{run, <<97,44,98,44,44,99>>, {compiled,[44],[]}, [global]}.
{run, <<97,44,98,44,44,99,44,44>>, {compiled,[44],[]}, [global]}.
{run, <<97,44,98,44,44,99,44,44>>, {compiled,[44],[]}, [global]}.
{run, <<97,49,98,50,99>>, {compiled,[40,92,100,41],[]}, [global]}.
{run, <<97,49,98,50,99>>, {compiled,[40,92,100,41],[]}, [global]}.
{run, <<97,98,99>>, {compiled,[],[]}, [global]}.
{run, <<104,195,169,108,108,111,32,119,195,182,114,108,100>>, {compiled,<<32>>,[unicode]}, [global]}.
{run, <<107,61,118,59,107,50,61,118,50>>, {compiled,[91,61,59,93],[]}, [global]}.
{run, <<97,32,98,32,32,99>>, {compiled,[92,115,43],[caseless]}, [global]}.
{run, <<97,44,98,59,99>>, {compiled,[91,44,59,93],[]}, [global]}.
{run, <<97,88,98,120,99>>, {compiled,[120],[caseless]}, [global]}.
{run, <<108,105,110,101,49,10,108,105,110,101,50,10>>, {compiled,[10],[]}, [global]}.
{run, <<120>>, {compiled,[40,63,60,110,62,121,41,63,120],[]}, [notempty,global]}.
{run, [84,104,101,32,121,101,97,114,32,49,57,57,57,32,97,110,100,32,50,48,50,52,44,32,97,108,115,111,32,52,50,46], [92,100,43], []}.
{run, [84,104,101,32,121,101,97,114,32,49,57,57,57,32,97,110,100,32,50,48,50,52,44,32,97,108,115,111,32,52,50,46], [92,100,43], [global]}.
{run, [84,104,101,32,121,101,97,114,32,49,57,57,57,32,97,110,100,32,50,48,50,52,44,32,97,108,115,111,32,52,50,46], [92,100,43], [{capture,all,list}]}.
{run, [84,104,101,32,121,101,97,114,32,49,57,57,57,32,97,110,100,32,50,48,50,52,44,32,97,108,115,111,32,52,50,46], [92,100,43], [global,{capture,all,binary}]}.
{run, [84,104,101,32,121,101,97,114,32,49,57,57,57,32,97,110,100,32,50,48,50,52,44,32,97,108,115,111,32,52,50,46], [40,92,100,41,40,92,100,41], [global,{capture,all_but_first,list}]}.
{run, [84,104,101,32,121,101,97,114,32,49,57,57,57,32,97,110,100,32,50,48,50,52,44,32,97,108,115,111,32,52,50,46], [40,92,100,43,41], [{capture,first,index}]}.
{run, [84,104,101,32,121,101,97,114,32,49,57,57,57,32,97,110,100,32,50,48,50,52,44,32,97,108,115,111,32,52,50,46], [120,121,122], []}.
{run, [84,104,101,32,121,101,97,114,32,49,57,57,57,32,97,110,100,32,50,48,50,52,44,32,97,108,115,111,32,52,50,46], [120,121,122], [{capture,none}]}.
{run, [84,104,101,32,121,101,97,114,32,49,57,57,57,32,97,110,100,32,50,48,50,52,44,32,97,108,115,111,32,52,50,46], [121,101,97,114], [{capture,none}]}.
{run, <<97,98,99,65,66,67>>, [98], [global,caseless,{capture,all,binary}]}.
{run, [97,97,97], [97,42,63], [{capture,all,list}]}.
{run, [102,111,111,46,98,97,114], [92,46], [{capture,all,index}]}.
{run, [108,105,110,101,49,10,108,105,110,101,50], [94,108,105,110,101,92,100,36], [multiline,global,{capture,all,list}]}.
{run, [97,40,98,41,99], [92,40,40,46,41,92,41], [{capture,[1],list}]}.
{run, [115,116,97,114,116,32,109,105,100,100,108,101,32,101,110,100], [109,105,100,100,108,101], [{offset,3},{capture,all,index}]}.
{run, [97,98], [40,120,41,63,98], [{capture,all,list}]}.
)RE";
constexpr char kExpected12[] = R"RE(
{ok,{re_pattern,0,0,0,#}}
{error,{[99,108,111,115,105,110,103,32,41,32,102,111,114,32,40,63,67,32,101,120,112,101,99,116,101,100],4}}
{error,{[110,111,116,104,105,110,103,32,116,111,32,114,101,112,101,97,116],1}}
{error,{[40,42,86,69,82,66,41,32,110,111,116,32,114,101,99,111,103,110,105,122,101,100,32,111,114,32,109,97,108,102,111,114,109,101,100],5}}
{match,[[{0,2}]]}
{match,[{0,4}]}
nomatch
{match,[{0,2}]}
{ok,{re_pattern,0,0,0,#}}
{match,[{0,2}]}
{match,[{1,1}]}
{match,[[{1,1}],[{3,1}]]}
{match,[[{1,1}],[{3,1}]]}
{match,[[{1,2},{1,1},{2,1}],[{3,1},{3,1}]]}
{match,[[{3,1}],[{4,1}]]}
{match,[[{3,1}],[{4,1}]]}
{match,[{1,1}]}
{match,[[{1,0}],[{4,0}]]}
{match,[[{0,0}],[{1,0}],[{2,0}],[{3,0}]]}
{match,[[{0,0}],[{1,0}],[{2,0}],[{3,0}]]}
{match,[[{1,1}],[{3,1}]]}
{match,[[{1,1}],[{3,1}],[{4,1}]]}
{match,[[{1,1}],[{3,1}],[{4,1}],[{6,1}],[{7,1}]]}
{match,[[{1,1}],[{3,1}],[{4,1}],[{6,1}],[{7,1}]]}
{match,[[{1,1},{1,1}],[{3,1},{3,1}]]}
{match,[[{1,1},{1,1}],[{3,1},{3,1}]]}
{match,[[{0,0}],[{1,0}],[{2,0}],[{3,0}]]}
{match,[[{6,1}]]}
{match,[[{1,1}],[{3,1}],[{6,1}]]}
{match,[[{1,1}],[{3,2}]]}
{match,[[{1,1}],[{3,1}]]}
{match,[[{1,1}],[{3,1}]]}
{match,[[{5,1}],[{11,1}]]}
{match,[[{0,1}]]}
{match,[{9,4}]}
{match,[[{9,4}],[{18,4}],[{29,2}]]}
{match,[[49,57,57,57]]}
{match,[[<<49,57,57,57>>],[<<50,48,50,52>>],[<<52,50>>]]}
{match,[[[49],[57]],[[57],[57]],[[50],[48]],[[50],[52]],[[52],[50]]]}
{match,[{9,4}]}
nomatch
nomatch
match
{match,[[<<98>>],[<<66>>]]}
{match,[[]]}
{match,[{3,1}]}
{match,[[[108,105,110,101,49]],[[108,105,110,101,50]]]}
{match,[[98]]}
{match,[{6,6}]}
{match,[[98]]}
)RE";
// clang-format on

// clang-format off
constexpr char kCases13[] = R"RE(
{run, [97,98], [40,120,41,63,98], [{capture,all,index}]}.
{compile, [94,91,97,45,122,93,43,64,91,97,45,122,93,43,92,46,91,97,45,122,93,123,50,44,125,36], []}.
{run, [98,111,98,64,115,105,116,101,46,99,111,109], {compiled,[94,91,97,45,122,93,43,64,91,97,45,122,93,43,92,46,91,97,45,122,93,123,50,44,125,36],[]}, [{capture,none}]}.
{run, [98,97,100,64], {compiled,[94,91,97,45,122,93,43,64,91,97,45,122,93,43,92,46,91,97,45,122,93,123,50,44,125,36],[]}, [{capture,none}]}.
{run, [120,64,121,46,122,122], {compiled,[94,91,97,45,122,93,43,64,91,97,45,122,93,43,92,46,91,97,45,122,93,123,50,44,125,36],[]}, [{capture,none}]}.
{run, [85,80,64,67,65,83,69,46,67,79,77], {compiled,[94,91,97,45,122,93,43,64,91,97,45,122,93,43,92,46,91,97,45,122,93,123,50,44,125,36],[]}, [{capture,none}]}.
{compile, [94,91,97,45,122,93,43,64,91,97,45,122,93,43,92,46,91,97,45,122,93,123,50,44,125,36], [caseless]}.
{run, [85,80,64,67,65,83,69,46,67,79,77], {compiled,[94,91,97,45,122,93,43,64,91,97,45,122,93,43,92,46,91,97,45,122,93,123,50,44,125,36],[caseless]}, [{capture,none}]}.
{compile, [40,117,110,99,108,111,115,101,100], []}.
{run, [68,97,116,101,58,32,50,48,50,52,45,48,51,45,49,53], [40,63,60,121,101,97,114,62,92,100,123,52,125,41,45,40,63,60,109,111,110,116,104,62,92,100,123,50,125,41,45,40,63,60,100,97,121,62,92,100,123,50,125,41], [{capture,[year,month,day],list}]}.
{run, [68,97,116,101,58,32,50,48,50,52,45,48,51,45,49,53], [40,63,60,121,101,97,114,62,92,100,123,52,125,41,45,40,63,60,109,111,110,116,104,62,92,100,123,50,125,41,45,40,63,60,100,97,121,62,92,100,123,50,125,41], [{capture,[day],binary}]}.
{compile, [40,63,60,121,101,97,114,62,92,100,123,52,125,41,45,40,63,60,109,111,110,116,104,62,92,100,123,50,125,41,45,40,63,60,100,97,121,62,92,100,123,50,125,41], []}.
{inspect, {compiled,[40,63,60,121,101,97,114,62,92,100,123,52,125,41,45,40,63,60,109,111,110,116,104,62,92,100,123,50,125,41,45,40,63,60,100,97,121,62,92,100,123,50,125,41],[]}, namelist}.
{run, [68,97,116,101,58,32,50,48,50,52,45,48,51,45,49,53], {compiled,[40,63,60,121,101,97,114,62,92,100,123,52,125,41,45,40,63,60,109,111,110,116,104,62,92,100,123,50,125,41,45,40,63,60,100,97,121,62,92,100,123,50,125,41],[]}, [{capture,all_names,list}]}.
{run, <<110,97,195,175,118,101,32,99,97,102,195,169,32,226,130,172,53>>, [92,119,43], [unicode,global,{capture,all,binary}]}.
{run, <<110,97,195,175,118,101,32,99,97,102,195,169,32,226,130,172,53>>, <<92,119,43>>, [unicode,global,{capture,all,binary}]}.
{run, <<110,97,195,175,118,101,32,99,97,102,195,169,32,226,130,172,53>>, [233], [unicode,{capture,all,index}]}.
{run, <<110,97,195,175,118,101,32,99,97,102,195,169,32,226,130,172,53>>, <<195,169>>, [unicode,{capture,all}]}.
{run, <<110,97,195,175,118,101,32,99,97,102,195,169,32,226,130,172,53>>, [8364,40,92,100,41], [unicode,{capture,all_but_first,list}]}.
{run, <<110,97,195,175,118,101,32,99,97,102,195,169,32,226,130,172,53>>, <<226,130,172,40,92,100,41>>, [unicode,{capture,all_but_first}]}.
{run, <<110,97,195,175,118,101,32,99,97,102,195,169,32,226,130,172,53>>, [233], [unicode,global]}.
{run, <<110,97,195,175,118,101,32,99,97,102,195,169,32,226,130,172,53>>, <<195,169>>, [unicode,global]}.
{run, [192,201,206], [91,97,45,122,224,45,255,93,43], [unicode,caseless,{capture,all,list}]}.
{run, <<195,128,195,137,195,142>>, <<91,97,45,122,195,160,45,195,191,93,43>>, [unicode,caseless,{capture,all}]}.
{compile, <<32>>, [unicode]}.
{run, <<110,97,195,175,118,101,32,99,97,102,195,169,32,226,130,172,53>>, {compiled,<<32>>,[unicode]}, [global]}.
{run, [97,97,97,32,98,98,98], [40,63,105,41,65,43], [{capture,all,list}]}.
{run, [120,61,49,59,121,61,50,50], [40,92,119,41,61,40,92,100,43,41], [global,{capture,all_but_first,list}]}.
{run, [97,98,99,97,98,99], [40,63,58,97,98,41,40,99,41], [global,{capture,all,index}]}.
{run, [116,69,115,84], [116,101,115,116], [caseless,{capture,first,list}]}.
{run, [97,10,98], [97,46,98], [dotall,{capture,none}]}.
{run, [97,10,98], [97,46,98], [{capture,none}]}.
{run, [97,32,98], [97,32,98], [extended,{capture,none}]}.
{run, [97,97,97], [97,43,63], [ungreedy,{capture,all,list}]}.
{run, [97,98,99], [94,98], [{capture,none},anchored]}.
{run, <<104,101,108,108,111,32,119,111,114,108,100,44,32,104,101,108,108,111,32,101,114,108,97,110,103>>, [104,101,108,108,111], []}.
{run, <<104,101,108,108,111,32,119,111,114,108,100,44,32,104,101,108,108,111,32,101,114,108,97,110,103>>, [104,101,108,108,111], [global]}.
{run, <<104,101,108,108,111,32,119,111,114,108,100,44,32,104,101,108,108,111,32,101,114,108,97,110,103>>, [40,92,119,43,41,32,40,92,119,43,41], []}.
{run, <<104,101,108,108,111,32,119,111,114,108,100,44,32,104,101,108,108,111,32,101,114,108,97,110,103>>, [111], [global]}.
{run, <<104,101,108,108,111,32,119,111,114,108,100,44,32,104,101,108,108,111,32,101,114,108,97,110,103>>, [108,43], [global]}.
{run, <<97,46,98,46,99>>, [92,46], [global]}.
{run, <<67,97,109,101,108,67,97,115,101,83,116,114,105,110,103>>, [40,91,65,45,90,93,41], [global]}.
{compile, [44], []}.
{compile, [92,100,43], []}.
{run, <<97,49,98,50,50,99,51,51,51,100>>, {compiled,[92,100,43],[]}, [global]}.
{compile, [40,92,100,43,41], []}.
{run, <<97,49,98,50,50,99,51,51,51,100>>, {compiled,[40,92,100,43,41],[]}, [global]}.
{compile, [32,43], []}.
{run, <<97,32,98,32,32,99>>, {compiled,[32,43],[]}, [global]}.
{compile, [], []}.
)RE";
constexpr char kExpected13[] = R"RE(
{match,[{1,1}]}
{ok,{re_pattern,0,0,0,#}}
match
nomatch
match
nomatch
{ok,{re_pattern,0,0,0,#}}
match
{error,{[109,105,115,115,105,110,103,32,41],9}}
{match,[[50,48,50,52],[48,51],[49,53]]}
{match,[<<49,53>>]}
{ok,{re_pattern,3,0,0,#}}
{namelist,[<<100,97,121>>,<<109,111,110,116,104>>,<<121,101,97,114>>]}
{match,[[49,53],[48,51],[50,48,50,52]]}
{match,[[<<110,97,195,175,118,101>>],[<<99,97,102,195,169>>],[<<53>>]]}
{match,[[<<110,97,195,175,118,101>>],[<<99,97,102,195,169>>],[<<53>>]]}
{match,[{10,2}]}
{match,[{10,2}]}
{match,[[53]]}
{match,[{16,1}]}
{match,[[{10,2}]]}
{match,[[{10,2}]]}
{match,[[192,201,206]]}
{match,[{0,6}]}
{ok,{re_pattern,0,1,0,#}}
{match,[[{6,1}],[{12,1}]]}
{match,[[97,97,97]]}
{match,[[[120],[49]],[[121],[50,50]]]}
{match,[[{0,3},{2,1}],[{3,3},{5,1}]]}
{match,[[116,69,115,84]]}
match
nomatch
nomatch
{match,[[97,97,97]]}
nomatch
{match,[{0,5}]}
{match,[[{0,5}],[{13,5}]]}
{match,[{0,11},{0,5},{6,5}]}
{match,[[{4,1}],[{7,1}],[{17,1}]]}
{match,[[{2,2}],[{9,1}],[{15,2}],[{21,1}]]}
{match,[[{1,1}],[{3,1}]]}
{match,[[{0,1},{0,1}],[{5,1},{5,1}],[{9,1},{9,1}]]}
{ok,{re_pattern,0,0,0,#}}
{ok,{re_pattern,0,0,0,#}}
{match,[[{1,1}],[{3,2}],[{6,3}]]}
{ok,{re_pattern,1,0,0,#}}
{match,[[{1,1},{1,1}],[{3,2},{3,2}],[{6,3},{6,3}]]}
{ok,{re_pattern,0,0,0,#}}
{match,[[{1,1}],[{3,2}]]}
{ok,{re_pattern,0,0,0,#}}
)RE";
// clang-format on

// clang-format off
constexpr char kCases14[] = R"RE(
{run, <<>>, {compiled,[44],[]}, [global]}.
{compile, [92,115], []}.
{run, <<111,110,101,32,32,116,119,111>>, {compiled,[92,115],[]}, [global]}.
)RE";
constexpr char kExpected14[] = R"RE(
nomatch
{ok,{re_pattern,0,0,0,#}}
{match,[[{3,1}],[{4,1}]]}
)RE";
// clang-format on

TEST(ReErl, Cases1) { check_cases(kCases1, kExpected1); }
TEST(ReErl, Cases2) { check_cases(kCases2, kExpected2); }
TEST(ReErl, Cases3) { check_cases(kCases3, kExpected3); }
TEST(ReErl, Cases4) { check_cases(kCases4, kExpected4); }
TEST(ReErl, Cases5) { check_cases(kCases5, kExpected5); }
TEST(ReErl, Cases6) { check_cases(kCases6, kExpected6); }
TEST(ReErl, Cases7) { check_cases(kCases7, kExpected7); }
TEST(ReErl, Cases8) { check_cases(kCases8, kExpected8); }
TEST(ReErl, Cases9) { check_cases(kCases9, kExpected9); }
TEST(ReErl, Cases10) { check_cases(kCases10, kExpected10); }
TEST(ReErl, Cases11) { check_cases(kCases11, kExpected11); }
TEST(ReErl, Cases12) { check_cases(kCases12, kExpected12); }
TEST(ReErl, Cases13) { check_cases(kCases13, kExpected13); }
TEST(ReErl, Cases14) { check_cases(kCases14, kExpected14); }

// ---- beyond the table ---------------------------------------------------------------

std::string run_text(Process& p, std::string_view text) {
  Reader rd(p, text);
  Term c = rd.read();
  (void)c;
  return run_case(text);
}

TEST(Re, Version) {
  Process p(nullptr, make_pid(1));
  EXPECT_EQ(result_text(p, call(p, "version", {})),
            show(make_binary(p, std::string_view("8.44 2020-02-12"))));
}

// A tuple claiming fewer groups than the pattern has: the ovector is too
// small and every match fails (erl: nomatch); more groups than it has are
// harmless.
TEST(Re, TupleGroupCount) {
  Process p(nullptr, make_pid(1));
  Reader rd(p, "{\"(a)\", [], \"a\"}");
  Term args = rd.read();
  Term mpt = call(p, "compile", {tuple_elems(args)[0], tuple_elems(args)[1]});
  ASSERT_TRUE(is_tuple(mpt));
  Term mp = tuple_elems(mpt)[1];
  Term subject = tuple_elems(args)[2];
  for (Sint n : {0, -1, 5}) {
    Term forged = make_tuple(p, {tuple_elems(mp)[0], make_small(n), tuple_elems(mp)[2],
                                 tuple_elems(mp)[3], tuple_elems(mp)[4]});
    std::string r = result_text(p, call(p, "run", {subject, forged}));
    EXPECT_EQ(r, n == 5 ? "{match,[{0,1},{0,1}]}" : "nomatch") << n;
  }
  // The tuple's Unicode flag decides how a list subject is converted.
  Reader rd2(p, "[233]");
  Term latin = rd2.read();
  Term uni = make_tuple(p, {tuple_elems(mp)[0], tuple_elems(mp)[1], make_small(1),
                            tuple_elems(mp)[3], tuple_elems(mp)[4]});
  EXPECT_EQ(result_text(p, call(p, "run", {latin, uni})), "nomatch");
  // A binary that is not ours: badarg.
  Term junk = make_tuple(p, {tuple_elems(mp)[0], tuple_elems(mp)[1], tuple_elems(mp)[2],
                             tuple_elems(mp)[3], make_binary(p, std::string_view("ERCP"))});
  EXPECT_EQ(result_text(p, call(p, "run", {subject, junk})), "{'EXC',error,badarg}");
}

// Patterns used repeatedly are JIT-compiled; results must not change, and
// match limits still count as the interpreter (PCRE 8) does.
TEST(Re, RepeatedUseSameResults) {
  const char* cases[][2] = {
      {"{run, <<\"a1b22c333\">>, {compiled, \"\\\\d+\", []}, [global]}",
       "{match,[[{1,1}],[{3,2}],[{6,3}]]}"},
      {"{run, <<\"a1b22c333\">>, \"(\\\\d)(\\\\d)?\", [global, {capture, all, list}]}",
       "{match,[[[49],[49]],[[50,50],[50],[50]],[[51,51],[51],[51]],[[51],[51]]]}"},
      {"{run, <<\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab\">>, \"(a+)+$\", [{match_limit, 10}, "
       "report_errors]}",
       "{error,match_limit}"},
      {"{run, <<\"h\", 195, 169, \"llo\">>, \"\", [global, unicode]}",
       "{match,[[{0,0}],[{1,0}],[{3,0}],[{4,0}],[{5,0}],[{6,0}]]}"},
  };
  for (auto& c : cases) {
    for (int k = 0; k < 12; k++) {
      Process p(nullptr, make_pid(1));
      EXPECT_EQ(run_text(p, c[0]), c[1]) << c[0] << " #" << k;
    }
  }
}

// Deep backtracking beyond the JIT stack falls back to the interpreter.
TEST(Re, LargeSubjects) {
  for (int k = 0; k < 6; k++) {
    Process p(nullptr, make_pid(1));
    EXPECT_EQ(run_text(p, "{run, {copy, <<\"ab\">>, 50000}, \"^(a|b)*$\"}"),
              "{match,[{0,100000},{99999,1}]}");
    EXPECT_EQ(run_text(p, "{run, {copy, <<\"ab\">>, 100000}, \"^(?:(a)|b)+$\", [report_errors]}"),
              "{match,[{0,200000},{199998,1}]}");
  }
  Process p(nullptr, make_pid(1));
  EXPECT_EQ(run_text(p, "{run, {copy, <<\"x,\">>, 20000}, \",\", [global, {capture, none}]}"),
            "match");
}

// Captured binaries of a binary subject (sub-binaries or copies) hold the
// right bytes.
TEST(Re, BinaryCaptures) {
  Process p(nullptr, make_pid(1));
  std::string s;
  for (int k = 0; k < 300; k++) s.push_back(char('a' + k % 26));
  Term subject = make_binary(p, s);
  Reader rd(p, "{\"(c.{100})(.)\", [{capture, all_but_first, binary}]}");
  Term a = rd.read();
  Term r = call(p, "run", {subject, tuple_elems(a)[0], tuple_elems(a)[1]});
  ASSERT_TRUE(is_tuple(r));
  Term l = tuple_elems(r)[1];
  BitView v1, v2;
  ASSERT_TRUE(bit_view(car(l), &v1));
  ASSERT_TRUE(bit_view(car(cdr(l)), &v2));
  std::vector<uint8_t> b1(v1.byte_size());
  copy_bits(v1.base, v1.bit_offset, b1.data(), 0, v1.bit_size);
  EXPECT_EQ(std::string(b1.begin(), b1.end()), s.substr(2, 101));
  EXPECT_EQ(v2.byte_size(), 1u);
}

// Compiled patterns stay usable when the cache has dropped them.
TEST(Re, CacheEviction) {
  Process p(nullptr, make_pid(1));
  Reader rd(p, "{\"(x+)y\", [caseless], \"aXXy\"}");
  Term a = rd.read();
  Term mpt = call(p, "compile", {tuple_elems(a)[0], tuple_elems(a)[1]});
  ASSERT_TRUE(is_tuple(mpt));
  Term mp = tuple_elems(mpt)[1];
  re_engine::clear_cache();
  EXPECT_EQ(re_engine::cache_size(), 0u);
  EXPECT_EQ(result_text(p, call(p, "run", {tuple_elems(a)[2], mp})), "{match,[{1,3},{1,2}]}");
  for (int k = 0; k < 5000; k++) {
    Process q(nullptr, make_pid(2));
    Term pat = make_binary(q, "a" + std::to_string(k));
    ASSERT_TRUE(is_tuple(call(q, "compile", {pat})));
  }
  EXPECT_LE(re_engine::cache_size(), 4096u);
  EXPECT_EQ(result_text(p, call(p, "run", {tuple_elems(a)[2], mp})), "{match,[{1,3},{1,2}]}");
}

// Several schedulers running the same patterns at once.
TEST(Re, Threads) {
  Process p0(nullptr, make_pid(1));
  Reader rd(p0, "{\"([a-z]+)=(\\\\d+)\", []}");
  Term a = rd.read();
  Term mpt = call(p0, "compile", {tuple_elems(a)[0], tuple_elems(a)[1]});
  ASSERT_TRUE(is_tuple(mpt));
  Term mp = tuple_elems(mpt)[1];
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < 4; t++) {
    threads.emplace_back([&, t] {
      for (int k = 0; k < 300; k++) {
        Process p(nullptr, make_pid(10 + t));
        std::string subj = "x=" + std::to_string(k) + ";yy=" + std::to_string(t);
        Term s = make_binary(p, subj);
        Reader r2(p, "[global, {capture, all_but_first, list}]");
        Term opts = r2.read();
        Term r = call(p, "run", {s, mp, opts});
        std::string want = "{match,[[[120]," + show(bytes_to_list(p, std::to_string(k))) +
                           "],[[121,121]," + show(bytes_to_list(p, std::to_string(t))) + "]]}";
        if (result_text(p, r) != want) failures++;
        Term pat = make_binary(p, "=" + std::to_string(k % 7));
        if (result_text(p, call(p, "run", {s, pat})) == "{'EXC',error,badarg}") failures++;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
}

}  // namespace
}  // namespace beamline
