import gleam/int
import gleam/list
import gleam/set
import test_helpers.{show}

pub fn main() {
  let s = set.from_list([3, 1, 2, 3])
  show("set", s)
  show("new size", set.size(set.new()))
  show("size", set.size(s))
  show("insert", set.to_list(set.insert(into: s, this: 10)))
  show("insert dup size", set.size(set.insert(s, 1)))
  show("contains", [set.contains(in: s, this: 2), set.contains(s, 5)])
  show("delete", set.to_list(set.delete(from: s, this: 2)))
  show("to_list", list.sort(set.to_list(s), int.compare))
  show("from_list", set.to_list(set.from_list([])))
  show("fold", set.fold(over: s, from: 0, with: fn(acc, x) { acc + x }))
  show("filter", set.to_list(set.filter(in: s, for: int.is_odd)))
  show("drop", set.to_list(set.drop(from: s, drop: [1, 3, 9])))
  show("take", set.to_list(set.take(from: s, keeping: [1, 3, 9])))
  show("union", set.to_list(set.union(of: s, and: set.from_list([4, 5]))))
  show("intersection", set.to_list(set.intersection(of: s, and: set.from_list([2, 3, 4]))))
  show("intersection small first", set.to_list(set.intersection(set.from_list([2, 9]), s)))
}
