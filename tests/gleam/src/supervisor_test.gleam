import gleam/erlang/process.{Pid}
import gleam/int
import gleam/io
import gleam/list
import gleam/otp/actor
import gleam/otp/supervisor
import test_helpers.{show}

pub type Msg {
  Ping(process.Subject(String))
}

// Starts a worker actor, announcing each start (name and pid) on `log`.
fn start_worker(name: String, log: process.Subject(#(String, Pid))) {
  actor.start_spec(actor.Spec(
    init: fn() {
      process.send(log, #("started " <> name, process.self()))
      actor.Ready(Nil, process.new_selector())
    },
    init_timeout: 1000,
    loop: fn(msg, state) {
      case msg {
        Ping(reply) -> {
          process.send(reply, "pong from " <> name)
          actor.continue(state)
        }
      }
    },
  ))
}

pub fn main() {
  process.trap_exits(False)
  let log = process.new_subject()
  let assert Ok(sup) =
    supervisor.start(fn(children) {
      children
      |> supervisor.add(supervisor.worker(fn(_) { start_worker("a", log) }))
      |> supervisor.add(
        supervisor.worker(fn(_) { start_worker("b", log) })
        |> supervisor.returning(fn(_arg, subject) { subject }),
      )
      |> supervisor.add(supervisor.worker(fn(b_subject) {
        process.send(log, #(
          "c's argument is b: " <> process.call(b_subject, Ping, 1000),
          process.self(),
        ))
        start_worker("c", log)
      }))
    })
  let started = drain(log, 4, [])
  show("supervisor alive", process.is_alive(process.subject_owner(sup)))

  // Killing b restarts b and then c (c is sent a `normal` exit first, which
  // an actor ignores, so the old c keeps running).
  let assert Ok(b) = list.key_find(started, "started b")
  let assert Ok(old_c) = list.key_find(started, "started c")
  process.kill(b)
  let restarted = drain(log, 3, [])
  show("old c still alive", process.is_alive(old_c))
  show("new b differs", list.key_find(restarted, "started b") != Ok(b))

  // Killing the new c restarts only c.
  let assert Ok(new_c) = list.key_find(restarted, "started c")
  process.kill(new_c)
  let _ = drain(log, 2, [])
  show("no more starts", process.receive(log, 50))

  // An exit of a pid the supervisor no longer tracks restarts nothing.
  process.kill(old_c)
  show("untracked exit", process.receive(log, 50))

  // A failing child makes the supervisor fail to start.
  process.trap_exits(True)
  let failing =
    supervisor.start_spec(supervisor.Spec(
      argument: 1,
      max_frequency: 5,
      frequency_period: 1,
      init: fn(children) {
        children
        |> supervisor.add(supervisor.supervisor(fn(_) {
          actor.start_spec(actor.Spec(
            init: fn() { actor.Failed("no way") },
            init_timeout: 100,
            loop: fn(_: Nil, s: Nil) { actor.continue(s) },
          ))
        }))
      },
    ))
  show("failing child", failing)
  process.flush_messages()
  process.trap_exits(False)
  show("application_stopped", supervisor.application_stopped())
  show("to_erlang_start_result", supervisor.to_erlang_start_result(Error(actor.InitTimeout)))
  show("start modes", [supervisor.Normal])
  show("start mode takeover", case supervisor.Takeover(node_self()) {
    supervisor.Takeover(_) -> "takeover"
    _ -> "other"
  })
  show("start mode failover", case supervisor.Failover(node_self()) {
    supervisor.Failover(_) -> "failover"
    _ -> "other"
  })
}

@external(erlang, "erlang", "node")
fn node_self() -> a

// Receives `n` log entries, printing them, and returns them.
fn drain(
  log: process.Subject(#(String, Pid)),
  n: Int,
  acc: List(#(String, Pid)),
) -> List(#(String, Pid)) {
  case n {
    0 -> acc
    _ ->
      case process.receive(log, 2000) {
        Ok(#(name, pid)) -> {
          io.println(name)
          drain(log, n - 1, [#(name, pid), ..acc])
        }
        Error(Nil) -> {
          io.println("timeout waiting for start " <> int.to_string(n))
          acc
        }
      }
  }
}
