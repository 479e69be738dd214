// Match specification compiler and interpreter (see match_spec.h).
#include "runtime/ets/match_spec.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "absl/container/inlined_vector.h"
#include "runtime/bifs/bif.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/binary.h"
#include "runtime/term/compare.h"
#include "runtime/term/map.h"
#include "runtime/term/number.h"
#include "runtime/vm/process.h"

namespace beamline {
namespace ets {

// ---- compiled forms ---------------------------------------------------------

enum class PatOp : uint8_t { kAny, kBind, kCheck, kConst, kTuple, kCons, kMap };

struct MsPattern {
  PatOp op = PatOp::kAny;
  uint32_t slot = 0;        // kBind / kCheck
  Term constant = NIL;      // kConst; for kMap: unused
  std::vector<MsPattern> kids;  // kTuple elements, kCons {head, tail}, kMap values
  std::vector<Term> map_keys;   // kMap
};

enum class Fn : uint8_t {
  kIsAtom, kIsFloat, kIsInteger, kIsList, kIsNumber, kIsPid, kIsPort,
  kIsReference, kIsTuple, kIsMap, kIsBinary, kIsFunction, kIsRecord,
  kIsMapKey, kAbs, kElement, kHd, kTl, kLength, kMapGet, kMapSize, kNode0,
  kNode1, kRound, kTrunc, kFloat, kSize, kBitSize, kByteSize, kBinaryPart2,
  kBinaryPart3, kPlus1, kMinus1, kPlus, kMinus, kTimes, kFDiv, kIDiv, kRem,
  kBand, kBor, kBxor, kBnot, kBsl, kBsr, kGt, kGe, kLt, kLe, kEqExact, kEq,
  kNeqExact, kNeq, kNot, kXor, kSelf, kAnd, kOr, kAndAlso, kOrElse,
};

enum class ExprOp : uint8_t {
  kConst, kVar, kWhole, kAllVars, kTuple, kList, kMap, kCall,
};

struct MsExpr {
  ExprOp op = ExprOp::kConst;
  Fn fn = Fn::kSelf;
  uint32_t slot = 0;
  Term constant = NIL;
  // kTuple: elements; kList: elements then the tail; kMap: k1, v1, k2, v2...;
  // kCall: arguments.
  std::vector<MsExpr> kids;
};

struct MsClause {
  MsPattern head;
  std::vector<MsExpr> guards;
  std::vector<MsExpr> body;
  // Slots of the head's variables in variable-number order (for '$$').
  std::vector<uint32_t> vars_in_order;
  uint32_t num_slots = 0;
};

MatchProgram::MatchProgram() : heap_(64) {}
MatchProgram::~MatchProgram() = default;
size_t MatchProgram::num_clauses() const { return clauses_.size(); }

namespace {

const Term kAtomUnderscore = atom_from("_");
const Term kAtomDollarUnderscore = atom_from("$_");
const Term kAtomDollarDollar = atom_from("$$");
const Term kAtomConst = atom_from("const");
const Term kAtomEXIT = atom_from("EXIT");
const Term kAtomNonode = atom_from("nonode@nohost");

// '$N' (N without leading zeros, '$0' allowed). Returns -1 if not a variable.
int64_t variable_number(Term t) {
  if (!is_atom(t)) return -1;
  std::string_view name = atom_name(t);
  if (name.size() < 2 || name[0] != '$') return -1;
  std::string_view digits = name.substr(1);
  if (digits.size() > 1 && digits[0] == '0') return -1;
  if (digits.size() > 10) return -1;
  int64_t n = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  if (n > 0x7fffffff) return -1;
  return n;
}

struct FnInfo {
  const char* name;
  int arity;  // -1: variadic (at least one argument)
  Fn fn;
};

const FnInfo kFunctions[] = {
    {"is_atom", 1, Fn::kIsAtom},
    {"is_float", 1, Fn::kIsFloat},
    {"is_integer", 1, Fn::kIsInteger},
    {"is_list", 1, Fn::kIsList},
    {"is_number", 1, Fn::kIsNumber},
    {"is_pid", 1, Fn::kIsPid},
    {"is_port", 1, Fn::kIsPort},
    {"is_reference", 1, Fn::kIsReference},
    {"is_tuple", 1, Fn::kIsTuple},
    {"is_map", 1, Fn::kIsMap},
    {"is_binary", 1, Fn::kIsBinary},
    {"is_function", 1, Fn::kIsFunction},
    {"is_record", 3, Fn::kIsRecord},
    {"is_map_key", 2, Fn::kIsMapKey},
    {"abs", 1, Fn::kAbs},
    {"element", 2, Fn::kElement},
    {"hd", 1, Fn::kHd},
    {"tl", 1, Fn::kTl},
    {"length", 1, Fn::kLength},
    {"map_get", 2, Fn::kMapGet},
    {"map_size", 1, Fn::kMapSize},
    {"node", 0, Fn::kNode0},
    {"node", 1, Fn::kNode1},
    {"round", 1, Fn::kRound},
    {"trunc", 1, Fn::kTrunc},
    {"float", 1, Fn::kFloat},
    {"size", 1, Fn::kSize},
    {"bit_size", 1, Fn::kBitSize},
    {"byte_size", 1, Fn::kByteSize},
    {"binary_part", 2, Fn::kBinaryPart2},
    {"binary_part", 3, Fn::kBinaryPart3},
    {"+", 1, Fn::kPlus1},
    {"-", 1, Fn::kMinus1},
    {"+", 2, Fn::kPlus},
    {"-", 2, Fn::kMinus},
    {"*", 2, Fn::kTimes},
    {"/", 2, Fn::kFDiv},
    {"div", 2, Fn::kIDiv},
    {"rem", 2, Fn::kRem},
    {"band", 2, Fn::kBand},
    {"bor", 2, Fn::kBor},
    {"bxor", 2, Fn::kBxor},
    {"bnot", 1, Fn::kBnot},
    {"bsl", 2, Fn::kBsl},
    {"bsr", 2, Fn::kBsr},
    {">", 2, Fn::kGt},
    {">=", 2, Fn::kGe},
    {"<", 2, Fn::kLt},
    {"=<", 2, Fn::kLe},
    {"=:=", 2, Fn::kEqExact},
    {"==", 2, Fn::kEq},
    {"=/=", 2, Fn::kNeqExact},
    {"/=", 2, Fn::kNeq},
    {"not", 1, Fn::kNot},
    {"xor", 2, Fn::kXor},
    {"self", 0, Fn::kSelf},
    {"and", -1, Fn::kAnd},
    {"or", -1, Fn::kOr},
    {"andalso", -1, Fn::kAndAlso},
    {"orelse", -1, Fn::kOrElse},
};

struct FnKey {
  Term name;
  int arity;
  bool operator==(const FnKey& o) const {
    return name == o.name && arity == o.arity;
  }
  template <typename H>
  friend H AbslHashValue(H h, const FnKey& k) {
    return H::combine(std::move(h), k.name, k.arity);
  }
};

const absl::flat_hash_map<FnKey, Fn>& function_table() {
  static const auto* table = [] {
    auto* t = new absl::flat_hash_map<FnKey, Fn>();
    for (const FnInfo& f : kFunctions) (*t)[{atom_from(f.name), f.arity}] = f.fn;
    return t;
  }();
  return *table;
}

// True if `t` contains no '$N' variable and no '_'.
bool is_ground(Term t) {
  for (;;) {
    if (is_atom(t)) return t != kAtomUnderscore && variable_number(t) < 0;
    if (is_list(t)) {
      if (!is_ground(car(t))) return false;
      t = cdr(t);
      continue;
    }
    if (is_tuple(t)) {
      Uint n = tuple_arity(t);
      for (Uint i = 0; i < n; i++)
        if (!is_ground(tuple_elems(t)[i])) return false;
      return true;
    }
    if (is_map(t)) {
      bool ok = true;
      map_foreach(t, [&](Term k, Term v) {
        if (ok && (!is_ground(k) || !is_ground(v))) ok = false;
      });
      return ok;
    }
    return true;
  }
}

}  // namespace

struct MsCompiler {

