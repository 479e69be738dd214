// Helpers shared by the binary BIF areas (erlang_binaries, binary, unicode).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "runtime/bifs/bif.h"
#include "runtime/term/binary.h"
#include "runtime/term/term.h"
#include "runtime/vm/bitsyntax.h"

namespace beamline {

// The whole bytes of a bitstring view (bit_size / 8 of them), copied into an
// owned buffer only when the view is not byte-aligned.
class ByteSpan {
 public:
  explicit ByteSpan(const BitView& v) {
    size_t n = v.bit_size / 8;
    if (v.bit_offset % 8 == 0) {
      data_ = v.base + v.bit_offset / 8;
    } else {
      copy_.resize(n);
      if (n) bs_copy_bits(v.base, v.bit_offset, copy_.data(), 0, n * 8);
      data_ = copy_.data();
    }
    size_ = n;
  }
  ByteSpan(const ByteSpan&) = delete;
  ByteSpan& operator=(const ByteSpan&) = delete;
  const uint8_t* data() const { return data_; }
  size_t size() const { return size_; }
  std::string_view view() const {
    return {reinterpret_cast<const char*>(data_), size_};
  }

 private:
  const uint8_t* data_ = nullptr;
  size_t size_ = 0;
  std::vector<uint8_t> copy_;
};

// Visits an iolist-like term in order without recursion: list elements that
// are small integers go to on_byte(uint8_t) (only 0..255 are accepted),
// bitstring elements and bitstring tails go to on_bits(Term, BitView), nested
// lists are descended. Returns false on anything else or when a callback
// returns false. `t` must be a list or [].
template <typename OnByte, typename OnBits>
bool walk_iolist_terms(Term t, OnByte&& on_byte, OnBits&& on_bits) {
  absl::InlinedVector<Term, 16> stack;
  while (true) {
    while (is_list(t)) {
      Term h = car(t);
      t = cdr(t);
      if (is_small(h)) {
        Sint c = small_value(h);
        if (c < 0 || c > 255 || !on_byte(uint8_t(c))) return false;
      } else if (is_list(h)) {
        stack.push_back(t);
        t = h;
      } else if (!is_nil(h)) {
        BitView v;
        if (!bit_view(h, &v) || !on_bits(h, v)) return false;
      }
    }
    if (!is_nil(t)) {
      BitView v;
      if (!bit_view(t, &v) || !on_bits(t, v)) return false;
    }
    if (stack.empty()) return true;
    t = stack.back();
    stack.pop_back();
  }
}

template <typename OnByte, typename OnBits>
bool walk_iolist(Term t, OnByte&& on_byte, OnBits&& on_bits) {
  return walk_iolist_terms(t, on_byte,
                           [&](Term, const BitView& v) { return on_bits(v); });
}

// Flattens iodata (a list per list_to_binary's rules; binaries must be
// byte-sized) into `out`. `t` must be a list or [].
inline bool iodata_to_bytes(Term t, std::string* out) {
  return walk_iolist(
      t,
      [&](uint8_t b) {
        out->push_back(char(b));
        return true;
      },
      [&](const BitView& v) {
        if (v.bit_size % 8 != 0) return false;
        ByteSpan bytes(v);
        out->append(bytes.view());
        return true;
      });
}

inline void latin1_to_utf8(std::string_view s, std::string* out) {
  out->reserve(out->size() + s.size());
  for (unsigned char c : s) {
    if (c < 0x80) {
      out->push_back(char(c));
    } else {
      out->push_back(char(0xC0 | (c >> 6)));
      out->push_back(char(0x80 | (c & 0x3F)));
    }
  }
}

// Valid UTF-8 whose code points are all < 256 to Latin-1; false otherwise.
inline bool utf8_to_latin1(std::string_view s, std::string* out) {
  for (size_t i = 0; i < s.size();) {
    uint32_t cp;
    int n = bs_utf8_decode(reinterpret_cast<const uint8_t*>(s.data()) + i,
                           s.size() - i, &cp);
    if (n <= 0 || cp > 255) return false;
    out->push_back(char(cp));
    i += size_t(n);
  }
  return true;
}

// erlang:binary_part/2,3 (erlang_binaries.cc), which binary:part/2,3 also are.
Term bif_binary_part_2(Process* p, const Term* args);
Term bif_binary_part_3(Process* p, const Term* args);

}  // namespace beamline
