import gleam/int
import gleam/io
import gleam/list
import gleam/map
import gleam/string
import test_helpers.{show}

pub fn main() {
  show("length", [list.length([]), list.length(of: [1, 2, 3])])
  show("reverse", list.reverse([1, 2, 3]))
  show("is_empty", [list.is_empty([]), list.is_empty([1])])
  show("contains", [list.contains([1, 2, 3], any: 2), list.contains([1, 2, 3], 4), list.contains([], 1)])
  show("first", [list.first([1, 2]), list.first([])])
  show("rest", [list.rest([1, 2]), list.rest([1]), list.rest([])])
  show("group", map.to_list(list.group([1, 2, 3, 4, 5, 6, 7], by: fn(i) { i % 3 })))
  show("filter", list.filter([1, 2, 3, 4], for: int.is_even))
  show("filter_map", list.filter_map([2, 4, 6, 1], fn(x) {
    case x > 3 {
      True -> Ok(x * 10)
      False -> Error(Nil)
    }
  }))
  show("map", list.map([1, 2, 3], with: fn(x) { x * 2 }))
  show("map2", list.map2([1, 2, 3], [4, 5], with: int.add))
  show("map_fold", list.map_fold(over: [1, 2, 3], from: 100, with: fn(acc, x) { #(acc + x, x * 2) }))
  show("index_map", list.index_map(["a", "b"], fn(i, x) { #(i, x) }))
  show("try_map ok", list.try_map([1, 2, 3], fn(x) { Ok(x + 1) }))
  show("try_map error", list.try_map(over: [1, 2, 3], with: fn(x) {
    case x {
      2 -> Error("two")
      _ -> Ok(x)
    }
  }))
  show("drop", [list.drop([1, 2, 3, 4], 2), list.drop(from: [1, 2], up_to: 5), list.drop([1, 2], -1)])
  show("take", [list.take([1, 2, 3, 4], 2), list.take(from: [1, 2], up_to: 5), list.take([1, 2], 0)])
  show("new", list.new())
  show("append", list.append([1, 2], [3, 4]))
  show("prepend", list.prepend(to: [2, 3], this: 1))
  show("concat", list.concat([[1], [2, 3], [], [4]]))
  show("flatten", list.flatten([[1, 2], [3]]))
  show("flat_map", list.flat_map([1, 2], fn(x) { [x, x * 10] }))
  show("fold", list.fold(over: [1, 2, 3], from: [], with: fn(acc, x) { [x, ..acc] }))
  show("fold_right", list.fold_right([1, 2, 3], [], fn(acc, x) { [x, ..acc] }))
  show("index_fold", list.index_fold(["a", "b", "c"], [], fn(acc, x, i) { [#(i, x), ..acc] }))
  show("try_fold ok", list.try_fold([1, 2, 3], 0, fn(acc, x) { Ok(acc + x) }))
  show("try_fold error", list.try_fold(over: [1, 2, 3], from: 0, with: fn(acc, x) {
    case x {
      3 -> Error(acc)
      _ -> Ok(acc + x)
    }
  }))
  show("fold_until", list.fold_until([1, 2, 3, 4], 0, fn(acc, x) {
    case x < 3 {
      True -> list.Continue(acc + x)
      False -> list.Stop(acc * 100)
    }
  }))
  show("fold_until all", list.fold_until([1, 2], 0, fn(acc, x) { list.Continue(acc + x) }))
  show("find", [list.find([1, 2, 3], fn(x) { x > 1 }), list.find(in: [1, 2, 3], one_that: fn(x) { x > 5 })])
  show("find_map", [list.find_map([[], [2], [3]], list.first), list.find_map([[], []], list.first)])
  show("all", [list.all([1, 2], fn(x) { x > 0 }), list.all([1, -2], fn(x) { x > 0 }), list.all([], fn(x) { x > 0 })])
  show("any", [list.any([1, 2], fn(x) { x > 1 }), list.any([1, -2], fn(x) { x > 5 }), list.any([], fn(x) { x > 0 })])
  show("zip", list.zip([1, 2, 3], with: ["a", "b"]))
  show("strict_zip", #(list.strict_zip([1, 2], ["a", "b"]), list.strict_zip([1, 2], with: ["a"])))
  show("unzip", list.unzip([#(1, "a"), #(2, "b")]))
  show("intersperse", [list.intersperse([1, 2, 3], with: 0), list.intersperse([1], 0), list.intersperse([], 0)])
  show("at", [list.at([1, 2, 3], 1), list.at(in: [1, 2, 3], get: 5), list.at([1, 2, 3], -1)])
  show("unique", list.unique([1, 1, 2, 3, 2, 4, 1]))
  show("sort", list.sort([4, 3, 6, 5, 4, 1], by: int.compare))
  show("sort stable", list.sort([#(1, "a"), #(0, "b"), #(1, "c"), #(0, "d")], fn(a, b) { int.compare(a.0, b.0) }))
  show("sort strings", list.sort(["b", "a", "c"], string.compare))
  show("range", [list.range(0, 3), list.range(3, 0), list.range(-1, 1), list.range(5, 5)])
  show("repeat", [list.repeat("a", times: 3), list.repeat(item: "a", times: 0)])
  show("split", [list.split([6, 7, 8, 9], 0), list.split(list: [6, 7, 8, 9], at: 2), list.split([6, 7, 8, 9], 4), list.split([6, 7], 9)])
  show("split_while", list.split_while([1, 2, 3, 4, 5], satisfying: fn(x) { x <= 3 }))
  show("key_find", [list.key_find([#("a", 0), #("b", 1)], "b"), list.key_find(in: [#("a", 0)], find: "c")])
  show("pop", [list.pop([1, 2, 3, 2], fn(x) { x == 2 }), list.pop(in: [1], one_that: fn(x) { x == 5 })])
  show("pop_map", [list.pop_map([[], [2], [3]], list.first), list.pop_map([[]], list.first)])
  show("key_pop", [list.key_pop([#("a", 0), #("b", 1), #("a", 2)], "a"), list.key_pop([#("a", 0)], "z")])
  show("key_set", [list.key_set([#(5, 0), #(4, 1)], 4, 100), list.key_set([#(5, 0), #(4, 1)], 1, 100)])
  list.each([1, 2], fn(x) { io.println("each " <> int.to_string(x)) })
  show("try_each", list.try_each(over: [1, 2, 3], with: fn(x) {
    io.println("try_each " <> int.to_string(x))
    case x {
      2 -> Error(x)
      _ -> Ok(Nil)
    }
  }))
  show("try_each ok", list.try_each([1], fn(_) { Ok(1) }))
  show("partition", list.partition([1, 2, 3, 4, 5], with: int.is_odd))
  show("permutations", list.permutations([1, 2, 3]))
  show("permutations dup", list.permutations([1, 1]))
  show("permutations empty", list.permutations([]))
  show("window", [list.window([1, 2, 3, 4, 5], 3), list.window([1, 2], by: 3)])
  show("window_by_2", [list.window_by_2([1, 2, 3, 4]), list.window_by_2([1])])
  show("drop_while", list.drop_while([1, 2, 3, 4], fn(x) { x < 3 }))
  show("take_while", list.take_while(in: [1, 2, 3, 2], satisfying: fn(x) { x < 3 }))
  show("chunk", list.chunk([1, 2, 2, 3, 4, 4, 6, 7, 7], by: fn(n) { n % 2 }))
  show("chunk empty", list.chunk([], fn(n) { n }))
  show("sized_chunk", [list.sized_chunk([1, 2, 3, 4, 5, 6], into: 2), list.sized_chunk([1, 2, 3, 4, 5, 6, 7, 8], 3), list.sized_chunk([], 2)])
  show("reduce", [list.reduce([], int.add), list.reduce(over: [1, 2, 3, 4], with: int.add), list.reduce([1, 2, 3], int.subtract)])
  show("scan", list.scan(over: [1, 2, 3], from: 100, with: fn(acc, i) { acc + i }))
  show("last", [list.last([]), list.last([1, 2, 3])])
  show("combinations", [list.combinations([1, 2, 3], by: 2), list.combinations([1, 2, 3, 4], 3), list.combinations([1, 2], 0), list.combinations([1], 2)])
  show("combination_pairs", list.combination_pairs([1, 2, 3, 4]))
  show("interleave", list.interleave([[1, 2], [101, 102], [201, 202, 203]]))
  show("transpose", list.transpose([[1, 2, 3], [101, 102], [201, 202, 203]]))
  show("transpose gaps", list.transpose([[1], [], [2, 3]]))
  let shuffled = list.shuffle(list.range(1, 20))
  show("shuffle keeps elements", list.sort(shuffled, int.compare) == list.range(1, 20))
  show("LengthMismatch", list.LengthMismatch)
}
