//// Functions for `Int` values.

import gleam/float
import gleam/order.{Order}

/// Returned when a numeric base is not supported.
pub type InvalidBase {
  InvalidBase
}

pub fn absolute_value(x: Int) -> Int {
  case x >= 0 {
    True -> x
    False -> 0 - x
  }
}

pub fn power(base: Int, of exponent: Float) -> Result(Float, Nil) {
  float.power(to_float(base), exponent)
}

pub fn square_root(x: Int) -> Result(Float, Nil) {
  float.square_root(to_float(x))
}

@external(erlang, "gleam_stdlib", "parse_int")
pub fn parse(string: String) -> Result(Int, Nil)

/// Parses a string in the given base (2 to 36).
pub fn base_parse(string: String, base: Int) -> Result(Int, Nil) {
  case base >= 2 && base <= 36 {
    True -> parse_in_base(string, base)
    False -> Error(Nil)
  }
}

@external(erlang, "gleam_stdlib", "int_from_base_string")
fn parse_in_base(string: String, base: Int) -> Result(Int, Nil)

pub fn to_string(x: Int) {
  integer_to_binary(x)
}

@external(erlang, "erlang", "integer_to_binary")
fn integer_to_binary(x: Int) -> String

/// Renders in the given base (2 to 36), using uppercase letters for digits
/// above 9.
pub fn to_base_string(x: Int, base: Int) -> Result(String, InvalidBase) {
  case base >= 2 && base <= 36 {
    True -> Ok(integer_to_binary_base(x, base))
    False -> Error(InvalidBase)
  }
}

@external(erlang, "erlang", "integer_to_binary")
fn integer_to_binary_base(x: Int, base: Int) -> String

pub fn to_base2(x: Int) -> String {
  integer_to_binary_base(x, 2)
}

pub fn to_base8(x: Int) -> String {
  integer_to_binary_base(x, 8)
}

pub fn to_base16(x: Int) -> String {
  integer_to_binary_base(x, 16)
}

pub fn to_base36(x: Int) -> String {
  integer_to_binary_base(x, 36)
}

@external(erlang, "erlang", "float")
pub fn to_float(x: Int) -> Float

pub fn clamp(x: Int, min min_bound: Int, max max_bound: Int) -> Int {
  x
  |> min(max_bound)
  |> max(min_bound)
}

pub fn compare(a: Int, with b: Int) -> Order {
  case a == b {
    True -> order.Eq
    False ->
      case a < b {
        True -> order.Lt
        False -> order.Gt
      }
  }
}

pub fn min(a: Int, b: Int) -> Int {
  case a < b {
    True -> a
    False -> b
  }
}

pub fn max(a: Int, b: Int) -> Int {
  case a > b {
    True -> a
    False -> b
  }
}

pub fn is_even(x: Int) -> Bool {
  x % 2 == 0
}

pub fn is_odd(x: Int) -> Bool {
  x % 2 != 0
}

pub fn negate(x: Int) -> Int {
  -1 * x
}

pub fn sum(numbers: List(Int)) -> Int {
  sum_loop(numbers, 0)
}

fn sum_loop(numbers: List(Int), acc: Int) -> Int {
  case numbers {
    [] -> acc
    [x, ..rest] -> sum_loop(rest, acc + x)
  }
}

/// The product of the numbers; `1` for the empty list.
pub fn product(numbers: List(Int)) -> Int {
  product_loop(numbers, 1)
}

fn product_loop(numbers: List(Int), acc: Int) -> Int {
  case numbers {
    [] -> acc
    [x, ..rest] -> product_loop(rest, acc * x)
  }
}

/// The digits of `x` in `base`, most significant first. Digits of a negative
/// number are negative.
pub fn digits(x: Int, base: Int) -> Result(List(Int), InvalidBase) {
  case base < 2 {
    True -> Error(InvalidBase)
    False -> Ok(digits_loop(x, base, []))
  }
}

fn digits_loop(x: Int, base: Int, acc: List(Int)) -> List(Int) {
  case absolute_value(x) < base {
    True -> [x, ..acc]
    False -> digits_loop(x / base, base, [x % base, ..acc])
  }
}

pub fn undigits(numbers: List(Int), base: Int) -> Result(Int, InvalidBase) {
  case base < 2 {
    True -> Error(InvalidBase)
    False -> undigits_loop(numbers, base, 0)
  }
}

fn undigits_loop(
  numbers: List(Int),
  base: Int,
  acc: Int,
) -> Result(Int, InvalidBase) {
  case numbers {
    [] -> Ok(acc)
    [digit, ..] if digit >= base -> Error(InvalidBase)
    [digit, ..rest] -> undigits_loop(rest, base, acc * base + digit)
  }
}

/// A random integer in the range [min, max).
pub fn random(min: Int, max: Int) -> Int {
  float.random(to_float(min), to_float(max))
  |> float.floor
  |> float.round
}

pub fn divide(dividend: Int, by divisor: Int) -> Result(Int, Nil) {
  case divisor {
    0 -> Error(Nil)
    _ -> Ok(dividend / divisor)
  }
}

/// The remainder of truncated division; its sign follows the dividend.
pub fn remainder(dividend: Int, by divisor: Int) -> Result(Int, Nil) {
  case divisor {
    0 -> Error(Nil)
    _ -> Ok(dividend % divisor)
  }
}

/// The remainder of floored division; its sign follows the divisor.
pub fn modulo(dividend: Int, by divisor: Int) -> Result(Int, Nil) {
  case divisor {
    0 -> Error(Nil)
    _ -> {
      let r = dividend % divisor
      case r * divisor < 0 {
        True -> Ok(r + divisor)
        False -> Ok(r)
      }
    }
  }
}

pub fn floor_divide(dividend: Int, by divisor: Int) -> Result(Int, Nil) {
  case divisor {
    0 -> Error(Nil)
    _ ->
      case dividend * divisor < 0 && dividend % divisor != 0 {
        True -> Ok(dividend / divisor - 1)
        False -> Ok(dividend / divisor)
      }
  }
}

pub fn add(a: Int, b: Int) -> Int {
  a + b
}

pub fn multiply(a: Int, b: Int) -> Int {
  a * b
}

pub fn subtract(a: Int, b: Int) -> Int {
  a - b
}

@external(erlang, "erlang", "band")
pub fn bitwise_and(x: Int, y: Int) -> Int

@external(erlang, "erlang", "bnot")
pub fn bitwise_not(x: Int) -> Int

@external(erlang, "erlang", "bor")
pub fn bitwise_or(x: Int, y: Int) -> Int

@external(erlang, "erlang", "bxor")
pub fn bitwise_exclusive_or(x: Int, y: Int) -> Int

@external(erlang, "erlang", "bsl")
pub fn bitwise_shift_left(x: Int, y: Int) -> Int

@external(erlang, "erlang", "bsr")
pub fn bitwise_shift_right(x: Int, y: Int) -> Int
