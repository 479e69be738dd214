import gleam/string_builder as sb
import gleam/list
import test_helpers.{show}

pub fn main() {
  let b = sb.from_string("middle") |> sb.prepend("start ") |> sb.append(" end")
  show("to_string", sb.to_string(b))
  show("structure", b)
  show("new", sb.new())
  show("new to_string", sb.to_string(sb.new()))
  show("prepend", sb.to_string(sb.prepend(to: sb.from_string("b"), prefix: "a")))
  show("append", sb.to_string(sb.append(to: sb.from_string("a"), suffix: "b")))
  show("prepend_builder", sb.to_string(sb.prepend_builder(to: sb.from_string("b"), prefix: sb.from_string("a"))))
  show("append_builder", sb.to_string(sb.append_builder(to: sb.from_string("a"), suffix: sb.from_string("b"))))
  show("from_strings", sb.to_string(sb.from_strings(["a", "b", "c"])))
  show("concat", sb.to_string(sb.concat([sb.from_string("a"), sb.from_strings(["b", "c"])])))
  show("byte_size", [sb.byte_size(b), sb.byte_size(sb.from_string("é"))])
  show("join", sb.to_string(sb.join([sb.from_string("a"), sb.from_string("b"), sb.from_string("c")], with: ", ")))
  show("lowercase", sb.to_string(sb.lowercase(sb.from_string("HeLLo"))))
  show("uppercase", sb.to_string(sb.uppercase(sb.from_strings(["he", "llo"]))))
  show("reverse", sb.to_string(sb.reverse(sb.from_strings(["ab", "cd"]))))
  show("split", list.map(sb.split(sb.from_string("a,b,,c"), on: ","), sb.to_string))
  show("replace", sb.to_string(sb.replace(in: sb.from_strings(["a-b", "-c"]), each: "-", with: "+")))
  show("is_equal", [sb.is_equal(sb.from_strings(["ab", "c"]), sb.from_string("abc")), sb.is_equal(sb.from_string("a"), sb.from_string("b"))])
  show("is_empty", [sb.is_empty(sb.new()), sb.is_empty(sb.from_strings(["", ""])), sb.is_empty(sb.from_string("a"))])
}
