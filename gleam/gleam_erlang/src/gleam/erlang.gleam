//// Erlang-specific functions: terms, time, crashes, applications.

import gleam/dynamic.{Dynamic}
import gleam/list
import gleam/erlang/atom.{Atom}
import gleam/erlang/charlist.{Charlist}

pub type GetLineError {
  Eof
  NoData
}

pub type TimeUnit {
  Second
  Millisecond
  Microsecond
  Nanosecond
}

pub type Crash {
  Exited(Dynamic)
  Thrown(Dynamic)
  Errored(Dynamic)
}

pub type EnsureAllStartedError {
  UnknownApplication(name: Atom)
  ApplicationFailedToStart(name: Atom, reason: Dynamic)
}

/// An Erlang reference (see `make_reference`).
pub type Reference

/// Formats any term with Erlang's `~p` format.
pub fn format(term: any) -> String {
  charlist.to_string(io_lib_format("~p", [term]))
}

@external(erlang, "io_lib", "format")
fn io_lib_format(format: String, data: List(a)) -> Charlist

@external(erlang, "erlang", "term_to_binary")
pub fn term_to_binary(a: a) -> BitString

type Safe {
  Safe
}

@external(erlang, "erlang", "binary_to_term")
fn erl_binary_to_term(binary: BitString, options: List(Safe)) -> Dynamic

/// Decodes an external term format binary, refusing to create new atoms.
pub fn binary_to_term(binary: BitString) -> Result(Dynamic, Nil) {
  case rescue(fn() { erl_binary_to_term(binary, [Safe]) }) {
    Ok(term) -> Ok(term)
    Error(_) -> Error(Nil)
  }
}

pub fn unsafe_binary_to_term(binary: BitString) -> Result(Dynamic, Nil) {
  case rescue(fn() { erl_binary_to_term(binary, []) }) {
    Ok(term) -> Ok(term)
    Error(_) -> Error(Nil)
  }
}

@external(erlang, "gleam_erlang_ffi", "get_line")
pub fn get_line(prompt prompt: String) -> Result(String, GetLineError)

@external(erlang, "os", "system_time")
pub fn system_time(a: TimeUnit) -> Int

@external(erlang, "os", "timestamp")
pub fn erlang_timestamp() -> #(Int, Int, Int)

/// Runs the function, turning a throw, error or exit into an `Error`.
@external(erlang, "gleam_erlang_ffi", "rescue")
pub fn rescue(a: fn() -> a) -> Result(a, Crash)

/// The plain command line arguments given to `erl` (after `-extra`).
pub fn start_arguments() -> List(String) {
  get_plain_arguments()
  |> list.map(charlist.to_string)
}

@external(erlang, "init", "get_plain_arguments")
fn get_plain_arguments() -> List(Charlist)

@external(erlang, "gleam_erlang_ffi", "ensure_all_started")
pub fn ensure_all_started(
  application application: Atom,
) -> Result(List(Atom), EnsureAllStartedError)

@external(erlang, "erlang", "make_ref")
pub fn make_reference() -> Reference

@external(erlang, "gleam_erlang_ffi", "priv_directory")
pub fn priv_directory(name: String) -> Result(String, Nil)
