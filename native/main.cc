// The beamline command line.
//
//   beamline run [-pa DIR]... [--print-result] MODULE[:FUNCTION] [-- ARG...]
//   beamline run [-pa DIR]... FILE.gleam | GLEAM_PROJECT_DIR
//   beamline run --gleam-build GLEAM_PROJECT_DIR MODULE[:FUNCTION]
//   beamline imports [-pa DIR]... FILE.beam
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "native/gleam_build.h"
#include "platform/io.h"
#include "platform/threads.h"
#include "runtime/bifs/bif.h"
#include "runtime/loader/beam_file.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/binary.h"
#include "runtime/term/debug_print.h"
#include "runtime/vm/vm.h"

namespace fs = std::filesystem;
using namespace beamline;

namespace {

// Where the bundled Erlang modules live: $BEAMLINE_LIB, else `lib` next to
// the executable, else the build tree's lib directory.
std::string library_dir(const char* argv0) {
  if (const char* env = std::getenv("BEAMLINE_LIB")) return env;
  std::error_code ec;
#ifdef __EMSCRIPTEN__
  // Under Node, /proc/self/exe is node itself; argv[0] is the script's path.
  fs::path exe = fs::absolute(argv0, ec);
#else
  fs::path exe = fs::canonical("/proc/self/exe", ec);
  if (ec) exe = fs::absolute(argv0, ec);
#endif
  fs::path beside = exe.parent_path() / "lib";
  if (fs::exists(beside / "beamline", ec)) return beside.string();
  return BEAMLINE_LIB_DIR;
}

std::vector<std::string> default_code_path(const std::string& lib) {
  std::vector<std::string> path = {lib + "/beamline"};
  for (const char* app : {"stdlib", "kernel", "compiler", "erts"}) {
    path.push_back(lib + "/otp/" + app + "/ebin");
  }
  return path;
}

int run_command(VM& vm, const std::string& target,
                const std::vector<std::string>& args, bool print_result,
                const std::string& io_encoding, bool log_to_stderr) {
  std::string mod = target, fun = "main";
  if (auto colon = target.find(':'); colon != std::string::npos) {
    mod = target.substr(0, colon);
    fun = target.substr(colon + 1);
  }
  if (mod.empty() || fun.empty()) {
    std::cerr << "beamline: expected MODULE[:FUNCTION], got '" << target << "'\n";
    return 2;
  }
  auto m = intern_atom(mod);
  auto f = intern_atom(fun);
  if (!m.ok() || !f.ok()) {
    std::cerr << "beamline: bad module or function name\n";
    return 2;
  }
  for (const char* needed : {"beamline_io", "beamline_boot", "beamline_logger"}) {
    auto loaded = vm.ensure_loaded(atom_from(needed));
    if (!loaded.ok()) {
      std::cerr << "beamline: cannot load the runtime's own module " << needed
                << ": " << loaded.status().message() << "\n";
      return 2;
    }
  }
  FragmentHeap h;
  static const Term io = atom_from("beamline_io");
  static const Term init = atom_from("init");
  Term out_args[1] = {make_small(1)};
  // The I/O servers are their own group leader (and standard_error's is
  // user), as on erl.
  Term out = vm.spawn(nullptr, io, init, make_list_from(h, out_args, 1),
                      [](Process* p) { p->group_leader = p->pid(); });
  Term err_args[1] = {make_small(2)};
  Term err = vm.spawn(nullptr, io, init, make_list_from(h, err_args, 1),
                      [&](Process* p) { p->group_leader = out; });
  vm.register_name(atom_from("user"), out);
  vm.register_name(atom_from("standard_error"), err);
  vm.set_default_group_leader(out);
  Term logger = vm.spawn(nullptr, atom_from("beamline_logger"), init, NIL);
  vm.register_name(atom_from("beamline_logger"), logger);

  // Call arguments: none, or one list of binaries when `--` args are given.
  Term call_args = NIL;
  if (!args.empty()) {
    std::vector<Term> bins;
    for (const std::string& a : args) bins.push_back(make_binary(h, a));
    Term list = make_list_from(h, bins.data(), bins.size());
    call_args = make_list_from(h, &list, 1);
  }
  Term boot_args[6] = {*m, *f, call_args, make_bool(print_result),
                       atom_from(io_encoding),
                       atom_from(log_to_stderr ? "standard_error" : "standard_io")};
  Term main = vm.spawn(nullptr, atom_from("beamline_boot"), atom_from("run"),
                           make_list_from(h, boot_args, 6));
  Term reason = vm.run_until_exit(main);
  platform::flush_output();
  if (vm.halt_requested()) return vm.halt_status();
  if (reason == NON_VALUE) {
    std::cerr << "beamline: the main process is blocked forever (every "
                 "process is waiting for a message that cannot arrive)\n";
    return 1;
  }
  if (reason != atom::normal) {
    std::cerr << "beamline: the main process exited: " << debug_term(reason) << "\n";
    return 1;
  }
  return 0;
}

int imports_command(VM& vm, const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << "beamline: cannot read " << file << "\n";
    return 2;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  auto parsed = parse_beam_file(ss.str());
  if (!parsed.ok()) {
    std::cerr << "beamline: " << file << ": " << parsed.status().message() << "\n";
    return 1;
  }
  int unresolved = 0;
  for (const ImportEntry& imp : parsed->imports) {
    const std::string& mod = parsed->atoms[imp.module - 1];
    const std::string& fun = parsed->atoms[imp.function - 1];
    Term m = atom_from(mod), f = atom_from(fun);
    Export* e = vm.exports().get(m, f, imp.arity);
    if (!e->bif && !e->code.load()) (void)vm.ensure_loaded(m);
    if (e->bif || e->code.load()) continue;
    std::cout << mod << ":" << fun << "/" << imp.arity << "\n";
    unresolved++;
  }
  return unresolved ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"beamline: run Erlang and Gleam programs on a BEAM-compatible VM"};
  app.require_subcommand(1);
  std::vector<std::string> code_path;
  std::string lib = library_dir(argv[0]);

