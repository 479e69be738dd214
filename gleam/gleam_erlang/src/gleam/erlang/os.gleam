//// The operating system: environment variables and OS family.

import gleam/map.{Map}

pub type OsFamily {
  WindowsNt
  Linux
  Darwin
  FreeBsd
  Other(String)
}

@external(erlang, "gleam_erlang_ffi", "get_all_env")
pub fn get_all_env() -> Map(String, String)

@external(erlang, "gleam_erlang_ffi", "get_env")
pub fn get_env(name name: String) -> Result(String, Nil)

@external(erlang, "gleam_erlang_ffi", "set_env")
pub fn set_env(name name: String, value value: String) -> Nil

@external(erlang, "gleam_erlang_ffi", "unset_env")
pub fn unset_env(name name: String) -> Nil

@external(erlang, "gleam_erlang_ffi", "os_family")
pub fn family() -> OsFamily
