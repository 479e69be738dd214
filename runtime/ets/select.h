// ets:select and friends over a Table, with erl's result orders and
// continuation terms:
//   hash tables:  {Tid, NextSlot, ChunkSize, MSRef, Rest, RestSize}
//   ordered_set:  {Tid, LastKey, [], ChunkSize, MSRef, [], Reverse, 0}
// The caller holds the table's lock (shared for select/select_count,
// exclusive for select_delete/select_replace). Results are built on the
// calling process's heap.
#pragma once

#include "runtime/ets/ets.h"
#include "runtime/ets/match_spec.h"

namespace beamline {
namespace ets {

// select/2, select_reverse/2, match/2, match_object/2.
Term select_all(Process* p, const Table& t, const MatchProgram& prog,
                bool reverse);
// select/3, select_reverse/3, match/3, match_object/3. `tid` and `ms_ref`
// are terms (on p's heap) placed in the continuation.
Term select_chunk(Process* p, const Table& t, const MatchProgram& prog,
                  Term tid, Term ms_ref, Sint chunk, bool reverse);
// select/1 with a continuation whose shape matched the table's kind.
// Returns NON_VALUE for badarg.
Term select_continue(Process* p, const Table& t, const MatchProgram& prog,
                     Term cont);
Uint select_count(Process* p, const Table& t, const MatchProgram& prog);
Uint select_delete(Process* p, Table& t, const MatchProgram& prog);
Uint select_replace(Process* p, Table& t, const MatchProgram& prog);

}  // namespace ets
}  // namespace beamline
