import gleam/regex
import test_helpers.{show}

pub fn main() {
  let assert Ok(re) = regex.from_string("[0-9]")
  show("check", [regex.check(re, "abc123"), regex.check(with: re, content: "abc")])
  show("from_string error", regex.from_string("[0-9"))
  let assert Ok(ci) = regex.compile("[A-Z]", with: regex.Options(case_insensitive: True, multi_line: False))
  show("case_insensitive", regex.check(ci, "abc"))
  let assert Ok(ml) = regex.compile("^b", regex.Options(case_insensitive: False, multi_line: True))
  show("multi_line", [regex.check(ml, "a\nb"), regex.check(regex_of("^b"), "a\nb")])
  show("compile error", regex.compile("(", regex.Options(False, False)))
  let assert Ok(sep) = regex.from_string(" *, *")
  show("split", regex.split(with: sep, content: "foo,32, 4, 9  ,0"))
  show("split none", regex.split(sep, "abc"))
  let assert Ok(words) = regex.from_string("[oi]n a (\\w+)")
  show("scan", regex.scan(with: words, content: "I am on a boat in a lake."))
  let assert Ok(opt) = regex.from_string("(a)?(b)")
  show("scan optional group", regex.scan(opt, "b ab"))
  let assert Ok(empty_group) = regex.from_string("x(y*)z")
  show("scan empty group", regex.scan(empty_group, "xz xyz"))
  show("scan no match", regex.scan(words, "nothing"))
  let assert Ok(uni) = regex.from_string("\\w+")
  show("unicode", regex.scan(uni, "héllo wörld"))
}

fn regex_of(pattern: String) -> regex.Regex {
  let assert Ok(re) = regex.from_string(pattern)
  re
}
