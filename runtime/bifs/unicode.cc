// The `unicode` module's BIFs (OTP 25): characters_to_binary/2,
// characters_to_list/2 and bin_is_7bit/1.
//
// Input encodings latin1, unicode and utf8 are converted natively with the
// exact results of erts (including the shape of the Rest in {error, _, Rest}
// and {incomplete, _, Rest}); other encodings trap to
// unicode:characters_to_binary_int/2 and characters_to_list_int/2, the
// Erlang code erl uses for them.
#include <cstring>
#include <string>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "runtime/bifs/bif.h"
#include "runtime/bifs/binary_util.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/binary.h"
#include "runtime/vm/bitsyntax.h"
#include "runtime/vm/vm.h"

namespace beamline {
namespace {

inline bool is_cont(uint8_t b) { return (b & 0xC0) == 0x80; }

// Length of the UTF-8 sequence a lead byte announces (0 if not a lead).
inline unsigned lead_len(uint8_t c) {
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) return 2;
  if ((c & 0xF0) == 0xE0) return 3;
  if ((c & 0xF8) == 0xF0) return 4;
  return 0;
}

// Validates the complete sequence s[0..n) of a lead byte of class n (as
// erts does: continuation bytes, overlongs, surrogates, > 0x10FFFF).
bool valid_sequence(const uint8_t* s, unsigned n) {
  switch (n) {
    case 1:
      return true;
    case 2:
      return is_cont(s[1]) && s[0] >= 0xC2;
    case 3:
      if (!is_cont(s[1]) || !is_cont(s[2])) return false;
      if (s[0] == 0xE0 && s[1] < 0xA0) return false;
      if ((s[0] & 0x0F) == 0x0D && (s[1] & 0x20) != 0) return false;
      return true;
    case 4:
      if (!is_cont(s[1]) || !is_cont(s[2]) || !is_cont(s[3])) return false;
      if (s[0] == 0xF0 && s[1] < 0x90) return false;
      if ((s[0] & 0x07) > 4 || ((s[0] & 0x07) == 4 && (s[1] & 0x3F) > 0x0F)) {
        return false;
      }
      return true;
    default:
      return false;
  }
}

// erts' check_leftovers: 0 if the bytes could still become a character
// ("incomplete"), -1 if they are an error.
int check_leftovers(const uint8_t* s, size_t size) {
  uint8_t c = s[0];
  if ((c & 0xE0) == 0xC0) return 0;
  if ((c & 0xF0) == 0xE0) {
    if (size < 2 || (size < 3 && is_cont(s[1]))) return 0;
  } else if ((c & 0xF8) == 0xF0) {
    if (size < 2 || (size < 3 && is_cont(s[1])) ||
        (size < 4 && is_cont(s[1]) && is_cont(s[2]))) {
      return 0;
    }
  }
  return -1;
}

enum class Utf8State { Ok, Error, Incomplete };

// erts' analyze_utf8 on a plain binary: the state and the offset of the first
// byte not converted.
Utf8State analyze_utf8(const uint8_t* s, size_t size, size_t* stop) {
  size_t i = 0;
  while (i < size) {
    unsigned n = lead_len(s[i]);
    if (n == 0) {
      *stop = i;
      return Utf8State::Error;
    }
    if (size - i < n) {
      *stop = i;
      return Utf8State::Incomplete;
    }
    if (!valid_sequence(s + i, n)) {
      *stop = i;
      return Utf8State::Error;
    }
    i += n;
  }
  *stop = size;
  return Utf8State::Ok;
}

// utf8_need: false (badarg) unless `t` is chardata of integers,
// byte-aligned binaries and nested lists, with [] or binary tails.
bool valid_chardata(Term t) {
  BitView v;
  if (is_nil(t)) return true;
  if (bit_view(t, &v)) return v.bit_size % 8 == 0;
  if (!is_list(t)) return false;
  absl::InlinedVector<Term, 16> stack;
  while (true) {
    while (is_list(t)) {
      Term h = car(t);
      t = cdr(t);
      if (is_integer(h) || is_nil(h)) continue;  // bignums: error later
      if (is_list(h)) {
        stack.push_back(t);
        t = h;
        continue;
      }
      if (!bit_view(h, &v) || v.bit_size % 8 != 0) return false;
    }
    if (!is_nil(t) && (!bit_view(t, &v) || v.bit_size % 8 != 0)) return false;
    if (stack.empty()) return true;
    t = stack.back();
    stack.pop_back();
  }
}

// erts' do_build_utf8: converts chardata to UTF-8 in `out`, carrying an
// incomplete sequence at the end of a binary over to the next binary.
class Utf8Builder {
 public:
  Utf8Builder(Heap& h, bool latin1) : h_(h), latin1_(latin1) {}

