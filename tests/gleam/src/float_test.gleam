import gleam/float
import gleam/list
import test_helpers.{show}

pub fn main() {
  show("parse", [float.parse("1.5"), float.parse("-0.25"), float.parse("1"), float.parse("1.5e3"), float.parse(".5"), float.parse("abc")])
  show("to_string", list.map([1.0, -8.1, 0.1, 123.456, 100000.0, 1.0e21, 0.0001, 0.00001, 3.0e-7, 2.5e15], float.to_string))
  show("clamp", [float.clamp(1.2, min: 1.4, max: 1.6), float.clamp(1.5, 1.4, 1.6), float.clamp(1.7, 1.4, 1.6)])
  show("compare", [float.compare(1.0, 2.0), float.compare(2.0, 2.0), float.compare(3.0, with: 2.0)])
  show("loosely_compare", [float.loosely_compare(10.2, 10.5, tolerating: 0.5), float.loosely_compare(10.2, 10.5, 0.1), float.loosely_compare(10.9, 10.5, 0.1)])
  show("loosely_equals", [float.loosely_equals(10.2, 10.5, tolerating: 0.5), float.loosely_equals(10.2, with: 10.5, tolerating: 0.1)])
  show("min max", #(float.min(1.5, 2.5), float.max(1.5, 2.5)))
  show("ceiling", [float.ceiling(2.3), float.ceiling(-2.3), float.ceiling(4.0)])
  show("floor", [float.floor(2.7), float.floor(-2.3)])
  show("round", [float.round(2.4), float.round(2.5), float.round(-2.5), float.round(-2.4)])
  show("truncate", [float.truncate(2.9), float.truncate(-2.9)])
  show("absolute_value", [float.absolute_value(-1.5), float.absolute_value(2.5), float.absolute_value(0.0)])
  show("power", [float.power(2.0, -1.0), float.power(2.0, 2.0), float.power(-8.0, 1.0 /. 3.0), float.power(-2.0, 3.0), float.power(0.0, -1.0), float.power(4.0, 0.5)])
  show("square_root", [float.square_root(4.0), float.square_root(-4.0), float.square_root(2.0)])
  show("negate", [float.negate(1.5), float.negate(-2.0)])
  show("sum", [float.sum([]), float.sum([1.0, 2.5, 3.5])])
  show("product", [float.product([]), float.product([2.0, 2.5])])
  let r = float.random(1.0, 2.0)
  show("random in range", r >=. 1.0 && r <. 2.0)
  show("divide", [float.divide(1.0, 4.0), float.divide(1.0, by: 0.0)])
  show("add multiply subtract", [float.add(1.5, 2.25), float.multiply(1.5, 2.0), float.subtract(1.5, 2.25)])
  show("inspect floats", [1.0, 0.5, 1.0e10, -0.0])
}
