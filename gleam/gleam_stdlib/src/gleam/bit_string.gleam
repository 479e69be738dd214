//// Functions for bit strings (binaries).

@external(erlang, "gleam_stdlib", "identity")
pub fn from_string(x: String) -> BitString

@external(erlang, "erlang", "byte_size")
pub fn byte_size(x: BitString) -> Int

pub fn append(to first: BitString, suffix second: BitString) -> BitString {
  concat([first, second])
}

/// `length` bytes starting at byte `position`; a negative length counts
/// backwards from `position`.
@external(erlang, "gleam_stdlib", "bit_string_slice")
pub fn slice(
  from string: BitString,
  at position: Int,
  take length: Int,
) -> Result(BitString, Nil)

pub fn is_utf8(bits: BitString) -> Bool {
  case bits {
    <<>> -> True
    <<_:utf8, rest:binary>> -> is_utf8(rest)
    _ -> False
  }
}

pub fn to_string(bits: BitString) -> Result(String, Nil) {
  case is_utf8(bits) {
    True -> Ok(unsafe_to_string(bits))
    False -> Error(Nil)
  }
}

@external(erlang, "gleam_stdlib", "identity")
fn unsafe_to_string(bits: BitString) -> String

@external(erlang, "gleam_stdlib", "bit_string_concat")
pub fn concat(bit_strings: List(BitString)) -> BitString
