import gleam/bit_string
import gleam/list
import test_helpers.{bytes, result_bytes, show}

pub fn main() {
  show("from_string", bytes(bit_string.from_string("héllo")))
  show("from_string inspect", bit_string.from_string("héllo"))
  show("byte_size", [bit_string.byte_size(<<1, 2, 3>>), bit_string.byte_size(<<>>)])
  show("append", bytes(bit_string.append(to: <<1, 2>>, suffix: <<3>>)))
  show("slice", list.map([
    bit_string.slice(<<"hello":utf8>>, 1, 3),
    bit_string.slice(from: <<1, 2, 3>>, at: 0, take: 3),
    bit_string.slice(<<1, 2, 3>>, 2, 5),
    bit_string.slice(<<1, 2, 3>>, 3, -2),
    bit_string.slice(<<1, 2, 3>>, -1, 1),
  ], result_bytes))
  show("is_utf8", [bit_string.is_utf8(<<"abc":utf8>>), bit_string.is_utf8(<<255>>), bit_string.is_utf8(<<>>), bit_string.is_utf8(<<"é":utf8>>), bit_string.is_utf8(<<195>>)])
  show("to_string", [bit_string.to_string(<<"hé":utf8>>), bit_string.to_string(<<65, 255>>)])
  show("concat", [bytes(bit_string.concat([<<1>>, <<2, 3>>, <<>>])), bytes(bit_string.concat([]))])
  show("inspect non-utf8", <<200, 1>>)
}
