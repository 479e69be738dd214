//// A supervisor (gleam/otp/supervisor) restarting an actor that crashes.
//// (Not named supervisor.gleam: that would be the Erlang module `supervisor`,
//// which OTP itself needs.)
//// Every time the worker starts it announces itself to the main process,
//// which pings it, makes it crash, and waits for the restarted worker.

import gleam/erlang/process.{Subject}
import gleam/int
import gleam/io
import gleam/list
import gleam/otp/actor
import gleam/otp/supervisor

pub type Message {
  Ping(reply_to: Subject(String))
  Crash
}

fn handle(message: Message, pings: Int) -> actor.Next(Message, Int) {
  case message {
    Ping(reply_to) -> {
      process.send(reply_to, "pong " <> int.to_string(pings + 1))
      actor.continue(pings + 1)
    }
    Crash -> {
      let assert Ok(_) = Error("the worker was asked to crash")
      actor.continue(pings)
    }
  }
}

// Called by the supervisor at every (re)start; tells `announce` about the
// new worker.
fn start_worker(announce: Subject(Subject(Message))) {
  let started = actor.start(0, handle)
  case started {
    Ok(worker) -> process.send(announce, worker)
    Error(_) -> Nil
  }
  started
}

pub fn main() {
  let announce = process.new_subject()
  let assert Ok(_supervisor) =
    supervisor.start_spec(supervisor.Spec(
      argument: Nil,
      max_frequency: 10,
      frequency_period: 1,
      init: fn(children) {
        children
        |> supervisor.add(supervisor.worker(fn(_) { start_worker(announce) }))
      },
    ))

  let assert Ok(first) = process.receive(announce, 1000)
  io.println("the supervisor started the worker")
  let last =
    list.fold(list.range(1, 3), first, fn(worker, generation) {
      list.each(list.range(1, generation), fn(_) {
        io.println("  " <> process.call(worker, Ping, 1000))
      })
      io.println("asking worker " <> int.to_string(generation) <> " to crash")
      let owner = process.subject_owner(worker)
      process.send(worker, Crash)
      let assert Ok(restarted) = process.receive(announce, 1000)
      io.println(
        "the supervisor restarted it; old worker alive: " <> bool_text(process.is_alive(
          owner,
        )) <> ", new worker is a different process: " <> bool_text(process.subject_owner(
          restarted,
        ) != owner),
      )
      restarted
    })
  io.println("final worker says " <> process.call(last, Ping, 1000))
}

fn bool_text(b: Bool) -> String {
  case b {
    True -> "yes"
    False -> "no"
  }
}
