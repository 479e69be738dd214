//// OTP system messages, as handled by Gleam actors, and the `sys` functions
//// that send them.

import gleam/dynamic.{Dynamic}
import gleam/erlang/atom.{Atom}
import gleam/erlang/process.{Pid}

pub type Mode {
  Running
  Suspended
}

pub type DebugOption {
  NoDebug
}

pub type DebugState

@external(erlang, "sys", "debug_options")
pub fn debug_state(a: List(DebugOption)) -> DebugState

pub type StatusInfo {
  StatusInfo(
    module: Atom,
    parent: Pid,
    mode: Mode,
    debug_state: DebugState,
    state: Dynamic,
  )
}

pub type SystemMessage {
  Resume(fn() -> Nil)
  Suspend(fn() -> Nil)
  GetState(fn(Dynamic) -> Nil)
  GetStatus(fn(StatusInfo) -> Nil)
}

@external(erlang, "sys", "get_state")
pub fn get_state(from from: Pid) -> Dynamic

@external(erlang, "sys", "suspend")
pub fn suspend(pid: Pid) -> Nil

@external(erlang, "sys", "resume")
pub fn resume(pid: Pid) -> Nil
