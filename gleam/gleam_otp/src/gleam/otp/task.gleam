//// Tasks: run a function in a linked process and await its result.

import gleam/dynamic.{Dynamic}
import gleam/erlang/process.{Pid, ProcessMonitor, Selector}

pub opaque type Task(value) {
  Task(
    owner: Pid,
    pid: Pid,
    monitor: ProcessMonitor,
    selector: Selector(Message(value)),
  )
}

pub type AwaitError {
  Timeout
  Exit(reason: Dynamic)
}

type Message(value) {
  FromMonitor(process.ProcessDown)
  FromSubject(value)
}

/// Spawns a linked process computing `work()`.
pub fn async(work: fn() -> value) -> Task(value) {
  let owner = process.self()
  let subject = process.new_subject()
  let pid =
    process.start(linked: True, running: fn() { process.send(subject, work()) })
  let monitor = process.monitor_process(pid)
  let selector =
    process.new_selector()
    |> process.selecting_process_down(monitor, FromMonitor)
    |> process.selecting(subject, FromSubject)
  Task(owner: owner, pid: pid, monitor: monitor, selector: selector)
}

// Only the process that started a task may await it; any other process is
// sent an abnormal exit.
fn assert_owner(task: Task(a)) -> Nil {
  let self = process.self()
  case task.owner == self {
    True -> Nil
    False ->
      process.send_abnormal_exit(
        self,
        "awaited on a task that does not belong to this process",
      )
  }
}

pub fn try_await(task: Task(value), timeout: Int) -> Result(value, AwaitError) {
  assert_owner(task)
  case process.select(task.selector, timeout) {
    Ok(FromSubject(value)) -> {
      process.demonitor_process(task.monitor)
      Ok(value)
    }
    Ok(FromMonitor(down)) -> Error(Exit(down.reason))
    Error(Nil) -> Error(Timeout)
  }
}

pub fn await(task: Task(value), timeout: Int) -> value {
  let assert Ok(value) = try_await(task, timeout)
  value
}

pub fn try_await_forever(task: Task(value)) -> Result(value, AwaitError) {
  assert_owner(task)
  case process.select_forever(task.selector) {
    FromSubject(value) -> {
      process.demonitor_process(task.monitor)
      Ok(value)
    }
    FromMonitor(down) -> Error(Exit(down.reason))
  }
}

pub fn await_forever(task: Task(value)) -> value {
  let assert Ok(value) = try_await_forever(task)
  value
}
