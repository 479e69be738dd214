//// A double-ended queue made of two lists: `in` holds the back (newest
//// first) and `out` holds the front (oldest first).

import gleam/list

pub opaque type Queue(element) {
  Queue(in: List(element), out: List(element))
}

pub fn new() -> Queue(a) {
  Queue(in: [], out: [])
}

pub fn from_list(list: List(a)) -> Queue(a) {
  Queue(in: [], out: list)
}

pub fn to_list(queue: Queue(a)) -> List(a) {
  list.append(queue.out, list.reverse(queue.in))
}

pub fn is_empty(queue: Queue(a)) -> Bool {
  queue.in == [] && queue.out == []
}

pub fn length(queue: Queue(a)) -> Int {
  list.length(queue.in) + list.length(queue.out)
}

pub fn push_back(onto queue: Queue(a), this item: a) -> Queue(a) {
  Queue(in: [item, ..queue.in], out: queue.out)
}

pub fn push_front(onto queue: Queue(a), this item: a) -> Queue(a) {
  Queue(in: queue.in, out: [item, ..queue.out])
}

pub fn pop_back(from queue: Queue(a)) -> Result(#(a, Queue(a)), Nil) {
  case queue {
    Queue(in: [], out: []) -> Error(Nil)
    Queue(in: [], out: out) -> pop_back(Queue(in: list.reverse(out), out: []))
    Queue(in: [x, ..rest], out: out) -> Ok(#(x, Queue(in: rest, out: out)))
  }
}

pub fn pop_front(from queue: Queue(a)) -> Result(#(a, Queue(a)), Nil) {
  case queue {
    Queue(in: [], out: []) -> Error(Nil)
    Queue(in: in, out: []) -> pop_front(Queue(in: [], out: list.reverse(in)))
    Queue(in: in, out: [x, ..rest]) -> Ok(#(x, Queue(in: in, out: rest)))
  }
}

pub fn reverse(queue: Queue(a)) -> Queue(a) {
  Queue(in: queue.out, out: queue.in)
}

pub fn is_logically_equal(
  a: Queue(t),
  to b: Queue(t),
  checking element_is_equal: fn(t, t) -> Bool,
) -> Bool {
  equal_loop(a.out, a.in, b.out, b.in, element_is_equal)
}

pub fn is_equal(a: Queue(t), to b: Queue(t)) -> Bool {
  equal_loop(a.out, a.in, b.out, b.in, fn(x, y) { x == y })
}

fn equal_loop(
  xs: List(t),
  x_back: List(t),
  ys: List(t),
  y_back: List(t),
  eq: fn(t, t) -> Bool,
) -> Bool {
  case xs, x_back, ys, y_back {
    [], [], [], [] -> True
    [x, ..xs], _, [y, ..ys], _ ->
      case eq(x, y) {
        True -> equal_loop(xs, x_back, ys, y_back, eq)
        False -> False
      }
    [], [_, ..], _, _ -> equal_loop(list.reverse(x_back), [], ys, y_back, eq)
    _, _, [], [_, ..] -> equal_loop(xs, x_back, list.reverse(y_back), [], eq)
    _, _, _, _ -> False
  }
}
