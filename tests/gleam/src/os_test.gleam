import gleam/erlang/os
import gleam/map
import test_helpers.{show}

pub fn main() {
  os.set_env("BEAMLINE_GLEAM_TEST_VAR", "héllo=world")
  show("get_env", os.get_env("BEAMLINE_GLEAM_TEST_VAR"))
  show("get_all_env", map.get(os.get_all_env(), "BEAMLINE_GLEAM_TEST_VAR"))
  os.unset_env(name: "BEAMLINE_GLEAM_TEST_VAR")
  show("get_env after unset", os.get_env(name: "BEAMLINE_GLEAM_TEST_VAR"))
  show("get_env missing", os.get_env("BEAMLINE_GLEAM_SURELY_UNSET"))
  show("family", os.family())
  show("families", [os.WindowsNt, os.Linux, os.Darwin, os.FreeBsd, os.Other("plan9")])
}
