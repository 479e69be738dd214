//// Values of unknown type, and decoders that check them at runtime.

import gleam/bit_string
import gleam/int
import gleam/list
import gleam/map.{Map}
import gleam/option.{Option}
import gleam/result
import gleam/string_builder

/// Any value, whose type is not known to the compiler.
pub type Dynamic

pub type DecodeError {
  DecodeError(expected: String, found: String, path: List(String))
}

pub type DecodeErrors =
  List(DecodeError)

pub type Decoder(t) =
  fn(Dynamic) -> Result(t, DecodeErrors)

pub fn from(a) -> Dynamic {
  to_dynamic(a)
}

@external(erlang, "gleam_stdlib", "identity")
fn to_dynamic(a: anything) -> Dynamic

@external(erlang, "gleam_stdlib", "identity")
pub fn unsafe_coerce(a: Dynamic) -> anything

pub fn dynamic(value: Dynamic) -> Result(Dynamic, List(DecodeError)) {
  Ok(value)
}

@external(erlang, "gleam_stdlib", "decode_bit_string")
pub fn bit_string(from data: Dynamic) -> Result(BitString, DecodeErrors)

pub fn string(from data: Dynamic) -> Result(String, DecodeErrors) {
  case bit_string(data) {
    Error(errors) ->
      Error(list.map(errors, fn(e) { DecodeError(..e, expected: "String") }))
    Ok(raw) ->
      case bit_string.to_string(raw) {
        Ok(s) -> Ok(s)
        Error(Nil) ->
          Error([DecodeError(expected: "String", found: "BitString", path: [])])
      }
  }
}

/// A short description of the kind of value, e.g. "Int" or "List".
@external(erlang, "gleam_stdlib", "classify_dynamic")
pub fn classify(data: Dynamic) -> String

@external(erlang, "gleam_stdlib", "decode_int")
pub fn int(from data: Dynamic) -> Result(Int, DecodeErrors)

@external(erlang, "gleam_stdlib", "decode_float")
pub fn float(from data: Dynamic) -> Result(Float, DecodeErrors)

@external(erlang, "gleam_stdlib", "decode_bool")
pub fn bool(from data: Dynamic) -> Result(Bool, DecodeErrors)

@external(erlang, "gleam_stdlib", "decode_list")
pub fn shallow_list(from value: Dynamic) -> Result(List(Dynamic), DecodeErrors)

@external(erlang, "gleam_stdlib", "decode_result")
fn decode_result(value: Dynamic) -> Result(Result(Dynamic, Dynamic), DecodeErrors)

pub fn result(
  ok decode_ok: Decoder(a),
  error decode_error: Decoder(e),
) -> Decoder(Result(a, e)) {
  fn(value) {
    use inner <- result.try(decode_result(value))
    case inner {
      Ok(raw) ->
        decode_ok(raw)
        |> result.map(Ok)
        |> with_path("ok")
      Error(raw) ->
        decode_error(raw)
        |> result.map(Error)
        |> with_path("error")
    }
  }
}

pub fn list(
  of decoder_type: fn(Dynamic) -> Result(inner, DecodeErrors),
) -> Decoder(List(inner)) {
  fn(value) {
    use items <- result.try(shallow_list(value))
    items
    |> list.try_map(decoder_type)
    |> with_path("*")
  }
}

@external(erlang, "gleam_stdlib", "decode_option")
fn decode_optional(
  value: Dynamic,
  decoder: Decoder(inner),
) -> Result(Option(inner), DecodeErrors)

/// Decodes `nil`, `none`, `null`, `undefined` and `error` as `None`, and
/// anything else with the inner decoder.
pub fn optional(of decode: Decoder(inner)) -> Decoder(Option(inner)) {
  fn(value) { decode_optional(value, decode) }
}

@external(erlang, "gleam_stdlib", "decode_field")
fn decode_field(
  value: Dynamic,
  name: name,
) -> Result(Option(Dynamic), DecodeErrors)

