//// Functions for `Bool` values.

import gleam/order.{Order}

pub fn and(a: Bool, b: Bool) -> Bool {
  a && b
}

pub fn or(a: Bool, b: Bool) -> Bool {
  a || b
}

pub fn negate(bool: Bool) -> Bool {
  case bool {
    True -> False
    False -> True
  }
}

pub fn nor(a: Bool, b: Bool) -> Bool {
  negate(a || b)
}

pub fn nand(a: Bool, b: Bool) -> Bool {
  negate(a && b)
}

pub fn exclusive_or(a: Bool, b: Bool) -> Bool {
  a != b
}

pub fn exclusive_nor(a: Bool, b: Bool) -> Bool {
  a == b
}

/// `False` is less than `True`.
pub fn compare(a: Bool, with b: Bool) -> Order {
  case a, b {
    True, False -> order.Gt
    False, True -> order.Lt
    _, _ -> order.Eq
  }
}

pub fn max(a: Bool, b: Bool) -> Bool {
  a || b
}

pub fn min(a: Bool, b: Bool) -> Bool {
  a && b
}

pub fn to_int(bool: Bool) -> Int {
  case bool {
    True -> 1
    False -> 0
  }
}

pub fn to_string(bool: Bool) -> String {
  case bool {
    True -> "True"
    False -> "False"
  }
}

/// Returns `consequence` when `requirement` holds, otherwise calls
/// `alternative`. Handy with `use`.
pub fn guard(
  when requirement: Bool,
  return consequence: t,
  otherwise alternative: fn() -> t,
) -> t {
  case requirement {
    True -> consequence
    False -> alternative()
  }
}
