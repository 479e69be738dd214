import gleam/option.{None, Some}
import test_helpers.{show}

pub fn main() {
  show("all ok", option.all([Some(1), Some(2)]))
  show("all none", option.all([Some(1), None]))
  show("all empty", option.all([]))
  show("is_some", #(option.is_some(Some(1)), option.is_some(None)))
  show("is_none", #(option.is_none(Some(1)), option.is_none(None)))
  show("to_result some", option.to_result(Some(1), "e"))
  show("to_result none", option.to_result(None, "e"))
  show("from_result ok", option.from_result(Ok(1)))
  show("from_result error", option.from_result(Error("e")))
  show("unwrap", #(option.unwrap(Some(1), 0), option.unwrap(None, or: 0)))
  show("lazy_unwrap", option.lazy_unwrap(None, fn() { 42 }))
  show("map", #(option.map(Some(1), fn(x) { x * 10 }), option.map(None, fn(x) { x * 10 })))
  show("flatten", #(option.flatten(Some(Some(1))), option.flatten(Some(None)), option.flatten(None)))
  show("then", option.then(Some(1), fn(x) { Some(x + 1) }))
  show("then none", option.then(Some(1), fn(_) { None }))
  show("or", #(option.or(Some(1), Some(2)), option.or(None, Some(2)), option.or(None, None)))
  show("lazy_or", option.lazy_or(None, fn() { Some(3) }))
  show("lazy_or some", option.lazy_or(Some(1), fn() { Some(3) }))
  show("values", option.values([Some(1), None, Some(3)]))
}
