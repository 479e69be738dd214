import gleam/base
import gleam/list
import test_helpers.{result_bytes, show}

pub fn main() {
  show("encode64", [base.encode64(<<"hello":utf8>>, True), base.encode64(<<"hello":utf8>>, False), base.encode64(<<>>, True), base.encode64(<<255, 254, 253>>, True), base.encode64(<<1>>, False)])
  show("decode64", list.map([base.decode64("aGVsbG8="), base.decode64("aGVsbG8"), base.decode64(""), base.decode64("!!!!"), base.decode64("/+/9"), base.decode64("AQ")], result_bytes))
  show("url_encode64", [base.url_encode64(<<255, 127, 254, 252>>, True), base.url_encode64(<<255, 127, 254, 252>>, False)])
  show("url_decode64", list.map([base.url_decode64("_3_-_A=="), base.url_decode64("_3_-_A"), base.url_decode64("*")], result_bytes))
}
