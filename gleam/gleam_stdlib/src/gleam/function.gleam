//// Helpers for working with functions.

/// `compose(f, g)` is a function that applies `f` and then `g`.
pub fn compose(fun1: fn(a) -> b, fun2: fn(b) -> c) -> fn(a) -> c {
  fn(x) { fun2(fun1(x)) }
}

pub fn curry2(fun: fn(a, b) -> value) {
  fn(a) { fn(b) { fun(a, b) } }
}

pub fn curry3(fun: fn(a, b, c) -> value) {
  fn(a) { fn(b) { fn(c) { fun(a, b, c) } } }
}

pub fn curry4(fun: fn(a, b, c, d) -> value) {
  fn(a) { fn(b) { fn(c) { fn(d) { fun(a, b, c, d) } } } }
}

pub fn curry5(fun: fn(a, b, c, d, e) -> value) {
  fn(a) { fn(b) { fn(c) { fn(d) { fn(e) { fun(a, b, c, d, e) } } } } }
}

pub fn curry6(fun: fn(a, b, c, d, e, f) -> value) {
  fn(a) {
    fn(b) { fn(c) { fn(d) { fn(e) { fn(f) { fun(a, b, c, d, e, f) } } } } }
  }
}

/// Swaps the two arguments of a two-argument function.
pub fn flip(fun: fn(a, b) -> c) -> fn(b, a) -> c {
  fn(b, a) { fun(a, b) }
}

pub fn identity(x: a) -> a {
  x
}

/// A one-argument function that ignores its argument and returns `value`.
pub fn constant(value: a) -> fn(b) -> a {
  fn(_) { value }
}

/// Calls `effect` with `arg` for its side effects, then returns `arg`.
pub fn tap(arg: a, effect: fn(a) -> b) -> a {
  effect(arg)
  arg
}

pub fn apply1(fun: fn(a) -> value, arg1: a) -> value {
  fun(arg1)
}

pub fn apply2(fun: fn(a, b) -> value, arg1: a, arg2: b) -> value {
  fun(arg1, arg2)
}

pub fn apply3(fun: fn(a, b, c) -> value, arg1: a, arg2: b, arg3: c) -> value {
  fun(arg1, arg2, arg3)
}
