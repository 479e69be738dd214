//// Hello world: `beamline run examples/gleam/hello.gleam`

import gleam/io

pub fn main() {
  io.println("Hello from Gleam on beamline!")
}
