import gleam/map
import gleam/option.{None, Some}
import test_helpers.{show}

pub fn main() {
  let m = map.from_list([#("a", 1), #("b", 2), #("c", 3)])
  show("map", m)
  show("size", [map.size(map.new()), map.size(m)])
  show("to_list", map.to_list(m))
  show("from_list dup", map.to_list(map.from_list([#(1, "x"), #(1, "y")])))
  show("has_key", [map.has_key(m, "a"), map.has_key(m, "z")])
  show("new", map.new())
  show("get", [map.get(m, "b"), map.get(m, "z")])
  show("insert", map.to_list(map.insert(into: m, for: "d", insert: 4)))
  show("insert replace", map.to_list(map.insert(m, "a", 100)))
  show("map_values", map.to_list(map.map_values(in: m, with: fn(k, v) { k <> "=" <> string_of(v) })))
  show("keys", map.keys(m))
  show("values", map.values(m))
  show("filter", map.to_list(map.filter(in: m, for: fn(_k, v) { v != 2 })))
  show("take", map.to_list(map.take(from: m, keeping: ["a", "c", "z"])))
  show("merge", map.to_list(map.merge(into: m, from: map.from_list([#("c", 30), #("e", 5)]))))
  show("delete", map.to_list(map.delete(from: m, delete: "a")))
  show("delete missing", map.size(map.delete(m, "zz")))
  show("drop", map.to_list(map.drop(from: m, drop: ["a", "b", "zz"])))
  let inc = fn(x) {
    case x {
      Some(i) -> i + 1
      None -> 0
    }
  }
  show("update existing", map.to_list(map.update(in: m, update: "a", with: inc)))
  show("update missing", map.to_list(map.update(m, "z", inc)))
  show("fold", map.fold(over: m, from: "", with: fn(acc, k, v) { acc <> k <> string_of(v) }))
  show("int keys", map.from_list([#(3, "c"), #(1, "a"), #(2, "b")]))
}

fn string_of(i: Int) -> String {
  case i {
    1 -> "1"
    2 -> "2"
    3 -> "3"
    _ -> "?"
  }
}
