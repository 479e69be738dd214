import gleam/dynamic
import gleam/erlang/process
import gleam/option.{None}
import gleam/otp/actor
import gleam/otp/system
import test_helpers.{show}

pub type Message {
  Push(Int)
  Pop(process.Subject(Result(Int, Nil)))
  Get(process.Subject(List(Int)))
  Shutdown
}

fn handle(message: Message, stack: List(Int)) -> actor.Next(Message, List(Int)) {
  case message {
    Push(x) -> actor.continue([x, ..stack])
    Pop(reply) ->
      case stack {
        [] -> {
          process.send(reply, Error(Nil))
          actor.continue([])
        }
        [top, ..rest] -> {
          process.send(reply, Ok(top))
          actor.continue(rest)
        }
      }
    Get(reply) -> {
      process.send(reply, stack)
      actor.Continue(stack, None)
    }
    Shutdown -> actor.Stop(process.Normal)
  }
}

pub fn main() {
  let assert Ok(stack) = actor.start([], handle)
  actor.send(stack, Push(1))
  actor.send(stack, Push(2))
  show("call get", actor.call(stack, Get, 1000))
  show("call pop", actor.call(stack, Pop, 1000))
  show("process.call pop", process.call(stack, Pop, 1000))
  show("pop empty", actor.call(stack, Pop, 1000))

  // System messages
  let pid = process.subject_owner(stack)
  actor.send(stack, Push(7))
  show("sys get_state", system.get_state(pid))
  system.suspend(pid)
  actor.send(stack, Push(8))
  show("suspended state", system.get_state(from: pid))
  system.resume(pid)
  show("resumed state", actor.call(stack, Get, 1000))
  show("debug_state", system.debug_state([]) == system.debug_state([system.NoDebug]))

  // Stop
  let monitor = process.monitor_process(pid)
  actor.send(stack, Shutdown)
  let down = process.new_selector() |> process.selecting_process_down(monitor, fn(d) { d.reason })
  show("stopped", process.select(down, 1000))

  // start_spec with init
  let spec =
    actor.Spec(
      init: fn() {
        let extra = process.new_subject()
        process.send(extra, 100)
        actor.Ready([0], process.new_selector() |> process.selecting(extra, Push))
      },
      init_timeout: 1000,
      loop: handle,
    )
  let assert Ok(s2) = actor.start_spec(spec)
  show("init selector message", actor.call(s2, Get, 1000))
  actor.send(s2, Shutdown)

  // Failing and crashing init
  show("init failed", actor.start_spec(actor.Spec(init: fn() { actor.Failed("nope") }, init_timeout: 1000, loop: handle)))
  process.trap_exits(True)
  show("init crashed", actor.start_spec(actor.Spec(init: fn() { crash() }, init_timeout: 1000, loop: handle)))
  show("init timeout", actor.start_spec(actor.Spec(init: fn() {
    process.sleep(1000)
    actor.Ready([], process.new_selector())
  }, init_timeout: 20, loop: handle)))
  process.flush_messages()
  process.trap_exits(False)

  // with_selector
  let other = process.new_subject()
  let next = actor.with_selector(actor.continue([1]), process.new_selector() |> process.selecting(other, Push))
  show("with_selector state", case next {
    actor.Continue(state, option.Some(_)) -> state
    _ -> []
  })
  show("with_selector stop", actor.with_selector(actor.Stop(process.Normal), process.new_selector()))

  // Erlang start results
  let assert Ok(s3) = actor.start(0, fn(_msg: Nil, state) { actor.continue(state) })
  show("to_erlang_start_result ok", actor.to_erlang_start_result(Ok(s3)) == Ok(process.subject_owner(s3)))
  show("to_erlang_start_result error", actor.to_erlang_start_result(Error(actor.InitTimeout)))
  show("start errors", [actor.InitTimeout, actor.InitFailed(process.Killed), actor.InitCrashed(dynamic.from(1))])
}

// An exit rather than an error, so that no crash report is logged.
@external(erlang, "erlang", "exit")
fn erlang_exit(reason: a) -> b

fn crash() -> actor.InitResult(List(Int), Message) {
  erlang_exit("init crash")
}
