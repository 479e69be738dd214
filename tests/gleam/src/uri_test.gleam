import gleam/uri.{Uri}
import gleam/option.{None, Some}
import gleam/list
import test_helpers.{show}

pub fn main() {
  show("parse full", uri.parse("https://weebl:bob@example.com:1234/path?query=true#fragment"))
  show("parse empty", uri.parse(""))
  show("parse //", uri.parse("//"))
  show("parse file", uri.parse("file:///one/two/three"))
  show("parse ldap", uri.parse("ldap:///dc=example,dc=com??sub?(givenName=John)"))
  show("parse bad", uri.parse("::"))
  show("parse empty query", uri.parse("http://example.com?"))
  show("parse relative", uri.parse("../a/b?x=1"))
  show("parse_query", [uri.parse_query("weebl+bob=1&city=%C3%B6rebro"), uri.parse_query("a[]=1&a[]=2"), uri.parse_query(""), uri.parse_query("present"), uri.parse_query("%C2")])
  show("query_to_string", [uri.query_to_string([#("weebl bob", "1"), #("city", "örebro")]), uri.query_to_string([])])
  show("percent_encode", list.map([" ", ",", ";", ":", "!", "?", "'", "(", ")", "[", "@", "/", "\\", "&", "#", "=", "~", "ñ", "-", "_", ".", "*", "100% great", "$+"], uri.percent_encode))
  show("percent_decode", [uri.percent_decode("100%25%20great"), uri.percent_decode("%C3%B1"), uri.percent_decode("%C3"), uri.percent_decode("%zz"), uri.percent_decode("a%2"), uri.percent_decode("a+b")])
  show("path_segments", list.map(["/", "/weebl/bob", "////", "/weebl//bob", "/.", "/.weebl", "/../bob", "../bob", "/weebl/../bob", ""], uri.path_segments))
  show("to_string", list.map([
    Uri(Some("https"), Some("weebl:bob"), Some("example.com"), Some(1234), "/path", Some("query=true"), Some("fragment")),
    Uri(None, None, None, None, "/", None, None),
    Uri(None, Some("user"), None, None, "/teapot", None, None),
    Uri(None, None, None, None, "", None, None),
    Uri(Some("ftp"), None, None, None, "thing.txt", None, None),
    Uri(Some("ftp"), Some("ignored"), None, None, "", None, None),
    Uri(Some("https"), None, None, None, "/one/two", None, None),
    Uri(None, None, None, None, "noslash", None, Some("frag")),
    Uri(Some("ftp"), None, Some("example.com"), None, "", None, None),
    Uri(None, None, Some("example.com"), None, "noslash", None, Some("ok")),
    Uri(None, None, Some(""), None, "", None, Some("ok")),
    Uri(None, None, Some("example.com"), Some(40), "", None, None),
    Uri(None, None, None, Some(81), "noslash", None, None),
  ], uri.to_string))
  show("origin", list.map(["http://example.test/path?weebl#bob", "http://example.test:8080", "https://example.test", "https://example.test:443/x", "http://example.test:80/x", "http:///path", "http://", "/path", "file:///dev/null"], fn(s) {
    let assert Ok(u) = uri.parse(s)
    uri.origin(u)
  }))
  let merge = fn(a, b) {
    let assert Ok(a) = uri.parse(a)
    let assert Ok(b) = uri.parse(b)
    case uri.merge(a, b) {
      Ok(u) -> Ok(uri.to_string(u))
      Error(e) -> Error(e)
    }
  }
  show("merge", [
    merge("/relative", ""),
    merge("http://google.com/weebl", "http://example.com/baz"),
    merge("http://google.com/weebl", "http://example.com/.././bob/../../baz"),
    merge("http://google.com/weebl", "//example.com/baz"),
    merge("http://example.com/weebl/bob", "/baz"),
    merge("http://example.com/weebl/bob", "baz"),
    merge("http://example.com/weebl/", "baz"),
    merge("http://example.com", "baz"),
    merge("http://example.com", "/.././bob/../../../baz"),
    merge("http://example.com/weebl/bob", ""),
    merge("http://example.com/weebl/bob", "#fragment"),
    merge("http://example.com/weebl/bob", "?query"),
    merge("http://example.com/weebl/bob?query1", "?query2"),
    merge("http://example.com/weebl/bob?query", ""),
    merge("http://example.com/a/b", "mailto:x"),
  ])
  let assert Ok(merged) = uri.merge(Uri(Some("http"), None, Some("h"), None, "/a", None, None), Uri(None, None, None, None, "b", None, None))
  show("merge record", merged)
}
