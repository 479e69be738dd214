//// Parsing and building URIs (RFC 3986).

import gleam/int
import gleam/list
import gleam/option.{None, Option, Some}
import gleam/string
import gleam/string_builder

pub type Uri {
  Uri(
    scheme: Option(String),
    userinfo: Option(String),
    host: Option(String),
    port: Option(Int),
    path: String,
    query: Option(String),
    fragment: Option(String),
  )
}

@external(erlang, "gleam_stdlib", "uri_parse")
pub fn parse(uri_string: String) -> Result(Uri, Nil)

/// Parses an `application/x-www-form-urlencoded` query string.
@external(erlang, "gleam_stdlib", "parse_query")
pub fn parse_query(query: String) -> Result(List(#(String, String)), Nil)

pub fn query_to_string(query: List(#(String, String))) -> String {
  query
  |> list.map(fn(pair) {
    string_builder.from_strings([
      percent_encode(pair.0),
      "=",
      percent_encode(pair.1),
    ])
  })
  |> list.intersperse(string_builder.from_string("&"))
  |> string_builder.concat
  |> string_builder.to_string
}

@external(erlang, "gleam_stdlib", "percent_encode")
pub fn percent_encode(value: String) -> String

@external(erlang, "gleam_stdlib", "percent_decode")
pub fn percent_decode(value: String) -> Result(String, Nil)

/// The non-empty segments of a path, with `.` and `..` resolved.
pub fn path_segments(path: String) -> List(String) {
  remove_dot_segments(string.split(path, "/"))
}

fn remove_dot_segments(input: List(String)) -> List(String) {
  remove_dot_segments_loop(input, [])
}

fn remove_dot_segments_loop(input: List(String), acc: List(String)) {
  case input {
    [] -> list.reverse(acc)
    [segment, ..rest] -> {
      let acc = case segment, acc {
        "", _ -> acc
        ".", _ -> acc
        "..", [] -> []
        "..", [_, ..older] -> older
        _, _ -> [segment, ..acc]
      }
      remove_dot_segments_loop(rest, acc)
    }
  }
}

pub fn to_string(uri: Uri) -> String {
  let parts = case uri.fragment {
    Some(fragment) -> ["#", fragment]
    None -> []
  }
  let parts = case uri.query {
    Some(query) -> ["?", query, ..parts]
    None -> parts
  }
  let parts = [uri.path, ..parts]
  let parts = case uri.host, string.starts_with(uri.path, "/") {
    Some(host), False if host != "" -> ["/", ..parts]
    _, _ -> parts
  }
  let parts = case uri.host, uri.port {
    Some(_), Some(port) -> [":", int.to_string(port), ..parts]
    _, _ -> parts
  }
  let parts = case uri.scheme, uri.userinfo, uri.host {
    Some(s), Some(u), Some(h) -> [s, "://", u, "@", h, ..parts]
    Some(s), None, Some(h) -> [s, "://", h, ..parts]
    Some(s), _, None -> [s, ":", ..parts]
    None, None, Some(h) -> ["//", h, ..parts]
    _, _, _ -> parts
  }
  string.concat(parts)
}

/// The origin (scheme, host and non-default port) of an http or https URI.
pub fn origin(uri: Uri) -> Result(String, Nil) {
  let Uri(scheme: scheme, host: host, port: port, ..) = uri
  case scheme {
    Some("https") if port == Some(443) ->
      Ok(to_string(Uri(scheme, None, host, None, "", None, None)))
    Some("http") if port == Some(80) ->
      Ok(to_string(Uri(scheme, None, host, None, "", None, None)))
    Some(s) if s == "http" || s == "https" ->
      Ok(to_string(Uri(scheme, None, host, port, "", None, None)))
    _ -> Error(Nil)
  }
}

/// Resolves `relative` against `base`, which must have a scheme and a host.
pub fn merge(base: Uri, relative: Uri) -> Result(Uri, Nil) {
  case base {
    Uri(scheme: Some(_), host: Some(_), ..) ->
      case relative {
        Uri(host: Some(_), ..) -> {
          let path =
            string.split(relative.path, "/")
            |> remove_dot_segments
            |> join_segments
          Ok(Uri(
            ..relative,
            scheme: option.or(relative.scheme, base.scheme),
            path: path,
          ))
        }
        Uri(scheme: None, host: None, ..) -> {
          let #(path, query) = case relative.path {
            "" -> #(base.path, option.or(relative.query, base.query))
            _ -> {
              let segments = case string.starts_with(relative.path, "/") {
                True -> string.split(relative.path, "/")
                False ->
                  string.split(base.path, "/")
                  |> drop_last
                  |> list.append(string.split(relative.path, "/"))
              }
              let path =
                segments
                |> remove_dot_segments
                |> join_segments
              #(path, relative.query)
            }
          }
          Ok(Uri(
            scheme: base.scheme,
            userinfo: None,
            host: base.host,
            port: base.port,
            path: path,
            query: query,
            fragment: relative.fragment,
          ))
        }
        _ -> Error(Nil)
      }
    _ -> Error(Nil)
  }
}

fn drop_last(items: List(a)) -> List(a) {
  list.take(items, list.length(items) - 1)
}

fn join_segments(segments: List(String)) -> String {
  string.join(["", ..segments], "/")
}
