//// Functions for working with `Result` values.

import gleam/list

pub fn is_ok(result: Result(a, e)) -> Bool {
  case result {
    Ok(_) -> True
    Error(_) -> False
  }
}

pub fn is_error(result: Result(a, e)) -> Bool {
  case result {
    Ok(_) -> False
    Error(_) -> True
  }
}

pub fn map(over result: Result(a, e), with fun: fn(a) -> b) -> Result(b, e) {
  case result {
    Ok(x) -> Ok(fun(x))
    Error(e) -> Error(e)
  }
}

pub fn map_error(
  over result: Result(a, e),
  with fun: fn(e) -> f,
) -> Result(a, f) {
  case result {
    Ok(x) -> Ok(x)
    Error(e) -> Error(fun(e))
  }
}

pub fn flatten(result: Result(Result(a, e), e)) -> Result(a, e) {
  case result {
    Ok(inner) -> inner
    Error(e) -> Error(e)
  }
}

pub fn try(
  result: Result(a, e),
  apply fun: fn(a) -> Result(b, e),
) -> Result(b, e) {
  case result {
    Ok(x) -> fun(x)
    Error(e) -> Error(e)
  }
}

/// Same as `try`.
pub fn then(
  result: Result(a, e),
  apply fun: fn(a) -> Result(b, e),
) -> Result(b, e) {
  try(result, fun)
}

pub fn unwrap(result: Result(a, e), or default: a) -> a {
  case result {
    Ok(x) -> x
    Error(_) -> default
  }
}

pub fn lazy_unwrap(result: Result(a, e), or default: fn() -> a) -> a {
  case result {
    Ok(x) -> x
    Error(_) -> default()
  }
}

pub fn unwrap_error(result: Result(a, e), or default: e) -> e {
  case result {
    Ok(_) -> default
    Error(e) -> e
  }
}

pub fn unwrap_both(result: Result(a, a)) -> a {
  case result {
    Ok(x) -> x
    Error(x) -> x
  }
}

pub fn nil_error(result: Result(a, e)) -> Result(a, Nil) {
  map_error(result, fn(_) { Nil })
}

pub fn or(first: Result(a, e), second: Result(a, e)) -> Result(a, e) {
  case first {
    Ok(_) -> first
    Error(_) -> second
  }
}

pub fn lazy_or(
  first: Result(a, e),
  second: fn() -> Result(a, e),
) -> Result(a, e) {
  case first {
    Ok(_) -> first
    Error(_) -> second()
  }
}

/// `Ok` of all values if every result is `Ok`, otherwise the first error.
pub fn all(results: List(Result(a, e))) -> Result(List(a), e) {
  list.try_map(results, fn(r) { r })
}

/// Splits the values and errors apart. Both lists come out in reverse order
/// of appearance, as in gleam_stdlib.
pub fn partition(results: List(Result(a, e))) -> #(List(a), List(e)) {
  split_results(results, [], [])
}

fn split_results(
  results: List(Result(a, e)),
  oks: List(a),
  errors: List(e),
) -> #(List(a), List(e)) {
  case results {
    [] -> #(oks, errors)
    [Ok(x), ..rest] -> split_results(rest, [x, ..oks], errors)
    [Error(e), ..rest] -> split_results(rest, oks, [e, ..errors])
  }
}

pub fn replace(result: Result(a, e), value: b) -> Result(b, e) {
  case result {
    Ok(_) -> Ok(value)
    Error(e) -> Error(e)
  }
}

pub fn replace_error(result: Result(a, e1), error: e2) -> Result(a, e2) {
  case result {
    Ok(x) -> Ok(x)
    Error(_) -> Error(error)
  }
}

pub fn values(results: List(Result(a, e))) -> List(a) {
  list.filter_map(results, fn(r) { r })
}

pub fn try_recover(
  result: Result(a, e),
  with fun: fn(e) -> Result(a, f),
) -> Result(a, f) {
  case result {
    Ok(x) -> Ok(x)
    Error(e) -> fun(e)
  }
}
