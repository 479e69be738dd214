// Match specifications (ERTS "table" flavour): ets:select/match and
// ets:match_spec_run.
//
// A match specification [{Head, Guards, Body}, ...] is compiled once into a
// MatchProgram (its own copy of the spec's constants lives in the program's
// heap). Running a program against a term tries the clauses in order:
//   - the head pattern must match ('$N' binds, '_' matches anything,
//     constants compare with =:=, a repeated '$N' must be =:= its binding);
//   - every guard must evaluate to `true` (an exception makes the clause fail
//     and the next clause is tried);
//   - the body expressions are evaluated in order and the last value is the
//     result; an exception in the body makes the result the atom 'EXIT'.
// Expression language: '$N', '$_' (the whole term), '$$' (all bindings in
// variable order), {const, X}, {{E1,...}} (tuple construction), lists and
// maps of expressions, and calls {F, A1, ...} to the guard functions erl
// allows in table match specs.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "runtime/term/heap.h"
#include "runtime/term/term.h"

namespace beamline {

class Process;

namespace ets {

struct MsPattern;
struct MsExpr;
struct MsClause;

class MatchProgram {
 public:
  ~MatchProgram();
  MatchProgram(const MatchProgram&) = delete;
  MatchProgram& operator=(const MatchProgram&) = delete;

  // Compiles `ms` (copied). Returns nullptr if the spec is malformed (the
  // caller raises badarg). An empty list compiles to a program with no
  // clauses (ets:select(T, []) is legal; match_spec_compile([]) is not: the
  // caller checks).
  static std::shared_ptr<MatchProgram> compile(Term ms);
  // The compiled form of ets:match/match_object patterns:
  // [{Pattern, [], ['$$']}] and [{Pattern, [], ['$_']}].
  static std::shared_ptr<MatchProgram> compile_pattern(Term pattern,
                                                       bool whole_object);

  // Runs the program against `t`. Returns NON_VALUE when no clause matched,
  // otherwise the result, which may be the atom 'EXIT'. The result is built
  // on `heap` and may share structure with `t` and with the program's
  // constants: copy it if it must outlive either.
  Term run(Term t, Process* p, Heap& heap) const;

  size_t num_clauses() const;
  bool empty() const { return num_clauses() == 0; }
  // The spec as compiled (in the program's own heap).
  Term source() const { return source_; }

  // Key analysis for tables (keypos is 1-based).
  enum class KeyInfo {
    kScan,     // some clause can match any key: traverse the table
    kKeys,     // every clause that can match names a ground key
    kNothing,  // no clause can match a tuple with a key at keypos
  };
  // Fills `keys` (in clause order, with duplicates) for kKeys.
  KeyInfo analyze_keys(unsigned keypos, std::vector<Term>* keys) const;
  // select_replace's static check: every clause provably returns an object
  // with the same key as the matched one.
  bool keeps_key(unsigned keypos) const;

 private:
  MatchProgram();
  FragmentHeap heap_;
  Term source_ = NIL;
  std::vector<MsClause> clauses_;
  size_t max_vars_ = 0;
  friend struct MsCompiler;
};

}  // namespace ets
}  // namespace beamline
