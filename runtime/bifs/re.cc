// re module: the natively implemented functions (version/0, compile/1,2,
// run/2,3, internal_run/4, inspect/2), on PCRE2.
//
// erl implements these in erl_bif_re.c on PCRE 8.44 and hands some cases to
// Erlang code in re.erl: `global` runs go to re:grun/3 (a loop over
// re:internal_run/4) and Unicode runs on non-binary data go to re:urun/3.
// Here both are done natively, following re.erl step by step (the order of
// checks, which options win, how empty matches advance, how results are
// post-processed), so the observable results are erl's.
//
// A compiled pattern is {re_pattern, NumGroups, Unicode, UseCRLF, Binary}
// as in erl, but Binary is our own serialisation (pattern text + options,
// see re_engine.h); the compiled pcre2_code lives in a global cache keyed
// by that binary.
#include <algorithm>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "runtime/bifs/bif.h"
#include "runtime/re/re_engine.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/binary.h"

namespace beamline {
namespace {

namespace eng = re_engine;

struct Atoms {
  Term re_pattern = atom_from("re_pattern");
  Term capture = atom_from("capture");
  Term offset = atom_from("offset");
  Term match_limit = atom_from("match_limit");
  Term match_limit_recursion = atom_from("match_limit_recursion");
  Term newline = atom_from("newline");
  Term cr = atom_from("cr");
  Term crlf = atom_from("crlf");
  Term lf = atom_from("lf");
  Term anycrlf = atom_from("anycrlf");
  Term any = atom_from("any");
  Term anchored = atom_from("anchored");
  Term notempty = atom_from("notempty");
  Term notempty_atstart = atom_from("notempty_atstart");
  Term notbol = atom_from("notbol");
  Term noteol = atom_from("noteol");
  Term no_start_optimize = atom_from("no_start_optimize");
  Term caseless = atom_from("caseless");
  Term dollar_endonly = atom_from("dollar_endonly");
  Term dotall = atom_from("dotall");
  Term extended = atom_from("extended");
  Term firstline = atom_from("firstline");
  Term multiline = atom_from("multiline");
  Term no_auto_capture = atom_from("no_auto_capture");
  Term dupnames = atom_from("dupnames");
  Term ungreedy = atom_from("ungreedy");
  Term ucp = atom_from("ucp");
  Term never_utf = atom_from("never_utf");
  Term report_errors = atom_from("report_errors");
  Term bsr_anycrlf = atom_from("bsr_anycrlf");
  Term bsr_unicode = atom_from("bsr_unicode");
  Term all_but_first = atom_from("all_but_first");
  Term all_names = atom_from("all_names");
  Term list = atom_from("list");
  Term binary = atom_from("binary");
  Term namelist = atom_from("namelist");
  Term case_clause = atom_from("case_clause");
};

const Atoms& A() {
  static const Atoms* atoms = new Atoms();
  return *atoms;
}

// ---- option lists (erl_bif_re.c parse_options) --------------------------------------

enum : unsigned {
  kUniqueCompileOpt = 1,  // an option only re:compile accepts
  kUniqueExecOpt = 2,     // an option only re:run accepts
  kUnicode = 4,
  kStartOffset = 8,
  kCaptureOpt = 16,
  kGlobal = 32,
  kReportErrors = 64,
  kMatchLimit = 128,
  kMatchLimitRecursion = 256,
};

struct Options {
  uint32_t compile = 0;  // PCRE2 compile bits
  uint8_t newline = 0;   // eng::Newline bits, ORed as PCRE 8 does
  uint8_t bsr = 0;       // eng::Bsr bits
  uint32_t match = 0;    // PCRE2 match bits
  unsigned flags = 0;
  uint32_t offset = 0;
  Term cap_values = NON_VALUE;  // of the last capture option
  Term cap_type = NON_VALUE;    // of the last capture option (index if none given)
  Term cap3_type = NON_VALUE;   // of the last {capture, Values, Type}
  uint32_t match_limit = 0;
  uint32_t match_limit_recursion = 0;
};

// A non-negative integer that fits a C int (erl's term_to_int on 64-bit).
bool term_to_int(Term t, uint32_t* out) {
  if (!is_small(t)) return false;
  Sint v = small_value(t);
  if (v < 0 || v > 0x7FFFFFFF) return false;
  *out = uint32_t(v);
  return true;
}

bool parse_options(Term list, Options* o) {
  const Atoms& a = A();
  for (; is_list(list); list = cdr(list)) {
    Term item = car(list);
    if (is_tuple(item)) {
      Uint arity = tuple_arity(item);
      const Term* e = tuple_elems(item);
      if (arity != 2 || !is_atom(e[0])) {
        if (arity == 3 && e[0] == a.capture) {
          o->cap_values = e[1];
          o->cap_type = e[2];
          o->cap3_type = e[2];
          o->flags |= kCaptureOpt | kUniqueExecOpt;
          continue;
        }
        return false;
      }
      Term key = e[0], val = e[1];
      if (key == a.capture) {
        o->cap_values = val;
        o->cap_type = atom::index;
        o->flags |= kCaptureOpt | kUniqueExecOpt;
      } else if (key == a.offset) {
        if (!term_to_int(val, &o->offset)) return false;
        o->flags |= kUniqueExecOpt | kStartOffset;
      } else if (key == a.match_limit) {
        if (!term_to_int(val, &o->match_limit)) return false;
        o->flags |= kUniqueExecOpt | kMatchLimit;
      } else if (key == a.match_limit_recursion) {
        if (!term_to_int(val, &o->match_limit_recursion)) return false;
        o->flags |= kUniqueExecOpt | kMatchLimitRecursion;
      } else if (key == a.newline) {
        if (val == a.cr) o->newline |= eng::kNlCr;
        else if (val == a.crlf) o->newline |= eng::kNlCrLf;
        else if (val == a.lf) o->newline |= eng::kNlLf;
        else if (val == a.anycrlf) o->newline |= eng::kNlAnyCrLf;
        else if (val == a.any) o->newline |= eng::kNlAny;
        else return false;
      } else {
        return false;
      }
      continue;
    }
    struct Flag {
      Term atom;
      uint32_t compile;
      uint32_t match;
      unsigned flags;
    };
    const Flag table[] = {
        {a.anchored, PCRE2_ANCHORED, PCRE2_ANCHORED, 0},
        {a.notempty, 0, PCRE2_NOTEMPTY, kUniqueExecOpt},
        {a.notempty_atstart, 0, PCRE2_NOTEMPTY_ATSTART, kUniqueExecOpt},
        {a.notbol, 0, PCRE2_NOTBOL, kUniqueExecOpt},
        {a.noteol, 0, PCRE2_NOTEOL, kUniqueExecOpt},
        {a.no_start_optimize, PCRE2_NO_START_OPTIMIZE, 0, kUniqueCompileOpt},
        {a.caseless, PCRE2_CASELESS, 0, kUniqueCompileOpt},
        {a.dollar_endonly, PCRE2_DOLLAR_ENDONLY, 0, kUniqueCompileOpt},
        {a.dotall, PCRE2_DOTALL, 0, kUniqueCompileOpt},
        {a.extended, PCRE2_EXTENDED, 0, kUniqueCompileOpt},
        {a.firstline, PCRE2_FIRSTLINE, 0, kUniqueCompileOpt},
        {a.multiline, PCRE2_MULTILINE, 0, kUniqueCompileOpt},
        {a.no_auto_capture, PCRE2_NO_AUTO_CAPTURE, 0, kUniqueCompileOpt},
        {a.dupnames, PCRE2_DUPNAMES, 0, kUniqueCompileOpt},
        {a.ungreedy, PCRE2_UNGREEDY, 0, kUniqueCompileOpt},
        {a.ucp, PCRE2_UCP, 0, kUniqueCompileOpt},
        {a.never_utf, PCRE2_NEVER_UTF, 0, kUniqueCompileOpt},
        {a.report_errors, 0, 0, kUniqueExecOpt | kReportErrors},
        {atom::unicode, PCRE2_UTF, 0, kUniqueCompileOpt | kUnicode},
        {atom::global, 0, 0, kUniqueExecOpt | kGlobal},
    };
    bool found = false;
    for (const Flag& f : table) {
      if (item == f.atom) {
        o->compile |= f.compile;
        o->match |= f.match;
        o->flags |= f.flags;
        found = true;
        break;
      }
    }
    if (found) continue;
    if (item == a.bsr_anycrlf) {
      o->bsr |= eng::kBsrAnyCrLf;
    } else if (item == a.bsr_unicode) {
      o->bsr |= eng::kBsrUnicode;
    } else {
      return false;
    }
  }
  return is_nil(list);
}

// ---- data ------------------------------------------------------------------------------

// unicode:characters_to_binary(T, unicode) succeeding: code points, UTF-8
// binaries and nested lists (binary tails allowed).
bool append_chardata(Term t, std::string* out) {
  while (true) {
    if (is_nil(t)) return true;
    if (is_list(t)) {
      Term h = car(t);
      if (is_small(h)) {
        Sint c = small_value(h);
        if (c < 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return false;
        append_utf8(uint32_t(c), out);
      } else if (is_list(h) || is_nil(h)) {
        if (!append_chardata(h, out)) return false;
      } else {
        size_t start = out->size();
        if (!append_binary(h, out)) return false;
        if (!valid_utf8(reinterpret_cast<const uint8_t*>(out->data() + start),
                        out->size() - start)) {
          return false;
        }
      }
      t = cdr(t);
      continue;
    }
    size_t start = out->size();
    if (!append_binary(t, out)) return false;
    return valid_utf8(reinterpret_cast<const uint8_t*>(out->data() + start),
                      out->size() - start);
  }
}

// The subject of a match, as bytes.
struct Subject {
  Term term = NON_VALUE;
  bool in_term = false;  // bytes are the binary `term`'s own (sub-binaries possible)
  std::string buf;
  const uint8_t* data = nullptr;
  size_t size = 0;

  void own() {
    in_term = false;
    data = reinterpret_cast<const uint8_t*>(buf.data());
    size = buf.size();
  }
};

// iodata (a binary or an iolist).
bool subject_from_iodata(Term t, Subject* s) {
  s->term = t;
  BitView v;
  if (bit_view(t, &v)) {
    if (v.bit_size % 8 != 0) return false;
    if (v.byte_aligned()) {
      s->in_term = true;
      s->data = v.bytes();
      s->size = v.byte_size();
      return true;
    }
    s->buf.clear();
    append_binary(t, &s->buf);
    s->own();
    return true;
  }
  s->buf.clear();
  if (!iolist_to_bytes(t, &s->buf)) return false;
  s->own();
  return true;
}

// unicode:characters_to_binary/2 of the subject, as re:urun does.
bool subject_from_chardata(Term t, Subject* s) {
  s->term = t;
  BitView v;
  if (bit_view(t, &v) && v.bit_size % 8 == 0 && v.byte_aligned()) {
    if (!valid_utf8(v.bytes(), v.byte_size())) return false;
    s->in_term = true;
    s->data = v.bytes();
    s->size = v.byte_size();
    return true;
  }
  s->buf.clear();
  if (!append_chardata(t, &s->buf)) return false;
  s->own();
  return true;
}

bool iodata_bytes(Term t, std::string* out) {
  out->clear();
  if (is_bitstring(t)) return append_binary(t, out);
  return iolist_to_bytes(t, out);
}

Term make_charlist(Process* p, const uint8_t* data, size_t n, bool utf8) {
  std::string_view sv(reinterpret_cast<const char*>(data), n);
  return utf8 ? utf8_to_charlist(*p, sv) : bytes_to_list(*p, sv);
}

Term make_string(Process* p, const std::string& s) {
  return bytes_to_list(*p, s);
}

// ---- compiled patterns ----------------------------------------------------------------

// The cache key (our serialisation) inside a {re_pattern, ...} tuple, or
// false if `t` is not a well-formed compiled pattern. `key` points into the
// binary, or into `buf` when the binary is not byte-aligned.
bool pattern_tuple(Term t, std::string_view* key, std::string* buf, bool* unicode,
                   bool* crlf) {
  if (!is_tuple(t) || tuple_arity(t) != 5) return false;
  const Term* e = tuple_elems(t);
  if (e[0] != A().re_pattern || !is_small(e[1]) || !is_small(e[2]) ||
      !is_small(e[3])) {
    return false;
  }
  BitView v;
  if (!bit_view(e[4], &v) || v.bit_size % 8 != 0) return false;
  if (v.byte_aligned()) {
    *key = v.as_string_view();
  } else {
    buf->clear();
    append_binary(e[4], buf);
    *key = *buf;
  }
  *unicode = small_value(e[2]) != 0;
  *crlf = small_value(e[3]) == 1;
  return true;
}

Term make_pattern_tuple(Process* p, const eng::CompileSpec& spec,
                        const eng::Pattern& pat) {
  std::string key = eng::serialize(spec);
  Term bin = make_binary(*p, key);
  return make_tuple(*p, {A().re_pattern, make_small(pat.capture_count),
                         make_small((spec.options & PCRE2_UTF) ? 1 : 0),
                         make_small(pat.use_crlf ? 1 : 0), bin});
}

// {ErrString, Offset}
Term compile_error_term(Process* p, const eng::Pattern& pat) {
  return make_tuple(*p, {make_string(p, pat.error_text),
                         make_small(Sint(pat.error_offset))});
}

// ---- capture specifications (erl_bif_re.c build_capture) --------------------------------

enum class RetType { Index, List, Bin, None };

struct ReturnInfo {
  RetType type = RetType::Index;
  // All: every group up to the last set one; AllButFirst: the same without
  // group 0; Listed: the groups in v (an entry -N < -1 is followed by the N
  // groups sharing a duplicated name: the first of them that is set counts).
  enum Mode { All, AllButFirst, Listed } mode = All;
  std::vector<int> v;
};

bool has_dupnames(const pcre2_code* code) {
  uint32_t options = 0;
  pcre2_pattern_info(code, PCRE2_INFO_ALLOPTIONS, &options);
  return options & PCRE2_DUPNAMES;
}

struct NameTable {
  uint32_t count = 0;
  uint32_t entry_size = 0;
  const uint8_t* table = nullptr;
  explicit NameTable(const pcre2_code* code) {
    pcre2_pattern_info(code, PCRE2_INFO_NAMECOUNT, &count);
    if (count > 0) {
      pcre2_pattern_info(code, PCRE2_INFO_NAMEENTRYSIZE, &entry_size);
      pcre2_pattern_info(code, PCRE2_INFO_NAMETABLE, &table);
    }
  }
  const uint8_t* entry(uint32_t i) const { return table + size_t(i) * entry_size; }
  static int group(const uint8_t* e) { return (int(e[0]) << 8) | e[1]; }
  static const char* name(const uint8_t* e) {
    return reinterpret_cast<const char*>(e + 2);
  }
};

// The group of `name` as PCRE 8's pcre_get_stringnumber finds it (a binary
// search of the sorted name table; with a name used twice it returns
// whichever entry the search reaches first).
int group_from_name(const NameTable& nt, const char* name) {
  uint32_t bot = 0, top = nt.count;
  while (top > bot) {
    uint32_t mid = (top + bot) / 2;
    const uint8_t* e = nt.entry(mid);
    int c = std::strcmp(name, NameTable::name(e));
    if (c == 0) return NameTable::group(e);
    if (c > 0) {
      bot = mid + 1;
    } else {
      top = mid;
    }
  }
  return -1;
}

void add_name(const pcre2_code* code, const NameTable& nt, bool dup,
              const char* name, std::vector<int>* v) {
  if (!dup) {
    v->push_back(group_from_name(nt, name));
    return;
  }
  PCRE2_SPTR first, last;
  int esize = pcre2_substring_nametable_scan(
      code, reinterpret_cast<PCRE2_SPTR>(name), &first, &last);
  if (esize < 0) {
    v->push_back(-1);
  } else if (first == last) {
    v->push_back(NameTable::group(first));
  } else {
    int num = int((last - first) / esize) + 1;
    v->push_back(-num);
    for (int i = 0; i < num; i++) v->push_back(NameTable::group(first + size_t(i) * esize));
  }
}

// Group entries for all names in name order (each name once with dupnames).
void add_all_names(const pcre2_code* code, std::vector<int>* v) {
  NameTable nt(code);
  bool dup = has_dupnames(code);
  const uint8_t* last = nullptr;
  for (uint32_t i = 0; i < nt.count; i++) {
    const uint8_t* e = nt.entry(i);
    if (last == nullptr || !dup ||
        std::strcmp(NameTable::name(last), NameTable::name(e)) != 0) {
      if (dup) {
        add_name(code, nt, dup, NameTable::name(e), v);
      } else {
        v->push_back(NameTable::group(e));
      }
    }
    last = e;
  }
}

// The items of a capture list ([Index | Name]); false if one is invalid.
bool add_listed(const pcre2_code* code, Term l, std::vector<int>* v) {
  NameTable nt(code);
  bool dup = has_dupnames(code);
  std::string name;
  for (; is_list(l); l = cdr(l)) {
    Term item = car(l);
    uint32_t x;
    if (term_to_int(item, &x)) {
      v->push_back(int(x));
      continue;
    }
    if (is_atom(item)) {
      name.assign(atom_name(item));
    } else if (is_bitstring(item) || is_list(item) || is_nil(item)) {
      if (!iodata_bytes(item, &name)) return false;
    } else {
      return false;
    }
    add_name(code, nt, dup, name.c_str(), v);
  }
  return is_nil(l);
}

bool build_capture(Term values, Term type, const pcre2_code* code, ReturnInfo* ri) {
  const Atoms& a = A();
  if (type == atom::index) {
    ri->type = RetType::Index;
  } else if (type == a.list) {
    ri->type = RetType::List;
  } else if (type == a.binary) {
    ri->type = RetType::Bin;
  } else {
    return false;
  }
  ri->v.clear();
  if (values == atom::all) {
    ri->mode = ReturnInfo::All;
  } else if (values == atom::none || is_nil(values)) {
    ri->type = RetType::None;
  } else if (values == a.all_but_first) {
    ri->mode = ReturnInfo::AllButFirst;
  } else if (values == atom::first) {
    ri->mode = ReturnInfo::Listed;
    ri->v.push_back(0);
  } else if (values == a.all_names) {
    uint32_t count = 0;
    pcre2_pattern_info(code, PCRE2_INFO_NAMECOUNT, &count);
    if (count == 0) {
      ri->type = RetType::None;
    } else {
      ri->mode = ReturnInfo::Listed;
      add_all_names(code, &ri->v);
    }
  } else if (is_list(values)) {
    ri->mode = ReturnInfo::Listed;
    if (!add_listed(code, values, &ri->v)) return false;
  } else {
    return false;
  }
  return true;
}

// ---- matching ----------------------------------------------------------------------------

enum class Outcome { Match, NoMatch, MatchLimit, RecursionLimit, BadArg };

struct Matcher {
  eng::PatternRef pat;
  pcre2_match_data* md = nullptr;
  pcre2_match_context* mctx = nullptr;
  uint32_t pairs = 0;
  bool no_jit = false;
  bool report_errors = false;

  Matcher(eng::PatternRef p, uint32_t ovpairs, const Options& o) : pat(std::move(p)) {
    pairs = ovpairs;
    md = pcre2_match_data_create(pairs, nullptr);
    if (o.flags & (kMatchLimit | kMatchLimitRecursion)) {
      mctx = pcre2_match_context_create(nullptr);
      if (o.flags & kMatchLimit) pcre2_set_match_limit(mctx, o.match_limit);
      if (o.flags & kMatchLimitRecursion) {
        pcre2_set_depth_limit(mctx, o.match_limit_recursion);
      }
      no_jit = true;  // the interpreter counts limits as PCRE 8 does
    }
    report_errors = o.flags & kReportErrors;
  }
  ~Matcher() {
    if (md) pcre2_match_data_free(md);
    if (mctx) pcre2_match_context_free(mctx);
  }
  Matcher(const Matcher&) = delete;
  Matcher& operator=(const Matcher&) = delete;

  // rc: as pcre2_match (0 when the ovector is too small, as erl has it).
  Outcome exec(const Subject& s, size_t offset, uint32_t options, int* rc_out) {
    uint32_t opts = options | (no_jit ? PCRE2_NO_JIT : 0);
    int rc = pcre2_match(pat->code, s.data, s.size, offset, opts, md, mctx);
    if (rc == PCRE2_ERROR_JIT_STACKLIMIT) {
      rc = pcre2_match(pat->code, s.data, s.size, offset, opts | PCRE2_NO_JIT, md,
                       mctx);
    }
    *rc_out = rc;
    if (rc > 0) return Outcome::Match;
    if (rc == 0) return Outcome::NoMatch;
    switch (rc) {
      case PCRE2_ERROR_NOMATCH:
      case PCRE2_ERROR_HEAPLIMIT:
      case PCRE2_ERROR_RECURSELOOP:
        return Outcome::NoMatch;
      case PCRE2_ERROR_MATCHLIMIT:
        return report_errors ? Outcome::MatchLimit : Outcome::NoMatch;
      case PCRE2_ERROR_DEPTHLIMIT:
        return report_errors ? Outcome::RecursionLimit : Outcome::NoMatch;
      default:  // bad UTF-8, bad offset, ...
        return Outcome::BadArg;
    }
  }

  const PCRE2_SIZE* ovector() const { return pcre2_get_ovector_pointer(md); }
};

// A captured part: start and length in bytes, start -1 if unset.
using Part = std::pair<Sint, Sint>;

// erl_bif_re.c build_exec_return, as index pairs.
void collect_parts(const ReturnInfo& ri, int rc, const PCRE2_SIZE* ov, uint32_t pairs,
                   std::vector<Part>* out) {
  out->clear();
  auto set = [&](int x) { return x >= 0 && uint32_t(x) < pairs && ov[2 * x] != PCRE2_UNSET; };
  if (ri.mode != ReturnInfo::Listed) {
    for (int i = ri.mode == ReturnInfo::AllButFirst ? 1 : 0; i < rc; i++) {
      if (ov[2 * i] == PCRE2_UNSET) {
        out->push_back({-1, 0});
      } else {
        out->push_back({Sint(ov[2 * i]), Sint(ov[2 * i + 1] - ov[2 * i])});
      }
    }
    return;
  }
  const std::vector<int>& v = ri.v;
  for (size_t i = 0; i < v.size(); i++) {
    int x = v[i];
    if (x < -1) {  // a duplicated name: the first set group of the next -x
      size_t n = i - size_t(x) + 1;
      for (size_t j = i + 1; j < v.size() && j < n; j++) {
        if (set(v[j])) {
          x = v[j];
          break;
        }
      }
      i = n - 1;
    }
    if (x >= 0 && x < rc && set(x)) {
      out->push_back({Sint(ov[2 * x]), Sint(ov[2 * x + 1] - ov[2 * x])});
    } else {
      out->push_back({-1, 0});
    }
  }
}

Term part_binary(Process* p, const Subject& s, const Part& part) {
  if (part.first < 0 || part.second == 0) return make_binary(*p, "", 0);
  size_t start = size_t(part.first), len = size_t(part.second);
  if (s.in_term && len > kMaxHeapBinSize) {
    return make_sub_binary(*p, s.term, start * 8, len * 8);
  }
  return make_binary(*p, s.data + start, len);
}

Term part_term(Process* p, const Subject& s, const Part& part, RetType type, bool utf8) {
  switch (type) {
    case RetType::Bin:
      return part_binary(p, s, part);
    case RetType::List:
      if (part.second == 0) return NIL;
      return make_charlist(p, s.data + part.first, size_t(part.second), utf8);
    default:
      return make_tuple(*p, {make_small(part.first), make_small(part.second)});
  }
}

Term parts_list(Process* p, const Subject& s, const std::vector<Part>& parts,
                size_t skip, RetType type, bool utf8) {
  std::vector<Term> items;
  items.reserve(parts.size());
  for (size_t i = skip; i < parts.size(); i++) {
    items.push_back(part_term(p, s, parts[i], type, utf8));
  }
  return make_list_from(*p, items.data(), items.size());
}

Term limit_error(Process* p, Outcome oc) {
  return make_tuple(*p, {atom::error, oc == Outcome::MatchLimit
                                          ? A().match_limit
                                          : A().match_limit_recursion});
}

// ---- global runs (re.erl grun/loopexec/postprocess) ------------------------------------

// re.erl forward/5: one character on from `a`.
size_t forward(const Subject& s, size_t a, bool unicode, bool crlf) {
  if (crlf && a + 1 < s.size && s.data[a] == '\r' && s.data[a + 1] == '\n') {
    return a + 2;
  }
  if (unicode && a < s.size) {
    uint8_t c = s.data[a];
    if ((c & 0xE0) == 0xC0) return a + 2;
    if ((c & 0xF0) == 0xE0) return a + 3;
    if ((c & 0xF8) == 0xF0) return a + 4;
  }
  return a + 1;
}

Term run_global(Process* p, const Subject& s, eng::PatternRef pat, uint32_t pairs,
                bool unicode, bool crlf, const Options& o) {
  const Atoms& a = A();
  // process_parameters/6: the last capture option chooses the values, the
  // last {capture, _, Type} the type; the internal runs capture group 0 first.
  enum class Select { All, StripFirst, None } select = Select::All;
  Term type = o.cap3_type == NON_VALUE ? atom::index : o.cap3_type;
  ReturnInfo ri;  // index pairs for the internal runs
  Term list_items = NON_VALUE;
  Term values = o.cap_values;
  if (values == NON_VALUE || values == atom::all) {
    ri.mode = ReturnInfo::All;
  } else if (values == a.all_names) {
    uint32_t count = 0;
    pcre2_pattern_info(pat->code, PCRE2_INFO_NAMECOUNT, &count);
    ri.mode = ReturnInfo::Listed;
    ri.v.push_back(0);
    if (count == 0) {
      select = Select::None;
    } else {
      add_all_names(pat->code, &ri.v);
      select = Select::StripFirst;
    }
  } else if (values == atom::first) {
    ri.mode = ReturnInfo::Listed;
    ri.v.push_back(0);
  } else if (values == a.all_but_first) {
    ri.mode = ReturnInfo::All;
    select = Select::StripFirst;
  } else if (values == atom::none || is_nil(values)) {
    ri.mode = ReturnInfo::Listed;
    ri.v.push_back(0);
    select = Select::None;
  } else if (is_list(values)) {
    ri.mode = ReturnInfo::Listed;
    ri.v.push_back(0);
    list_items = values;  // checked by the first internal run
    select = Select::StripFirst;
  } else {
    return raise_badarg(p);
  }

  Matcher m(pat, pairs, o);
  std::vector<std::vector<Part>> found;
  std::vector<Part> parts;
  size_t x = o.offset;
  const size_t y = s.size;
  bool first = true;
  while (x <= y) {
    if (first && list_items != NON_VALUE &&
        !add_listed(pat->code, list_items, &ri.v)) {
      return raise_badarg(p);
    }
    int rc;
    uint32_t opts = o.match | (first ? 0 : PCRE2_NO_UTF_CHECK);
    Outcome oc = m.exec(s, x, opts, &rc);
    first = false;
    if (oc == Outcome::BadArg) return raise_badarg(p);
    if (oc == Outcome::MatchLimit || oc == Outcome::RecursionLimit) {
      return limit_error(p, oc);  // thrown out of loopexec: the whole result
    }
    if (oc == Outcome::NoMatch) break;
    collect_parts(ri, rc, m.ovector(), pairs, &parts);
    Sint ma = parts[0].first, mb = parts[0].second;
    found.push_back(parts);
    if (mb > 0) {
      x = size_t(ma + mb);
      continue;
    }
    // An empty match: try a non-empty one anchored at the same offset.
    oc = m.exec(s, x, o.match | PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED |
                          PCRE2_NO_UTF_CHECK, &rc);
    if (oc == Outcome::BadArg) return raise_badarg(p);
    if (oc == Outcome::MatchLimit || oc == Outcome::RecursionLimit) {
      // re.erl has no clause for {error, _} here
      return raise_error(p, make_tuple(*p, {a.case_clause, limit_error(p, oc)}));
    }
    size_t next;
    if (oc == Outcome::Match) {
      collect_parts(ri, rc, m.ovector(), pairs, &parts);
      Sint step = parts[0].second;
      next = step > 0 ? size_t(ma + step) : forward(s, size_t(ma), unicode, crlf);
      found.push_back(parts);
    } else {
      next = forward(s, size_t(ma), unicode, crlf);
    }
    x = next;
  }

  // postprocess/5
  if (found.empty()) return atom::nomatch;
  if (select == Select::None) return atom::match;
  RetType rt;
  if (type == a.binary) {
    rt = RetType::Bin;
  } else if (type == a.list) {
    rt = RetType::List;
  } else if (type == atom::index) {
    rt = RetType::Index;
  } else {
    return raise_error(p, atom::function_clause);
  }
  size_t skip = select == Select::StripFirst ? 1 : 0;
  std::vector<Term> rows;
  rows.reserve(found.size());
  for (const auto& f : found) rows.push_back(parts_list(p, s, f, skip, rt, unicode));
  return make_tuple(*p, {atom::match, make_list_from(*p, rows.data(), rows.size())});
}

// ---- re:run --------------------------------------------------------------------------------

Term do_run(Process* p, Term subject, Term re, Term opts_term, bool first_call) {
  (void)first_call;  // erl skips the UTF-8 check when false; we always check
  const Atoms& a = A();
  Options o;
  if (!parse_options(opts_term, &o)) return raise_badarg(p);
  const bool global = o.flags & kGlobal;
  const bool list_cap = (o.flags & kCaptureOpt) && o.cap_type == a.list;

  Subject s;
  bool have_subject = false;
  eng::PatternRef pat;
  bool unicode, crlf;
  uint32_t ovpairs;

  if (!(is_tuple(re) && tuple_arity(re) == 5)) {
    // A pattern given as text: compiled with the options.
    if (!is_bitstring(re) && !is_list(re) && !is_nil(re)) return raise_badarg(p);
    unicode = o.flags & kUnicode;
    eng::CompileSpec spec;
    spec.options = o.compile;
    spec.newline = o.newline;
    spec.bsr = o.bsr;
    if (unicode && (!is_binary(re) || !is_binary(subject) || (list_cap && !global))) {
      // re:urun/3: subject and pattern as Unicode character data
      if (!subject_from_chardata(subject, &s)) return raise_badarg(p);
      have_subject = true;
      if (is_binary(re)) {
        append_binary(re, &spec.pattern);
      } else if (!append_chardata(re, &spec.pattern)) {
        return raise_badarg(p);
      }
    } else if (!iodata_bytes(re, &spec.pattern)) {
      return raise_badarg(p);
    }
    pat = eng::get_pattern(spec);
    if (!pat->code) {
      if (o.flags & kReportErrors) {
        return make_tuple(*p, {atom::error, make_tuple(*p, {atom::compile,
                                                            compile_error_term(p, *pat)})});
      }
      return raise_badarg(p);
    }
    crlf = pat->use_crlf;
    ovpairs = pat->capture_count + 1;
  } else {
    // A compiled pattern.
    if (o.flags & kUniqueCompileOpt) return raise_badarg(p);
    std::string_view key;
    std::string key_buf;
    if (!pattern_tuple(re, &key, &key_buf, &unicode, &crlf)) return raise_badarg(p);
    if (unicode && (!is_binary(subject) || (list_cap && !global))) {
      if (!subject_from_chardata(subject, &s)) return raise_badarg(p);
      have_subject = true;
    }
    if (o.newline || o.bsr) {
      // PCRE 8 lets run-time newline and \R options override compiled ones;
      // PCRE2 fixes them at compile time, so compile a variant.
      if (o.newline > eng::kNlAnyCrLf ||
          o.bsr == (eng::kBsrAnyCrLf | eng::kBsrUnicode)) {
        return raise_badarg(p);
      }
      eng::CompileSpec spec;
      if (!eng::deserialize(key, &spec)) return raise_badarg(p);
      if (o.newline) spec.newline = o.newline;
      if (o.bsr) spec.bsr = o.bsr;
      pat = eng::get_pattern(spec);
    } else {
      pat = eng::get_pattern_by_key(key);
    }
    if (!pat || !pat->code) return raise_badarg(p);
    // The ovector is as large as the tuple says (a smaller one than the
    // pattern needs makes every match fail, as in erl).
    uint32_t n = uint32_t(std::min<Sint>(small_value(tuple_elems(re)[1]),
                                         Sint(pat->capture_count)));
    if (small_value(tuple_elems(re)[1]) < 0) n = 0;
    ovpairs = n + 1;
  }

  if (!have_subject && !subject_from_iodata(subject, &s)) return raise_badarg(p);

  if (global) return run_global(p, s, pat, ovpairs, unicode, crlf, o);

  Matcher m(pat, ovpairs, o);
  ReturnInfo ri;
  if ((o.flags & kCaptureOpt) && !build_capture(o.cap_values, o.cap_type, pat->code, &ri)) {
    return raise_badarg(p);
  }
  int rc;
  Outcome oc = m.exec(s, o.offset, o.match, &rc);
  switch (oc) {
    case Outcome::BadArg:
      return raise_badarg(p);
    case Outcome::MatchLimit:
    case Outcome::RecursionLimit:
      return limit_error(p, oc);
    case Outcome::NoMatch:
      return atom::nomatch;
    case Outcome::Match:
      break;
  }
  if (ri.type == RetType::None) return atom::match;
  std::vector<Part> parts;
  collect_parts(ri, rc, m.ovector(), ovpairs, &parts);
  return make_tuple(*p, {atom::match, parts_list(p, s, parts, 0, ri.type, unicode)});
}

Term bif_run_2(Process* p, const Term* args) { return do_run(p, args[0], args[1], NIL, true); }

Term bif_run_3(Process* p, const Term* args) {
  return do_run(p, args[0], args[1], args[2], true);
}

Term bif_internal_run_4(Process* p, const Term* args) {
  if (args[3] != atom::true_ && args[3] != atom::false_) return raise_badarg(p);
  return do_run(p, args[0], args[1], args[2], args[3] == atom::true_);
}

// ---- re:compile, re:inspect, re:version --------------------------------------------------

Term do_compile(Process* p, Term re, Term opts_term) {
  Options o;
  if (!parse_options(opts_term, &o) || (o.flags & kUniqueExecOpt)) return raise_badarg(p);
  eng::CompileSpec spec;
  spec.options = o.compile;
  spec.newline = o.newline;
  spec.bsr = o.bsr;
  if ((o.flags & kUnicode) && !is_bitstring(re)) {
    // re:ucompile/2
    if (!append_chardata(re, &spec.pattern)) return raise_badarg(p);
  } else if (!iodata_bytes(re, &spec.pattern)) {
    return raise_badarg(p);
  }
  eng::PatternRef pat = eng::get_pattern(spec);
  if (!pat->code) return make_tuple(*p, {atom::error, compile_error_term(p, *pat)});
  return make_tuple(*p, {atom::ok, make_pattern_tuple(p, spec, *pat)});
}

Term bif_compile_1(Process* p, const Term* args) { return do_compile(p, args[0], NIL); }

Term bif_compile_2(Process* p, const Term* args) { return do_compile(p, args[0], args[1]); }

Term bif_inspect_2(Process* p, const Term* args) {
  std::string_view key;
  std::string key_buf;
  bool unicode, crlf;
  if (!pattern_tuple(args[0], &key, &key_buf, &unicode, &crlf) ||
      args[1] != A().namelist) {
    return raise_badarg(p);
  }
  eng::PatternRef pat = eng::get_pattern_by_key(key);
  if (!pat || !pat->code) return raise_badarg(p);
  NameTable nt(pat->code);
  bool dup = has_dupnames(pat->code);
  std::vector<Term> names;
  const uint8_t* last = nullptr;
  for (uint32_t i = 0; i < nt.count; i++) {
    const uint8_t* e = nt.entry(i);
    if (last == nullptr || !dup ||
        std::strcmp(NameTable::name(last), NameTable::name(e)) != 0) {
      const char* name = NameTable::name(e);
      names.push_back(make_binary(*p, name, std::strlen(name)));
    }
    last = e;
  }
  return make_tuple(*p, {A().namelist, make_list_from(*p, names.data(), names.size())});
}

Term bif_version_0(Process* p, const Term*) {
  // The PCRE version erl's re reports (OTP 25 bundles PCRE 8.44).
  return make_binary(*p, std::string_view("8.44 2020-02-12"));
}

}  // namespace

void register_re_bifs(BifRegistry& r) {
  r.add("re", "version", 0, bif_version_0);
  r.add("re", "compile", 1, bif_compile_1);
  r.add("re", "compile", 2, bif_compile_2);
  r.add("re", "run", 2, bif_run_2);
  r.add("re", "run", 3, bif_run_3);
  r.add("re", "internal_run", 4, bif_internal_run_4);
  r.add("re", "inspect", 2, bif_inspect_2);
}

}  // namespace beamline