  // Per clause: variable number -> slot.
  absl::flat_hash_map<int64_t, uint32_t> vars;
  uint32_t next_slot = 0;

  bool pattern(Term t, MsPattern* out) {
    if (is_atom(t)) {
      if (t == kAtomUnderscore) {
        out->op = PatOp::kAny;
        return true;
      }
      int64_t v = variable_number(t);
      if (v >= 0) {
        auto it = vars.find(v);
        if (it == vars.end()) {
          uint32_t slot = next_slot++;
          vars.emplace(v, slot);
          out->op = PatOp::kBind;
          out->slot = slot;
        } else {
          out->op = PatOp::kCheck;
          out->slot = it->second;
        }
        return true;
      }
      out->op = PatOp::kConst;
      out->constant = t;
      return true;
    }
    if (is_tuple(t)) {
      Uint n = tuple_arity(t);
      out->op = PatOp::kTuple;
      out->constant = t;
      out->kids.resize(n);
      bool all_const = true;
      for (Uint i = 0; i < n; i++) {
        if (!pattern(tuple_elems(t)[i], &out->kids[i])) return false;
        if (out->kids[i].op != PatOp::kConst) all_const = false;
      }
      if (all_const) {
        out->op = PatOp::kConst;
        out->kids.clear();
      }
      return true;
    }
    if (is_list(t)) {
      out->op = PatOp::kCons;
      out->constant = t;
      out->kids.resize(2);
      if (!pattern(car(t), &out->kids[0])) return false;
      if (!pattern(cdr(t), &out->kids[1])) return false;
      if (out->kids[0].op == PatOp::kConst && out->kids[1].op == PatOp::kConst) {
        out->op = PatOp::kConst;
        out->kids.clear();
      }
      return true;
    }
    if (is_map(t)) {
      out->op = PatOp::kMap;
      out->constant = t;
      bool ok = true;
      map_foreach(t, [&](Term k, Term v) {
        if (!ok) return;
        if (!is_ground(k)) {
          ok = false;
          return;
        }
        out->map_keys.push_back(k);
        out->kids.emplace_back();
        if (!pattern(v, &out->kids.back())) ok = false;
      });
      return ok;
    }
    out->op = PatOp::kConst;
    out->constant = t;
    return true;
  }

