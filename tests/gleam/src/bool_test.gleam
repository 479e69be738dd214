import gleam/bool
import test_helpers.{show}

pub fn main() {
  let pairs = [#(True, True), #(True, False), #(False, True), #(False, False)]
  show("and", map_pairs(pairs, bool.and))
  show("or", map_pairs(pairs, bool.or))
  show("nor", map_pairs(pairs, bool.nor))
  show("nand", map_pairs(pairs, bool.nand))
  show("exclusive_or", map_pairs(pairs, bool.exclusive_or))
  show("exclusive_nor", map_pairs(pairs, bool.exclusive_nor))
  show("compare", map_pairs(pairs, bool.compare))
  show("max", map_pairs(pairs, bool.max))
  show("min", map_pairs(pairs, bool.min))
  show("negate", #(bool.negate(True), bool.negate(False)))
  show("to_int", #(bool.to_int(True), bool.to_int(False)))
  show("to_string", #(bool.to_string(True), bool.to_string(False)))
  show("guard true", bool.guard(True, "early", fn() { "late" }))
  show("guard false", bool.guard(when: False, return: "early", otherwise: fn() {
    "late"
  }))
  show("guard use", guarded(5))
  show("guard use", guarded(-5))
}

fn guarded(x: Int) -> String {
  use <- bool.guard(x < 0, "negative")
  "non-negative"
}

fn map_pairs(pairs: List(#(Bool, Bool)), f: fn(Bool, Bool) -> a) -> List(a) {
  case pairs {
    [] -> []
    [#(a, b), ..rest] -> [f(a, b), ..map_pairs(rest, f)]
  }
}
