//// Lazy, possibly infinite sequences of values.

import gleam/list
import gleam/map.{Map}

// One step of evaluating an iterator.
type Action(element) {
  Stop
  Continue(element, fn() -> Action(element))
}

pub opaque type Iterator(element) {
  Iterator(continuation: fn() -> Action(element))
}

pub type Step(element, accumulator) {
  Next(element: element, accumulator: accumulator)
  Done
}

fn stop() -> Action(element) {
  Stop
}

pub fn unfold(
  from initial: acc,
  with f: fn(acc) -> Step(element, acc),
) -> Iterator(element) {
  Iterator(fn() { unfold_step(initial, f) })
}

fn unfold_step(acc: acc, f: fn(acc) -> Step(element, acc)) -> Action(element) {
  case f(acc) {
    Next(element, next) -> Continue(element, fn() { unfold_step(next, f) })
    Done -> Stop
  }
}

pub fn repeatedly(f: fn() -> element) -> Iterator(element) {
  unfold(Nil, fn(_) { Next(f(), Nil) })
}

pub fn repeat(x: element) -> Iterator(element) {
  repeatedly(fn() { x })
}

pub fn from_list(list: List(element)) -> Iterator(element) {
  unfold(list, fn(l) {
    case l {
      [] -> Done
      [x, ..rest] -> Next(x, rest)
    }
  })
}

pub fn transform(
  over iterator: Iterator(a),
  from initial: acc,
  with f: fn(acc, a) -> Step(b, acc),
) -> Iterator(b) {
  Iterator(fn() { transform_step(iterator.continuation, initial, f) })
}

fn transform_step(
  continuation: fn() -> Action(a),
  acc: acc,
  f: fn(acc, a) -> Step(b, acc),
) -> Action(b) {
  case continuation() {
    Stop -> Stop
    Continue(el, next) ->
      case f(acc, el) {
        Done -> Stop
        Next(out, acc) -> Continue(out, fn() { transform_step(next, acc, f) })
      }
  }
}

pub fn fold(
  over iterator: Iterator(e),
  from initial: acc,
  with f: fn(acc, e) -> acc,
) -> acc {
  fold_loop(iterator.continuation, f, initial)
}

fn fold_loop(continuation: fn() -> Action(e), f: fn(acc, e) -> acc, acc: acc) {
  case continuation() {
    Stop -> acc
    Continue(el, next) -> fold_loop(next, f, f(acc, el))
  }
}

pub fn run(iterator: Iterator(e)) -> Nil {
  fold(iterator, Nil, fn(_, _) { Nil })
}

pub fn to_list(iterator: Iterator(element)) -> List(element) {
  iterator
  |> fold([], fn(acc, e) { [e, ..acc] })
  |> list.reverse
}

pub fn step(iterator: Iterator(e)) -> Step(e, Iterator(e)) {
  case iterator.continuation() {
    Stop -> Done
    Continue(e, next) -> Next(e, Iterator(next))
  }
}

pub fn take(from iterator: Iterator(e), up_to desired: Int) -> Iterator(e) {
  Iterator(fn() { take_step(iterator.continuation, desired) })
}

fn take_step(continuation: fn() -> Action(e), desired: Int) -> Action(e) {
  case desired > 0 {
    False -> Stop
    True ->
      case continuation() {
        Stop -> Stop
        Continue(e, next) -> Continue(e, fn() { take_step(next, desired - 1) })
      }
  }
}

pub fn drop(from iterator: Iterator(e), up_to desired: Int) -> Iterator(e) {
  Iterator(fn() { drop_step(iterator.continuation, desired) })
}

fn drop_step(continuation: fn() -> Action(e), desired: Int) -> Action(e) {
  case continuation() {
    Stop -> Stop
    Continue(e, next) ->
      case desired > 0 {
        True -> drop_step(next, desired - 1)
        False -> Continue(e, next)
      }
  }
}

pub fn map(over iterator: Iterator(a), with f: fn(a) -> b) -> Iterator(b) {
  Iterator(fn() { map_step(iterator.continuation, f) })
}

fn map_step(continuation: fn() -> Action(a), f: fn(a) -> b) -> Action(b) {
  case continuation() {
    Stop -> Stop
    Continue(e, next) -> Continue(f(e), fn() { map_step(next, f) })
  }
}

