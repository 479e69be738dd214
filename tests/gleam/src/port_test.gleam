import gleam/otp/port.{Port}
import gleam/string
import test_helpers.{show}

@external(erlang, "erlang", "open_port")
fn open_port(name: #(Spawn, String), options: List(Nil)) -> Port

type Spawn {
  Spawn
}

@external(erlang, "erlang", "port_close")
fn port_close(port: Port) -> Bool

pub fn main() {
  let port: Port = open_port(#(Spawn, "cat"), [])
  show("port inspect", string.starts_with(string.inspect(port), "//erl(#Port<"))
  show("port_close", port_close(port))
}
