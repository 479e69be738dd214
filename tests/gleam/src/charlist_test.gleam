import gleam/erlang/charlist
import test_helpers.{show}

pub fn main() {
  let cl = charlist.from_string("héllo")
  show("from_string", cl)
  show("to_string", charlist.to_string(cl))
  show("empty", #(charlist.from_string(""), charlist.to_string(charlist.from_string(""))))
}