  // Returns the rest term ([] when everything was converted); *err is set on
  // a conversion error.
  Term build(Term t, bool* err) {
    *err = false;
    if (is_nil(t)) return NIL;
    if (is_bitstring(t)) return build_binary(t, err);
    if (!is_list(t)) {
      *err = true;
      return t;
    }
    absl::InlinedVector<Term, 16> stack;
    while (true) {
      while (is_list(t)) {
        Term h = car(t);
        if (is_integer(h)) {
          if (nleft_ || !is_small(h) || !put_char(small_value(h))) {
            *err = true;
            return unwind(t, &stack);
          }
          t = cdr(t);
        } else if (is_nil(h)) {
          t = cdr(t);
        } else if (is_list(h)) {
          stack.push_back(cdr(t));
          t = h;
        } else if (is_bitstring(h)) {
          Term rest = build_binary(h, err);
          if (*err) return unwind(cons(rest, cdr(t)), &stack);
          t = cdr(t);
        } else {
          *err = true;
          return unwind(t, &stack);
        }
      }
      if (!is_nil(t)) {
        if (!is_bitstring(t)) {
          *err = true;
          return unwind(t, &stack);
        }
        Term rest = build_binary(t, err);
        if (*err) return unwind(rest, &stack);
      }
      if (stack.empty()) return NIL;
      t = stack.back();
      stack.pop_back();
    }
  }

  const std::string& out() const { return out_; }
  size_t num_leftovers() const { return nleft_; }
  Term leftover_binary() { return make_binary(h_, leftover_, nleft_); }
  const uint8_t* leftovers() const { return leftover_; }

 private:
  Term cons(Term head, Term tail) {
    Term* c = h_.alloc(2);
    c[0] = head;
    c[1] = tail;
    return make_list(c);
  }

  Term unwind(Term t, absl::InlinedVector<Term, 16>* stack) {
    while (!stack->empty()) {
      t = cons(t, stack->back());
      stack->pop_back();
    }
    return t;
  }

  bool put_char(Sint c) {
    if (c < 0 || (latin1_ && c > 255)) return false;
    uint8_t buf[4];
    unsigned n = bs_utf8_encode(c, buf);
    if (n == 0) return false;
    out_.append(reinterpret_cast<const char*>(buf), n);
    return true;
  }

  Term build_binary(Term bin, bool* err) {
    BitView v;
    bit_view(bin, &v);
    if (v.bit_size % 8 != 0) {
      *err = true;
      return bin;
    }
    ByteSpan bytes(v);
    if (latin1_) {
      latin1_to_utf8(bytes.view(), &out_);
      return NIL;
    }
    size_t err_at;
    if (!copy_utf8(bytes.data(), bytes.size(), &err_at)) {
      *err = true;
      return make_sub_binary(h_, bin, err_at * 8, (bytes.size() - err_at) * 8);
    }
    return NIL;
  }

  // erts' copy_utf8_bin in leftover mode. False on error with *err_at the
  // offset in `s` where the rest starts.
  bool copy_utf8(const uint8_t* s, size_t size, size_t* err_at) {
    size_t i = 0;
    if (nleft_) {
      unsigned need = lead_len(leftover_[0]);
      size_t from = need - nleft_;
      if (size < from) {
        std::memcpy(leftover_ + nleft_, s, size);
        nleft_ += size;
        return true;
      }
      uint8_t seq[4];
      std::memcpy(seq, leftover_, nleft_);
      std::memcpy(seq + nleft_, s, from);
      if (!valid_sequence(seq, need)) {
        *err_at = 0;
        return false;
      }
      out_.append(reinterpret_cast<const char*>(seq), need);
      nleft_ = 0;
      i = from;
    }
    while (i < size) {
      unsigned n = lead_len(s[i]);
      if (n == 0) {
        *err_at = i;
        return false;
      }
      if (n > 1 && size - i < n) {
        std::memcpy(leftover_, s + i, size - i);
        nleft_ = size - i;
        return true;
      }
      if (!valid_sequence(s + i, n)) {
        *err_at = i;
        return false;
      }
      out_.append(reinterpret_cast<const char*>(s + i), n);
      i += n;
    }
    return true;
  }