pub fn field(named name: a, of inner_type: Decoder(t)) -> Decoder(t) {
  fn(value) {
    use maybe <- result.try(decode_field(value, name))
    case maybe {
      option.Some(inner) -> inner_type(inner)
      option.None ->
        Error([DecodeError(expected: "field", found: "nothing", path: [])])
    }
    |> with_path(name)
  }
}

pub fn optional_field(
  named name: a,
  of inner_type: Decoder(t),
) -> Decoder(Option(t)) {
  fn(value) {
    use maybe <- result.try(decode_field(value, name))
    case maybe {
      option.None -> Ok(option.None)
      option.Some(inner) ->
        decode_optional(inner, inner_type)
        |> with_path(name)
    }
  }
}

@external(erlang, "gleam_stdlib", "decode_tuple")
fn decode_tuple(value: Dynamic) -> Result(UnknownTuple, DecodeErrors)

type UnknownTuple

@external(erlang, "gleam_stdlib", "size_of_tuple")
fn tuple_size(tuple: UnknownTuple) -> Int

@external(erlang, "gleam_stdlib", "tuple_get")
fn tuple_get(tuple: UnknownTuple, index: Int) -> Result(Dynamic, Nil)

/// Decodes element `index` of a tuple; a negative index counts from the end.
pub fn element(at index: Int, of inner_type: Decoder(t)) -> Decoder(t) {
  fn(data: Dynamic) {
    use tuple <- result.try(decode_tuple(data))
    let size = tuple_size(tuple)
    let position = case index >= 0 {
      True -> index
      False -> size + index
    }
    case tuple_get(tuple, position) {
      Ok(inner) ->
        inner_type(inner)
        |> with_path(index)
      Error(Nil) -> {
        let needed = case index >= 0 {
          True -> index + 1
          False -> int.absolute_value(index)
        }
        let plural = case needed {
          1 -> ""
          _ -> "s"
        }
        let expected =
          "Tuple of at least " <> int.to_string(needed) <> " element" <> plural
        Error([DecodeError(expected: expected, found: classify(data), path: [])])
      }
    }
  }
}

