import gleam/queue
import test_helpers.{show}

pub fn main() {
  let q = queue.from_list([1, 2, 3])
  show("from_list", q)
  show("new", queue.new())
  show("to_list", queue.to_list(q))
  show("is_empty", [queue.is_empty(queue.new()), queue.is_empty(q)])
  show("length", [queue.length(queue.new()), queue.length(q)])
  let q2 = queue.push_back(onto: q, this: 4) |> queue.push_front(0)
  show("push", q2)
  show("push to_list", queue.to_list(q2))
  show("pop_back", queue.pop_back(from: q2))
  show("pop_front", queue.pop_front(from: q2))
  show("pop_back empty", queue.pop_back(queue.new()))
  show("pop_front empty", queue.pop_front(queue.new()))
  let only_back = queue.new() |> queue.push_back(1) |> queue.push_back(2)
  show("pop_front from back", queue.pop_front(only_back))
  show("pop_back from front", queue.pop_back(queue.from_list([1, 2])))
  show("reverse", queue.reverse(q2))
  show("reverse to_list", queue.to_list(queue.reverse(q2)))
  let a = queue.from_list([1, 2])
  let b = queue.new() |> queue.push_back(1) |> queue.push_back(2)
  show("is_equal", [queue.is_equal(a, to: b), queue.is_equal(a, queue.from_list([1])), queue.is_equal(queue.new(), queue.new())])
  show("is_logically_equal", [
    queue.is_logically_equal(a, to: queue.from_list([10, 20]), checking: fn(x, y) { x * 10 == y }),
    queue.is_logically_equal(a, queue.from_list([10, 21]), fn(x, y) { x * 10 == y }),
  ])
}
