import gleam/int
import gleam/io
import gleam/iterator.{Done, Next}
import gleam/list
import gleam/map
import test_helpers.{show}

pub fn main() {
  let countdown =
    iterator.unfold(from: 3, with: fn(n) {
      case n {
        0 -> Done
        n -> Next(element: n, accumulator: n - 1)
      }
    })
  show("unfold", iterator.to_list(countdown))
  show("repeatedly", iterator.repeatedly(fn() { 7 }) |> iterator.take(3) |> iterator.to_list)
  show("repeat", iterator.repeat("x") |> iterator.take(2) |> iterator.to_list)
  show("from_list", iterator.to_list(iterator.from_list([1, 2, 3])))
  show("transform", iterator.from_list([1, 2, 3, 4, 5])
    |> iterator.transform(from: 0, with: fn(acc, x) {
      case x {
        4 -> Done
        _ -> Next(#(x, acc + x), acc + x)
      }
    })
    |> iterator.to_list)
  show("fold", iterator.fold(over: iterator.from_list([1, 2, 3]), from: 0, with: int.add))
  iterator.from_list([1, 2]) |> iterator.map(fn(x) { io.println("run " <> int.to_string(x)) }) |> iterator.run
  show("to_list empty", iterator.to_list(iterator.empty()))
  show("step", case iterator.step(iterator.from_list([1, 2])) {
    Next(element: e, accumulator: rest) -> #(e, iterator.to_list(rest))
    Done -> #(-1, [])
  })
  show("step done", iterator.step(iterator.empty()) == Done)
  show("take", [iterator.to_list(iterator.take(from: iterator.range(1, 10), up_to: 3)), iterator.to_list(iterator.take(iterator.range(1, 2), 5)), iterator.to_list(iterator.take(iterator.range(1, 2), -1))])
  show("drop", [iterator.to_list(iterator.drop(from: iterator.range(1, 5), up_to: 3)), iterator.to_list(iterator.drop(iterator.range(1, 2), 5))])
  show("map", iterator.from_list([1, 2]) |> iterator.map(with: fn(x) { x * 3 }) |> iterator.to_list)
  show("append", iterator.append(to: iterator.from_list([1, 2]), suffix: iterator.from_list([3])) |> iterator.to_list)
  show("flatten", iterator.flatten(iterator.from_list([iterator.from_list([1]), iterator.empty(), iterator.from_list([2, 3])])) |> iterator.to_list)
  show("concat", iterator.concat([iterator.from_list([1, 2]), iterator.from_list([3])]) |> iterator.to_list)
  show("flat_map", iterator.from_list([1, 2]) |> iterator.flat_map(fn(x) { iterator.from_list([x, x]) }) |> iterator.to_list)
  show("filter", iterator.range(1, 10) |> iterator.filter(for: int.is_even) |> iterator.to_list)
  show("cycle", iterator.from_list([1, 2]) |> iterator.cycle |> iterator.take(5) |> iterator.to_list)
  show("range", [iterator.to_list(iterator.range(from: 1, to: 4)), iterator.to_list(iterator.range(4, 1)), iterator.to_list(iterator.range(2, 2)), iterator.to_list(iterator.range(-1, 1))])
  show("find", [iterator.find(in: iterator.range(1, 10), one_that: fn(x) { x > 4 }), iterator.find(iterator.range(1, 3), fn(x) { x > 4 })])
  show("index", iterator.from_list(["a", "b"]) |> iterator.index |> iterator.to_list)
  show("iterate", iterator.iterate(from: 1, with: fn(x) { x * 2 }) |> iterator.take(5) |> iterator.to_list)
  show("take_while", iterator.from_list([1, 2, 3, 1]) |> iterator.take_while(satisfying: fn(x) { x < 3 }) |> iterator.to_list)
  show("drop_while", iterator.from_list([1, 2, 3, 1]) |> iterator.drop_while(satisfying: fn(x) { x < 3 }) |> iterator.to_list)
  show("scan", iterator.from_list([1, 2, 3]) |> iterator.scan(from: 0, with: int.add) |> iterator.to_list)
  show("zip", iterator.zip(iterator.range(1, 3), iterator.from_list(["a", "b"])) |> iterator.to_list)
  show("chunk", iterator.from_list([1, 2, 2, 3, 4, 4, 6, 7, 7]) |> iterator.chunk(by: fn(n) { n % 2 }) |> iterator.to_list)
  show("chunk empty", iterator.empty() |> iterator.chunk(by: fn(n) { n % 2 }) |> iterator.to_list)
  show("sized_chunk", [
    iterator.from_list([1, 2, 3, 4, 5, 6]) |> iterator.sized_chunk(into: 2) |> iterator.to_list,
    iterator.from_list([1, 2, 3, 4, 5, 6, 7, 8]) |> iterator.sized_chunk(3) |> iterator.to_list,
  ])
  show("intersperse", [
    iterator.from_list([1, 2, 3]) |> iterator.intersperse(with: 0) |> iterator.to_list,
    iterator.from_list([1]) |> iterator.intersperse(0) |> iterator.to_list,
    iterator.empty() |> iterator.intersperse(0) |> iterator.to_list,
  ])
  show("any", [iterator.any(in: iterator.range(1, 5), satisfying: fn(x) { x > 4 }), iterator.any(iterator.empty(), fn(x) { x > 4 })])
  show("all", [iterator.all(in: iterator.range(1, 5), satisfying: fn(x) { x > 0 }), iterator.all(iterator.range(1, 5), fn(x) { x > 1 }), iterator.all(iterator.empty(), fn(x) { x > 4 })])
  show("group", iterator.from_list([1, 2, 3, 4, 5, 6, 7]) |> iterator.group(by: fn(n) { n % 3 }) |> map.to_list)
  show("reduce", [iterator.reduce(over: iterator.range(1, 4), with: int.add), iterator.reduce(iterator.empty(), int.add), iterator.reduce(iterator.from_list([10, 3]), int.subtract)])
  show("last", [iterator.last(iterator.range(1, 4)), iterator.last(iterator.empty())])
  show("empty", iterator.to_list(iterator.empty()) == [])
  show("once", iterator.once(fn() { 1 }) |> iterator.to_list)
  show("single", iterator.single("x") |> iterator.to_list)
  show("interleave", [
    iterator.interleave(iterator.from_list([1, 2, 3, 4]), with: iterator.from_list([10, 20])) |> iterator.to_list,
    iterator.interleave(iterator.from_list([1]), iterator.from_list([10, 20, 30])) |> iterator.to_list,
  ])
  show("fold_until", iterator.fold_until(over: iterator.range(1, 10), from: 0, with: fn(acc, x) {
    case x > 3 {
      True -> list.Stop(acc)
      False -> list.Continue(acc + x)
    }
  }))
  show("try_fold", [
    iterator.try_fold(over: iterator.range(1, 4), from: 0, with: fn(acc, x) { Ok(acc + x) }),
    iterator.try_fold(iterator.range(1, 4), 0, fn(acc, x) {
      case x {
        3 -> Error(acc)
        _ -> Ok(acc + x)
      }
    }),
  ])
  show("first", [iterator.first(from: iterator.range(5, 9)), iterator.first(iterator.empty())])
  show("at", [iterator.at(in: iterator.range(0, 9), get: 3), iterator.at(iterator.range(0, 2), 5), iterator.at(iterator.range(0, 2), -1)])
  show("length", [iterator.length(over: iterator.range(1, 7)), iterator.length(iterator.empty())])
  iterator.each(over: iterator.from_list(["a", "b"]), with: io.println)
  show("yield", iterator.yield(1, fn() { iterator.yield(2, fn() { iterator.empty() }) }) |> iterator.to_list)
  show("lazy", iterator.repeatedly(fn() { io.println("should print twice") }) |> iterator.take(2) |> iterator.to_list |> list.length)
}
