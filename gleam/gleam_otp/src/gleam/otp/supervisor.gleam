//// Supervisors: start a fixed list of child processes in order and restart
//// a child that exits, together with every child started after it.

import gleam/option.{None, Option, Some}
import gleam/result
import gleam/string
import gleam/erlang/node.{Node}
import gleam/erlang/process.{Pid, Subject}
import gleam/otp/actor.{StartError}
import gleam/otp/intensity_tracker.{IntensityTracker}

pub type Spec(argument, return) {
  Spec(
    argument: argument,
    max_frequency: Int,
    frequency_period: Int,
    init: fn(Children(argument)) -> Children(return),
  )
}

/// The children started so far, built up in the `init` function with `add`.
pub opaque type Children(argument) {
  Ready(Starter(argument))
  Failed(ChildStartError)
}

/// How to start one child, and what argument to pass to the next one.
pub opaque type ChildSpec(msg, argument, returning) {
  ChildSpec(
    start: fn(argument) -> Result(Subject(msg), StartError),
    returning: fn(argument, Subject(msg)) -> returning,
  )
}

type ChildStartError {
  ChildStartError(previous_pid: Option(Pid), error: StartError)
}

pub opaque type Message {
  Exit(process.ExitMessage)
  RetryRestart(Pid)
}

// Which children a (re)start pass must restart: all of them, or the given
// child and every child started after it.
type Instruction {
  StartAll
  StartFrom(Pid)
}

type State(a) {
  State(
    restarts: IntensityTracker,
    starter: Starter(a),
    retry_restarts: Subject(Pid),
  )
}

