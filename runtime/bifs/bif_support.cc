// Shared helpers for writing BIFs: raising exceptions, lists, tuples,
// iolists and character data.
#include <string>

#include "runtime/bifs/bif.h"
#include "runtime/term/binary.h"
#include "runtime/vm/bitsyntax.h"
#include "runtime/vm/vm.h"

namespace beamline {

static Term raise(Process* p, ExcClass cls, Term reason) {
  p->exc_class = cls;
  p->exc_reason = reason;
  p->exc_args = NON_VALUE;
  p->exc_from_bif = true;
  p->exc_given_trace = NON_VALUE;
  return NON_VALUE;
}

Term raise_error(Process* p, Term reason) {
  return raise(p, ExcClass::Error, reason);
}
Term raise_exit(Process* p, Term reason) {
  return raise(p, ExcClass::Exit, reason);
}
Term raise_throw(Process* p, Term value) {
  return raise(p, ExcClass::Throw, value);
}
Term raise_system_limit(Process* p) {
  return raise_error(p, atom::system_limit);
}
Term raise_error_with_args(Process* p, Term reason, Term args) {
  raise(p, ExcClass::Error, reason);
  p->exc_args = args;
  return NON_VALUE;
}

Sint list_length(Term t) {
  Sint n = 0;
  while (is_list(t)) {
    n++;
    t = cdr(t);
  }
  return is_nil(t) ? n : -1;
}

Term make_list_from(Heap& heap, const Term* elems, size_t n, Term tail) {
  if (n == 0) return tail;
  Term* cells = heap.alloc(2 * n);
  for (size_t i = 0; i < n; i++) {
    cells[2 * i] = elems[i];
    cells[2 * i + 1] = i + 1 < n ? make_list(cells + 2 * (i + 1)) : tail;
  }
  return make_list(cells);
}

Term retry_bif_later(Process* p, Term name, const Term* args, unsigned arity) {
  const Export* e = p->vm()->exports().get(atom::erlang, name, arity);
  p->xsave.assign(args, args + arity);
  p->trap_retry = p->vm()->retry_code(e);
  return NON_VALUE;
}

Term make_tuple_n(Heap& heap, size_t n, Term** elems_out) {
  Term* p = heap.alloc(n + 1);
  p[0] = make_header(Sub::Tuple, n);
  *elems_out = p + 1;
  return make_boxed(p);
}

Term make_tuple(Heap& heap, std::initializer_list<Term> elems) {
  Term* out;
  Term t = make_tuple_n(heap, elems.size(), &out);
  for (Term e : elems) *out++ = e;
  return t;
}

// Appends the iolist/iodata `t` to `out`. Iterative over list tails, recursive
// on heads (nesting depth is usually small).
static bool append_iolist(Term t, std::string* out) {
  while (true) {
    if (is_nil(t)) return true;
    if (is_list(t)) {
      Term h = car(t);
      if (is_small(h)) {
        Sint c = small_value(h);
        if (c < 0 || c > 255) return false;
        out->push_back(char(c));
      } else if (is_list(h) || is_nil(h)) {
        if (!append_iolist(h, out)) return false;
      } else if (!append_binary(h, out)) {
        return false;
      }
      t = cdr(t);
      continue;
    }
    // A binary tail (iolist tails may be binaries).
    return append_binary(t, out);
  }
}

bool append_binary(Term t, std::string* out) {
  BitView v;
  if (!bit_view(t, &v) || v.bit_size % 8 != 0) return false;
  if (v.byte_aligned()) {
    out->append(v.as_string_view());
  } else {
    size_t start = out->size();
    out->resize(start + v.byte_size());
    copy_bits(v.base, v.bit_offset, reinterpret_cast<uint8_t*>(out->data() + start), 0,
              v.bit_size);
  }
  return true;
}

bool iolist_to_bytes(Term t, std::string* out) { return append_iolist(t, out); }

void append_utf8(uint32_t cp, std::string* out) {
  uint8_t buf[4];
  unsigned n = bs_utf8_encode(Sint(cp), buf);
  out->append(reinterpret_cast<const char*>(buf), n);
}

bool valid_utf8(const uint8_t* s, size_t n, size_t* chars) {
  size_t count = 0;
  for (size_t i = 0; i < n; count++) {
    uint32_t cp;
    int len = bs_utf8_decode(s + i, n - i, &cp);
    if (len <= 0) return false;
    i += size_t(len);
  }
  if (chars) *chars = count;
  return true;
}

bool charlist_to_utf8(Term t, std::string* out) {
  while (is_list(t)) {
    Term h = car(t);
    if (!is_small(h)) return false;
    Sint c = small_value(h);
    if (c < 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return false;
    append_utf8(uint32_t(c), out);
    t = cdr(t);
  }
  return is_nil(t);
}

// Decodes one UTF-8 sequence; returns its length or 0 if malformed.
static size_t get_utf8(std::string_view s, size_t i, uint32_t* cp) {
  unsigned char c = s[i];
  size_t len;
  uint32_t v;
  if (c < 0x80) {
    *cp = c;
    return 1;
  } else if ((c & 0xE0) == 0xC0) {
    len = 2;
    v = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3;
    v = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4;
    v = c & 0x07;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (size_t k = 1; k < len; k++) {
    unsigned char d = s[i + k];
    if ((d & 0xC0) != 0x80) return 0;
    v = (v << 6) | (d & 0x3F);
  }
  *cp = v;
  return len;
}

Term utf8_to_charlist(Heap& heap, std::string_view utf8) {
  std::vector<Term> cps;
  cps.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size();) {
    uint32_t cp;
    size_t n = get_utf8(utf8, i, &cp);
    if (n == 0) {  // not valid UTF-8: keep the byte (callers validate first)
      cp = static_cast<unsigned char>(utf8[i]);
      n = 1;
    }
    cps.push_back(make_small(cp));
    i += n;
  }
  return make_list_from(heap, cps.data(), cps.size());
}

Term bytes_to_list(Heap& heap, std::string_view bytes) {
  if (bytes.empty()) return NIL;
  Term* cells = heap.alloc(2 * bytes.size());
  for (size_t i = 0; i < bytes.size(); i++) {
    cells[2 * i] = make_small(static_cast<unsigned char>(bytes[i]));
    cells[2 * i + 1] = i + 1 < bytes.size() ? make_list(cells + 2 * (i + 1)) : NIL;
  }
  return make_list(cells);
}

}  // namespace beamline