  bool expr(Term t, MsExpr* out) {
    if (is_atom(t)) {
      if (t == kAtomDollarUnderscore) {
        out->op = ExprOp::kWhole;
        return true;
      }
      if (t == kAtomDollarDollar) {
        out->op = ExprOp::kAllVars;
        return true;
      }
      int64_t v = variable_number(t);
      if (v >= 0) {
        auto it = vars.find(v);
        if (it == vars.end()) return false;  // unbound variable
        out->op = ExprOp::kVar;
        out->slot = it->second;
        return true;
      }
      out->op = ExprOp::kConst;
      out->constant = t;
      return true;
    }
    if (is_tuple(t)) {
      Uint n = tuple_arity(t);
      if (n == 0) return false;
      Term first = tuple_elems(t)[0];
      if (n == 1 && is_tuple(first)) {
        // {{E1, ..., En}}: tuple construction
        Uint m = tuple_arity(first);
        out->op = ExprOp::kTuple;
        out->kids.resize(m);
        for (Uint i = 0; i < m; i++)
          if (!expr(tuple_elems(first)[i], &out->kids[i])) return false;
        return true;
      }
      if (!is_atom(first)) return false;
      if (first == kAtomConst) {
        if (n != 2) return false;
        out->op = ExprOp::kConst;
        out->constant = tuple_elems(t)[1];
        return true;
      }
      int nargs = int(n) - 1;
      const auto& table = function_table();
      auto it = table.find(FnKey{first, nargs});
      if (it == table.end()) {
        it = table.find(FnKey{first, -1});
        if (it == table.end() || nargs < 1) return false;
      }
      out->op = ExprOp::kCall;
      out->fn = it->second;
      out->kids.resize(nargs);
      for (int i = 0; i < nargs; i++)
        if (!expr(tuple_elems(t)[i + 1], &out->kids[i])) return false;
      return true;
    }
    if (is_list(t)) {
      out->op = ExprOp::kList;
      while (is_list(t)) {
        out->kids.emplace_back();
        if (!expr(car(t), &out->kids.back())) return false;
        t = cdr(t);
      }
      out->kids.emplace_back();
      return expr(t, &out->kids.back());
    }
    if (is_map(t)) {
      out->op = ExprOp::kMap;
      bool ok = true;
      map_foreach(t, [&](Term k, Term v) {
        if (!ok) return;
        out->kids.emplace_back();
        if (!expr(k, &out->kids.back())) ok = false;
        out->kids.emplace_back();
        if (ok && !expr(v, &out->kids.back())) ok = false;
      });
      return ok;
    }
    out->op = ExprOp::kConst;
    out->constant = t;
    return true;
  }

