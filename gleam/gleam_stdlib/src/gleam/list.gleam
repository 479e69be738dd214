//// Functions for working with lists.

import gleam/map.{Map}
import gleam/order.{Order}
import gleam/pair

/// Returned by `strict_zip` when the lists differ in length.
pub type LengthMismatch {
  LengthMismatch
}

/// Tells `fold_until` whether to carry on.
pub type ContinueOrStop(a) {
  Continue(a)
  Stop(a)
}

@external(erlang, "erlang", "length")
pub fn length(of list: List(a)) -> Int

@external(erlang, "lists", "reverse")
pub fn reverse(xs: List(a)) -> List(a)

pub fn is_empty(list: List(a)) -> Bool {
  list == []
}

pub fn contains(list: List(a), any elem: a) -> Bool {
  case list {
    [] -> False
    [x, ..] if x == elem -> True
    [_, ..rest] -> contains(rest, elem)
  }
}

pub fn first(list: List(a)) -> Result(a, Nil) {
  case list {
    [] -> Error(Nil)
    [x, ..] -> Ok(x)
  }
}

pub fn rest(list: List(a)) -> Result(List(a), Nil) {
  case list {
    [] -> Error(Nil)
    [_, ..xs] -> Ok(xs)
  }
}

/// Groups elements by key. Each group lists its elements in reverse order
/// of appearance (as gleam_stdlib 0.31 does).
pub fn group(list: List(v), by key: fn(v) -> k) -> Map(k, List(v)) {
  fold(list, map.new(), fn(groups, elem) {
    let k = key(elem)
    case map.get(groups, k) {
      Ok(existing) -> map.insert(groups, k, [elem, ..existing])
      Error(_) -> map.insert(groups, k, [elem])
    }
  })
}

pub fn filter(list: List(a), for predicate: fn(a) -> Bool) -> List(a) {
  filter_loop(list, predicate, [])
}

fn filter_loop(list: List(a), predicate: fn(a) -> Bool, acc: List(a)) {
  case list {
    [] -> reverse(acc)
    [x, ..xs] ->
      case predicate(x) {
        True -> filter_loop(xs, predicate, [x, ..acc])
        False -> filter_loop(xs, predicate, acc)
      }
  }
}

pub fn filter_map(list: List(a), with fun: fn(a) -> Result(b, e)) -> List(b) {
  filter_map_loop(list, fun, [])
}

fn filter_map_loop(list: List(a), fun: fn(a) -> Result(b, e), acc: List(b)) {
  case list {
    [] -> reverse(acc)
    [x, ..xs] ->
      case fun(x) {
        Ok(y) -> filter_map_loop(xs, fun, [y, ..acc])
        Error(_) -> filter_map_loop(xs, fun, acc)
      }
  }
}

pub fn map(list: List(a), with fun: fn(a) -> b) -> List(b) {
  map_loop(list, fun, [])
}

fn map_loop(list: List(a), fun: fn(a) -> b, acc: List(b)) -> List(b) {
  case list {
    [] -> reverse(acc)
    [x, ..xs] -> map_loop(xs, fun, [fun(x), ..acc])
  }
}

/// Combines two lists pairwise; stops at the end of the shorter list.
pub fn map2(
  list1: List(a),
  list2: List(b),
  with fun: fn(a, b) -> c,
) -> List(c) {
  map2_loop(list1, list2, fun, [])
}

fn map2_loop(list1: List(a), list2: List(b), fun: fn(a, b) -> c, acc: List(c)) {
  case list1, list2 {
    [x, ..xs], [y, ..ys] -> map2_loop(xs, ys, fun, [fun(x, y), ..acc])
    _, _ -> reverse(acc)
  }
}

pub fn map_fold(
  over list: List(a),
  from acc: acc,
  with fun: fn(acc, a) -> #(acc, b),
) -> #(acc, List(b)) {
  fold(list, #(acc, []), fn(state, item) {
    let #(current, items) = state
    let #(next, mapped) = fun(current, item)
    #(next, [mapped, ..items])
  })
  |> pair.map_second(reverse)
}

