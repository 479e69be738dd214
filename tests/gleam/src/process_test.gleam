import gleam/dynamic.{Dynamic}
import gleam/erlang/atom
import gleam/erlang/process.{ProcessDown}
import gleam/int
import gleam/list
import gleam/string
import test_helpers.{show}

pub type Request {
  Double(reply: process.Subject(Int), value: Int)
  Stop
}

pub fn main() {
  let me = process.self()
  process.trap_exits(False)
  show("self is alive", process.is_alive(me))

  // Subjects
  let subject = process.new_subject()
  show("subject_owner", process.subject_owner(subject) == me)
  process.send(subject, "hello")
  process.send(subject, "world")
  show("receive", process.receive(subject, 0))
  show("receive 2", process.receive(from: subject, within: 0))
  show("receive timeout", process.receive(subject, 10))

  // Subjects are independent of each other
  let a = process.new_subject()
  let b = process.new_subject()
  process.send(a, 1)
  process.send(b, 2)
  show("selective receive b first", #(process.receive(b, 0), process.receive(a, 0)))

  // A process replying over a subject
  let parent = process.new_subject()
  let child = process.start(running: fn() { process.send(parent, 42) }, linked: True)
  show("start linked reply", process.receive(parent, 1000))
  show("child pid differs", child != me)

  // Selectors
  let s1 = process.new_subject()
  let s2 = process.new_subject()
  let selector =
    process.new_selector()
    |> process.selecting(s1, fn(x) { "s1: " <> int.to_string(x) })
    |> process.selecting(for: s2, mapping: fn(x) { "s2: " <> x })
  process.send(s2, "first")
  process.send(s1, 2)
  show("select", process.select(selector, 0))
  show("select 2", process.select(from: selector, within: 0))
  show("select empty", process.select(selector, 0))
  process.send(s1, 3)
  show("select_forever", process.select_forever(selector))
  let mapped = process.map_selector(selector, string.uppercase)
  process.send(s2, "mapped")
  show("map_selector", process.select(mapped, 0))
  let merged =
    process.merge_selector(
      process.new_selector() |> process.selecting(s1, fn(_) { "left" }),
      process.new_selector() |> process.selecting(s1, fn(_) { "right" }),
    )
  process.send(s1, 0)
  show("merge_selector prefers second", process.select(merged, 0))

  // Records and anything
  let tag = atom.create_from_string("my_tag")
  send_raw(me, #(tag, 1))
  send_raw(me, #(tag, 1, 2))
  send_raw(me, #(tag, 1, 2, 3))
  send_raw(me, #(tag, 1, 2, 3, 4))
  send_raw(me, #(tag, 1, 2, 3, 4, 5))
  send_raw(me, #(tag, 1, 2, 3, 4, 5, 6))
  send_raw(me, #(tag, 1, 2, 3, 4, 5, 6, 7))
  let records =
    process.new_selector()
    |> process.selecting_record8(tag, fn(a, b, c, d, e, f, g) { [a, b, c, d, e, f, g] })
    |> process.selecting_record7(tag, fn(a, b, c, d, e, f) { [a, b, c, d, e, f] })
    |> process.selecting_record6(tag, fn(a, b, c, d, e) { [a, b, c, d, e] })
    |> process.selecting_record5(tag, fn(a, b, c, d) { [a, b, c, d] })
    |> process.selecting_record4(tag, fn(a, b, c) { [a, b, c] })
    |> process.selecting_record3(tag, fn(a, b) { [a, b] })
    |> process.selecting_record2(tag, fn(a) { [a] })
  show("records", list.map(list.range(1, 7), fn(_) { process.select(records, 0) }))
  send_raw(me, "some string")
  send_raw(me, #(atom.create_from_string("other"), 1))
  let anything = process.new_selector() |> process.selecting_anything(mapping: fn(d: Dynamic) { d })
  show("selecting_anything", [process.select(anything, 0), process.select(anything, 0), process.select(anything, 0)])
  send_raw(me, 1)
  send_raw(me, 2)
  process.flush_messages()
  show("flush_messages", process.select(anything, 0))

  // Monitors
  let pid = process.start(running: fn() { process.sleep(10) }, linked: False)
  let monitor = process.monitor_process(pid)
  let down_selector =
    process.new_selector()
    |> process.selecting_process_down(monitor, fn(down: ProcessDown) { #(down.pid == pid, down.reason) })
  show("process down", process.select(down_selector, 1000))
  show("is_alive after exit", process.is_alive(pid))
  let sleeper = process.start(running: process.sleep_forever, linked: False)
  let monitor2 = process.monitor_process(sleeper)
  process.demonitor_process(monitor2)
  process.kill(sleeper)
  process.sleep(20)
  let down_selector2 = process.new_selector() |> process.selecting_process_down(monitor2, fn(d) { d.reason })
  show("demonitor_process", process.select(down_selector2, 50))
  show("kill", process.is_alive(sleeper))

  // Calls
  let server = start_server()
  show("call", process.call(server, Double(_, 21), 1000))
  show("try_call", process.try_call(server, fn(reply) { Double(reply, 5) }, within: 1000))
  process.send(server, Stop)
  process.sleep(20)
  show("try_call dead", process.try_call(server, fn(reply) { Double(reply, 5) }, 1000))
  let silent = process.new_subject()
  show("try_call timeout", process.try_call(silent, fn(reply) { Double(reply, 5) }, 10))
  process.flush_messages()

  // Timers
  let timer_subject = process.new_subject()
  let timer = process.send_after(timer_subject, 10, "tick")
  show("send_after", process.receive(timer_subject, 1000))
  show("cancel_timer fired", process.cancel_timer(timer))
  let timer2 = process.send_after(timer_subject, 10_000, "never")
  show("cancel_timer pending", case process.cancel_timer(timer2) {
    process.Cancelled(remaining) -> remaining > 9000 && remaining <= 10_000
    process.TimerNotFound -> False
  })
  show("cancelled receive", process.receive(timer_subject, 20))

  // Links and exits
  process.trap_exits(True)
  let exits = process.new_selector() |> process.selecting_trapped_exits(fn(e) { #(e.pid, e.reason) })
  let normal = process.start(running: fn() { Nil }, linked: True)
  show("trapped normal", strip_pid(process.select(exits, 1000), normal))
  let abnormal = process.start(running: fn() { process.sleep_forever() }, linked: True)
  process.send_abnormal_exit(abnormal, "boom")
  show("trapped abnormal", strip_pid(process.select(exits, 1000), abnormal))
  let killed = process.start(running: fn() { process.sleep_forever() }, linked: True)
  process.kill(killed)
  show("trapped killed", strip_pid(process.select(exits, 1000), killed))
  let other = process.start(running: fn() { exit_with(#(1, 2)) }, linked: True)
  show("trapped other", strip_pid(process.select(exits, 1000), other))
  let texty = process.start(running: fn() { exit_with("text reason") }, linked: True)
  show("trapped string", strip_pid(process.select(exits, 1000), texty))
  let unlinked = process.start(running: fn() { process.sleep_forever() }, linked: False)
  show("link", process.link(unlinked))
  process.unlink(unlinked)
  process.send_exit(unlinked)
  show("send_exit normal ignored", process.is_alive(unlinked))
  process.kill(unlinked)
  show("no exit message after unlink", process.select(exits, 20))
  let dead = process.start(running: fn() { Nil }, linked: False)
  process.sleep(20)
  show("link dead", process.link(pid: dead))
  process.flush_messages()
  process.trap_exits(False)

  // Registration
  let name = atom.create_from_string("process_test_name")
  show("named before", process.named(name))
  show("register", process.register(me, name))
  show("register again", process.register(me, name))
  show("named", process.named(name) == Ok(me))
  show("unregister", process.unregister(name))
  show("unregister again", process.unregister(name))
  show("named after", process.named(name))
  show("constructors", [process.Normal, process.Killed, process.Abnormal("x")])
  show("call errors", [process.CallTimeout, process.CalleeDown(dynamic.from(1))])
}

fn strip_pid(result, pid) {
  case result {
    Ok(#(from, reason)) -> Ok(#(from == pid, reason))
    Error(e) -> Error(e)
  }
}

fn start_server() -> process.Subject(Request) {
  let ready = process.new_subject()
  process.start(running: fn() {
    let inbox = process.new_subject()
    process.send(ready, inbox)
    serve(inbox)
  }, linked: False)
  let assert Ok(inbox) = process.receive(ready, 1000)
  inbox
}

fn serve(inbox: process.Subject(Request)) -> Nil {
  case process.receive(inbox, 5000) {
    Ok(Double(reply, value)) -> {
      process.send(reply, value * 2)
      serve(inbox)
    }
    Ok(Stop) -> Nil
    Error(Nil) -> Nil
  }
}

@external(erlang, "erlang", "send")
fn send_raw(pid: process.Pid, message: a) -> a

@external(erlang, "erlang", "exit")
fn exit_with(reason: a) -> b
