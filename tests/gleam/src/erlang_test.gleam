import gleam/dynamic
import gleam/erlang
import gleam/erlang/atom
import gleam/list
import gleam/string
import test_helpers.{show}

pub type Thing {
  Thing(Int, String)
}

pub fn main() {
  show("format", [erlang.format(1), erlang.format("abc"), erlang.format(#(1, [2.5], Thing(1, "x"))), erlang.format(atom.create_from_string("ok"))])
  let bin = erlang.term_to_binary(#(1, "two"))
  show("term_to_binary", bin)
  show("binary_to_term", erlang.binary_to_term(bin))
  show("binary_to_term bad", erlang.binary_to_term(<<1, 2, 3>>))
  show("unsafe_binary_to_term", erlang.unsafe_binary_to_term(erlang.term_to_binary([1, 2])))
  show("unsafe_binary_to_term bad", erlang.unsafe_binary_to_term(<<>>))
  // The test runner gives the program an empty standard input.
  show("get_line", erlang.get_line(prompt: ""))
  let s = erlang.system_time(erlang.Second)
  let ms = erlang.system_time(erlang.Millisecond)
  let us = erlang.system_time(erlang.Microsecond)
  let ns = erlang.system_time(erlang.Nanosecond)
  show("system_time plausible", s > 1_600_000_000 && ms / 1000 >= s && us / 1000 >= ms && ns / 1000 >= us)
  let #(mega, secs, micro) = erlang.erlang_timestamp()
  show("erlang_timestamp plausible", mega > 1000 && secs >= 0 && secs < 1_000_000 && micro >= 0)
  show("rescue ok", erlang.rescue(fn() { 1 }))
  show("rescue error", erlang.rescue(fn() { erlang_error(atom.create_from_string("oops")) }))
  show("rescue throw", erlang.rescue(fn() { erlang_throw(5) }))
  show("rescue exit", erlang.rescue(fn() { erlang_exit("bye") }))
  show("rescue badarith", erlang.rescue(fn() { 1 / zero() }) )
  show("rescue panic", case erlang.rescue(fn() { panic }) {
    Error(erlang.Errored(_)) -> "errored"
    _ -> "other"
  })
  show("start_arguments", erlang.start_arguments())
  show("ensure_all_started kernel", erlang.ensure_all_started(atom.create_from_string("kernel")))
  show("ensure_all_started missing", erlang.ensure_all_started(application: atom.create_from_string("no_such_app_for_test")))
  let r1 = erlang.make_reference()
  let r2 = erlang.make_reference()
  show("make_reference distinct", r1 != r2 && r1 == r1)
  show("reference inspect", string.starts_with(string.inspect(r1), "//erl(#Ref<"))
  show("priv_directory missing", erlang.priv_directory("no_such_app_for_test"))
  show("priv_directory kernel", case erlang.priv_directory("kernel") {
    Ok(path) -> string.ends_with(path, "priv")
    Error(_) -> False
  })
  show("crash constructors", [erlang.Exited(dynamic.from(1)), erlang.Thrown(dynamic.from(2)), erlang.Errored(dynamic.from(3))])
  show("other constructors", #(erlang.Eof, erlang.NoData, list.length([erlang.Second, erlang.Millisecond, erlang.Microsecond, erlang.Nanosecond])))
}

fn zero() -> Int {
  0
}

@external(erlang, "erlang", "error")
fn erlang_error(reason: a) -> b

@external(erlang, "erlang", "throw")
fn erlang_throw(value: a) -> b

@external(erlang, "erlang", "exit")
fn erlang_exit(reason: a) -> b