pub fn append(to first: Iterator(a), suffix second: Iterator(a)) -> Iterator(a) {
  Iterator(fn() { append_step(first.continuation, second.continuation) })
}

fn append_step(first: fn() -> Action(a), second: fn() -> Action(a)) {
  case first() {
    Continue(e, next) -> Continue(e, fn() { append_step(next, second) })
    Stop -> second()
  }
}

pub fn flatten(iterator: Iterator(Iterator(a))) -> Iterator(a) {
  Iterator(fn() { flatten_step(iterator.continuation) })
}

fn flatten_step(outer: fn() -> Action(Iterator(a))) -> Action(a) {
  case outer() {
    Stop -> Stop
    Continue(inner, next_outer) ->
      append_step(inner.continuation, fn() { flatten_step(next_outer) })
  }
}

pub fn concat(iterators: List(Iterator(a))) -> Iterator(a) {
  flatten(from_list(iterators))
}

pub fn flat_map(
  over iterator: Iterator(a),
  with f: fn(a) -> Iterator(b),
) -> Iterator(b) {
  iterator
  |> map(f)
  |> flatten
}

pub fn filter(
  iterator: Iterator(a),
  for predicate: fn(a) -> Bool,
) -> Iterator(a) {
  Iterator(fn() { filter_step(iterator.continuation, predicate) })
}

fn filter_step(continuation: fn() -> Action(a), predicate: fn(a) -> Bool) {
  case continuation() {
    Stop -> Stop
    Continue(e, next) ->
      case predicate(e) {
        True -> Continue(e, fn() { filter_step(next, predicate) })
        False -> filter_step(next, predicate)
      }
  }
}

pub fn cycle(iterator: Iterator(a)) -> Iterator(a) {
  repeat(iterator)
  |> flatten
}

/// Integers from `start` to `stop`, both included; counts down when
/// `start > stop`.
pub fn range(from start: Int, to stop: Int) -> Iterator(Int) {
  case start <= stop {
    True ->
      unfold(start, fn(current) {
        case current > stop {
          True -> Done
          False -> Next(current, current + 1)
        }
      })
    False ->
      unfold(start, fn(current) {
        case current < stop {
          True -> Done
          False -> Next(current, current - 1)
        }
      })
  }
}

pub fn find(
  in haystack: Iterator(a),
  one_that is_desired: fn(a) -> Bool,
) -> Result(a, Nil) {
  find_loop(haystack.continuation, is_desired)
}

fn find_loop(continuation: fn() -> Action(a), is_desired: fn(a) -> Bool) {
  case continuation() {
    Stop -> Error(Nil)
    Continue(e, next) ->
      case is_desired(e) {
        True -> Ok(e)
        False -> find_loop(next, is_desired)
      }
  }
}

pub fn index(over iterator: Iterator(element)) -> Iterator(#(Int, element)) {
  Iterator(fn() { index_step(iterator.continuation, 0) })
}

