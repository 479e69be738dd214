import gleam/pair
import test_helpers.{show}

pub fn main() {
  show("first", pair.first(#(1, "a")))
  show("second", pair.second(#(1, "a")))
  show("swap", pair.swap(#(1, "a")))
  show("map_first", pair.map_first(#(1, "a"), fn(x) { x + 10 }))
  show("map_second", pair.map_second(of: #(1, "a"), with: fn(s) { s <> "!" }))
  show("new", pair.new(1.5, [True]))
}
