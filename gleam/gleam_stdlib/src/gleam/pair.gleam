//// Functions for two-element tuples.

pub fn first(pair: #(a, b)) -> a {
  pair.0
}

pub fn second(pair: #(a, b)) -> b {
  pair.1
}

pub fn swap(pair: #(a, b)) -> #(b, a) {
  #(pair.1, pair.0)
}

pub fn map_first(of pair: #(a, b), with fun: fn(a) -> c) -> #(c, b) {
  #(fun(pair.0), pair.1)
}

pub fn map_second(of pair: #(a, b), with fun: fn(b) -> c) -> #(a, c) {
  #(pair.0, fun(pair.1))
}

pub fn new(first: a, second: b) -> #(a, b) {
  #(first, second)
}