  bool clause(Term c, MsClause* out) {
    if (!is_tuple(c) || tuple_arity(c) != 3) return false;
    Term head = tuple_elems(c)[0];
    Term guards = tuple_elems(c)[1];
    Term body = tuple_elems(c)[2];
    vars.clear();
    next_slot = 0;
    if (!pattern(head, &out->head)) return false;
    if (!is_list(guards) && !is_nil(guards)) return false;
    for (; is_list(guards); guards = cdr(guards)) {
      out->guards.emplace_back();
      if (!expr(car(guards), &out->guards.back())) return false;
    }
    if (!is_nil(guards)) return false;
    if (!is_list(body)) return false;  // the body may not be empty
    for (; is_list(body); body = cdr(body)) {
      out->body.emplace_back();
      if (!expr(car(body), &out->body.back())) return false;
    }
    if (!is_nil(body)) return false;
    std::vector<std::pair<int64_t, uint32_t>> order(vars.begin(), vars.end());
    std::sort(order.begin(), order.end());
    for (auto& [num, slot] : order) out->vars_in_order.push_back(slot);
    out->num_slots = next_slot;
    return true;
  }
};

std::shared_ptr<MatchProgram> MatchProgram::compile(Term ms) {
  if (list_length(ms) < 0) return nullptr;
  std::shared_ptr<MatchProgram> prog(new MatchProgram());
  prog->source_ = copy_term(ms, prog->heap_);
  MsCompiler c;
  for (Term l = prog->source_; is_list(l); l = cdr(l)) {
    prog->clauses_.emplace_back();
    if (!c.clause(car(l), &prog->clauses_.back())) return nullptr;
    prog->max_vars_ = std::max<size_t>(prog->max_vars_,
                                       prog->clauses_.back().num_slots);
  }
  return prog;
}

std::shared_ptr<MatchProgram> MatchProgram::compile_pattern(Term pattern,
                                                            bool whole_object) {
  Term* cells = nullptr;
  // Build [{Pattern, [], [Body]}] in a scratch heap, then compile it.
  FragmentHeap scratch(16);
  cells = scratch.alloc(2);
  cells[0] = whole_object ? kAtomDollarUnderscore : kAtomDollarDollar;
  cells[1] = NIL;
  Term body = make_list(cells);
  Term* tup = scratch.alloc(4);
  tup[0] = make_header(Sub::Tuple, 3);
  tup[1] = pattern;
  tup[2] = NIL;
  tup[3] = body;
  Term* ms = scratch.alloc(2);
  ms[0] = make_boxed(tup);
  ms[1] = NIL;
  return compile(make_list(ms));
}

// ---- analysis ------------------------------------------------------------------

MatchProgram::KeyInfo MatchProgram::analyze_keys(
    unsigned keypos, std::vector<Term>* keys) const {
  bool something = false;
  for (const MsClause& c : clauses_) {
    const MsPattern& h = c.head;
    switch (h.op) {
      case PatOp::kAny:
      case PatOp::kBind:
        return KeyInfo::kScan;
      case PatOp::kConst: {
        Term t = h.constant;
        if (!is_tuple(t) || tuple_arity(t) < keypos) continue;
        keys->push_back(tuple_elems(t)[keypos - 1]);
        something = true;
        continue;
      }
      case PatOp::kTuple: {
        if (h.kids.size() < keypos) continue;
        const MsPattern& k = h.kids[keypos - 1];
        if (k.op != PatOp::kConst) return KeyInfo::kScan;
        keys->push_back(k.constant);
        something = true;
        continue;
      }
      default:
        continue;  // lists, maps, checks: never match a table object
    }
  }
  return something ? KeyInfo::kKeys : KeyInfo::kNothing;
}

bool MatchProgram::keeps_key(unsigned keypos) const {
  for (const MsClause& c : clauses_) {
    if (c.body.size() != 1) return false;
    const MsExpr& b = c.body[0];
    if (b.op == ExprOp::kWhole) continue;
    if (b.op != ExprOp::kTuple || b.kids.size() < keypos) return false;
    const MsExpr& bk = b.kids[keypos - 1];
    const MsPattern& h = c.head;
    if (h.op == PatOp::kTuple) {
      if (h.kids.size() < keypos) return false;
      const MsPattern& hk = h.kids[keypos - 1];
      if (hk.op == PatOp::kBind || hk.op == PatOp::kCheck) {
        if (bk.op == ExprOp::kVar && bk.slot == hk.slot) continue;
        return false;
      }
      if (hk.op == PatOp::kConst) {
        if (bk.op == ExprOp::kConst && eq_exact(bk.constant, hk.constant))
          continue;
        return false;
      }
      return false;
    }
    if (h.op == PatOp::kConst && is_tuple(h.constant) &&
        tuple_arity(h.constant) >= keypos) {
      if (bk.op == ExprOp::kConst &&
          eq_exact(bk.constant, tuple_elems(h.constant)[keypos - 1]))
        continue;
      return false;
    }
    return false;
  }
  return true;
}

// ---- execution ------------------------------------------------------------------

namespace {

struct Ctx {
  Process* p;
  Heap& heap;
  Term whole;
  Term* vars;
  const MsClause* clause;
};

bool match(const MsPattern& pat, Term t, Term* vars) {
  switch (pat.op) {
    case PatOp::kAny:
      return true;
    case PatOp::kBind:
      vars[pat.slot] = t;
      return true;
    case PatOp::kCheck:
      return eq_exact(vars[pat.slot], t);
    case PatOp::kConst:
      return eq_exact(pat.constant, t);
    case PatOp::kTuple: {
      if (!is_tuple(t) || tuple_arity(t) != pat.kids.size()) return false;
      const Term* e = tuple_elems(t);
      for (size_t i = 0; i < pat.kids.size(); i++)
        if (!match(pat.kids[i], e[i], vars)) return false;
      return true;
    }
    case PatOp::kCons:
      if (!is_list(t)) return false;
      return match(pat.kids[0], car(t), vars) && match(pat.kids[1], cdr(t), vars);
    case PatOp::kMap: {
      if (!is_map(t)) return false;
      for (size_t i = 0; i < pat.map_keys.size(); i++) {
        Term v;
        if (!map_get(t, pat.map_keys[i], &v)) return false;
        if (!match(pat.kids[i], v, vars)) return false;
      }
      return true;
    }
  }
  return false;
}

Term eval(const MsExpr& e, Ctx& c);

Term make_int(Heap& h, const BigInt& v) { return make_integer(h, v); }

Term float_to_integer(Heap& h, double d) {
  if (!std::isfinite(d)) return NON_VALUE;
  if (d >= -9.2e18 && d <= 9.2e18) return make_integer(h, int64_t(d));
  BigInt b(d);
  return make_int(h, b);
}

Term call(Fn fn, const Term* a, size_t n, Ctx& c) {
  Heap& h = c.heap;
  switch (fn) {
    case Fn::kIsAtom: return make_bool(is_atom(a[0]));
    case Fn::kIsFloat: return make_bool(is_float(a[0]));
    case Fn::kIsInteger: return make_bool(is_integer(a[0]));
    case Fn::kIsList: return make_bool(is_list(a[0]) || is_nil(a[0]));
    case Fn::kIsNumber: return make_bool(is_number(a[0]));
    case Fn::kIsPid: return make_bool(is_pid(a[0]));
    case Fn::kIsPort: return make_bool(is_port(a[0]));
    case Fn::kIsReference: return make_bool(is_ref(a[0]));
    case Fn::kIsTuple: return make_bool(is_tuple(a[0]));
    case Fn::kIsMap: return make_bool(is_map(a[0]));
    case Fn::kIsBinary: return make_bool(is_binary(a[0]));
    case Fn::kIsFunction: return make_bool(is_fun(a[0]));
    case Fn::kIsRecord: {
      if (!is_atom(a[1]) || !is_small(a[2])) return NON_VALUE;
      Term t = a[0];
      Sint arity = small_value(a[2]);
      return make_bool(is_tuple(t) && Sint(tuple_arity(t)) == arity &&
                       arity > 0 && tuple_elems(t)[0] == a[1]);
    }
    case Fn::kIsMapKey: {
      if (!is_map(a[1])) return NON_VALUE;
      Term v;
      return make_bool(map_get(a[1], a[0], &v));
    }
    case Fn::kAbs: {
      if (!is_number(a[0])) return NON_VALUE;
      if (is_float(a[0])) return make_float(h, std::fabs(float_value(a[0])));
      if (compare_numbers(a[0], make_small(0)) < 0) return arith_neg(h, a[0]);
      return a[0];
    }
    case Fn::kElement: {
      if (!is_small(a[0]) || !is_tuple(a[1])) return NON_VALUE;
      Sint i = small_value(a[0]);
      if (i < 1 || Uint(i) > tuple_arity(a[1])) return NON_VALUE;
      return tuple_elems(a[1])[i - 1];
    }
    case Fn::kHd: return is_list(a[0]) ? car(a[0]) : NON_VALUE;
    case Fn::kTl: return is_list(a[0]) ? cdr(a[0]) : NON_VALUE;
    case Fn::kLength: {
      Sint len = list_length(a[0]);
      return len < 0 ? NON_VALUE : make_small(len);
    }
    case Fn::kMapGet: {
      Term v;
      if (!is_map(a[1]) || !map_get(a[1], a[0], &v)) return NON_VALUE;
      return v;
    }
    case Fn::kMapSize:
      if (!is_map(a[0])) return NON_VALUE;
      return make_small(Sint(map_size(a[0])));
    case Fn::kNode0: return kAtomNonode;
    case Fn::kNode1:
      if (is_pid(a[0]) || is_port(a[0]) || is_ref(a[0])) return kAtomNonode;
      return NON_VALUE;
    case Fn::kRound:
      if (is_integer(a[0])) return a[0];
      if (!is_float(a[0])) return NON_VALUE;
      return float_to_integer(h, std::round(float_value(a[0])));
    case Fn::kTrunc:
      if (is_integer(a[0])) return a[0];
      if (!is_float(a[0])) return NON_VALUE;
      return float_to_integer(h, std::trunc(float_value(a[0])));
    case Fn::kFloat: {
      if (is_float(a[0])) return a[0];
      if (!is_integer(a[0])) return NON_VALUE;
      double d = number_to_double(a[0]);
      if (!std::isfinite(d)) return NON_VALUE;
      return make_float(h, d);
    }
    case Fn::kSize: {
      if (is_tuple(a[0])) return make_small(Sint(tuple_arity(a[0])));
      BitView v;
      if (!bit_view(a[0], &v)) return NON_VALUE;
      return make_small(Sint(v.bit_size / 8));
    }
    case Fn::kBitSize: {
      BitView v;
      if (!bit_view(a[0], &v)) return NON_VALUE;
      return make_integer(h, uint64_t(v.bit_size));
    }
    case Fn::kByteSize: {
      BitView v;
      if (!bit_view(a[0], &v)) return NON_VALUE;
      return make_small(Sint((v.bit_size + 7) / 8));
    }
    case Fn::kBinaryPart2:
    case Fn::kBinaryPart3: {
      Term bin = a[0];
      Term start, len;
      if (fn == Fn::kBinaryPart2) {
        if (!is_tuple(a[1]) || tuple_arity(a[1]) != 2) return NON_VALUE;
        start = tuple_elems(a[1])[0];
        len = tuple_elems(a[1])[1];
      } else {
        start = a[1];
        len = a[2];
      }
      BitView v;
      if (!bit_view(bin, &v) || v.bit_size % 8 != 0) return NON_VALUE;
      if (!is_small(start) || !is_small(len)) return NON_VALUE;
      Sint s = small_value(start), l = small_value(len);
      if (l < 0) {
        s += l;
        l = -l;
      }
      Sint size = Sint(v.bit_size / 8);
      if (s < 0 || s > size || l > size - s) return NON_VALUE;
      return make_sub_binary(h, bin, size_t(s) * 8, size_t(l) * 8);
    }
    case Fn::kPlus1: return arith_plus(a[0]);
    case Fn::kMinus1: return arith_neg(h, a[0]);
    case Fn::kPlus: return arith_add(h, a[0], a[1]);
    case Fn::kMinus: return arith_sub(h, a[0], a[1]);
    case Fn::kTimes: return arith_mul(h, a[0], a[1]);
    case Fn::kFDiv: return arith_fdiv(h, a[0], a[1]);
    case Fn::kIDiv: return arith_idiv(h, a[0], a[1]);
    case Fn::kRem: return arith_rem(h, a[0], a[1]);
    case Fn::kBand: return arith_band(h, a[0], a[1]);
    case Fn::kBor: return arith_bor(h, a[0], a[1]);
    case Fn::kBxor: return arith_bxor(h, a[0], a[1]);
    case Fn::kBnot: return arith_bnot(h, a[0]);
    case Fn::kBsl: return arith_bsl(h, a[0], a[1]);
    case Fn::kBsr: return arith_bsr(h, a[0], a[1]);
    case Fn::kGt: return make_bool(compare_terms(a[0], a[1]) > 0);
    case Fn::kGe: return make_bool(compare_terms(a[0], a[1]) >= 0);
    case Fn::kLt: return make_bool(compare_terms(a[0], a[1]) < 0);
    case Fn::kLe: return make_bool(compare_terms(a[0], a[1]) <= 0);
    case Fn::kEqExact: return make_bool(eq_exact(a[0], a[1]));
    case Fn::kEq: return make_bool(eq(a[0], a[1]));
    case Fn::kNeqExact: return make_bool(!eq_exact(a[0], a[1]));
    case Fn::kNeq: return make_bool(!eq(a[0], a[1]));
    case Fn::kNot:
      if (!is_boolean(a[0])) return NON_VALUE;
      return make_bool(a[0] == atom::false_);
    case Fn::kXor:
      if (!is_boolean(a[0]) || !is_boolean(a[1])) return NON_VALUE;
      return make_bool(a[0] != a[1]);
    case Fn::kSelf: return c.p ? c.p->pid() : NON_VALUE;
    case Fn::kAnd:
    case Fn::kOr: {
      bool acc = fn == Fn::kAnd;
      for (size_t i = 0; i < n; i++) {
        if (!is_boolean(a[i])) return NON_VALUE;
        bool b = a[i] == atom::true_;
        acc = fn == Fn::kAnd ? (acc && b) : (acc || b);
      }
      return make_bool(acc);
    }
    case Fn::kAndAlso:
    case Fn::kOrElse:
      break;  // handled in eval (short circuit)
  }
  return NON_VALUE;
}

Term eval(const MsExpr& e, Ctx& c) {
  switch (e.op) {
    case ExprOp::kConst: return e.constant;
    case ExprOp::kVar: return c.vars[e.slot];
    case ExprOp::kWhole: return c.whole;
    case ExprOp::kAllVars: {
      const auto& order = c.clause->vars_in_order;
      if (order.empty()) return NIL;
      Term* cells = c.heap.alloc(2 * order.size());
      for (size_t i = 0; i < order.size(); i++) {
        cells[2 * i] = c.vars[order[i]];
        cells[2 * i + 1] = i + 1 < order.size() ? make_list(cells + 2 * i + 2) : NIL;
      }
      return make_list(cells);
    }
    case ExprOp::kTuple: {
      size_t n = e.kids.size();
      absl::InlinedVector<Term, 8> vals(n);
      for (size_t i = 0; i < n; i++) {
        vals[i] = eval(e.kids[i], c);
        if (vals[i] == NON_VALUE) return NON_VALUE;
      }
      Term* p = c.heap.alloc(n + 1);
      p[0] = make_header(Sub::Tuple, n);
      for (size_t i = 0; i < n; i++) p[i + 1] = vals[i];
      return make_boxed(p);
    }
    case ExprOp::kList: {
      size_t n = e.kids.size() - 1;
      absl::InlinedVector<Term, 8> vals(n + 1);
      for (size_t i = 0; i <= n; i++) {
        vals[i] = eval(e.kids[i], c);
        if (vals[i] == NON_VALUE) return NON_VALUE;
      }
      Term tail = vals[n];
      if (n == 0) return tail;
      Term* cells = c.heap.alloc(2 * n);
      for (size_t i = 0; i < n; i++) {
        cells[2 * i] = vals[i];
        cells[2 * i + 1] = i + 1 < n ? make_list(cells + 2 * i + 2) : tail;
      }
      return make_list(cells);
    }
    case ExprOp::kMap: {
      size_t n = e.kids.size() / 2;
      absl::InlinedVector<Term, 16> kvs(2 * n);
      for (size_t i = 0; i < 2 * n; i++) {
        kvs[i] = eval(e.kids[i], c);
        if (kvs[i] == NON_VALUE) return NON_VALUE;
      }
      return map_from_pairs(c.heap, kvs.data(), n);
    }
    case ExprOp::kCall: {
      if (e.fn == Fn::kAndAlso || e.fn == Fn::kOrElse) {
        Term stop = e.fn == Fn::kAndAlso ? atom::false_ : atom::true_;
        size_t n = e.kids.size();
        for (size_t i = 0; i + 1 < n; i++) {
          Term v = eval(e.kids[i], c);
          if (v == NON_VALUE || !is_boolean(v)) return NON_VALUE;
          if (v == stop) return stop;
        }
        return eval(e.kids[n - 1], c);
      }
      size_t n = e.kids.size();
      absl::InlinedVector<Term, 4> args(n);
      for (size_t i = 0; i < n; i++) {
        args[i] = eval(e.kids[i], c);
        if (args[i] == NON_VALUE) return NON_VALUE;
      }
      return call(e.fn, args.data(), n, c);
    }
  }
  return NON_VALUE;
}

}  // namespace

Term MatchProgram::run(Term t, Process* p, Heap& heap) const {
  absl::InlinedVector<Term, 16> vars(max_vars_, NIL);
  for (const MsClause& cl : clauses_) {
    if (!match(cl.head, t, vars.data())) continue;
    Ctx c{p, heap, t, vars.data(), &cl};
    bool guards_ok = true;
    for (const MsExpr& g : cl.guards) {
      if (eval(g, c) != atom::true_) {
        guards_ok = false;
        break;
      }
    }
    if (!guards_ok) continue;
    Term result = NON_VALUE;
    for (const MsExpr& b : cl.body) {
      result = eval(b, c);
      if (result == NON_VALUE) return kAtomEXIT;
    }
    return result;
  }
  return NON_VALUE;
}

}  // namespace ets
}  // namespace beamline
