//// Functions for `Float` values.

import gleam/order.{Order}

@external(erlang, "gleam_stdlib", "parse_float")
pub fn parse(string: String) -> Result(Float, Nil)

@external(erlang, "gleam_stdlib", "float_to_string")
pub fn to_string(x: Float) -> String

pub fn clamp(x: Float, min min_bound: Float, max max_bound: Float) -> Float {
  x
  |> min(max_bound)
  |> max(min_bound)
}

pub fn compare(a: Float, with b: Float) -> Order {
  case a == b {
    True -> order.Eq
    False ->
      case a <. b {
        True -> order.Lt
        False -> order.Gt
      }
  }
}

pub fn loosely_compare(
  a: Float,
  with b: Float,
  tolerating tolerance: Float,
) -> Order {
  case absolute_value(a -. b) <=. tolerance {
    True -> order.Eq
    False -> compare(a, b)
  }
}

pub fn loosely_equals(
  a: Float,
  with b: Float,
  tolerating tolerance: Float,
) -> Bool {
  absolute_value(a -. b) <=. tolerance
}

pub fn min(a: Float, b: Float) -> Float {
  case a <. b {
    True -> a
    False -> b
  }
}

pub fn max(a: Float, b: Float) -> Float {
  case a >. b {
    True -> a
    False -> b
  }
}

@external(erlang, "math", "ceil")
pub fn ceiling(x: Float) -> Float

@external(erlang, "math", "floor")
pub fn floor(x: Float) -> Float

@external(erlang, "erlang", "round")
pub fn round(x: Float) -> Int

@external(erlang, "erlang", "trunc")
pub fn truncate(x: Float) -> Int

pub fn absolute_value(x: Float) -> Float {
  case x >=. 0.0 {
    True -> x
    False -> 0.0 -. x
  }
}

/// Errors when the result would be imaginary (negative base with a
/// fractional exponent) or a division by zero (zero base, negative exponent).
pub fn power(base: Float, of exponent: Float) -> Result(Float, Nil) {
  let fractional = ceiling(exponent) -. exponent >. 0.0
  case base <. 0.0 && fractional || base == 0.0 && exponent <. 0.0 {
    True -> Error(Nil)
    False -> Ok(erlang_pow(base, exponent))
  }
}

@external(erlang, "math", "pow")
fn erlang_pow(base: Float, exponent: Float) -> Float

pub fn square_root(x: Float) -> Result(Float, Nil) {
  power(x, 0.5)
}

pub fn negate(x: Float) -> Float {
  -1.0 *. x
}

pub fn sum(numbers: List(Float)) -> Float {
  sum_loop(numbers, 0.0)
}

fn sum_loop(numbers: List(Float), acc: Float) -> Float {
  case numbers {
    [] -> acc
    [x, ..rest] -> sum_loop(rest, acc +. x)
  }
}

/// The product of the numbers; `1.0` for the empty list.
pub fn product(numbers: List(Float)) -> Float {
  product_loop(numbers, 1.0)
}

fn product_loop(numbers: List(Float), acc: Float) -> Float {
  case numbers {
    [] -> acc
    [x, ..rest] -> product_loop(rest, acc *. x)
  }
}

/// A random float in the range [min, max).
pub fn random(min: Float, max: Float) -> Float {
  uniform() *. { max -. min } +. min
}

@external(erlang, "rand", "uniform")
fn uniform() -> Float

pub fn divide(a: Float, by b: Float) -> Result(Float, Nil) {
  case b == 0.0 {
    True -> Error(Nil)
    False -> Ok(a /. b)
  }
}

pub fn add(a: Float, b: Float) -> Float {
  a +. b
}

pub fn multiply(a: Float, b: Float) -> Float {
  a *. b
}

pub fn subtract(a: Float, b: Float) -> Float {
  a -. b
}
