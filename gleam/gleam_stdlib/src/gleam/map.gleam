//// Immutable key-value maps, backed by Erlang maps.

import gleam/option.{Option}

/// A map from keys to values. On Erlang this is a native map.
pub type Map(key, value)

@external(erlang, "maps", "size")
pub fn size(map: Map(k, v)) -> Int

@external(erlang, "maps", "to_list")
pub fn to_list(map: Map(key, value)) -> List(#(key, value))

@external(erlang, "maps", "from_list")
pub fn from_list(list: List(#(k, v))) -> Map(k, v)

pub fn has_key(map: Map(k, v), key: k) -> Bool {
  is_key(key, map)
}

@external(erlang, "maps", "is_key")
fn is_key(key: k, map: Map(k, v)) -> Bool

@external(erlang, "maps", "new")
pub fn new() -> Map(key, value)

@external(erlang, "gleam_stdlib", "map_get")
pub fn get(from: Map(key, value), get: key) -> Result(value, Nil)

pub fn insert(into map: Map(k, v), for key: k, insert value: v) -> Map(k, v) {
  put(key, value, map)
}

@external(erlang, "maps", "put")
fn put(key: k, value: v, map: Map(k, v)) -> Map(k, v)

pub fn map_values(in map: Map(k, v), with fun: fn(k, v) -> w) -> Map(k, w) {
  maps_map(fun, map)
}

@external(erlang, "maps", "map")
fn maps_map(fun: fn(k, v) -> w, map: Map(k, v)) -> Map(k, w)

@external(erlang, "maps", "keys")
pub fn keys(map: Map(keys, v)) -> List(keys)

@external(erlang, "maps", "values")
pub fn values(map: Map(k, values)) -> List(values)

pub fn filter(in map: Map(k, v), for property: fn(k, v) -> Bool) -> Map(k, v) {
  maps_filter(property, map)
}

@external(erlang, "maps", "filter")
fn maps_filter(property: fn(k, v) -> Bool, map: Map(k, v)) -> Map(k, v)

/// Only the entries whose keys are in `desired_keys`.
pub fn take(from map: Map(k, v), keeping desired_keys: List(k)) -> Map(k, v) {
  maps_with(desired_keys, map)
}

@external(erlang, "maps", "with")
fn maps_with(keys: List(k), map: Map(k, v)) -> Map(k, v)

/// Entries of `new_entries` win over those of `map`.
@external(erlang, "maps", "merge")
pub fn merge(into map: Map(k, v), from new_entries: Map(k, v)) -> Map(k, v)

pub fn delete(from map: Map(k, v), delete key: k) -> Map(k, v) {
  maps_remove(key, map)
}

@external(erlang, "maps", "remove")
fn maps_remove(key: k, map: Map(k, v)) -> Map(k, v)

pub fn drop(from map: Map(k, v), drop disallowed_keys: List(k)) -> Map(k, v) {
  case disallowed_keys {
    [] -> map
    [k, ..rest] -> drop(delete(map, k), rest)
  }
}

/// Sets the value at `key` to `fun(Some(current))`, or `fun(None)` when the
/// key is absent.
pub fn update(
  in map: Map(k, v),
  update key: k,
  with fun: fn(Option(v)) -> v,
) -> Map(k, v) {
  let current = case get(map, key) {
    Ok(v) -> option.Some(v)
    Error(_) -> option.None
  }
  insert(map, key, fun(current))
}

/// Folds over the entries in the order of `to_list`.
pub fn fold(
  over map: Map(k, v),
  from initial: acc,
  with fun: fn(acc, k, v) -> acc,
) -> acc {
  fold_entries(to_list(map), initial, fun)
}

fn fold_entries(
  entries: List(#(k, v)),
  acc: acc,
  fun: fn(acc, k, v) -> acc,
) -> acc {
  case entries {
    [] -> acc
    [#(k, v), ..rest] -> fold_entries(rest, fun(acc, k, v), fun)
  }
}
