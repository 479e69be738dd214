//// Erlang atoms.

import gleam/dynamic.{DecodeErrors, Dynamic}

pub type Atom

pub type FromStringError {
  AtomNotLoaded
}

/// Finds an existing atom; never creates a new one.
@external(erlang, "gleam_erlang_ffi", "atom_from_string")
pub fn from_string(a: String) -> Result(Atom, FromStringError)

@external(erlang, "erlang", "binary_to_atom")
pub fn create_from_string(a: String) -> Atom

@external(erlang, "erlang", "atom_to_binary")
pub fn to_string(a: Atom) -> String

@external(erlang, "gleam_erlang_ffi", "atom_from_dynamic")
pub fn from_dynamic(from from: Dynamic) -> Result(Atom, DecodeErrors)
