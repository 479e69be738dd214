import gleam/erlang/atom
import gleam/erlang/node
import gleam/erlang/process
import test_helpers.{show}

pub fn main() {
  let me = node.self()
  show("self", me)
  show("to_atom", atom.to_string(node.to_atom(me)))
  show("visible", node.visible())
  show("connect", node.connect(atom.create_from_string("other@nowhere")))
  // Send to a locally registered process via {Name, node()}.
  let name = atom.create_from_string("node_test_receiver")
  let assert Ok(_) = process.register(process.self(), name)
  node.send(me, name, #(atom.create_from_string("hello"), 1))
  show("received", receive_any(100))
  show("errors", [node.FailedToConnect, node.LocalNodeIsNotAlive])
}

@external(erlang, "node_test_ffi", "receive_any")
fn receive_any(timeout: Int) -> Result(a, Nil)