// The argument for the next child plus a function that replays the start
// of all children added so far according to an instruction.
type Starter(argument) {
  Starter(
    argument: argument,
    exec: Option(
      fn(Instruction) ->
        Result(#(Starter(argument), Instruction), ChildStartError),
    ),
  )
}

type Child(argument) {
  Child(pid: Pid, argument: argument)
}

fn start_child(
  spec: ChildSpec(msg, argument_in, argument_out),
  argument: argument_in,
) -> Result(Child(argument_out), ChildStartError) {
  case spec.start(argument) {
    Ok(subject) ->
      Ok(Child(
        pid: process.subject_owner(subject),
        argument: spec.returning(argument, subject),
      ))
    Error(error) -> Error(ChildStartError(None, error))
  }
}

fn shutdown_child(pid: Pid) -> Nil {
  process.send_exit(pid)
}

fn restart_if_needed(
  argument: argument_in,
  instruction: Instruction,
  spec: ChildSpec(msg, argument_in, argument_out),
  child: Child(argument_out),
) -> Result(#(Child(argument_out), Instruction), ChildStartError) {
  let current = child.pid
  case instruction {
    // An older sibling of the child to restart: leave it alone.
    StartFrom(target) if target != current -> Ok(#(child, instruction))
    // The exited child itself, or any child after it: restart, and restart
    // every later child too.
    _ -> {
      shutdown_child(child.pid)
      use new_child <- result.try(start_child(spec, argument))
      Ok(#(new_child, StartAll))
    }
  }
}

fn add_child_to_starter(
  starter: Starter(argument_in),
  spec: ChildSpec(msg, argument_in, argument_out),
  child: Child(argument_out),
) -> Starter(argument_out) {
  let exec = fn(instruction) {
    // First replay the older children.
    use #(starter, instruction) <- result.try(case starter.exec {
      Some(previous) -> previous(instruction)
      None -> Ok(#(starter, instruction))
    })
    use #(child, instruction) <- result.try(restart_if_needed(
      starter.argument,
      instruction,
      spec,
      child,
    ))
    Ok(#(add_child_to_starter(starter, spec, child), instruction))
  }
  Starter(argument: child.argument, exec: Some(exec))
}

/// Starts the child described by `child_spec` and adds it to the children.
pub fn add(
  children: Children(argument),
  child_spec: ChildSpec(msg, argument, new_argument),
) -> Children(new_argument) {
  case children {
    Failed(error) -> Failed(error)
    Ready(starter) ->
      case start_child(child_spec, starter.argument) {
        Ok(child) -> Ready(add_child_to_starter(starter, child_spec, child))
        Error(error) -> Failed(error)
      }
  }
}

/// A child that is itself a supervisor (currently the same as `worker`).
pub fn supervisor(
  start: fn(argument) -> Result(Subject(msg), StartError),
) -> ChildSpec(msg, argument, argument) {
  ChildSpec(start: start, returning: fn(argument, _) { argument })
}

pub fn worker(
  start: fn(argument) -> Result(Subject(msg), StartError),
) -> ChildSpec(msg, argument, argument) {
  ChildSpec(start: start, returning: fn(argument, _) { argument })
}

/// Sets the argument passed to the next child, computed from this child's
/// argument and subject.
pub fn returning(
  child: ChildSpec(msg, argument_a, argument_b),
  updater: fn(argument_a, Subject(msg)) -> argument_c,
) -> ChildSpec(msg, argument_a, argument_c) {
  ChildSpec(start: child.start, returning: updater)
}

fn init(spec: Spec(argument, return)) -> actor.InitResult(State(return), Message) {
  let retry = process.new_subject()
  process.trap_exits(True)
  let selector =
    process.new_selector()
    |> process.selecting(retry, RetryRestart)
    |> process.selecting_trapped_exits(Exit)
  case spec.init(Ready(Starter(argument: spec.argument, exec: None))) {
    Ready(starter) ->
      actor.Ready(
        State(
          restarts: intensity_tracker.new(
            limit: spec.max_frequency,
            period: spec.frequency_period,
          ),
          starter: starter,
          retry_restarts: retry,
        ),
        selector,
      )
    Failed(error) ->
      actor.Failed(case error.error {
        actor.InitTimeout -> "Child initialisation timed out"
        actor.InitCrashed(reason) ->
          "Child crashed during initialisation: " <> string.inspect(reason)
        actor.InitFailed(reason) ->
          "Child failed to start during initialisation: " <> string.inspect(
            reason,
          )
      })
  }
}

type HandleExitError {
  RestartFailed(pid: Pid, restarts: IntensityTracker)
  TooManyRestarts
}

fn handle_exit(pid: Pid, state: State(a)) -> actor.Next(Message, State(a)) {
  let outcome = {
    let assert Some(start) = state.starter.exec
    use restarts <- result.try(
      intensity_tracker.add_event(state.restarts)
      |> result.replace_error(TooManyRestarts),
    )
    use #(starter, _) <- result.try(
      start(StartFrom(pid))
      |> result.map_error(fn(e: ChildStartError) {
        RestartFailed(option.unwrap(e.previous_pid, pid), restarts)
      }),
    )
    Ok(State(..state, starter: starter, restarts: restarts))
  }
  case outcome {
    Ok(state) -> actor.continue(state)
    Error(RestartFailed(failed, restarts)) -> {
      // Retry later, via a message, so system messages get handled between
      // attempts.
      process.send(state.retry_restarts, failed)
      actor.continue(State(..state, restarts: restarts))
    }
    Error(TooManyRestarts) ->
      actor.Stop(process.Abnormal(
        "Child processes restarted too many times within allowed period",
      ))
  }
}

fn loop(message: Message, state: State(a)) -> actor.Next(Message, State(a)) {
  case message {
    Exit(exit_message) -> handle_exit(exit_message.pid, state)
    RetryRestart(pid) -> handle_exit(pid, state)
  }
}

pub fn start_spec(spec: Spec(a, b)) -> Result(Subject(Message), StartError) {
  actor.start_spec(actor.Spec(
    init: fn() { init(spec) },
    init_timeout: 60_000,
    loop: loop,
  ))
}

/// Starts a supervisor whose children get `Nil` as their first argument,
/// allowing at most 1 restart per 5 seconds.
pub fn start(
  init: fn(Children(Nil)) -> Children(a),
) -> Result(Subject(Message), StartError) {
  start_spec(Spec(
    argument: Nil,
    max_frequency: 1,
    frequency_period: 5,
    init: init,
  ))
}

pub type ApplicationStartMode {
  Normal
  Takeover(Node)
  Failover(Node)
}

pub type ApplicationStop

@external(erlang, "gleam_otp_external", "application_stopped")
pub fn application_stopped() -> ApplicationStop

pub type StartResult(msg) =
  actor.StartResult(msg)

pub type ErlangStartResult =
  actor.ErlangStartResult

pub fn to_erlang_start_result(res: StartResult(msg)) -> ErlangStartResult {
  actor.to_erlang_start_result(res)
}
