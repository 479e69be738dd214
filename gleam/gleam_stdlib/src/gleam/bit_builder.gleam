//// Efficiently built bit strings. On Erlang a `BitBuilder` is iodata.

import gleam/string_builder.{StringBuilder}

pub type BitBuilder

pub fn new() -> BitBuilder {
  concat([])
}

pub fn prepend(to: BitBuilder, prefix: BitString) -> BitBuilder {
  append_builder(from_bit_string(prefix), to)
}

pub fn append(to: BitBuilder, suffix: BitString) -> BitBuilder {
  append_builder(to, from_bit_string(suffix))
}

pub fn prepend_builder(to: BitBuilder, prefix: BitBuilder) -> BitBuilder {
  append_builder(prefix, to)
}

@external(erlang, "gleam_stdlib", "iodata_append")
pub fn append_builder(
  to first: BitBuilder,
  suffix second: BitBuilder,
) -> BitBuilder

pub fn prepend_string(to: BitBuilder, prefix: String) -> BitBuilder {
  append_builder(from_string(prefix), to)
}

pub fn append_string(to: BitBuilder, suffix: String) -> BitBuilder {
  append_builder(to, from_string(suffix))
}

@external(erlang, "gleam_stdlib", "identity")
pub fn concat(builders: List(BitBuilder)) -> BitBuilder

@external(erlang, "gleam_stdlib", "identity")
pub fn concat_bit_strings(bits: List(BitString)) -> BitBuilder

@external(erlang, "gleam_stdlib", "wrap_list")
pub fn from_string(string: String) -> BitBuilder

@external(erlang, "gleam_stdlib", "wrap_list")
pub fn from_string_builder(builder: StringBuilder) -> BitBuilder

@external(erlang, "gleam_stdlib", "wrap_list")
pub fn from_bit_string(bits: BitString) -> BitBuilder

@external(erlang, "erlang", "list_to_bitstring")
pub fn to_bit_string(builder: BitBuilder) -> BitString

@external(erlang, "erlang", "iolist_size")
pub fn byte_size(builder: BitBuilder) -> Int