/// Like `map` but the function also receives the index (from 0).
pub fn index_map(list: List(a), with fun: fn(Int, a) -> b) -> List(b) {
  index_map_loop(list, fun, 0, [])
}

fn index_map_loop(list: List(a), fun: fn(Int, a) -> b, i: Int, acc: List(b)) {
  case list {
    [] -> reverse(acc)
    [x, ..xs] -> index_map_loop(xs, fun, i + 1, [fun(i, x), ..acc])
  }
}

pub fn try_map(
  over list: List(a),
  with fun: fn(a) -> Result(b, e),
) -> Result(List(b), e) {
  try_map_loop(list, fun, [])
}

fn try_map_loop(list: List(a), fun: fn(a) -> Result(b, e), acc: List(b)) {
  case list {
    [] -> Ok(reverse(acc))
    [x, ..xs] ->
      case fun(x) {
        Ok(y) -> try_map_loop(xs, fun, [y, ..acc])
        Error(e) -> Error(e)
      }
  }
}

pub fn drop(from list: List(a), up_to n: Int) -> List(a) {
  case n <= 0 {
    True -> list
    False ->
      case list {
        [] -> []
        [_, ..xs] -> drop(xs, n - 1)
      }
  }
}

pub fn take(from list: List(a), up_to n: Int) -> List(a) {
  take_loop(list, n, [])
}

fn take_loop(list: List(a), n: Int, acc: List(a)) -> List(a) {
  case n <= 0 {
    True -> reverse(acc)
    False ->
      case list {
        [] -> reverse(acc)
        [x, ..xs] -> take_loop(xs, n - 1, [x, ..acc])
      }
  }
}

pub fn new() -> List(a) {
  []
}

@external(erlang, "lists", "append")
pub fn append(first: List(a), second: List(a)) -> List(a)

pub fn prepend(to list: List(a), this item: a) -> List(a) {
  [item, ..list]
}

pub fn concat(lists: List(List(a))) -> List(a) {
  concat_loop(lists, [])
}

fn concat_loop(lists: List(List(a)), acc: List(a)) -> List(a) {
  case lists {
    [] -> reverse(acc)
    [l, ..rest] -> concat_loop(rest, reverse_onto(l, acc))
  }
}

fn reverse_onto(list: List(a), acc: List(a)) -> List(a) {
  case list {
    [] -> acc
    [x, ..xs] -> reverse_onto(xs, [x, ..acc])
  }
}

/// Same as `concat`.
pub fn flatten(lists: List(List(a))) -> List(a) {
  concat(lists)
}

pub fn flat_map(over list: List(a), with fun: fn(a) -> List(b)) -> List(b) {
  concat(map(list, fun))
}

pub fn fold(
  over list: List(a),
  from initial: acc,
  with fun: fn(acc, a) -> acc,
) -> acc {
  case list {
    [] -> initial
    [x, ..xs] -> fold(xs, fun(initial, x), fun)
  }
}

pub fn fold_right(
  over list: List(a),
  from initial: acc,
  with fun: fn(acc, a) -> acc,
) -> acc {
  fold(reverse(list), initial, fun)
}

pub fn index_fold(
  over over: List(a),
  from initial: acc,
  with fun: fn(acc, a, Int) -> acc,
) -> acc {
  index_fold_loop(over, initial, fun, 0)
}

fn index_fold_loop(list: List(a), acc: acc, fun: fn(acc, a, Int) -> acc, i) {
  case list {
    [] -> acc
    [x, ..xs] -> index_fold_loop(xs, fun(acc, x, i), fun, i + 1)
  }
}

pub fn try_fold(
  over collection: List(a),
  from accumulator: acc,
  with fun: fn(acc, a) -> Result(acc, e),
) -> Result(acc, e) {
  case collection {
    [] -> Ok(accumulator)
    [x, ..xs] ->
      case fun(accumulator, x) {
        Ok(next) -> try_fold(xs, next, fun)
        Error(e) -> Error(e)
      }
  }
}

pub fn fold_until(
  over collection: List(a),
  from accumulator: acc,
  with fun: fn(acc, a) -> ContinueOrStop(acc),
) -> acc {
  case collection {
    [] -> accumulator
    [x, ..xs] ->
      case fun(accumulator, x) {
        Continue(next) -> fold_until(xs, next, fun)
        Stop(result) -> result
      }
  }
}

