// beamline_native: the VM's own native functions used by its Erlang-side
// modules (erlang_src/): the I/O servers' device access.
#include <string>

#include "platform/io.h"
#include "runtime/bifs/bif.h"
#include "runtime/ports/stdin_reader.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/binary.h"
#include "runtime/term/debug_print.h"
#include "runtime/vm/vm.h"

namespace beamline {
namespace {

// write(Fd, IoData): Fd 1 = stdout, 2 = stderr.
Term bif_write(Process* p, const Term* a) {
  std::string bytes;
  if (!is_small(a[0]) || !iolist_to_bytes(a[1], &bytes)) return raise_badarg(p);
  Sint fd = small_value(a[0]);
  if (fd == 1) {
    platform::write_stdout(bytes);
  } else if (fd == 2) {
    platform::write_stderr(bytes);
  } else {
    return raise_badarg(p);
  }
  return atom::ok;
}

// request_line(): the next line of standard input arrives as a message,
// {beamline_stdin, Line | eof} (runtime/ports/stdin_reader.h).
Term bif_request_line(Process* p, const Term*) {
  p->vm()->stdin_reader().request(p->pid());
  return atom::ok;
}

// erlang:display/1: writes the term and a newline to standard output,
// bypassing the I/O system (as on BEAM).
Term bif_display(Process* p, const Term* a) {
  platform::write_stdout(debug_term(a[0]) + "\n");
  return atom::true_;
}

// erlang:display_string/1 and display_nl/0: straight to standard error.
Term bif_display_string(Process* p, const Term* a) {
  std::string text;
  if (!charlist_to_utf8(a[0], &text)) return raise_badarg(p);
  platform::write_stderr(text);
  return atom::true_;
}

Term bif_display_nl(Process*, const Term*) {
  platform::write_stderr("\n");
  return atom::true_;
}

}  // namespace

void register_beamline_native_bifs(BifRegistry& r) {
  r.add("beamline_native", "write", 2, bif_write);
  r.add("beamline_native", "request_line", 0, bif_request_line);
  r.add("erlang", "display", 1, bif_display);
  r.add("erlang", "display_string", 1, bif_display_string);
  r.add("erlang", "display_nl", 0, bif_display_nl);
}

}  // namespace beamline
