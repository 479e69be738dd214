// Term order and equality (number < atom < reference < fun < port < pid <
// tuple < map < nil < list < bitstring).
#pragma once

#include "runtime/term/term.h"

namespace beamline {

// -1, 0, 1 in term order; numbers compare numerically (1 == 1.0).
int compare_terms(Term a, Term b);
// Exact order (as used for map keys): an integer and a float that are
// numerically equal still differ; integers sort before floats when equal.
int compare_terms_exact(Term a, Term b);
bool eq_exact(Term a, Term b);  // =:=
bool eq(Term a, Term b);        // ==

}  // namespace beamline
