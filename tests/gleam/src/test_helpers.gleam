//// Shared helpers for the Gleam library tests.

import gleam/io
import gleam/string

/// Prints `label = <value in Gleam syntax>` on its own line.
pub fn show(label: String, value: a) -> Nil {
  io.println(label <> " = " <> string.inspect(value))
}

/// The bytes of a bit string, as a list of integers.
@external(erlang, "binary", "bin_to_list")
pub fn bytes(bits: BitString) -> List(Int)

/// `bytes` inside a Result.
pub fn result_bytes(r: Result(BitString, e)) -> Result(List(Int), e) {
  case r {
    Ok(bits) -> Ok(bytes(bits))
    Error(e) -> Error(e)
  }
}
