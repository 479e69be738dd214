import gleam/dynamic.{DecodeError}
import gleam/map
import gleam/option.{None, Some}
import test_helpers.{show}

pub type Cat {
  Cat(name: String, lives: Int)
}

pub type Nine {
  Nine(Int, Int, Int, Int, Int, Int, Int, Int, Int)
}

pub fn main() {
  show("from", d(#(1, "a")))
  show("unsafe_coerce", { dynamic.unsafe_coerce(d(5)) } + 1)
  show("dynamic", dynamic.dynamic(d(1)))
  show("bit_string", [dynamic.bit_string(d(<<200, 2>>)), dynamic.bit_string(d(1))])
  show("string", [dynamic.string(d("hi")), dynamic.string(d(1)), dynamic.string(d(<<255>>))])
  show("classify", [
    dynamic.classify(d(1)), dynamic.classify(d(1.5)), dynamic.classify(d("s")),
    dynamic.classify(d(<<255>>)), dynamic.classify(d(<<1:3>>)), dynamic.classify(d([1])),
    dynamic.classify(d(Nil)), dynamic.classify(d(True)), dynamic.classify(d(Ok(1))),
    dynamic.classify(d(#(1, 2, 3))), dynamic.classify(d(map.new())), dynamic.classify(d(fn(x) { x })),
    dynamic.classify(d(Cat("a", 1))),
  ])
  show("int", [dynamic.int(d(1)), dynamic.int(d(1.0)), dynamic.int(d("1"))])
  show("float", [dynamic.float(d(1.5)), dynamic.float(d(1))])
  show("bool", [dynamic.bool(d(True)), dynamic.bool(d(Nil)), dynamic.bool(d(1))])
  show("shallow_list", [dynamic.shallow_list(d([1, 2])), dynamic.shallow_list(d(1))])
  let res = dynamic.result(ok: dynamic.int, error: dynamic.string)
  show("result", [res(d(Ok(1))), res(d(Error("e"))), res(d(Ok("x"))), res(d(Error(1))), res(d(1))])
  show("list", [dynamic.list(of: dynamic.int)(d([1, 2])), dynamic.list(dynamic.int)(d([d(1), d("a"), d(3.0)])), dynamic.list(dynamic.int)(d("x"))])
  show("list nested", dynamic.list(dynamic.list(dynamic.int))(d([d([1]), d([2, 3]), d(["x"])])))
  let opt = dynamic.optional(of: dynamic.int)
  show("optional", [opt(d(1)), opt(d(Nil)), opt(d(None)), opt(d(Some(3))), opt(d("x"))])
  let m = d(map.from_list([#("name", d("Tom")), #("lives", d(9))]))
  show("field", [
    dynamic.field(named: "name", of: dynamic.string)(m),
    dynamic.field("lives", dynamic.string)(m),
    dynamic.field("missing", dynamic.string)(m),
    dynamic.field("name", dynamic.string)(d(1)),
  ])
  show("field int key", dynamic.field(1, dynamic.string)(d(map.from_list([#(1, 2)]))))
  show("field other key", dynamic.field(1.5, dynamic.string)(d(map.from_list([#(1.5, 2)]))))
  let nil_map = d(map.from_list([#("a", d(Nil)), #("b", d(1)), #("c", d("x"))]))
  show("optional_field", [
    dynamic.optional_field(named: "a", of: dynamic.int)(nil_map),
    dynamic.optional_field("b", dynamic.int)(nil_map),
    dynamic.optional_field("c", dynamic.int)(nil_map),
    dynamic.optional_field("zz", dynamic.int)(nil_map),
    dynamic.optional_field("a", dynamic.int)(d(1)),
  ])
  let t = d(#(1, "a", 2.5))
  show("element", [
    dynamic.element(at: 0, of: dynamic.int)(t),
    dynamic.element(1, dynamic.int)(t),
    dynamic.element(3, dynamic.int)(t),
    dynamic.element(-4, dynamic.int)(t),
    dynamic.element(0, dynamic.int)(d(#())),
    dynamic.element(0, dynamic.int)(d([1])),
  ])
  show("element float", dynamic.element(-1, dynamic.float)(t))
  show("tuple2", [
    dynamic.tuple2(first: dynamic.int, second: dynamic.string)(d(#(1, "a"))),
    dynamic.tuple2(dynamic.int, dynamic.string)(d([1, 2])),
    dynamic.tuple2(dynamic.int, dynamic.string)(d(#(1, 2, 3))),
  ])
  show("tuple2 list", dynamic.tuple2(dynamic.int, dynamic.int)(d([1, 2])))
  show("tuple3", [
    dynamic.tuple3(dynamic.int, dynamic.string, dynamic.int)(d(#(1, "2", 3))),
    dynamic.tuple3(dynamic.int, dynamic.string, dynamic.int)(d(#("x", 2, 3))),
  ])
  show("tuple4", dynamic.tuple4(dynamic.int, dynamic.int, dynamic.int, dynamic.int)(d(#(1, 2, 3, 4))))
  show("tuple4 error", dynamic.tuple4(dynamic.int, dynamic.int, dynamic.int, dynamic.int)(d(#(1, 2))))
  show("tuple5", dynamic.tuple5(dynamic.int, dynamic.int, dynamic.int, dynamic.int, dynamic.string)(d(#(1, 2, 3, 4, 5))))
  show("tuple6", dynamic.tuple6(dynamic.int, dynamic.int, dynamic.int, dynamic.int, dynamic.int, dynamic.int)(d([1, 2, 3, 4, 5, 6])))
  let md = dynamic.map(of: dynamic.string, to: dynamic.int)
  show("map", [
    md(d(map.from_list([#("a", 1)]))) |> result_map_to_list,
    md(d(map.from_list([#(1, 1)]))) |> result_map_to_list,
    md(d(map.from_list([#("a", "b")]))) |> result_map_to_list,
    md(d(1)) |> result_map_to_list,
  ])
  let any = dynamic.any(of: [dynamic.int, fn(x) { dynamic.string(x) |> result_len }])
  show("any", [any(d(1)), any(d("abc")), any(d(1.5))])
  show("any empty", dynamic.any([])(d(1)) == Error([DecodeError("another type", "Int", [])]))
  show("decode1", dynamic.decode1(Ok, dynamic.int)(d(1)))
  show("decode1 error", dynamic.decode1(Ok, dynamic.int)(d("x")))
  let cat = dynamic.decode2(Cat, dynamic.field("name", dynamic.string), dynamic.field("lives", dynamic.int))
  show("decode2", cat(m))
  show("decode2 errors", cat(d(map.from_list([#("lives", "x")]))))
  let e = dynamic.element
  let i = dynamic.int
  show("decode3", dynamic.decode3(fn(a, b, c) { [a, b, c] }, e(0, i), e(1, i), e(2, i))(d(#(1, 2, 3))))
  show("decode4", dynamic.decode4(fn(a, b, c, dd) { [a, b, c, dd] }, e(0, i), e(1, i), e(2, i), e(3, i))(d(#(1, 2, 3, 4))))
  show("decode5", dynamic.decode5(fn(a, b, c, dd, ee) { [a, b, c, dd, ee] }, e(0, i), e(1, i), e(2, i), e(3, i), e(4, i))(d(#(1, 2, 3, 4, 5))))
  show("decode6", dynamic.decode6(fn(a, b, c, dd, ee, f) { [a, b, c, dd, ee, f] }, e(0, i), e(1, i), e(2, i), e(3, i), e(4, i), e(5, i))(d(#(1, 2, 3, 4, 5, 6))))
  show("decode7", dynamic.decode7(fn(a, b, c, dd, ee, f, g) { [a, b, c, dd, ee, f, g] }, e(0, i), e(1, i), e(2, i), e(3, i), e(4, i), e(5, i), e(6, i))(d(#(1, 2, 3, 4, 5, 6, 7))))
  show("decode8", dynamic.decode8(fn(a, b, c, dd, ee, f, g, h) { [a, b, c, dd, ee, f, g, h] }, e(0, i), e(1, i), e(2, i), e(3, i), e(4, i), e(5, i), e(6, i), e(7, i))(d(#(1, 2, 3, 4, 5, 6, 7, 8))))
  show("decode9", dynamic.decode9(Nine, e(0, i), e(1, i), e(2, i), e(3, i), e(4, i), e(5, i), e(6, i), e(7, i), e(8, i))(d(#(1, 2, 3, 4, 5, 6, 7, 8, 9))))
  show("decode9 errors", dynamic.decode9(Nine, e(0, i), e(1, i), e(2, i), e(3, i), e(4, i), e(5, i), e(6, i), e(7, i), e(8, i))(d(#(1, 2))))
}

fn result_len(r: Result(String, a)) -> Result(Int, a) {
  case r {
    Ok(s) -> Ok(byte_len(s))
    Error(e) -> Error(e)
  }
}

@external(erlang, "erlang", "byte_size")
fn byte_len(s: String) -> Int

fn result_map_to_list(r) {
  case r {
    Ok(m) -> Ok(map.to_list(m))
    Error(e) -> Error(e)
  }
}

fn d(x) -> dynamic.Dynamic {
  dynamic.from(x)
}
