//// Sets of unique values, backed by a map whose values are all `[]`.

import gleam/list
import gleam/map.{Map}

pub opaque type Set(member) {
  Set(map: Map(member, List(Nil)))
}

const token = []

pub fn new() -> Set(member) {
  Set(map.new())
}

pub fn size(set: Set(member)) -> Int {
  map.size(set.map)
}

pub fn insert(into set: Set(member), this member: member) -> Set(member) {
  Set(map: map.insert(set.map, member, token))
}

pub fn contains(in set: Set(member), this member: member) -> Bool {
  map.has_key(set.map, member)
}

pub fn delete(from set: Set(member), this member: member) -> Set(member) {
  Set(map: map.delete(set.map, member))
}

pub fn to_list(set: Set(member)) -> List(member) {
  map.keys(set.map)
}

pub fn from_list(members: List(member)) -> Set(member) {
  list.fold(members, new(), insert)
}

pub fn fold(
  over set: Set(member),
  from initial: acc,
  with reducer: fn(acc, member) -> acc,
) -> acc {
  map.fold(set.map, initial, fn(acc, member, _) { reducer(acc, member) })
}

pub fn filter(
  in set: Set(member),
  for property: fn(member) -> Bool,
) -> Set(member) {
  Set(map: map.filter(set.map, fn(member, _) { property(member) }))
}

pub fn drop(from set: Set(member), drop disallowed: List(member)) -> Set(member) {
  list.fold(disallowed, set, delete)
}

pub fn take(from set: Set(member), keeping desired: List(member)) -> Set(member) {
  Set(map: map.take(set.map, desired))
}

pub fn union(of first: Set(member), and second: Set(member)) -> Set(member) {
  let #(larger, smaller) = by_size(first, second)
  fold(smaller, larger, insert)
}

pub fn intersection(
  of first: Set(member),
  and second: Set(member),
) -> Set(member) {
  let #(larger, smaller) = by_size(first, second)
  take(larger, to_list(smaller))
}

fn by_size(a: Set(m), b: Set(m)) -> #(Set(m), Set(m)) {
  case map.size(a.map) > map.size(b.map) {
    True -> #(a, b)
    False -> #(b, a)
  }
}
