//// An actor (gleam/otp/actor) holding a counter, updated by messages from
//// the main process and from ten client processes.

import gleam/erlang/process.{Subject}
import gleam/int
import gleam/io
import gleam/list
import gleam/otp/actor

pub type Message {
  Increment
  Add(Int)
  Get(reply_to: Subject(Int))
  Shutdown
}

fn handle(message: Message, count: Int) -> actor.Next(Message, Int) {
  case message {
    Increment -> actor.continue(count + 1)
    Add(n) -> actor.continue(count + n)
    Get(reply_to) -> {
      process.send(reply_to, count)
      actor.continue(count)
    }
    Shutdown -> actor.Stop(process.Normal)
  }
}

pub fn main() {
  let assert Ok(counter) = actor.start(0, handle)
  let get = fn() { actor.call(counter, Get, 1000) }
  io.println("start: " <> int.to_string(get()))

  list.each(list.range(1, 100), fn(_) { actor.send(counter, Increment) })
  io.println("after 100 increments: " <> int.to_string(get()))

  actor.send(counter, Add(-58))
  io.println("after adding -58: " <> int.to_string(get()))

  // Ten clients, each incrementing 1,000 times, then reporting back.
  let done = process.new_subject()
  list.each(list.range(1, 10), fn(client) {
    process.start(
      fn() {
        list.each(list.range(1, 1000), fn(_) { actor.send(counter, Increment) })
        process.send(done, client)
      },
      True,
    )
  })
  let finished =
    list.map(list.range(1, 10), fn(_) {
      let assert Ok(client) = process.receive(done, 10_000)
      client
    })
  io.println(
    int.to_string(list.length(finished)) <> " clients finished, sum of their ids: " <> int.to_string(
      int.sum(finished),
    ),
  )
  io.println("after the clients: " <> int.to_string(get()))

  let monitor = process.monitor_process(process.subject_owner(counter))
  actor.send(counter, Shutdown)
  let assert Ok(_) =
    process.new_selector()
    |> process.selecting_process_down(monitor, fn(down) { down })
    |> process.select(1000)
  io.println("the counter has stopped")
}
