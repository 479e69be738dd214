//// Ordering of values: less than, equal to, or greater than.

pub type Order {
  Lt
  Eq
  Gt
}

/// Flips an ordering: `Lt` becomes `Gt` and `Gt` becomes `Lt`.
pub fn negate(order: Order) -> Order {
  case order {
    Lt -> Gt
    Eq -> Eq
    Gt -> Lt
  }
}

/// `Lt` is -1, `Eq` is 0 and `Gt` is 1.
pub fn to_int(order: Order) -> Int {
  case order {
    Lt -> -1
    Eq -> 0
    Gt -> 1
  }
}

/// Compares two orderings, with `Lt < Eq < Gt`.
pub fn compare(a: Order, with b: Order) -> Order {
  let x = to_int(a)
  let y = to_int(b)
  case x == y {
    True -> Eq
    False ->
      case x < y {
        True -> Lt
        False -> Gt
      }
  }
}

/// The greater of two orderings.
pub fn max(a: Order, b: Order) -> Order {
  case compare(a, b) {
    Gt -> a
    _ -> b
  }
}

/// The lesser of two orderings.
pub fn min(a: Order, b: Order) -> Order {
  case compare(a, b) {
    Lt -> a
    _ -> b
  }
}

/// Turns an ordering function into one that orders the other way round.
pub fn reverse(orderer: fn(a, a) -> Order) -> fn(a, a) -> Order {
  fn(a, b) { orderer(b, a) }
}
