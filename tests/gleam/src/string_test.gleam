import gleam/string
import gleam/list
import gleam/order
import test_helpers.{show}

pub type Point {
  Point(x: Int, y: Int)
}

pub type Unit {
  Unit
}

pub fn main() {
  show("is_empty", [string.is_empty(""), string.is_empty(" ")])
  show("length", [string.length(""), string.length("gleam"), string.length("ß↑e̊"), string.length("🏳️‍🌈")])
  show("reverse", [string.reverse("stressed"), string.reverse("ab̊c")])
  show("replace", [string.replace("www.example.com", each: ".", with: "-"), string.replace("aaa", "a", "bb"), string.replace("abc", "x", "y")])
  show("lowercase", string.lowercase("X-FILES Ünïcode"))
  show("uppercase", string.uppercase("skinner straße"))
  show("compare", [string.compare("Anthony", "Anthony"), string.compare("A", "B"), string.compare("Bob", "Adam"), string.compare("a", "B")])
  show("slice", [string.slice("gleam", at_index: 1, length: 2), string.slice(from: "gleam", at_index: 1, length: 10), string.slice("gleam", 10, 3), string.slice("gleam", -3, 2), string.slice("gleam", -12, 2), string.slice("gleam", 2, -1), string.slice("ab̊cd", 1, 2)])
  show("crop", [string.crop(from: "The Lone Gunmen", before: "Lone"), string.crop("abc", "x"), string.crop("abc", "")])
  show("drop_left", [string.drop_left(from: "The Lone Gunmen", up_to: 2), string.drop_left("abc", 5), string.drop_left("abc", -1)])
  show("drop_right", [string.drop_right(from: "Cigarette Smoking Man", up_to: 2), string.drop_right("abc", 5), string.drop_right("abc", -1)])
  show("contains", [string.contains(does: "theory", contain: "ory"), string.contains("theory", "the?"), string.contains("theory", "")])
  show("starts_with", [string.starts_with("theory", "the"), string.starts_with("theory", "ory"), string.starts_with("a", "abc"), string.starts_with("abc", "")])
  show("ends_with", [string.ends_with("theory", "ory"), string.ends_with("theory", "the"), string.ends_with("a", "abc"), string.ends_with("abc", "")])
  show("split", [string.split("home/gleam/desktop/", on: "/"), string.split("abc", ""), string.split("", ","), string.split("a,,b", ",")])
  show("split_once", [string.split_once("home/gleam/desktop/", on: "/"), string.split_once("abc", "x"), string.split_once("a=b=c", "=")])
  show("append", string.append(to: "butter", suffix: "fly"))
  show("concat", [string.concat(["never", "the", "less"]), string.concat([])])
  show("repeat", [string.repeat("ha", times: 3), string.repeat("ha", 0), string.repeat("ha", -1)])
  show("join", [string.join(["home", "evan", "Desktop"], with: "/"), string.join([], ","), string.join(["a"], ",")])
  show("pad_left", [string.pad_left("121", to: 5, with: "."), string.pad_left("121", to: 3, with: "."), string.pad_left("121", to: 2, with: "."), string.pad_left("121", 6, "XY"), string.pad_left("121", 7, "XY"), string.pad_left("121", 6, "")])
  show("pad_right", [string.pad_right("121", to: 5, with: "."), string.pad_right("121", 6, "XY"), string.pad_right("121", 2, "XY")])
  show("trim", [string.trim("  hats  \n"), string.trim("\t\r\n x \r\n")])
  show("trim_left", string.trim_left("  hats  \n"))
  show("trim_right", string.trim_right("  hats  \n"))
  show("pop_grapheme", [string.pop_grapheme("gleam"), string.pop_grapheme(""), string.pop_grapheme("\r\nx"), string.pop_grapheme("e̊x")])
  show("to_graphemes", [string.to_graphemes("abc"), string.to_graphemes("a\r\nb̊"), string.to_graphemes("")])
  let cps = string.to_utf_codepoints("aé🙂")
  show("to_utf_codepoints", list.map(cps, string.utf_codepoint_to_int))
  show("from_utf_codepoints", string.from_utf_codepoints(cps))
  show("from_utf_codepoints empty", string.from_utf_codepoints([]))
  show("utf_codepoint", [
    result_to_int(string.utf_codepoint(97)),
    result_to_int(string.utf_codepoint(1_114_111)),
    result_to_int(string.utf_codepoint(1_114_112)),
    result_to_int(string.utf_codepoint(55_296)),
    result_to_int(string.utf_codepoint(57_343)),
    result_to_int(string.utf_codepoint(57_344)),
    result_to_int(string.utf_codepoint(65_534)),
    result_to_int(string.utf_codepoint(65_535)),
    result_to_int(string.utf_codepoint(0)),
  ])
  show("to_option", [string.to_option(""), string.to_option("x")])
  show("first", [string.first("icecream"), string.first("")])
  show("last", [string.last("icecream"), string.last("a"), string.last(""), string.last("ab̊")])
  show("capitalise", [string.capitalise("mamouna"), string.capitalise("MAMOUNA"), string.capitalise(""), string.capitalise("élan")])
  show("byte_size", [string.byte_size("a"), string.byte_size("é"), string.byte_size("🙂"), string.byte_size("")])
  show("inspect ints", string.inspect([1, -2, 3]))
  show("inspect string", string.inspect("a \"quoted\" \\ string\n\t\r"))
  show("inspect unicode", string.inspect("héllo 🙂"))
  show("inspect tuple", string.inspect(#(1, "a", 2.5, #())))
  show("inspect record", string.inspect(Point(1, 2)))
  show("inspect unit", string.inspect(Unit))
  show("inspect bools nil", string.inspect([True, False]))
  show("inspect nil", string.inspect(Nil))
  show("inspect result", string.inspect([Ok(1), Error("e")]))
  show("inspect order", string.inspect([order.Lt, order.Eq, order.Gt]))
  show("inspect nested list", string.inspect([[1], [], [2, 3]]))
  show("inspect bit_string", string.inspect(<<1, 2, 255>>))
  show("inspect utf8 bit_string", string.inspect(<<"abc":utf8>>))
  show("inspect empty bit_string", string.inspect(<<>>))
  show("inspect odd bit_string", string.inspect(<<1:3>>))
  show("inspect fn0", string.inspect(fn() { 1 }))
  show("inspect fn2", string.inspect(fn(a, b) { a + b }))
  show("inspect floats", string.inspect([1.0, 1.5, -0.25, 1.0e20, 1.0e-10]))
}

fn result_to_int(r) {
  case r {
    Ok(cp) -> Ok(string.utf_codepoint_to_int(cp))
    Error(e) -> Error(e)
  }
}
