import gleam/dynamic
import gleam/erlang/atom
import gleam/erlang/process
import gleam/otp/actor
import gleam/otp/system
import test_helpers.{show}

pub fn main() {
  let assert Ok(counter) = actor.start(0, fn(msg: Int, state: Int) { actor.continue(state + msg) })
  let pid = process.subject_owner(counter)
  actor.send(counter, 5)
  show("get_state", system.get_state(pid))
  show("suspend", system.suspend(pid))
  actor.send(counter, 1)
  show("state while suspended", system.get_state(pid))
  show("resume", system.resume(pid))
  show("state after resume", system.get_state(pid))
  let status = sys_get_status(pid)
  show("get_status module", element(3, status))
  show("debug_state", system.debug_state([system.NoDebug]))
  show("modes", [system.Running, system.Suspended])
  show("status info", system.StatusInfo(
    module: atom.create_from_string("m"),
    parent: pid,
    mode: system.Running,
    debug_state: system.debug_state([]),
    state: dynamic.from(1),
  ).mode)
}

@external(erlang, "sys", "get_status")
fn sys_get_status(pid: process.Pid) -> dynamic.Dynamic

@external(erlang, "erlang", "element")
fn element(index: Int, tuple: dynamic.Dynamic) -> dynamic.Dynamic

