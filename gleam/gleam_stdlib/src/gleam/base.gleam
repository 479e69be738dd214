//// Base64 encoding and decoding.

import gleam/bit_string
import gleam/string

pub fn encode64(input: BitString, padding: Bool) -> String {
  let encoded = base64_encode(input)
  case padding {
    True -> encoded
    False -> string.replace(encoded, "=", "")
  }
}

@external(erlang, "base64", "encode")
fn base64_encode(input: BitString) -> String

/// Decodes standard base64; missing `=` padding is tolerated.
pub fn decode64(encoded: String) -> Result(BitString, Nil) {
  let padded = case bit_string.byte_size(bit_string.from_string(encoded)) % 4 {
    0 -> encoded
    n -> encoded <> string.repeat("=", 4 - n)
  }
  base64_decode(padded)
}

@external(erlang, "gleam_stdlib", "base_decode64")
fn base64_decode(encoded: String) -> Result(BitString, Nil)

pub fn url_encode64(input: BitString, padding: Bool) -> String {
  encode64(input, padding)
  |> string.replace("+", "-")
  |> string.replace("/", "_")
}

pub fn url_decode64(encoded: String) -> Result(BitString, Nil) {
  encoded
  |> string.replace("-", "+")
  |> string.replace("_", "/")
  |> decode64
}
