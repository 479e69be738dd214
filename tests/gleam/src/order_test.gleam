import gleam/order.{Eq, Gt, Lt}
import gleam/int
import gleam/list
import test_helpers.{show}

pub fn main() {
  show("negate Lt", order.negate(Lt))
  show("negate Eq", order.negate(Eq))
  show("negate Gt", order.negate(Gt))
  show("to_int", list.map([Lt, Eq, Gt], order.to_int))
  show("compare Lt Lt", order.compare(Lt, Lt))
  show("compare Lt Eq", order.compare(Lt, with: Eq))
  show("compare Gt Eq", order.compare(Gt, Eq))
  show("compare Eq Gt", order.compare(Eq, Gt))
  show("max Lt Gt", order.max(Lt, Gt))
  show("max Eq Lt", order.max(Eq, Lt))
  show("min Lt Gt", order.min(Lt, Gt))
  show("min Gt Eq", order.min(Gt, Eq))
  show("reverse sort", list.sort([3, 1, 2], order.reverse(int.compare)))
  show("reverse", order.reverse(int.compare)(1, 2))
}
