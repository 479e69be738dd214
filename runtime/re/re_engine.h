// The PCRE2 side of the `re` module: compile specifications, their
// serialised form (the binary inside a {re_pattern, ...} tuple), a
// thread-safe cache from that form to compiled pcre2_code, and the
// translation of PCRE2 behaviour to that of the PCRE 8.44 library erl uses
// (error texts, syntax PCRE2 rejects but PCRE 8 accepts).
//
// Nothing here knows about terms; runtime/bifs/re.cc builds on it.
#pragma once

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace beamline::re_engine {

// Newline conventions as the PCRE 8 option bits erl ORs together (so
// {newline,cr} plus {newline,lf} is crlf). 6 and 7 are inconsistent.
enum Newline : uint8_t {
  kNlDefault = 0,
  kNlCr = 1,
  kNlLf = 2,
  kNlCrLf = 3,
  kNlAny = 4,
  kNlAnyCrLf = 5,
};
// \R conventions as bits: both set is inconsistent.
enum Bsr : uint8_t { kBsrDefault = 0, kBsrAnyCrLf = 1, kBsrUnicode = 2 };

struct CompileSpec {
  uint32_t options = 0;  // PCRE2 compile option bits
  uint8_t newline = kNlDefault;
  uint8_t bsr = kBsrDefault;
  std::string pattern;
};

// The bytes stored in a {re_pattern, ...} tuple for `spec`.
std::string serialize(const CompileSpec& spec);
// Parses bytes made by serialize(); false if they are not ours.
bool deserialize(std::string_view bytes, CompileSpec* spec);

// A compiled pattern (or the compile error for it). Immutable once shared.
struct Pattern {
  pcre2_code* code = nullptr;  // null: compile error
  std::string error_text;      // erl's (PCRE 8) message
  size_t error_offset = 0;
  uint32_t capture_count = 0;
  bool use_crlf = false;  // compiled newline is crlf, anycrlf or any
  bool utf = false;
  bool jit = false;  // code carries JIT-compiled machine code
  mutable std::atomic<uint32_t> uses{0};

  Pattern() = default;
  Pattern(const Pattern&) = delete;
  Pattern& operator=(const Pattern&) = delete;
  ~Pattern();
};

using PatternRef = std::shared_ptr<const Pattern>;

// The compiled form of serialize(spec) (looked up in, or added to, the
// global cache). Never null; check ->code for compile errors.
PatternRef get_pattern(const CompileSpec& spec);
// Same, from serialised bytes; null if the bytes are not ours.
PatternRef get_pattern_by_key(std::string_view key);

// erl's text for a PCRE2 compile error code (compile errors and UTF errors).
std::string error_text(int pcre2_error);

// Removes every cached pattern (tests).
void clear_cache();
size_t cache_size();

}  // namespace beamline::re_engine
