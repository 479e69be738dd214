// os module natives (environment, pid, perf counter) and the parts of the
// init module's API that programs call. beamline has no init process: the
// answers come from the VM (no emulator flags or plain arguments are given
// to programs; init:stop/0,1 halts like erlang:halt after flushing output).
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <string>

#include "runtime/bifs/bif.h"
#include "runtime/bifs/os_env.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/number.h"
#include "runtime/vm/vm.h"

extern char** environ;

namespace beamline {

absl::Mutex& os_env_mutex() {
  static absl::Mutex* mu = new absl::Mutex();
  return *mu;
}

namespace {

bool text_arg(Term t, std::string* out) {
  return charlist_to_utf8(t, out) || (is_binary(t) && iolist_to_bytes(t, out)) ||
         (is_atom(t) && (*out = std::string(atom_name(t)), true));
}

Term bif_env(Process* p, const Term*) {
  std::vector<std::string> env;
  {
    absl::ReaderMutexLock lock(&os_env_mutex());
    for (char** e = environ; *e; e++) env.emplace_back(*e);
  }
  std::vector<Term> items;
  for (const std::string& kv : env) {
    size_t eq = kv.find('=');
    if (eq == std::string::npos) continue;
    Term k = utf8_to_charlist(*p, kv.substr(0, eq));
    Term v = utf8_to_charlist(*p, kv.substr(eq + 1));
    items.push_back(make_tuple(*p, {k, v}));
  }
  return make_list_from(*p, items.data(), items.size());
}

Term bif_getenv(Process* p, const Term* a) {
  std::string name;
  if (!text_arg(a[0], &name) || name.find('=') != std::string::npos) {
    return raise_badarg(p);
  }
  std::string value;
  {
    absl::ReaderMutexLock lock(&os_env_mutex());
    const char* v = std::getenv(name.c_str());
    if (!v) return atom::false_;
    value = v;
  }
  return utf8_to_charlist(*p, value);
}

Term bif_putenv(Process* p, const Term* a) {
  std::string name, value;
  if (!text_arg(a[0], &name) || !text_arg(a[1], &value) || name.empty() ||
      name.find('=') != std::string::npos) {
    return raise_badarg(p);
  }
  int rc;
  {
    absl::MutexLock lock(&os_env_mutex());
    rc = setenv(name.c_str(), value.c_str(), 1);
  }
  if (rc != 0) return raise_badarg(p);
  return atom::true_;
}

Term bif_unsetenv(Process* p, const Term* a) {
  std::string name;
  if (!text_arg(a[0], &name)) return raise_badarg(p);
  {
    absl::MutexLock lock(&os_env_mutex());
    unsetenv(name.c_str());
  }
  return atom::true_;
}

Term bif_getpid(Process* p, const Term*) {
  return bytes_to_list(*p, std::to_string(::getpid()));
}

Term bif_perf_counter(Process* p, const Term*) {
  int64_t ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
                   .count();
  return make_integer(*p, ns);
}

// ---- init ----

Term bif_init_get_arguments(Process*, const Term*) { return NIL; }
Term bif_init_get_plain_arguments(Process*, const Term*) { return NIL; }
Term bif_init_get_argument(Process* p, const Term* a) {
  if (!is_atom(a[0])) return raise_badarg(p);
  return atom::error;
}

Term bif_init_stop(Process* p, const Term* a) {
  Term status = a ? a[0] : make_small(0);
  if (!is_small(status) && !is_list(status)) return raise_badarg(p);
  p->vm()->request_halt(is_small(status) ? int(small_value(status) & 0xFF) : 1);
  raise_exit(p, atom::normal);
  p->exc_from_bif = false;
  p->exc_given_trace = NIL;
  return NON_VALUE;
}
Term bif_init_stop_0(Process* p, const Term*) { return bif_init_stop(p, nullptr); }

}  // namespace

void register_os_init_bifs(BifRegistry& r) {
  r.add("os", "env", 0, bif_env);
  r.add("os", "getenv", 1, bif_getenv);
  r.add("os", "putenv", 2, bif_putenv);
  r.add("os", "unsetenv", 1, bif_unsetenv);
  r.add("os", "getpid", 0, bif_getpid);
  r.add("os", "perf_counter", 0, bif_perf_counter);
  r.add("init", "get_arguments", 0, bif_init_get_arguments);
  r.add("init", "get_plain_arguments", 0, bif_init_get_plain_arguments);
  r.add("init", "get_argument", 1, bif_init_get_argument);
  r.add("init", "stop", 0, bif_init_stop_0);
  r.add("init", "stop", 1, bif_init_stop);
}

}  // namespace beamline
