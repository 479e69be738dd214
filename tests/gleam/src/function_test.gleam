import gleam/function
import gleam/int
import gleam/io
import gleam/list
import gleam/string
import test_helpers.{show}

pub fn main() {
  let add_one = fn(x) { x + 1 }
  let double = fn(x) { x * 2 }
  show("compose", function.compose(add_one, double)(5))
  show("curry2", function.curry2(fn(a, b) { a - b })(10)(3))
  show("curry3", function.curry3(fn(a, b, c) { a + b * c })(1)(2)(3))
  show(
    "curry4",
    function.curry4(fn(a, b, c, d) { [a, b, c, d] })(1)(2)(3)(4),
  )
  show(
    "curry5",
    function.curry5(fn(a, b, c, d, e) { [a, b, c, d, e] })(1)(2)(3)(4)(5),
  )
  show(
    "curry6",
    function.curry6(fn(a, b, c, d, e, f) { [a, b, c, d, e, f] })(1)(2)(3)(4)(5)(
      6,
    ),
  )
  show("flip", function.flip(fn(a, b) { a - b })(1, 10))
  show("flip string", function.flip(string.append)("a", "b"))
  show("identity", function.identity("same"))
  show("constant", list.map([1, 2, 3], function.constant("x")))
  show("tap", function.tap(5, fn(x) { io.println("tapped " <> int.to_string(x)) }))
  show("apply1", function.apply1(add_one, 1))
  show("apply2", function.apply2(int.add, 1, 2))
  show("apply3", function.apply3(fn(a, b, c) { a * b * c }, 2, 3, 4))
  show("curried fn", function.curry2(int.add))
}
