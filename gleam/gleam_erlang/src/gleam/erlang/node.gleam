//// Distributed Erlang nodes.

import gleam/erlang/atom.{Atom}

pub type Node

pub type ConnectError {
  FailedToConnect
  LocalNodeIsNotAlive
}

@external(erlang, "erlang", "node")
pub fn self() -> Node

@external(erlang, "erlang", "nodes")
pub fn visible() -> List(Node)

@external(erlang, "gleam_erlang_ffi", "connect_node")
pub fn connect(node: Atom) -> Result(Node, ConnectError)

/// Sends a message to the process registered as `name` on `node`.
pub fn send(node: Node, name: Atom, message: message) -> Nil {
  raw_send(#(name, node), message)
  Nil
}

type Destination

@external(erlang, "gleam_erlang_ffi", "identity")
fn destination(a: #(Atom, Node)) -> Destination

fn raw_send(to: #(Atom, Node), message: message) -> message {
  erl_send(destination(to), message)
}

@external(erlang, "erlang", "send")
fn erl_send(to: Destination, message: message) -> message

@external(erlang, "gleam_erlang_ffi", "identity")
pub fn to_atom(node: Node) -> Atom
