//// Functions for UTF-8 strings. Lengths, slicing and reversal work on
//// grapheme clusters, via Erlang's `string` module.

import gleam/list
import gleam/option.{None, Option, Some}
import gleam/order
import gleam/string_builder

pub fn is_empty(str: String) -> Bool {
  str == ""
}

@external(erlang, "string", "length")
pub fn length(string: String) -> Int

pub fn reverse(string: String) -> String {
  string
  |> string_builder.from_string
  |> string_builder.reverse
  |> string_builder.to_string
}

pub fn replace(
  in string: String,
  each pattern: String,
  with substitute: String,
) -> String {
  string
  |> string_builder.from_string
  |> string_builder.replace(pattern, substitute)
  |> string_builder.to_string
}

@external(erlang, "string", "lowercase")
pub fn lowercase(string: String) -> String

@external(erlang, "string", "uppercase")
pub fn uppercase(string: String) -> String

/// Compares strings by their bytes.
pub fn compare(a: String, b: String) -> order.Order {
  case a == b {
    True -> order.Eq
    False ->
      case less_than(a, b) {
        True -> order.Lt
        False -> order.Gt
      }
  }
}

@external(erlang, "gleam_stdlib", "less_than")
fn less_than(a: String, b: String) -> Bool

/// Up to `len` graphemes starting at grapheme `idx`; a negative `idx` counts
/// from the end.
pub fn slice(from string: String, at_index idx: Int, length len: Int) -> String {
  case len < 0 {
    True -> ""
    False ->
      case idx < 0 {
        True -> {
          let from_start = length(string) + idx
          case from_start < 0 {
            True -> ""
            False -> erl_slice(string, from_start, len)
          }
        }
        False -> erl_slice(string, idx, len)
      }
  }
}

@external(erlang, "string", "slice")
fn erl_slice(string: String, start: Int, length: Int) -> String

/// Drops everything before the first occurrence of `substring`; returns the
/// string unchanged when it does not occur.
pub fn crop(from string: String, before substring: String) -> String {
  case erl_find(string, substring) {
    Found(rest) -> rest
    _ -> string
  }
}

// The result of `string:find/2`: the rest of the string from the match, or
// the atom `nomatch`.
type FindResult {
  Found(String)
  Nomatch
}

fn erl_find(haystack: String, needle: String) -> FindResult {
  case string_find(haystack, needle) {
    Nomatch -> Nomatch
    other -> Found(found_to_string(other))
  }
}

@external(erlang, "string", "find")
fn string_find(haystack: String, needle: String) -> FindResult

@external(erlang, "gleam_stdlib", "identity")
fn found_to_string(found: FindResult) -> String

pub fn drop_left(from string: String, up_to num_graphemes: Int) -> String {
  case num_graphemes < 0 {
    True -> string
    False -> slice(string, num_graphemes, length(string) - num_graphemes)
  }
}

pub fn drop_right(from string: String, up_to num_graphemes: Int) -> String {
  case num_graphemes < 0 {
    True -> string
    False -> slice(string, 0, length(string) - num_graphemes)
  }
}

pub fn contains(does haystack: String, contain needle: String) -> Bool {
  case string_find(haystack, needle) {
    Nomatch -> False
    _ -> True
  }
}

@external(erlang, "gleam_stdlib", "string_starts_with")
pub fn starts_with(string: String, prefix: String) -> Bool

@external(erlang, "gleam_stdlib", "string_ends_with")
pub fn ends_with(string: String, suffix: String) -> Bool

/// Splits on every occurrence of `substring`; an empty `substring` splits
/// into graphemes.
pub fn split(x: String, on substring: String) -> List(String) {
  case substring {
    "" -> to_graphemes(x)
    _ ->
      x
      |> string_builder.from_string
      |> string_builder.split(on: substring)
      |> list.map(with: string_builder.to_string)
  }
}

