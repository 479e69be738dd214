//// The `Option` type: a value that may be absent.

pub type Option(a) {
  Some(a)
  None
}

/// `Some` of all the values when every element is `Some`, otherwise `None`.
pub fn all(list: List(Option(a))) -> Option(List(a)) {
  collect_all(list, [])
}

fn collect_all(list: List(Option(a)), acc: List(a)) -> Option(List(a)) {
  case list {
    [] -> Some(reverse_list(acc, []))
    [Some(x), ..rest] -> collect_all(rest, [x, ..acc])
    [None, ..] -> None
  }
}

fn reverse_list(list: List(a), acc: List(a)) -> List(a) {
  case list {
    [] -> acc
    [x, ..rest] -> reverse_list(rest, [x, ..acc])
  }
}

pub fn is_some(option: Option(a)) -> Bool {
  option != None
}

pub fn is_none(option: Option(a)) -> Bool {
  option == None
}

pub fn to_result(option: Option(a), e) -> Result(a, e) {
  case option {
    Some(x) -> Ok(x)
    None -> Error(e)
  }
}

pub fn from_result(result: Result(a, e)) -> Option(a) {
  case result {
    Ok(x) -> Some(x)
    Error(_) -> None
  }
}

pub fn unwrap(option: Option(a), or default: a) -> a {
  case option {
    Some(x) -> x
    None -> default
  }
}

pub fn lazy_unwrap(option: Option(a), or default: fn() -> a) -> a {
  case option {
    Some(x) -> x
    None -> default()
  }
}

pub fn map(over option: Option(a), with fun: fn(a) -> b) -> Option(b) {
  case option {
    Some(x) -> Some(fun(x))
    None -> None
  }
}

pub fn flatten(option: Option(Option(a))) -> Option(a) {
  case option {
    Some(inner) -> inner
    None -> None
  }
}

pub fn then(option: Option(a), apply fun: fn(a) -> Option(b)) -> Option(b) {
  case option {
    Some(x) -> fun(x)
    None -> None
  }
}

pub fn or(first: Option(a), second: Option(a)) -> Option(a) {
  case first {
    Some(_) -> first
    None -> second
  }
}

pub fn lazy_or(first: Option(a), second: fn() -> Option(a)) -> Option(a) {
  case first {
    Some(_) -> first
    None -> second()
  }
}

/// The contents of all the `Some` values, in order.
pub fn values(options: List(Option(a))) -> List(a) {
  collect_values(options, [])
}

fn collect_values(options: List(Option(a)), acc: List(a)) -> List(a) {
  case options {
    [] -> reverse_list(acc, [])
    [Some(x), ..rest] -> collect_values(rest, [x, ..acc])
    [None, ..rest] -> collect_values(rest, acc)
  }
}
