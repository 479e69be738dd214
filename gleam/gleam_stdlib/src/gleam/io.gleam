//// Printing to standard output and standard error.

import gleam/string

@external(erlang, "gleam_stdlib", "print")
pub fn print(string: String) -> Nil

@external(erlang, "gleam_stdlib", "print_error")
pub fn print_error(string: String) -> Nil

@external(erlang, "gleam_stdlib", "println")
pub fn println(string: String) -> Nil

@external(erlang, "gleam_stdlib", "println_error")
pub fn println_error(string: String) -> Nil

/// Prints the value in Gleam syntax (see `string.inspect`) followed by a
/// newline to standard error, and returns it.
pub fn debug(term: anything) -> anything {
  term
  |> string.inspect
  |> println_error
  term
}
