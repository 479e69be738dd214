//// Actors: processes that hold state and handle one message at a time,
//// answering OTP system messages (`sys:get_state/1`, `sys:suspend/1`, ...).

import gleam/dynamic.{Dynamic}
import gleam/option.{None, Option, Some}
import gleam/string
import gleam/erlang/atom
import gleam/erlang/charlist.{Charlist}
import gleam/erlang/process.{Abnormal, ExitReason, Pid, Selector, Subject}
import gleam/otp/system.{
  DebugState, GetState, GetStatus, Mode, Resume, Running, StatusInfo, Suspend,
  Suspended, SystemMessage,
}

// Everything an actor's receive loop can get.
type Message(message) {
  Message(message)
  System(SystemMessage)
  Unexpected(Dynamic)
}

/// What the actor does after handling a message.
pub type Next(message, state) {
  Continue(state: state, selector: Option(Selector(message)))
  Stop(ExitReason)
}

pub fn continue(state: state) -> Next(message, state) {
  Continue(state, None)
}

/// Replaces the actor's extra selector (the one given at initialisation).
pub fn with_selector(
  value: Next(message, state),
  selector: Selector(message),
) -> Next(message, state) {
  case value {
    Continue(state, _) -> Continue(state, Some(selector))
    _ -> value
  }
}

pub type InitResult(state, message) {
  Ready(state: state, selector: Selector(message))
  Failed(String)
}

type Self(state, msg) {
  Self(
    mode: Mode,
    parent: Pid,
    state: state,
    subject: Subject(msg),
    selector: Selector(Message(msg)),
    debug_state: DebugState,
    message_handler: fn(msg, state) -> Next(msg, state),
  )
}

pub type Spec(state, msg) {
  Spec(
    init: fn() -> InitResult(state, msg),
    init_timeout: Int,
    loop: fn(msg, state) -> Next(msg, state),
  )
}

pub type StartError {
  InitTimeout
  InitFailed(ExitReason)
  InitCrashed(Dynamic)
}

pub type StartResult(msg) =
  Result(Subject(msg), StartError)

pub type ErlangStartResult =
  Result(Pid, Dynamic)

pub fn to_erlang_start_result(res: StartResult(msg)) -> ErlangStartResult {
  case res {
    Ok(subject) -> Ok(process.subject_owner(subject))
    Error(error) -> Error(dynamic.from(error))
  }
}

fn receive_message(self: Self(state, msg)) -> Message(msg) {
  let selector = case self.mode {
    // A suspended actor only answers system messages.
    Suspended -> selecting_system_messages(process.new_selector())
    // The catch-all goes in first so the actor's own selector can override
    // it; system messages go in last.
    Running ->
      process.new_selector()
      |> process.selecting_anything(Unexpected)
      |> process.merge_selector(self.selector)
      |> selecting_system_messages
  }
  process.select_forever(selector)
}

fn selecting_system_messages(
  selector: Selector(Message(msg)),
) -> Selector(Message(msg)) {
  process.selecting_record3(
    selector,
    atom.create_from_string("system"),
    convert_system_message,
  )
}

@external(erlang, "gleam_otp_external", "convert_system_message")
fn convert_system_message(from: Dynamic, request: Dynamic) -> Message(msg)

fn status_info(self: Self(state, msg)) -> StatusInfo {
  StatusInfo(
    module: atom.create_from_string("gleam@otp@actor"),
    parent: self.parent,
    mode: self.mode,
    debug_state: self.debug_state,
    state: dynamic.from(self.state),
  )
}

fn loop(self: Self(state, msg)) -> ExitReason {
  case receive_message(self) {
    System(GetState(reply)) -> {
      reply(dynamic.from(self.state))
      loop(self)
    }
    System(GetStatus(reply)) -> {
      reply(status_info(self))
      loop(self)
    }
    System(Suspend(reply)) -> {
      reply()
      loop(Self(..self, mode: Suspended))
    }
    System(Resume(reply)) -> {
      reply()
      loop(Self(..self, mode: Running))
    }
    Unexpected(message) -> {
      log_warning(
        charlist.from_string("Actor discarding unexpected message: ~s"),
        [charlist.from_string(string.inspect(message))],
      )
      loop(self)
    }
    Message(message) ->
      case self.message_handler(message, self.state) {
        Stop(reason) -> reason
        Continue(state: state, selector: new_selector) -> {
          let selector = case new_selector {
            Some(s) -> actor_selector(self.subject, s)
            None -> self.selector
          }
          loop(Self(..self, state: state, selector: selector))
        }
      }
  }
}

@external(erlang, "logger", "warning")
fn log_warning(format: Charlist, args: List(Charlist)) -> Nil

fn actor_selector(
  subject: Subject(msg),
  selector: Selector(msg),
) -> Selector(Message(msg)) {
  process.new_selector()
  |> process.selecting(subject, Message)
  |> process.merge_selector(process.map_selector(selector, Message))
}

fn initialise_actor(
  spec: Spec(state, msg),
  ack: Subject(Result(Subject(msg), ExitReason)),
) -> ExitReason {
  let subject = process.new_subject()
  case spec.init() {
    Ready(state, selector) -> {
      process.send(ack, Ok(subject))
      loop(Self(
        mode: Running,
        parent: process.subject_owner(ack),
        state: state,
        subject: subject,
        selector: actor_selector(subject, selector),
        debug_state: system.debug_state([]),
        message_handler: spec.loop,
      ))
    }
    Failed(reason) -> {
      process.send(ack, Error(Abnormal(reason)))
      Abnormal(reason)
    }
  }
}

type StartInitMessage(msg) {
  Ack(Result(Subject(msg), ExitReason))
  Mon(process.ProcessDown)
}

/// Starts a linked actor process and waits up to `init_timeout`
/// milliseconds for its `init` function to finish.
pub fn start_spec(spec: Spec(state, msg)) -> Result(Subject(msg), StartError) {
  let ack = process.new_subject()
  let child =
    process.start(linked: True, running: fn() { initialise_actor(spec, ack) })
  let monitor = process.monitor_process(child)
  let selector =
    process.new_selector()
    |> process.selecting(ack, Ack)
    |> process.selecting_process_down(monitor, Mon)
  let result = case process.select(selector, spec.init_timeout) {
    Ok(Ack(Ok(subject))) -> Ok(subject)
    Ok(Ack(Error(reason))) -> Error(InitFailed(reason))
    Ok(Mon(down)) -> Error(InitCrashed(down.reason))
    Error(Nil) -> {
      process.kill(child)
      Error(InitTimeout)
    }
  }
  process.demonitor_process(monitor)
  result
}

pub fn start(
  state: state,
  loop: fn(msg, state) -> Next(msg, state),
) -> Result(Subject(msg), StartError) {
  start_spec(Spec(
    init: fn() { Ready(state, process.new_selector()) },
    init_timeout: 5000,
    loop: loop,
  ))
}

pub fn send(subject: Subject(msg), msg: msg) -> Nil {
  process.send(subject, msg)
}

pub fn call(
  selector: Subject(message),
  make_message: fn(Subject(reply)) -> message,
  timeout: Int,
) -> reply {
  process.call(selector, make_message, timeout)
}