pub fn split_once(
  x: String,
  on substring: String,
) -> Result(#(String, String), Nil) {
  case erl_split_leading(x, substring) {
    [first, rest] -> Ok(#(first, rest))
    _ -> Error(Nil)
  }
}

@external(erlang, "string", "split")
fn erl_split_leading(string: String, pattern: String) -> List(String)

pub fn append(to first: String, suffix second: String) -> String {
  first <> second
}

pub fn concat(strings: List(String)) -> String {
  strings
  |> string_builder.from_strings
  |> string_builder.to_string
}

pub fn repeat(string: String, times times: Int) -> String {
  concat(list.repeat(string, times))
}

pub fn join(strings: List(String), with separator: String) -> String {
  strings
  |> list.intersperse(with: separator)
  |> concat
}

/// Pads on the left with copies of `pad_string` (the last copy possibly
/// cut short) until the string is `desired_length` graphemes long.
pub fn pad_left(string: String, to desired_length: Int, with pad_string: String) {
  padding(desired_length - length(string), pad_string) <> string
}

pub fn pad_right(
  string: String,
  to desired_length: Int,
  with pad_string: String,
) {
  string <> padding(desired_length - length(string), pad_string)
}

fn padding(size: Int, pad_string: String) -> String {
  let pad_length = length(pad_string)
  let whole = size / pad_length
  let extra = size % pad_length
  repeat(pad_string, whole) <> slice(pad_string, 0, extra)
}

pub fn trim(string: String) -> String {
  erl_trim(string, Both)
}

pub fn trim_left(string: String) -> String {
  erl_trim(string, Leading)
}

pub fn trim_right(string: String) -> String {
  erl_trim(string, Trailing)
}

type Direction {
  Leading
  Trailing
  Both
}

@external(erlang, "string", "trim")
fn erl_trim(string: String, direction: Direction) -> String

@external(erlang, "gleam_stdlib", "string_pop_grapheme")
pub fn pop_grapheme(string: String) -> Result(#(String, String), Nil)

pub fn to_graphemes(string: String) -> List(String) {
  graphemes_loop(string, [])
}

fn graphemes_loop(string: String, acc: List(String)) -> List(String) {
  case pop_grapheme(string) {
    Ok(#(g, rest)) -> graphemes_loop(rest, [g, ..acc])
    Error(_) -> list.reverse(acc)
  }
}

pub fn to_utf_codepoints(string: String) -> List(UtfCodepoint) {
  codepoints_loop(<<string:utf8>>, [])
}

fn codepoints_loop(bits: BitString, acc: List(UtfCodepoint)) {
  case bits {
    <<cp:utf8_codepoint, rest:binary>> -> codepoints_loop(rest, [cp, ..acc])
    _ -> list.reverse(acc)
  }
}

pub fn from_utf_codepoints(utf_codepoints: List(UtfCodepoint)) -> String {
  codepoints_to_string(utf_codepoints, <<>>)
}

fn codepoints_to_string(codepoints: List(UtfCodepoint), acc: BitString) {
  case codepoints {
    [] -> unsafe_bits_to_string(acc)
    [cp, ..rest] -> codepoints_to_string(rest, <<acc:bit_string, cp:utf8_codepoint>>)
  }
}

@external(erlang, "gleam_stdlib", "identity")
fn unsafe_bits_to_string(bits: BitString) -> String

/// A codepoint for `value`, unless it is above U+10FFFF, a surrogate, or
/// U+FFFE / U+FFFF.
pub fn utf_codepoint(value: Int) -> Result(UtfCodepoint, Nil) {
  case value {
    i if i > 1_114_111 -> Error(Nil)
    65_534 | 65_535 -> Error(Nil)
    i if i >= 55_296 && i <= 57_343 -> Error(Nil)
    i -> Ok(unsafe_int_to_codepoint(i))
  }
}

@external(erlang, "gleam_stdlib", "identity")
fn unsafe_int_to_codepoint(value: Int) -> UtfCodepoint

@external(erlang, "gleam_stdlib", "identity")
pub fn utf_codepoint_to_int(cp: UtfCodepoint) -> Int

pub fn to_option(s: String) -> Option(String) {
  case s {
    "" -> None
    _ -> Some(s)
  }
}

pub fn first(s: String) -> Result(String, Nil) {
  case pop_grapheme(s) {
    Ok(#(g, _)) -> Ok(g)
    Error(e) -> Error(e)
  }
}

pub fn last(s: String) -> Result(String, Nil) {
  case pop_grapheme(s) {
    Ok(#(g, "")) -> Ok(g)
    Ok(#(_, rest)) -> Ok(slice(rest, -1, 1))
    Error(e) -> Error(e)
  }
}

pub fn capitalise(s: String) -> String {
  case pop_grapheme(s) {
    Ok(#(g, rest)) -> uppercase(g) <> lowercase(rest)
    Error(_) -> ""
  }
}

pub fn inspect(term: anything) -> String {
  term
  |> erl_inspect
  |> string_builder.to_string
}

@external(erlang, "gleam_stdlib", "inspect")
fn erl_inspect(term: anything) -> string_builder.StringBuilder

@external(erlang, "erlang", "byte_size")
pub fn byte_size(string: String) -> Int