fn index_step(continuation: fn() -> Action(e), i: Int) -> Action(#(Int, e)) {
  case continuation() {
    Stop -> Stop
    Continue(e, next) -> Continue(#(i, e), fn() { index_step(next, i + 1) })
  }
}

pub fn iterate(
  from initial: element,
  with f: fn(element) -> element,
) -> Iterator(element) {
  unfold(initial, fn(x) { Next(x, f(x)) })
}

pub fn take_while(
  in iterator: Iterator(element),
  satisfying predicate: fn(element) -> Bool,
) -> Iterator(element) {
  Iterator(fn() { take_while_step(iterator.continuation, predicate) })
}

fn take_while_step(continuation: fn() -> Action(e), predicate: fn(e) -> Bool) {
  case continuation() {
    Stop -> Stop
    Continue(e, next) ->
      case predicate(e) {
        True -> Continue(e, fn() { take_while_step(next, predicate) })
        False -> Stop
      }
  }
}

pub fn drop_while(
  in iterator: Iterator(element),
  satisfying predicate: fn(element) -> Bool,
) -> Iterator(element) {
  Iterator(fn() { drop_while_step(iterator.continuation, predicate) })
}

fn drop_while_step(continuation: fn() -> Action(e), predicate: fn(e) -> Bool) {
  case continuation() {
    Stop -> Stop
    Continue(e, next) ->
      case predicate(e) {
        True -> drop_while_step(next, predicate)
        False -> Continue(e, next)
      }
  }
}

pub fn scan(
  over iterator: Iterator(element),
  from initial: acc,
  with f: fn(acc, element) -> acc,
) -> Iterator(acc) {
  Iterator(fn() { scan_step(iterator.continuation, f, initial) })
}

fn scan_step(
  continuation: fn() -> Action(e),
  f: fn(acc, e) -> acc,
  acc: acc,
) -> Action(acc) {
  case continuation() {
    Stop -> Stop
    Continue(e, next) -> {
      let acc = f(acc, e)
      Continue(acc, fn() { scan_step(next, f, acc) })
    }
  }
}

pub fn zip(left: Iterator(a), right: Iterator(b)) -> Iterator(#(a, b)) {
  Iterator(fn() { zip_step(left.continuation, right.continuation) })
}

fn zip_step(left: fn() -> Action(a), right: fn() -> Action(b)) {
  case left() {
    Stop -> Stop
    Continue(a, next_left) ->
      case right() {
        Stop -> Stop
        Continue(b, next_right) ->
          Continue(#(a, b), fn() { zip_step(next_left, next_right) })
      }
  }
}

/// Groups runs of consecutive elements with the same key into lists.
pub fn chunk(
  over iterator: Iterator(element),
  by f: fn(element) -> key,
) -> Iterator(List(element)) {
  Iterator(fn() {
    case iterator.continuation() {
      Stop -> Stop
      Continue(e, next) -> chunk_step(next, f, f(e), [e])
    }
  })
}

fn chunk_step(
  continuation: fn() -> Action(e),
  f: fn(e) -> key,
  key: key,
  current: List(e),
) -> Action(List(e)) {
  case continuation() {
    Stop -> Continue(list.reverse(current), stop)
    Continue(e, next) -> {
      let k = f(e)
      case k == key {
        True -> chunk_step(next, f, key, [e, ..current])
        False ->
          Continue(list.reverse(current), fn() { chunk_step(next, f, k, [e]) })
      }
    }
  }
}

/// Groups elements into lists of `count`; the last may be shorter.
pub fn sized_chunk(
  over iterator: Iterator(element),
  into count: Int,
) -> Iterator(List(element)) {
  Iterator(fn() { sized_chunk_step(iterator.continuation, count) })
}

fn sized_chunk_step(
  continuation: fn() -> Action(e),
  count: Int,
) -> Action(List(e)) {
  case take_chunk(continuation, count, []) {
    #([], _, _) -> Stop
    #(chunk, next, True) ->
      Continue(chunk, fn() { sized_chunk_step(next, count) })
    #(chunk, _, False) -> Continue(chunk, stop)
  }
}

// Returns the chunk, the continuation after it, and whether more may follow.
fn take_chunk(
  continuation: fn() -> Action(e),
  left: Int,
  acc: List(e),
) -> #(List(e), fn() -> Action(e), Bool) {
  case continuation() {
    Stop -> #(list.reverse(acc), stop, False)
    Continue(e, next) ->
      case left > 1 {
        True -> take_chunk(next, left - 1, [e, ..acc])
        False -> #(list.reverse([e, ..acc]), next, True)
      }
  }
}

pub fn intersperse(
  over iterator: Iterator(element),
  with elem: element,
) -> Iterator(element) {
  Iterator(fn() {
    case iterator.continuation() {
      Stop -> Stop
      Continue(e, next) -> Continue(e, fn() { intersperse_step(next, elem) })
    }
  })
}

fn intersperse_step(continuation: fn() -> Action(e), sep: e) -> Action(e) {
  case continuation() {
    Stop -> Stop
    Continue(e, next) ->
      Continue(sep, fn() { Continue(e, fn() { intersperse_step(next, sep) }) })
  }
}

pub fn any(
  in iterator: Iterator(element),
  satisfying predicate: fn(element) -> Bool,
) -> Bool {
  case find(iterator, predicate) {
    Ok(_) -> True
    Error(_) -> False
  }
}

pub fn all(
  in iterator: Iterator(element),
  satisfying predicate: fn(element) -> Bool,
) -> Bool {
  case find(iterator, fn(e) { !predicate(e) }) {
    Ok(_) -> False
    Error(_) -> True
  }
}

/// Groups elements by key; each group keeps the order of appearance.
pub fn group(
  in iterator: Iterator(element),
  by key: fn(element) -> key,
) -> Map(key, List(element)) {
  iterator
  |> fold(map.new(), fn(groups, e) {
    let k = key(e)
    case map.get(groups, k) {
      Ok(existing) -> map.insert(groups, k, [e, ..existing])
      Error(_) -> map.insert(groups, k, [e])
    }
  })
  |> map.map_values(fn(_, group) { list.reverse(group) })
}

pub fn reduce(
  over iterator: Iterator(e),
  with f: fn(e, e) -> e,
) -> Result(e, Nil) {
  case iterator.continuation() {
    Stop -> Error(Nil)
    Continue(e, next) -> Ok(fold_loop(next, f, e))
  }
}

pub fn last(iterator: Iterator(element)) -> Result(element, Nil) {
  reduce(iterator, fn(_, e) { e })
}

pub fn empty() -> Iterator(element) {
  Iterator(stop)
}

pub fn once(f: fn() -> element) -> Iterator(element) {
  Iterator(fn() { Continue(f(), stop) })
}

pub fn single(elem: element) -> Iterator(element) {
  once(fn() { elem })
}

/// Alternates between the two iterators; once one runs out, the rest of the
/// other follows.
pub fn interleave(
  left: Iterator(element),
  with right: Iterator(element),
) -> Iterator(element) {
  Iterator(fn() { interleave_step(left.continuation, right.continuation) })
}

fn interleave_step(current: fn() -> Action(e), other: fn() -> Action(e)) {
  case current() {
    Stop -> other()
    Continue(e, next) -> Continue(e, fn() { interleave_step(other, next) })
  }
}

pub fn fold_until(
  over iterator: Iterator(e),
  from initial: acc,
  with f: fn(acc, e) -> list.ContinueOrStop(acc),
) -> acc {
  fold_until_loop(iterator.continuation, f, initial)
}

fn fold_until_loop(
  continuation: fn() -> Action(e),
  f: fn(acc, e) -> list.ContinueOrStop(acc),
  acc: acc,
) -> acc {
  case continuation() {
    Stop -> acc
    Continue(e, next) ->
      case f(acc, e) {
        list.Continue(acc) -> fold_until_loop(next, f, acc)
        list.Stop(acc) -> acc
      }
  }
}

pub fn try_fold(
  over iterator: Iterator(e),
  from initial: acc,
  with f: fn(acc, e) -> Result(acc, err),
) -> Result(acc, err) {
  try_fold_loop(iterator.continuation, f, initial)
}

fn try_fold_loop(
  continuation: fn() -> Action(e),
  f: fn(acc, e) -> Result(acc, err),
  acc: acc,
) -> Result(acc, err) {
  case continuation() {
    Stop -> Ok(acc)
    Continue(e, next) ->
      case f(acc, e) {
        Ok(acc) -> try_fold_loop(next, f, acc)
        Error(err) -> Error(err)
      }
  }
}

pub fn first(from iterator: Iterator(e)) -> Result(e, Nil) {
  case iterator.continuation() {
    Stop -> Error(Nil)
    Continue(e, _) -> Ok(e)
  }
}

pub fn at(in iterator: Iterator(e), get index: Int) -> Result(e, Nil) {
  iterator
  |> drop(index)
  |> first
}

pub fn length(over iterator: Iterator(e)) -> Int {
  fold(iterator, 0, fn(n, _) { n + 1 })
}

pub fn each(over iterator: Iterator(a), with f: fn(a) -> b) -> Nil {
  iterator
  |> map(f)
  |> run
}

/// Prepends `element` to the iterator made by `next`. As in gleam_stdlib
/// 0.31, `next` is called as soon as `element` is produced.
pub fn yield(element: a, next: fn() -> Iterator(a)) -> Iterator(a) {
  Iterator(fn() { Continue(element, next().continuation) })
}
