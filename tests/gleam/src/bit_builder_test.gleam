import gleam/bit_builder as bb
import gleam/string_builder
import test_helpers.{bytes, show}

pub fn main() {
  let b =
    bb.new()
    |> bb.append(<<2>>)
    |> bb.prepend(<<1>>)
    |> bb.append_string("ab")
    |> bb.prepend_string("z")
  show("to_bit_string", bytes(bb.to_bit_string(b)))
  show("byte_size", bb.byte_size(b))
  show("new", bytes(bb.to_bit_string(bb.new())))
  show("prepend", bytes(bb.to_bit_string(bb.prepend(bb.from_bit_string(<<2>>), <<1>>))))
  show("append", bytes(bb.to_bit_string(bb.append(bb.from_bit_string(<<1>>), <<2>>))))
  show("prepend_builder", bytes(bb.to_bit_string(bb.prepend_builder(bb.from_string("b"), bb.from_string("a")))))
  show("append_builder", bytes(bb.to_bit_string(bb.append_builder(to: bb.from_string("a"), suffix: bb.from_bit_string(<<0>>)))))
  show("prepend_string", bytes(bb.to_bit_string(bb.prepend_string(bb.from_string("b"), "a"))))
  show("append_string", bytes(bb.to_bit_string(bb.append_string(bb.from_string("a"), "b"))))
  show("concat", bytes(bb.to_bit_string(bb.concat([bb.from_string("a"), bb.from_bit_string(<<1>>)]))))
  show("concat_bit_strings", bytes(bb.to_bit_string(bb.concat_bit_strings([<<1>>, <<2, 3>>]))))
  show("from_string", bytes(bb.to_bit_string(bb.from_string("hé"))))
  show("from_string_builder", bytes(bb.to_bit_string(bb.from_string_builder(string_builder.from_strings(["x", "y"])))))
  show("from_bit_string", bytes(bb.to_bit_string(bb.from_bit_string(<<9, 8>>))))
  show("byte_size concat", bb.byte_size(bb.concat_bit_strings([<<1, 2>>, <<3>>])))
}