@external(erlang, "gleam_stdlib", "decode_tuple2")
fn decode_tuple2(value: Dynamic) -> Result(#(Dynamic, Dynamic), DecodeErrors)

@external(erlang, "gleam_stdlib", "decode_tuple3")
fn decode_tuple3(
  value: Dynamic,
) -> Result(#(Dynamic, Dynamic, Dynamic), DecodeErrors)

@external(erlang, "gleam_stdlib", "decode_tuple4")
fn decode_tuple4(
  value: Dynamic,
) -> Result(#(Dynamic, Dynamic, Dynamic, Dynamic), DecodeErrors)

@external(erlang, "gleam_stdlib", "decode_tuple5")
fn decode_tuple5(
  value: Dynamic,
) -> Result(#(Dynamic, Dynamic, Dynamic, Dynamic, Dynamic), DecodeErrors)

@external(erlang, "gleam_stdlib", "decode_tuple6")
fn decode_tuple6(
  value: Dynamic,
) -> Result(
  #(Dynamic, Dynamic, Dynamic, Dynamic, Dynamic, Dynamic),
  DecodeErrors,
)

// The errors of one tuple element, with its position pushed onto the path.
fn element_errors(result: Result(a, DecodeErrors), name: String) -> DecodeErrors {
  case result {
    Ok(_) -> []
    Error(errors) -> list.map(errors, push_path(_, name))
  }
}

pub fn tuple2(
  first decode1: Decoder(a),
  second decode2: Decoder(b),
) -> Decoder(#(a, b)) {
  fn(value) {
    use #(a, b) <- result.try(decode_tuple2(value))
    case decode1(a), decode2(b) {
      Ok(a), Ok(b) -> Ok(#(a, b))
      a, b -> Error(list.concat([element_errors(a, "0"), element_errors(b, "1")]))
    }
  }
}

pub fn tuple3(
  first decode1: Decoder(a),
  second decode2: Decoder(b),
  third decode3: Decoder(c),
) -> Decoder(#(a, b, c)) {
  fn(value) {
    use #(a, b, c) <- result.try(decode_tuple3(value))
    case decode1(a), decode2(b), decode3(c) {
      Ok(a), Ok(b), Ok(c) -> Ok(#(a, b, c))
      a, b, c ->
        Error(list.concat([
          element_errors(a, "0"),
          element_errors(b, "1"),
          element_errors(c, "2"),
        ]))
    }
  }
}

pub fn tuple4(
  first decode1: Decoder(a),
  second decode2: Decoder(b),
  third decode3: Decoder(c),
  fourth decode4: Decoder(d),
) -> Decoder(#(a, b, c, d)) {
  fn(value) {
    use #(a, b, c, d) <- result.try(decode_tuple4(value))
    case decode1(a), decode2(b), decode3(c), decode4(d) {
      Ok(a), Ok(b), Ok(c), Ok(d) -> Ok(#(a, b, c, d))
      a, b, c, d ->
        Error(list.concat([
          element_errors(a, "0"),
          element_errors(b, "1"),
          element_errors(c, "2"),
          element_errors(d, "3"),
        ]))
    }
  }
}

pub fn tuple5(
  first decode1: Decoder(a),
  second decode2: Decoder(b),
  third decode3: Decoder(c),
  fourth decode4: Decoder(d),
  fifth decode5: Decoder(e),
) -> Decoder(#(a, b, c, d, e)) {
  fn(value) {
    use #(a, b, c, d, e) <- result.try(decode_tuple5(value))
    case decode1(a), decode2(b), decode3(c), decode4(d), decode5(e) {
      Ok(a), Ok(b), Ok(c), Ok(d), Ok(e) -> Ok(#(a, b, c, d, e))
      a, b, c, d, e ->
        Error(list.concat([
          element_errors(a, "0"),
          element_errors(b, "1"),
          element_errors(c, "2"),
          element_errors(d, "3"),
          element_errors(e, "4"),
        ]))
    }
  }
}

pub fn tuple6(
  first decode1: Decoder(a),
  second decode2: Decoder(b),
  third decode3: Decoder(c),
  fourth decode4: Decoder(d),
  fifth decode5: Decoder(e),
  sixth decode6: Decoder(f),
) -> Decoder(#(a, b, c, d, e, f)) {
  fn(value) {
    use #(a, b, c, d, e, f) <- result.try(decode_tuple6(value))
    case decode1(a), decode2(b), decode3(c), decode4(d), decode5(e), decode6(f) {
      Ok(a), Ok(b), Ok(c), Ok(d), Ok(e), Ok(f) -> Ok(#(a, b, c, d, e, f))
      a, b, c, d, e, f ->
        Error(list.concat([
          element_errors(a, "0"),
          element_errors(b, "1"),
          element_errors(c, "2"),
          element_errors(d, "3"),
          element_errors(e, "4"),
          element_errors(f, "5"),
        ]))
    }
  }
}

@external(erlang, "gleam_stdlib", "decode_map")
fn decode_map(value: Dynamic) -> Result(Map(Dynamic, Dynamic), DecodeErrors)

pub fn map(
  of key_type: Decoder(k),
  to value_type: Decoder(v),
) -> Decoder(Map(k, v)) {
  fn(value) {
    use raw <- result.try(decode_map(value))
    use entries <- result.try(list.try_map(map.to_list(raw), fn(entry) {
      let #(k, v) = entry
      use k <- result.try(with_path(key_type(k), "keys"))
      use v <- result.try(with_path(value_type(v), "values"))
      Ok(#(k, v))
    }))
    Ok(map.from_list(entries))
  }
}

/// Tries each decoder in turn, returning the first success.
pub fn any(of decoders: List(Decoder(t))) -> Decoder(t) {
  fn(data) {
    case decoders {
      [] ->
        Error([
          DecodeError(found: classify(data), expected: "another type", path: []),
        ])
      [decoder, ..rest] ->
        case decoder(data) {
          Ok(decoded) -> Ok(decoded)
          Error(_) -> any(rest)(data)
        }
    }
  }
}

fn errors_of(result: Result(a, DecodeErrors)) -> DecodeErrors {
  case result {
    Ok(_) -> []
    Error(errors) -> errors
  }
}

pub fn decode1(constructor: fn(t1) -> t, t1: Decoder(t1)) -> Decoder(t) {
  fn(x) {
    case t1(x) {
      Ok(a) -> Ok(constructor(a))
      a -> Error(errors_of(a))
    }
  }
}

pub fn decode2(
  constructor: fn(t1, t2) -> t,
  t1: Decoder(t1),
  t2: Decoder(t2),
) -> Decoder(t) {
  fn(x) {
    case t1(x), t2(x) {
      Ok(a), Ok(b) -> Ok(constructor(a, b))
      a, b -> Error(list.concat([errors_of(a), errors_of(b)]))
    }
  }
}

pub fn decode3(
  constructor: fn(t1, t2, t3) -> t,
  t1: Decoder(t1),
  t2: Decoder(t2),
  t3: Decoder(t3),
) -> Decoder(t) {
  fn(x) {
    case t1(x), t2(x), t3(x) {
      Ok(a), Ok(b), Ok(c) -> Ok(constructor(a, b, c))
      a, b, c -> Error(list.concat([errors_of(a), errors_of(b), errors_of(c)]))
    }
  }
}

pub fn decode4(
  constructor: fn(t1, t2, t3, t4) -> t,
  t1: Decoder(t1),
  t2: Decoder(t2),
  t3: Decoder(t3),
  t4: Decoder(t4),
) -> Decoder(t) {
  fn(x) {
    case t1(x), t2(x), t3(x), t4(x) {
      Ok(a), Ok(b), Ok(c), Ok(d) -> Ok(constructor(a, b, c, d))
      a, b, c, d ->
        Error(list.concat([errors_of(a), errors_of(b), errors_of(c), errors_of(d)]))
    }
  }
}

pub fn decode5(
  constructor: fn(t1, t2, t3, t4, t5) -> t,
  t1: Decoder(t1),
  t2: Decoder(t2),
  t3: Decoder(t3),
  t4: Decoder(t4),
  t5: Decoder(t5),
) -> Decoder(t) {
  fn(x) {
    case t1(x), t2(x), t3(x), t4(x), t5(x) {
      Ok(a), Ok(b), Ok(c), Ok(d), Ok(e) -> Ok(constructor(a, b, c, d, e))
      a, b, c, d, e ->
        Error(list.concat([
          errors_of(a),
          errors_of(b),
          errors_of(c),
          errors_of(d),
          errors_of(e),
        ]))
    }
  }
}

pub fn decode6(
  constructor: fn(t1, t2, t3, t4, t5, t6) -> t,
  t1: Decoder(t1),
  t2: Decoder(t2),
  t3: Decoder(t3),
  t4: Decoder(t4),
  t5: Decoder(t5),
  t6: Decoder(t6),
) -> Decoder(t) {
  fn(x) {
    case t1(x), t2(x), t3(x), t4(x), t5(x), t6(x) {
      Ok(a), Ok(b), Ok(c), Ok(d), Ok(e), Ok(f) ->
        Ok(constructor(a, b, c, d, e, f))
      a, b, c, d, e, f ->
        Error(list.concat([
          errors_of(a),
          errors_of(b),
          errors_of(c),
          errors_of(d),
          errors_of(e),
          errors_of(f),
        ]))
    }
  }
}

pub fn decode7(
  constructor: fn(t1, t2, t3, t4, t5, t6, t7) -> t,
  t1: Decoder(t1),
  t2: Decoder(t2),
  t3: Decoder(t3),
  t4: Decoder(t4),
  t5: Decoder(t5),
  t6: Decoder(t6),
  t7: Decoder(t7),
) -> Decoder(t) {
  fn(x) {
    case t1(x), t2(x), t3(x), t4(x), t5(x), t6(x), t7(x) {
      Ok(a), Ok(b), Ok(c), Ok(d), Ok(e), Ok(f), Ok(g) ->
        Ok(constructor(a, b, c, d, e, f, g))
      a, b, c, d, e, f, g ->
        Error(list.concat([
          errors_of(a),
          errors_of(b),
          errors_of(c),
          errors_of(d),
          errors_of(e),
          errors_of(f),
          errors_of(g),
        ]))
    }
  }
}

pub fn decode8(
  constructor: fn(t1, t2, t3, t4, t5, t6, t7, t8) -> t,
  t1: Decoder(t1),
  t2: Decoder(t2),
  t3: Decoder(t3),
  t4: Decoder(t4),
  t5: Decoder(t5),
  t6: Decoder(t6),
  t7: Decoder(t7),
  t8: Decoder(t8),
) -> Decoder(t) {
  fn(x) {
    case t1(x), t2(x), t3(x), t4(x), t5(x), t6(x), t7(x), t8(x) {
      Ok(a), Ok(b), Ok(c), Ok(d), Ok(e), Ok(f), Ok(g), Ok(h) ->
        Ok(constructor(a, b, c, d, e, f, g, h))
      a, b, c, d, e, f, g, h ->
        Error(list.concat([
          errors_of(a),
          errors_of(b),
          errors_of(c),
          errors_of(d),
          errors_of(e),
          errors_of(f),
          errors_of(g),
          errors_of(h),
        ]))
    }
  }
}

pub fn decode9(
  constructor: fn(t1, t2, t3, t4, t5, t6, t7, t8, t9) -> t,
  t1: Decoder(t1),
  t2: Decoder(t2),
  t3: Decoder(t3),
  t4: Decoder(t4),
  t5: Decoder(t5),
  t6: Decoder(t6),
  t7: Decoder(t7),
  t8: Decoder(t8),
  t9: Decoder(t9),
) -> Decoder(t) {
  fn(x) {
    case t1(x), t2(x), t3(x), t4(x), t5(x), t6(x), t7(x), t8(x), t9(x) {
      Ok(a), Ok(b), Ok(c), Ok(d), Ok(e), Ok(f), Ok(g), Ok(h), Ok(i) ->
        Ok(constructor(a, b, c, d, e, f, g, h, i))
      a, b, c, d, e, f, g, h, i ->
        Error(list.concat([
          errors_of(a),
          errors_of(b),
          errors_of(c),
          errors_of(d),
          errors_of(e),
          errors_of(f),
          errors_of(g),
          errors_of(h),
          errors_of(i),
        ]))
    }
  }
}

// Adds `name` to the front of the path of every error in the result.
fn with_path(result: Result(t, DecodeErrors), name: name) -> Result(t, DecodeErrors) {
  result.map_error(result, list.map(_, push_path(_, name)))
}

// Path segments are strings; ints are shown in decimal and anything else as
// `<Kind>`.
fn push_path(error: DecodeError, name: name) -> DecodeError {
  let name = from(name)
  let decoder = any([string, fn(x) { result.map(int(x), int.to_string) }])
  let segment = case decoder(name) {
    Ok(segment) -> segment
    Error(_) ->
      ["<", classify(name), ">"]
      |> string_builder.from_strings
      |> string_builder.to_string
  }
  DecodeError(..error, path: [segment, ..error.path])
}
