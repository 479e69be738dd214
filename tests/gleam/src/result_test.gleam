import gleam/int
import gleam/result
import test_helpers.{show}

pub fn main() {
  let ok: Result(Int, String) = Ok(1)
  let err: Result(Int, String) = Error("bad")
  show("is_ok", #(result.is_ok(ok), result.is_ok(err)))
  show("is_error", #(result.is_error(ok), result.is_error(err)))
  show("map", #(result.map(ok, fn(x) { x + 1 }), result.map(err, fn(x) { x + 1 })))
  show("map_error", #(result.map_error(ok, fn(e) { e <> "!" }), result.map_error(over: err, with: fn(e) { e <> "!" })))
  show("flatten", #(result.flatten(Ok(ok)), result.flatten(Ok(err)), result.flatten(Error("outer"))))
  show("try", result.try(ok, fn(x) { Ok(x * 10) }))
  show("try err", result.try(err, fn(x) { Ok(x * 10) }))
  show("then", result.then(ok, fn(_) { Error("then failed") }))
  show("unwrap", #(result.unwrap(ok, 0), result.unwrap(err, or: 0)))
  show("lazy_unwrap", result.lazy_unwrap(err, fn() { 7 }))
  show("unwrap_error", #(result.unwrap_error(ok, "default"), result.unwrap_error(err, "default")))
  show("unwrap_both", #(result.unwrap_both(Ok(1)), result.unwrap_both(Error(2))))
  show("nil_error", result.nil_error(err))
  show("or", #(result.or(ok, Ok(2)), result.or(err, Ok(2)), result.or(err, Error("second"))))
  show("lazy_or", result.lazy_or(err, fn() { Ok(99) }))
  show("all ok", result.all([Ok(1), Ok(2)]))
  show("all error", result.all([Ok(1), Error("a"), Error("b")]))
  show("partition", result.partition([Ok(1), Error("a"), Error("b"), Ok(2)]))
  show("replace", #(result.replace(ok, "x"), result.replace(err, "x")))
  show("replace_error", #(result.replace_error(ok, 0), result.replace_error(err, 0)))
  show("values", result.values([Ok(1), Error("no"), Ok(3)]))
  show("try_recover", result.try_recover(err, fn(e) { Ok(int.add(100, string_len(e))) }))
  show("try_recover ok", result.try_recover(ok, fn(_) { Error(0) }))
}

@external(erlang, "erlang", "byte_size")
fn string_len(s: String) -> Int
