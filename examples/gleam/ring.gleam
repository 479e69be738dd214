//// A ring of 10,000 processes: a token travels round the ring three times,
//// then a stop message shuts every process down.

import gleam/erlang/process.{Subject}
import gleam/int
import gleam/io
import gleam/list

const size = 10_000

const rounds = 3

pub type Message {
  Token(hops: Int)
  Stop
}

pub fn main() {
  let home = process.new_subject()
  let first = build_ring(size, home)
  io.println("started a ring of " <> int.to_string(size) <> " processes")

  let total =
    list.fold(list.range(1, rounds), 0, fn(total, round) {
      process.send(first, Token(0))
      let assert Ok(Token(hops)) = process.receive(home, 60_000)
      io.println(
        "round " <> int.to_string(round) <> ": the token came back after " <> int.to_string(
          hops,
        ) <> " hops",
      )
      total + hops
    })
  io.println("total hops: " <> int.to_string(total))

  process.send(first, Stop)
  let assert Ok(Stop) = process.receive(home, 60_000)
  io.println("every process in the ring has stopped")
}

// Starts `n` processes, each forwarding to the one started before it (the
// first one started forwards to `home`), and returns the last one's subject.
fn build_ring(n: Int, home: Subject(Message)) -> Subject(Message) {
  let handshake = process.new_subject()
  list.fold(list.range(1, n), home, fn(next, _) {
    process.start(
      fn() {
        let inbox = process.new_subject()
        process.send(handshake, inbox)
        forward(inbox, next)
      },
      True,
    )
    let assert Ok(inbox) = process.receive(handshake, 10_000)
    inbox
  })
}

fn forward(inbox: Subject(Message), next: Subject(Message)) -> Nil {
  case process.receive(inbox, 120_000) {
    Ok(Token(hops)) -> {
      process.send(next, Token(hops + 1))
      forward(inbox, next)
    }
    Ok(Stop) -> process.send(next, Stop)
    Error(Nil) -> Nil
  }
}
