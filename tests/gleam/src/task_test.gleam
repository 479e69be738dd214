import gleam/dynamic
import gleam/erlang/process
import gleam/otp/task
import test_helpers.{show}

pub fn main() {
  let t = task.async(fn() { 1 + 2 })
  show("await", task.await(t, 1000))
  let t2 = task.async(fn() { "forever" })
  show("await_forever", task.await_forever(t2))
  let t3 = task.async(fn() { [1, 2] })
  show("try_await", task.try_await(t3, 1000))
  let t4 = task.async(fn() { 4 })
  show("try_await_forever", task.try_await_forever(t4))
  let slow = task.async(fn() {
    process.sleep(500)
    0
  })
  show("try_await timeout", task.try_await(slow, 10))
  process.trap_exits(True)
  let crashing = task.async(fn() { exit_with("crashed") })
  show("try_await crash", task.try_await(crashing, 1000))
  let crashing2 = task.async(fn() { exit_with(#(1, 2)) })
  show("try_await_forever crash", task.try_await_forever(crashing2))
  process.flush_messages()
  show("errors", [task.Timeout, task.Exit(dynamic_one())])
}

fn dynamic_one() -> dynamic.Dynamic {
  dynamic.from(1)
}

@external(erlang, "erlang", "exit")
fn exit_with(reason: a) -> b
