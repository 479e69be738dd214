import gleam/dynamic
import gleam/erlang/atom
import test_helpers.{show}

pub fn main() {
  let ok = atom.create_from_string("ok")
  show("create_from_string", [ok, atom.create_from_string("some_thing"), atom.create_from_string("Hello World")])
  show("from_string existing", atom.from_string("ok"))
  show("from_string missing", atom.from_string("this_atom_does_not_exist_anywhere_12345"))
  show("to_string", [atom.to_string(ok), atom.to_string(atom.create_from_string("é"))])
  show("from_dynamic", [atom.from_dynamic(dynamic.from(ok)), atom.from_dynamic(dynamic.from(True)), atom.from_dynamic(dynamic.from(1))])
  show("AtomNotLoaded", atom.AtomNotLoaded)
}
