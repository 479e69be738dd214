//// Efficiently built strings. On Erlang a `StringBuilder` is iodata.

import gleam/list

pub type StringBuilder

pub fn new() -> StringBuilder {
  from_strings([])
}

pub fn prepend(
  to builder: StringBuilder,
  prefix prefix: String,
) -> StringBuilder {
  append_builder(from_string(prefix), builder)
}

pub fn append(to builder: StringBuilder, suffix second: String) -> StringBuilder {
  append_builder(builder, from_string(second))
}

pub fn prepend_builder(
  to builder: StringBuilder,
  prefix prefix: StringBuilder,
) -> StringBuilder {
  append_builder(prefix, builder)
}

@external(erlang, "gleam_stdlib", "iodata_append")
pub fn append_builder(
  to builder: StringBuilder,
  suffix suffix: StringBuilder,
) -> StringBuilder

@external(erlang, "gleam_stdlib", "identity")
pub fn from_strings(strings: List(String)) -> StringBuilder

@external(erlang, "gleam_stdlib", "identity")
pub fn concat(builders: List(StringBuilder)) -> StringBuilder

@external(erlang, "gleam_stdlib", "identity")
pub fn from_string(string: String) -> StringBuilder

@external(erlang, "unicode", "characters_to_binary")
pub fn to_string(builder: StringBuilder) -> String

@external(erlang, "erlang", "iolist_size")
pub fn byte_size(builder: StringBuilder) -> Int

pub fn join(builders: List(StringBuilder), with sep: String) -> StringBuilder {
  builders
  |> list.intersperse(from_string(sep))
  |> concat
}

@external(erlang, "string", "lowercase")
pub fn lowercase(builder: StringBuilder) -> StringBuilder

@external(erlang, "string", "uppercase")
pub fn uppercase(builder: StringBuilder) -> StringBuilder

@external(erlang, "string", "reverse")
pub fn reverse(builder: StringBuilder) -> StringBuilder

pub fn split(iodata: StringBuilder, on pattern: String) -> List(StringBuilder) {
  erl_split(iodata, pattern, All)
}

type Direction {
  All
}

@external(erlang, "string", "split")
fn erl_split(a: StringBuilder, b: String, c: Direction) -> List(StringBuilder)

pub fn replace(
  in builder: StringBuilder,
  each pattern: String,
  with substitute: String,
) -> StringBuilder {
  erl_replace(builder, pattern, substitute, All)
}

@external(erlang, "string", "replace")
fn erl_replace(
  a: StringBuilder,
  b: String,
  c: String,
  d: Direction,
) -> StringBuilder

@external(erlang, "string", "equal")
pub fn is_equal(a: StringBuilder, b: StringBuilder) -> Bool

@external(erlang, "string", "is_empty")
pub fn is_empty(builder: StringBuilder) -> Bool
