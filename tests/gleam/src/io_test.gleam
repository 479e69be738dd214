import gleam/io

pub fn main() {
  io.print("print ")
  io.print("without newline\n")
  io.println("println 🙂")
  io.print_error("print_error ")
  io.println_error("println_error")
  let value = io.debug(#(1, "two", [3.0]))
  io.println("debug returned its argument: " <> case value {
    #(1, "two", [3.0]) -> "yes"
    _ -> "no"
  })
  io.debug(Ok(Nil))
  io.println("done")
}