pub fn find(
  in haystack: List(a),
  one_that is_desired: fn(a) -> Bool,
) -> Result(a, Nil) {
  case haystack {
    [] -> Error(Nil)
    [x, ..xs] ->
      case is_desired(x) {
        True -> Ok(x)
        False -> find(xs, is_desired)
      }
  }
}

pub fn find_map(
  in haystack: List(a),
  with fun: fn(a) -> Result(b, c),
) -> Result(b, Nil) {
  case haystack {
    [] -> Error(Nil)
    [x, ..xs] ->
      case fun(x) {
        Ok(y) -> Ok(y)
        Error(_) -> find_map(xs, fun)
      }
  }
}

pub fn all(in list: List(a), satisfying predicate: fn(a) -> Bool) -> Bool {
  case list {
    [] -> True
    [x, ..xs] ->
      case predicate(x) {
        True -> all(xs, predicate)
        False -> False
      }
  }
}

pub fn any(in list: List(a), satisfying predicate: fn(a) -> Bool) -> Bool {
  case list {
    [] -> False
    [x, ..xs] ->
      case predicate(x) {
        True -> True
        False -> any(xs, predicate)
      }
  }
}

/// Pairs up elements; stops at the end of the shorter list.
pub fn zip(list: List(a), with other: List(b)) -> List(#(a, b)) {
  zip_loop(list, other, [])
}