  Heap& h_;
  bool latin1_;
  std::string out_;
  uint8_t leftover_[4] = {};
  size_t nleft_ = 0;
};

enum class InEnc { Latin1, Unicode, Other };

InEnc in_encoding(Term t) {
  if (t == atom::latin1) return InEnc::Latin1;
  if (t == atom::unicode || t == atom::utf8) return InEnc::Unicode;
  return InEnc::Other;
}

// Traps to the Erlang implementation erl uses for the other encodings.
Term trap_to(Process* p, const char* fun, const Term* args) {
  if (!p->vm()) return raise_badarg(p);
  static const Term unicode_mod = atom::unicode;
  p->xsave.resize(2);
  p->xsave[0] = args[0];
  p->xsave[1] = args[1];
  p->trap_to = p->vm()->exports().get(unicode_mod, atom_from(fun), 2);
  p->trap_arity = 2;
  return NON_VALUE;
}

// Finishes a conversion like erts' build_utf8_return / build_list_return:
// `converted` is the result so far, `rest` the builder's rest term.
Term finish(Process* p, Utf8Builder& b, Term converted, Term rest, bool err) {
  if (err) {
    if (b.num_leftovers() > 0) {
      Term elems[2] = {b.leftover_binary(), rest};  // [LeftoverBin, Rest]
      rest = make_list_from(*p, elems, 2);
    }
    return make_tuple(*p, {atom::error, converted, rest});
  }
  if (b.num_leftovers() > 0) {
    Term lb = b.leftover_binary();
    Term tag = check_leftovers(b.leftovers(), b.num_leftovers()) != 0
                   ? atom::error
                   : atom::incomplete;
    return make_tuple(*p, {tag, converted, lb});
  }
  return converted;
}

Term bif_characters_to_binary_2(Process* p, const Term* args) {
  InEnc enc = in_encoding(args[1]);
  if (enc == InEnc::Other) return trap_to(p, "characters_to_binary_int", args);
  bool latin1 = enc == InEnc::Latin1;
  Term subject = args[0];
  if (is_list(subject) && is_bitstring(car(subject)) && is_nil(cdr(subject))) {
    subject = car(subject);
  }
  if (!valid_chardata(subject)) return raise_badarg(p);
  BitView v;
  if (bit_view(subject, &v)) {
    ByteSpan bytes(v);
    size_t stop;
    bool as_is = true;
    if (latin1) {
      for (uint8_t c : bytes.view()) {
        if (c >= 0x80) {
          as_is = false;
          break;
        }
      }
    } else {
      as_is = analyze_utf8(bytes.data(), bytes.size(), &stop) == Utf8State::Ok;
    }
    if (as_is) return subject;
  }
  Utf8Builder b(*p, latin1);
  bool err;
  Term rest = b.build(subject, &err);
  Term bin = make_binary(*p, b.out());
  return finish(p, b, bin, rest, err);
}

Term bif_characters_to_list_2(Process* p, const Term* args) {
  InEnc enc = in_encoding(args[1]);
  if (enc == InEnc::Other) return trap_to(p, "characters_to_list_int", args);
  bool latin1 = enc == InEnc::Latin1;
  Term data = args[0];
  BitView v;
  if (!latin1 && bit_view(data, &v)) {
    if (v.bit_size % 8 != 0) return raise_badarg(p);
    ByteSpan bytes(v);
    size_t stop;
    Utf8State st = analyze_utf8(bytes.data(), bytes.size(), &stop);
    Term converted = utf8_to_charlist(
        *p, std::string_view(reinterpret_cast<const char*>(bytes.data()), stop));
    if (st == Utf8State::Ok) return converted;
    Term rest = make_sub_binary(*p, data, stop * 8, (bytes.size() - stop) * 8);
    Term tag = atom::error;
    if (st == Utf8State::Incomplete &&
        check_leftovers(bytes.data() + stop, bytes.size() - stop) == 0) {
      tag = atom::incomplete;
    }
    return make_tuple(*p, {tag, converted, rest});
  }
  if (!valid_chardata(data)) return raise_badarg(p);
  Utf8Builder b(*p, latin1);
  bool err;
  Term rest = b.build(data, &err);
  Term list = utf8_to_charlist(*p, b.out());
  return finish(p, b, list, rest, err);
}

Term bif_bin_is_7bit(Process* p, const Term* args) {
  BitView v;
  if (!bit_view(args[0], &v) || v.bit_size % 8 != 0) return atom::false_;
  ByteSpan bytes(v);
  for (uint8_t c : bytes.view()) {
    if (c >= 0x80) return atom::false_;
  }
  return atom::true_;
}

}  // namespace

void register_unicode_bifs(BifRegistry& r) {
  r.add("unicode", "characters_to_binary", 2, bif_characters_to_binary_2);
  r.add("unicode", "characters_to_list", 2, bif_characters_to_list_2);
  r.add("unicode", "bin_is_7bit", 1, bif_bin_is_7bit);
}

}  // namespace beamline