  auto* run = app.add_subcommand("run", "Run MODULE:FUNCTION (default main/0)");
  std::string target;
  std::vector<std::string> run_args;
  bool print_result = false;
  int schedulers = platform::available_cores();
  run->add_option("--pa", code_path, "Add DIR to the front of the code path (also -pa)")
      ->type_name("DIR")
      ->allow_extra_args(false);
  run->add_flag("--print-result", print_result,
                "Print the returned value as ~p would");
  run->add_option("--schedulers", schedulers, "Number of scheduler threads (default: one per core)")
      ->check(CLI::Range(1, 1024));
  std::string io_encoding;
  run->add_option("--io-encoding", io_encoding,
                  "Standard I/O device encoding: latin1 (erl -noshell's default) "
                  "or unicode (the default for Gleam programs, as gleam run sets it)")
      ->check(CLI::IsMember({"latin1", "unicode"}));
  bool log_to_stderr = false;
  run->add_flag("--log-to-stderr", log_to_stderr,
                "Send logger's reports (crash reports, errors) to standard error "
                "instead of standard output");
  std::string gleam_build_dir;
  run->add_option("--gleam-build", gleam_build_dir,
                  "Add the ebin directories of a project built by `gleam build`")
      ->type_name("DIR");
  run->add_option("target", target, "MODULE[:FUNCTION], FILE.gleam or a Gleam project DIR")
      ->required();
  run->add_option("args", run_args, "Arguments after --, passed as binaries");

  auto* imports = app.add_subcommand("imports", "List a module's unresolved imports");
  std::string beam_file;
  imports->add_option("--pa", code_path, "Add DIR to the code path (also -pa)")
      ->type_name("DIR")
      ->allow_extra_args(false);
  imports->add_option("file", beam_file, "FILE.beam")->required();

  auto* bifs = app.add_subcommand("bifs", "List the built-in functions this VM implements");

  // erl spells it -pa; CLI11 wants multi-letter options with two dashes.
  std::vector<std::string> arg_store(argv, argv + argc);
  for (size_t i = 1; i < arg_store.size() && arg_store[i] != "--"; i++) {
    if (arg_store[i] == "-pa") arg_store[i] = "--pa";
  }
  std::vector<char*> args;
  for (std::string& a : arg_store) args.push_back(a.data());
  CLI11_PARSE(app, int(args.size()), args.data());

  if (run->parsed()) {  // Gleam code is compiled (or found in the cache) first
    if (!gleam_build_dir.empty()) {
      auto built = use_gleam_build_dir(gleam_build_dir);
      if (!built.ok()) {
        std::cerr << "beamline: " << built.status().message() << "\n";
        return 2;
      }
      code_path.insert(code_path.end(), built->code_path.begin(), built->code_path.end());
    }
    bool gleam = !gleam_build_dir.empty() || is_gleam_target(target);
    if (io_encoding.empty()) io_encoding = gleam ? "unicode" : "latin1";
    if (is_gleam_target(target)) {
      auto built = build_gleam(target, lib, std::cerr);
      if (!built.ok()) {
        std::cerr << "beamline: " << built.status().message() << "\n";
        return 1;
      }
      code_path.insert(code_path.end(), built->code_path.begin(), built->code_path.end());
      target = built->root_module;
    }
  }

  VmOptions opts;
  opts.code_path = code_path;
  for (const std::string& d : default_code_path(lib)) opts.code_path.push_back(d);
  opts.schedulers = schedulers;
  VM vm(std::move(opts));

  int status;
  if (bifs->parsed()) {
    for (const BifEntry& b : BifRegistry::all().entries()) {
      std::cout << b.module << ":" << b.name << "/" << b.arity << "\n";
    }
    std::cout.flush();
    std::fflush(stdout);
    std::_Exit(0);
  }
  if (run->parsed()) {
    status = run_command(vm, target, run_args, print_result, io_encoding, log_to_stderr);
  } else {
    status = imports_command(vm, beam_file);
  }
  platform::flush_output();
  std::fflush(stdout);
  // Processes may still be alive: leave without tearing the VM down.
  std::_Exit(status);
}