fn zip_loop(xs: List(a), ys: List(b), acc: List(#(a, b))) -> List(#(a, b)) {
  case xs, ys {
    [x, ..xs], [y, ..ys] -> zip_loop(xs, ys, [#(x, y), ..acc])
    _, _ -> reverse(acc)
  }
}

pub fn strict_zip(
  list: List(a),
  with other: List(b),
) -> Result(List(#(a, b)), LengthMismatch) {
  case length(list) == length(other) {
    True -> Ok(zip(list, other))
    False -> Error(LengthMismatch)
  }
}

pub fn unzip(input: List(#(a, b))) -> #(List(a), List(b)) {
  unzip_loop(input, [], [])
}

fn unzip_loop(input: List(#(a, b)), xs: List(a), ys: List(b)) {
  case input {
    [] -> #(reverse(xs), reverse(ys))
    [#(x, y), ..rest] -> unzip_loop(rest, [x, ..xs], [y, ..ys])
  }
}

pub fn intersperse(list: List(a), with elem: a) -> List(a) {
  case list {
    [] | [_] -> list
    [x, ..xs] -> intersperse_loop(xs, elem, [x])
  }
}

fn intersperse_loop(list: List(a), elem: a, acc: List(a)) -> List(a) {
  case list {
    [] -> reverse(acc)
    [x, ..xs] -> intersperse_loop(xs, elem, [x, elem, ..acc])
  }
}

/// The element at `index` (from 0); `Error(Nil)` when out of range.
pub fn at(in list: List(a), get index: Int) -> Result(a, Nil) {
  case index >= 0 {
    True ->
      list
      |> drop(index)
      |> first
    False -> Error(Nil)
  }
}

/// Removes duplicates, keeping the first occurrence of each value.
pub fn unique(list: List(a)) -> List(a) {
  case list {
    [] -> []
    [x, ..rest] -> [x, ..unique(filter(rest, fn(y) { y != x }))]
  }
}

/// A stable merge sort.
pub fn sort(list: List(a), by compare: fn(a, a) -> Order) -> List(a) {
  case list {
    [] | [_] -> list
    _ -> merge_all(map(list, fn(x) { [x] }), compare)
  }
}

fn merge_all(runs: List(List(a)), compare: fn(a, a) -> Order) -> List(a) {
  case runs {
    [] -> []
    [run] -> run
    _ -> merge_all(merge_pairs(runs, compare, []), compare)
  }
}

fn merge_pairs(
  runs: List(List(a)),
  compare: fn(a, a) -> Order,
  acc: List(List(a)),
) -> List(List(a)) {
  case runs {
    [] -> reverse(acc)
    [run] -> reverse([run, ..acc])
    [a, b, ..rest] -> merge_pairs(rest, compare, [merge(a, b, compare, []), ..acc])
  }
}

fn merge(
  a: List(a),
  b: List(a),
  compare: fn(a, a) -> Order,
  acc: List(a),
) -> List(a) {
  case a, b {
    [], _ -> reverse_onto(acc, b)
    _, [] -> reverse_onto(acc, a)
    [x, ..xs], [y, ..ys] ->
      case compare(x, y) {
        order.Gt -> merge(a, ys, compare, [y, ..acc])
        _ -> merge(xs, b, compare, [x, ..acc])
      }
  }
}

/// Integers from `start` to `stop`, both included; counts down when
/// `start > stop`.
pub fn range(from start: Int, to stop: Int) -> List(Int) {
  case start <= stop {
    True -> range_loop(stop, start, -1, [])
    False -> range_loop(stop, start, 1, [])
  }
}

fn range_loop(current: Int, last: Int, step: Int, acc: List(Int)) -> List(Int) {
  case current == last {
    True -> [current, ..acc]
    False -> range_loop(current + step, last, step, [current, ..acc])
  }
}

pub fn repeat(item a: a, times times: Int) -> List(a) {
  repeat_loop(a, times, [])
}

fn repeat_loop(a: a, times: Int, acc: List(a)) -> List(a) {
  case times <= 0 {
    True -> acc
    False -> repeat_loop(a, times - 1, [a, ..acc])
  }
}

pub fn split(list list: List(a), at index: Int) -> #(List(a), List(a)) {
  split_loop(list, index, [])
}

fn split_loop(list: List(a), n: Int, taken: List(a)) -> #(List(a), List(a)) {
  case n <= 0 {
    True -> #(reverse(taken), list)
    False ->
      case list {
        [] -> #(reverse(taken), [])
        [x, ..xs] -> split_loop(xs, n - 1, [x, ..taken])
      }
  }
}

pub fn split_while(
  list list: List(a),
  satisfying predicate: fn(a) -> Bool,
) -> #(List(a), List(a)) {
  split_while_loop(list, predicate, [])
}

fn split_while_loop(list: List(a), predicate: fn(a) -> Bool, taken: List(a)) {
  case list {
    [] -> #(reverse(taken), [])
    [x, ..xs] ->
      case predicate(x) {
        True -> split_while_loop(xs, predicate, [x, ..taken])
        False -> #(reverse(taken), list)
      }
  }
}

pub fn key_find(
  in keyword_list: List(#(k, v)),
  find desired_key: k,
) -> Result(v, Nil) {
  find_map(keyword_list, fn(entry) {
    case entry.0 == desired_key {
      True -> Ok(entry.1)
      False -> Error(Nil)
    }
  })
}

/// Removes the first element satisfying the predicate, returning it along
/// with the remaining elements in their original order.
pub fn pop(
  in haystack: List(a),
  one_that is_desired: fn(a) -> Bool,
) -> Result(#(a, List(a)), Nil) {
  pop_loop(haystack, is_desired, [])
}

fn pop_loop(list: List(a), is_desired: fn(a) -> Bool, checked: List(a)) {
  case list {
    [] -> Error(Nil)
    [x, ..xs] ->
      case is_desired(x) {
        True -> Ok(#(x, reverse_onto(checked, xs)))
        False -> pop_loop(xs, is_desired, [x, ..checked])
      }
  }
}

pub fn pop_map(
  in haystack: List(a),
  one_that is_desired: fn(a) -> Result(b, c),
) -> Result(#(b, List(a)), Nil) {
  pop_map_loop(haystack, is_desired, [])
}

fn pop_map_loop(list: List(a), fun: fn(a) -> Result(b, c), checked: List(a)) {
  case list {
    [] -> Error(Nil)
    [x, ..xs] ->
      case fun(x) {
        Ok(y) -> Ok(#(y, reverse_onto(checked, xs)))
        Error(_) -> pop_map_loop(xs, fun, [x, ..checked])
      }
  }
}

pub fn key_pop(
  haystack: List(#(k, v)),
  key: k,
) -> Result(#(v, List(#(k, v))), Nil) {
  pop_map(haystack, fn(entry) {
    case entry.0 == key {
      True -> Ok(entry.1)
      False -> Error(Nil)
    }
  })
}

/// Replaces the value of the first entry with `key`, or appends a new entry
/// at the end when there is none.
pub fn key_set(list: List(#(a, b)), key: a, value: b) -> List(#(a, b)) {
  key_set_loop(list, key, value, [])
}

fn key_set_loop(list: List(#(a, b)), key: a, value: b, checked) {
  case list {
    [] -> reverse([#(key, value), ..checked])
    [#(k, _), ..rest] if k == key -> reverse_onto(checked, [#(key, value), ..rest])
    [entry, ..rest] -> key_set_loop(rest, key, value, [entry, ..checked])
  }
}

pub fn each(list: List(a), f: fn(a) -> b) -> Nil {
  case list {
    [] -> Nil
    [x, ..xs] -> {
      f(x)
      each(xs, f)
    }
  }
}

pub fn try_each(
  over list: List(a),
  with fun: fn(a) -> Result(b, e),
) -> Result(Nil, e) {
  case list {
    [] -> Ok(Nil)
    [x, ..xs] ->
      case fun(x) {
        Ok(_) -> try_each(xs, fun)
        Error(e) -> Error(e)
      }
  }
}

pub fn partition(
  list: List(a),
  with categorise: fn(a) -> Bool,
) -> #(List(a), List(a)) {
  partition_loop(list, categorise, [], [])
}

fn partition_loop(list: List(a), categorise: fn(a) -> Bool, yes, no) {
  case list {
    [] -> #(reverse(yes), reverse(no))
    [x, ..xs] ->
      case categorise(x) {
        True -> partition_loop(xs, categorise, [x, ..yes], no)
        False -> partition_loop(xs, categorise, yes, [x, ..no])
      }
  }
}

/// All orderings of the list, by position (duplicates are not merged).
pub fn permutations(l: List(a)) -> List(List(a)) {
  case l {
    [] -> [[]]
    _ ->
      l
      |> index_map(fn(i, x) {
        without_index(l, i, 0, [])
        |> permutations
        |> map(fn(p) { [x, ..p] })
      })
      |> concat
  }
}

fn without_index(list: List(a), index: Int, i: Int, acc: List(a)) -> List(a) {
  case list {
    [] -> reverse(acc)
    [x, ..xs] ->
      case i == index {
        True -> reverse_onto(acc, xs)
        False -> without_index(xs, index, i + 1, [x, ..acc])
      }
  }
}

/// Sliding windows of `n` consecutive elements.
pub fn window(l: List(a), by n: Int) -> List(List(a)) {
  case n <= 0 {
    True -> []
    False -> window_loop(l, n, [])
  }
}

fn window_loop(l: List(a), n: Int, acc: List(List(a))) -> List(List(a)) {
  let w = take(l, n)
  case length(w) == n {
    True -> window_loop(drop(l, 1), n, [w, ..acc])
    False -> reverse(acc)
  }
}

pub fn window_by_2(l: List(a)) -> List(#(a, a)) {
  zip(l, drop(l, 1))
}

pub fn drop_while(
  in list: List(a),
  satisfying predicate: fn(a) -> Bool,
) -> List(a) {
  case list {
    [] -> []
    [x, ..xs] ->
      case predicate(x) {
        True -> drop_while(xs, predicate)
        False -> list
      }
  }
}

pub fn take_while(
  in list: List(a),
  satisfying predicate: fn(a) -> Bool,
) -> List(a) {
  take_while_loop(list, predicate, [])
}

fn take_while_loop(list: List(a), predicate: fn(a) -> Bool, acc: List(a)) {
  case list {
    [] -> reverse(acc)
    [x, ..xs] ->
      case predicate(x) {
        True -> take_while_loop(xs, predicate, [x, ..acc])
        False -> reverse(acc)
      }
  }
}

/// Splits the list into runs of consecutive elements with the same key.
pub fn chunk(in list: List(a), by f: fn(a) -> key) -> List(List(a)) {
  case list {
    [] -> []
    [x, ..xs] -> chunk_loop(xs, f, f(x), [x], [])
  }
}

fn chunk_loop(
  list: List(a),
  f: fn(a) -> key,
  key: key,
  current: List(a),
  acc: List(List(a)),
) -> List(List(a)) {
  case list {
    [] -> reverse([reverse(current), ..acc])
    [x, ..xs] -> {
      let k = f(x)
      case k == key {
        True -> chunk_loop(xs, f, key, [x, ..current], acc)
        False -> chunk_loop(xs, f, k, [x], [reverse(current), ..acc])
      }
    }
  }
}

/// Splits the list into chunks of `count` elements; the last may be shorter.
pub fn sized_chunk(in list: List(a), into count: Int) -> List(List(a)) {
  sized_chunk_loop(list, count, count, [], [])
}

fn sized_chunk_loop(
  list: List(a),
  count: Int,
  left: Int,
  current: List(a),
  acc: List(List(a)),
) -> List(List(a)) {
  case list {
    [] ->
      case current {
        [] -> reverse(acc)
        _ -> reverse([reverse(current), ..acc])
      }
    [x, ..xs] -> {
      let current = [x, ..current]
      case left > 1 {
        True -> sized_chunk_loop(xs, count, left - 1, current, acc)
        False -> sized_chunk_loop(xs, count, count, [], [reverse(current), ..acc])
      }
    }
  }
}

pub fn reduce(over list: List(a), with fun: fn(a, a) -> a) -> Result(a, Nil) {
  case list {
    [] -> Error(Nil)
    [x, ..xs] -> Ok(fold(xs, x, fun))
  }
}

/// Like `fold` but keeps every intermediate accumulator (not the initial one).
pub fn scan(
  over list: List(a),
  from initial: acc,
  with fun: fn(acc, a) -> acc,
) -> List(acc) {
  scan_loop(list, initial, fun, [])
}

fn scan_loop(list: List(a), acc: acc, fun: fn(acc, a) -> acc, out: List(acc)) {
  case list {
    [] -> reverse(out)
    [x, ..xs] -> {
      let next = fun(acc, x)
      scan_loop(xs, next, fun, [next, ..out])
    }
  }
}

pub fn last(list: List(a)) -> Result(a, Nil) {
  case list {
    [] -> Error(Nil)
    [x] -> Ok(x)
    [_, ..xs] -> last(xs)
  }
}

/// All combinations of `n` elements, keeping the original element order.
pub fn combinations(items: List(a), by n: Int) -> List(List(a)) {
  case n {
    0 -> [[]]
    _ ->
      case items {
        [] -> []
        [x, ..xs] ->
          append(
            map(combinations(xs, n - 1), fn(c) { [x, ..c] }),
            combinations(xs, n),
          )
      }
  }
}

pub fn combination_pairs(items: List(a)) -> List(#(a, a)) {
  case items {
    [] -> []
    [x, ..xs] -> append(map(xs, fn(y) { #(x, y) }), combination_pairs(xs))
  }
}

/// Takes the first element of each list, then the second of each, etc.
pub fn interleave(list: List(List(a))) -> List(a) {
  concat(transpose(list))
}

pub fn transpose(list_of_list: List(List(a))) -> List(List(a)) {
  case list_of_list {
    [] -> []
    [[], ..rest] -> transpose(rest)
    rows -> {
      let heads =
        filter_map(rows, fn(row) {
          case row {
            [x, ..] -> Ok(x)
            [] -> Error(Nil)
          }
        })
      let tails = map(rows, fn(row) { drop(row, 1) })
      [heads, ..transpose(tails)]
    }
  }
}

/// A random permutation of the list.
pub fn shuffle(list: List(a)) -> List(a) {
  list
  |> map(fn(x) { #(random_float(), x) })
  |> sort(fn(a, b) { compare_floats(a.0, b.0) })
  |> map(fn(p) { p.1 })
}

@external(erlang, "rand", "uniform")
fn random_float() -> Float

fn compare_floats(a: Float, b: Float) -> Order {
  case a <. b {
    True -> order.Lt
    False ->
      case a == b {
        True -> order.Eq
        False -> order.Gt
      }
  }
}
