#include "runtime/re/re_engine.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "absl/synchronization/mutex.h"

namespace beamline::re_engine {

// ---- serialised form ---------------------------------------------------------
// "BLRE" version newline bsr 0 options(u32 LE) pattern...
static constexpr char kMagic[4] = {'B', 'L', 'R', 'E'};
static constexpr uint8_t kVersion = 1;
static constexpr size_t kHeaderSize = 12;

std::string serialize(const CompileSpec& spec) {
  std::string out;
  out.reserve(kHeaderSize + spec.pattern.size());
  out.append(kMagic, 4);
  out.push_back(char(kVersion));
  out.push_back(char(spec.newline));
  out.push_back(char(spec.bsr));
  out.push_back(0);
  for (int i = 0; i < 4; i++) out.push_back(char((spec.options >> (8 * i)) & 0xFF));
  out.append(spec.pattern);
  return out;
}

bool deserialize(std::string_view bytes, CompileSpec* spec) {
  if (bytes.size() < kHeaderSize || std::memcmp(bytes.data(), kMagic, 4) != 0 ||
      uint8_t(bytes[4]) != kVersion || bytes[7] != 0) {
    return false;
  }
  spec->newline = uint8_t(bytes[5]);
  spec->bsr = uint8_t(bytes[6]);
  if (spec->newline > 7 || spec->bsr > 3) return false;
  uint32_t o = 0;
  for (int i = 0; i < 4; i++) o |= uint32_t(uint8_t(bytes[8 + i])) << (8 * i);
  spec->options = o;
  spec->pattern.assign(bytes.substr(kHeaderSize));
  return true;
}

Pattern::~Pattern() {
  if (code) pcre2_code_free(code);
}

// ---- error texts ---------------------------------------------------------------
// A PCRE 8 error with no PCRE2 counterpart.
static constexpr int kErrAfterQueryLess = 1024;

// erl links PCRE 8.44; its messages differ from PCRE2's. Map each PCRE2 code
// to the PCRE 8 error that covers the same condition.
std::string error_text(int e) {
  if (e < 0 && e >= PCRE2_ERROR_UTF8_ERR21) return "invalid UTF-8 string";
  if (e == kErrAfterQueryLess) return "unrecognized character after (?<";
  const char* t = nullptr;
  switch (e) {
    case 101: t = "\\ at end of pattern"; break;
    case 102: t = "\\c at end of pattern"; break;
    case 103: t = "unrecognized character follows \\"; break;
    case 104: t = "numbers out of order in {} quantifier"; break;
    case 105: t = "number too big in {} quantifier"; break;
    case 106: t = "missing terminating ] for character class"; break;
    case 107: t = "invalid escape sequence in character class"; break;
    case 108: t = "range out of order in character class"; break;
    case 109: t = "nothing to repeat"; break;
    case 110: t = "internal error: unexpected repeat"; break;
    case 111: t = "unrecognized character after (? or (?-"; break;
    case 112: t = "POSIX named classes are supported only within a class"; break;
    case 113: t = "POSIX collating elements are not supported"; break;
    case 114: t = "missing )"; break;
    case 115: t = "reference to non-existent subpattern"; break;
    case 116: t = "erroffset passed as NULL"; break;
    case 117: t = "unknown option bit(s) set"; break;
    case 118: t = "missing ) after comment"; break;
    case 119: t = "parentheses are too deeply nested"; break;
    case 120: t = "regular expression is too large"; break;
    case 121: t = "failed to get memory"; break;
    case 122: t = "unmatched parentheses"; break;
    case 123: t = "internal error: code overflow"; break;
    case 124: t = "malformed number or name after (?("; break;
    case 125: t = "lookbehind assertion is not fixed length"; break;
    case 126: t = "a numbered reference must not be zero"; break;
    case 127: t = "conditional group contains more than two branches"; break;
    case 128: t = "assertion expected after (?( or (?(?C)"; break;
    case 129: t = "digit expected after (?+"; break;
    case 130: t = "unknown POSIX class name"; break;
    case 132: t = "this version of PCRE is compiled without UTF support"; break;
    case 133: t = "parentheses are too deeply nested (stack check)"; break;
    case 134: t = "character value in \\x{} or \\o{} is too large"; break;
    case 135: t = "lookbehind assertion is not fixed length"; break;
    case 136: t = "\\C not allowed in lookbehind assertion"; break;
    case 137: t = "PCRE does not support \\L, \\l, \\N{name}, \\U, or \\u"; break;
    case 138: t = "number after (?C is > 255"; break;
    case 139: t = "closing ) for (?C expected"; break;
    case 141: t = "unrecognized character after (?P"; break;
    case 142: t = "syntax error in subpattern name (missing terminator)"; break;
    case 143: t = "two named subpatterns have the same name"; break;
    case 144: t = "group name must start with a non-digit"; break;
    case 145: t = "support for \\P, \\p, and \\X has not been compiled"; break;
    case 146: t = "malformed \\P or \\p sequence"; break;
    case 147: t = "unknown property name after \\P or \\p"; break;
    case 148: t = "subpattern name is too long (maximum 32 characters)"; break;
    case 149: t = "too many named subpatterns (maximum 10000)"; break;
    case 150: t = "invalid range in character class"; break;
    case 151: t = "octal value is greater than \\377 in 8-bit non-UTF-8 mode"; break;
    case 152: t = "internal error: overran compiling workspace"; break;
    case 153:
      t = "internal error: previously-checked referenced subpattern not found";
      break;
    case 154: t = "DEFINE group contains more than one branch"; break;
    case 155: t = "missing opening brace after \\o"; break;
    case 156: t = "inconsistent NEWLINE options"; break;
    case 157:
      t = "\\g is not followed by a braced, angle-bracketed, or quoted "
          "name/number or by a plain number";
      break;
    case 158: t = "(?R or (?[+-]digits must be followed by )"; break;
    case 159:
      t = "an argument is not allowed for (*ACCEPT), (*FAIL), or (*COMMIT)";
      break;
    case 160: t = "(*VERB) not recognized or malformed"; break;
    case 161: t = "number is too big"; break;
    case 162: t = "subpattern name expected"; break;
    case 164: t = "non-octal character in \\o{} (closing brace missing?)"; break;
    case 165:
      t = "different names for subpatterns of the same number are not allowed";
      break;
    case 166: t = "(*MARK) must have an argument"; break;
    case 167: t = "non-hex character in \\x{} (closing brace missing?)"; break;
    case 168: t = "\\c must be followed by an ASCII character"; break;
    case 169:
      t = "\\k is not followed by a braced, angle-bracketed, or quoted name";
      break;
    case 171: t = "\\N is not supported in a class"; break;
    case 173: t = "disallowed Unicode code point (>= 0xd800 && <= 0xdfff)"; break;
    case 174: t = "setting UTF is disabled by the application"; break;
    case 176:
      t = "name is too long in (*MARK), (*PRUNE), (*SKIP), or (*THEN)";
      break;
    case 177: t = "character value in \\u.... sequence is too large"; break;
    case 178: t = "digits missing in \\x{} or \\o{}"; break;
    case 193: t = "PCRE does not support \\L, \\l, \\N{name}, \\U, or \\u"; break;
    default: break;
  }
  if (t) return t;
  PCRE2_UCHAR buf[256];
  int n = pcre2_get_error_message(e, buf, sizeof buf);
  if (n < 0) return "Unknown error (" + std::to_string(e) + ")";
  return std::string(reinterpret_cast<const char*>(buf), size_t(n));
}

// The index of the parenthesis closing the group that opens at `open`
// (escapes and classes skipped), or npos.
static size_t closing_paren(std::string_view src, size_t open) {
  int depth = 0;
  bool in_class = false;
  for (size_t i = open; i < src.size(); i++) {
    char c = src[i];
    if (c == '\\') {
      i++;
    } else if (in_class) {
      if (c == ']') in_class = false;
    } else if (c == '[') {
      in_class = true;
    } else if (c == '(') {
      depth++;
    } else if (c == ')' && --depth == 0) {
      return i;
    }
  }
  return std::string_view::npos;
}

static bool name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_';
}

static size_t adjust_error_offset(int e, size_t off, std::string_view src);

// PCRE 8's error for what PCRE2 reports as `*err` at `*off` in `src`.
static void translate_error(int* err, size_t* off, std::string_view src) {
  const size_t npos = std::string_view::npos;
  int e = *err;
  size_t o = *off;
  switch (e) {
    case PCRE2_ERROR_MISSING_CLOSING_PARENTHESIS: {
      // An unfinished "(?", "(?i", "(?P" or "(?C1" at the end.
      size_t q = src.rfind("(?", o);
      if (q != npos) {
        std::string_view rest = src.substr(q + 2);
        if (rest == "P") {
          e = PCRE2_ERROR_UNRECOGNIZED_AFTER_QUERY_P;
        } else if (!rest.empty() && rest[0] == 'C' &&
                   rest.find_first_not_of("0123456789", 1) == npos) {
          e = PCRE2_ERROR_MISSING_CALLOUT_CLOSING;
        } else if (rest.find_first_not_of("imsxJUX-") == npos) {
          e = PCRE2_ERROR_INVALID_AFTER_PARENS_QUERY;
        } else {
          // (?R or (?+1 not followed by ")"
          size_t d = rest[0] == '+' || rest[0] == '-' ? 1 : 0;
          size_t k = d;
          while (k < rest.size() && rest[k] >= '0' && rest[k] <= '9') k++;
          if ((k > d && (k == rest.size() || rest[k] != ')')) ||
              (rest[0] == 'R' && (rest.size() == 1 || rest[1] != ')'))) {
            e = PCRE2_ERROR_PARENS_QUERY_R_MISSING_CLOSING;
            o = q + 2 + (rest[0] == 'R' ? 1 : k);
          }
        }
      }
      break;
    }
    case PCRE2_ERROR_CALLOUT_NO_STRING_DELIMITER:
    case PCRE2_ERROR_CALLOUT_BAD_STRING_DELIMITER: {
      // PCRE 8 has no string arguments: it wants ")" after "(?C"
      size_t c = src.rfind("(?C", o);
      if (c != npos) {
        e = PCRE2_ERROR_MISSING_CALLOUT_CLOSING;
        o = c + 3;
      }
      break;
    }
    case PCRE2_ERROR_SUBPATTERN_NAME_EXPECTED:
      if (o >= 3 && src.substr(o - 3, 3) == "(?<") {
        e = kErrAfterQueryLess;
      } else if ((o >= 3 && src.substr(o - 3, 3) == "(?'") ||
                 (o >= 4 && src.substr(o - 4, 4) == "(?P<")) {
        e = PCRE2_ERROR_MISSING_NAME_TERMINATOR;
      }
      break;
    case PCRE2_ERROR_BACKSLASH_G_SYNTAX: {
      // \g without a number: PCRE 8 reads group 0
      size_t g = src.rfind("\\g", o);
      char next = g != npos && g + 2 < src.size() ? src[g + 2] : '\0';
      if (g != npos && next != '{' && next != '<' && next != '\'' && next != '+' &&
          next != '-' && !(next >= '0' && next <= '9')) {
        e = PCRE2_ERROR_ZERO_RELATIVE_REFERENCE;
        o = g + 1;
      }
      break;
    }
    case PCRE2_ERROR_MISSING_OCTAL_OR_HEX_DIGITS:
    case PCRE2_ERROR_INVALID_HEXADECIMAL:
    case PCRE2_ERROR_INVALID_OCTAL: {
      // \x{..} / \o{..}: PCRE 8 reports the first character that is not a
      // digit, unless the braces are empty and closed.
      size_t b = src.rfind('\\', o);
      if (b == npos || b + 2 >= src.size() || src[b + 2] != '{') break;
      bool hex = src[b + 1] == 'x';
      size_t j = b + 3;
      auto digit = [&](char c) {
        return hex ? ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
                      (c >= 'A' && c <= 'F'))
                   : (c >= '0' && c <= '7');
      };
      while (j < src.size() && digit(src[j])) j++;
      if (j == b + 3 && j < src.size() && src[j] == '}') {
        e = PCRE2_ERROR_MISSING_OCTAL_OR_HEX_DIGITS;
        o = hex ? j : b + 1;
      } else {
        e = hex ? PCRE2_ERROR_INVALID_HEXADECIMAL : PCRE2_ERROR_INVALID_OCTAL;
        o = j;
      }
      *err = e;
      *off = o;
      return;
    }
    default:
      break;
  }
  *err = e;
  *off = adjust_error_offset(e, o, src);
}

// Where PCRE 8 reports an error that PCRE2 reports elsewhere.
static size_t adjust_error_offset(int e, size_t off, std::string_view src) {
  switch (e) {
    case 115: {  // reference to a missing group
      // A numbered back reference (\N, \gN, \g{N}): PCRE 8 finds it missing
      // only at the end of the pattern.
      size_t b = std::min(off, src.size());
      while (b > 0 && ((src[b - 1] >= '0' && src[b - 1] <= '9') || src[b - 1] == '{' ||
                       src[b - 1] == '-' || src[b - 1] == '+')) {
        b--;
      }
      if ((b >= 1 && src[b - 1] == '\\') ||
          (b >= 2 && src[b - 1] == 'g' && src[b - 2] == '\\')) {
        return src.size();
      }
      if (off < src.size() && name_char(src[off])) {  // \k<name>, (?&name)
        while (off < src.size() && name_char(src[off])) off++;
      }
      return off;
    }
    case 125:    // lookbehind not fixed length
    case 136: {  // \C in lookbehind: PCRE 8 points at the group's end
      size_t close = closing_paren(src, off);
      return close == std::string_view::npos ? off : close;
    }
    case 127:    // conditional group with three branches
    case 154: {  // DEFINE with two: PCRE 8 points at the group's end
      size_t open = src.rfind("(?(", off);
      if (open == std::string_view::npos) return off;
      size_t close = closing_paren(src, open);
      return close == std::string_view::npos ? off : close;
    }
    case 178: {  // \x{} \o{}: PCRE 8 points at the letter
      size_t bs = src.rfind('\\', off);
      return bs == std::string_view::npos ? off : bs + 1;
    }
    case 174:  // UTF disabled
      return 0;
    case 129:  // digit expected after (?+: PCRE 8 points after the sign
      return off + 1;
    case 155: {  // \o without a brace: PCRE 8 points at the o
      size_t bs = src.rfind("\\o", off);
      return bs == std::string_view::npos ? off : bs + 1;
    }
    case 137:  // \L \l \N{name} \U \u: PCRE 8 points at the letter
    case 143:  // duplicate name: PCRE 8 points at the name's end
    case 147:  // unknown property: PCRE 8 points at the closing brace
    case 150:  // invalid range
    case 165:  // different names for one group number
    case 169:  // \k without a name
    case 171:  // \N in a class
    case 193:  // \N{U+...}
      return off > 0 ? off - 1 : off;
    default:
      return off;
  }
}

// ---- PCRE 8 syntax that PCRE2 rejects ------------------------------------------
// Without PCRE_EXTRA (erl never sets it), PCRE 8 reads an escaped letter with
// no meaning as the letter itself; in a class \B, \R and \X are the letters;
// a hyphen after a class escape (\d, \w, [:alpha:], ...) is a literal; \8 and
// \9 with fewer groups before them are the digits. PCRE2 makes all of these
// errors, so they are rewritten before compiling. `map` gets, for each output
// byte, the input offset it came from (plus the end), to report errors at
// erl's offsets. The same pass finds some errors PCRE 8 reports and PCRE2
// does not (or reports differently): backtracking verbs PCRE 8 lacks,
// malformed "(?(" conditions, unterminated \x{ and \p{.

static bool unknown_letter_escape(char d) {
  switch (d) {
    case 'F': case 'I': case 'J': case 'M': case 'O': case 'T': case 'Y':
    case 'i': case 'j': case 'm': case 'q': case 'y':
      return true;
    default:
      return false;
  }
}

// Escapes PCRE2 rejects in a class and PCRE 8 reads as the letter.
static bool literal_in_class(char d) {
  switch (d) {
    case 'A': case 'B': case 'C': case 'G': case 'K': case 'R': case 'X':
    case 'Z': case 'g': case 'k': case 'z':
      return true;
    default:
      return false;
  }
}

static bool class_type_escape(char d) {
  switch (d) {
    case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
    case 'h': case 'H': case 'v': case 'V':
      return true;
    default:
      return false;
  }
}

static bool needs_rewrite(std::string_view in) {
  return in.find('\\') != std::string_view::npos ||
         in.find(":]") != std::string_view::npos ||
         in.find("(*") != std::string_view::npos ||
         in.find("(?(") != std::string_view::npos ||
         in.find("(?^") != std::string_view::npos ||
         in.find("(?*") != std::string_view::npos;
}

// A compile error PCRE 8 reports that PCRE2 may not (PCRE2 code numbers).
struct EarlyError {
  int code = 0;  // 0: none
  size_t offset = 0;
  size_t start = 0;  // where the construct in error begins
};

static bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Length of a PCRE 8 start-of-pattern option "(*...)" at `s`, or 0.
static size_t start_option(std::string_view s) {
  static const char* const kPlain[] = {
      "(*UTF8)", "(*UTF)", "(*UCP)", "(*NO_AUTO_POSSESS)", "(*NO_START_OPT)",
      "(*CR)", "(*LF)", "(*CRLF)", "(*ANYCRLF)", "(*ANY)", "(*BSR_ANYCRLF)",
      "(*BSR_UNICODE)"};
  for (const char* o : kPlain) {
    size_t len = std::strlen(o);
    if (s.substr(0, len) == o) return len;
  }
  for (std::string_view o : {std::string_view("(*LIMIT_MATCH="),
                             std::string_view("(*LIMIT_RECURSION=")}) {
    if (s.substr(0, o.size()) != o) continue;
    size_t j = o.size();
    while (j < s.size() && s[j] >= '0' && s[j] <= '9') j++;
    if (j > o.size() && j < s.size() && s[j] == ')') return j + 1;
  }
  return 0;
}

// PCRE 8's reading of a backtracking verb "(*NAME)" / "(*NAME:ARG)" at
// `i`: the error it reports, if any. PCRE2 knows more verbs (arguments to
// ACCEPT, FAIL and COMMIT, alpha assertions, ...).
static EarlyError check_verb(std::string_view in, size_t i) {
  size_t j = i + 2;
  while (j < in.size() && is_letter(in[j])) j++;
  std::string_view name = in.substr(i + 2, j - (i + 2));
  bool has_arg = false;
  if (j < in.size() && in[j] == ':') {
    size_t close = in.find(')', j);
    has_arg = close != std::string_view::npos && close > j + 1;
    j = close == std::string_view::npos ? in.size() : close;
  }
  if (j >= in.size() || in[j] != ')') return {160, j};
  static const char* const kNoArg[] = {"ACCEPT", "COMMIT", "F", "FAIL"};
  static const char* const kOptArg[] = {"PRUNE", "SKIP", "THEN"};
  for (const char* v : kNoArg) {
    if (name == v) return has_arg ? EarlyError{159, j} : EarlyError{};
  }
  for (const char* v : kOptArg) {
    if (name == v) return {};
  }
  if (name.empty() || name == "MARK") return has_arg ? EarlyError{} : EarlyError{166, j};
  return {160, j};
}

// PCRE 8's reading of the condition of "(?(" with `p` just after it: the
// error it reports for a malformed one. (An assertion, a callout, a group
// number, R&name, <name>, 'name' or a plain name, then ")".)
static EarlyError check_condition(std::string_view in, size_t p) {
  auto at = [&](size_t i) -> char { return i < in.size() ? in[i] : '\0'; };
  if (at(p) == '?') {
    if (at(p + 1) == 'C' || at(p + 1) == '=' || at(p + 1) == '!' ||
        (at(p + 1) == '<' && (at(p + 2) == '=' || at(p + 2) == '!'))) {
      return {};
    }
  }
  char terminator = 0;
  bool number = false;
  if (at(p) == 'R' && at(p + 1) == '&') {
    p += 2;
  } else if (at(p) == '<') {
    terminator = '>';
    p++;
  } else if (at(p) == '\'') {
    terminator = '\'';
    p++;
  } else if (at(p) == '-' || at(p) == '+') {
    number = true;
    p++;
  } else if (at(p) >= '0' && at(p) <= '9') {
    number = true;
  }
  if (number) {
    while (at(p) >= '0' && at(p) <= '9') p++;
  } else {
    if (at(p) >= '0' && at(p) <= '9') return {PCRE2_ERROR_INVALID_SUBPATTERN_NAME, p};
    if (!name_char(at(p))) return {PCRE2_ERROR_CONDITION_ASSERTION_EXPECTED, p};
    while (name_char(at(p))) p++;
  }
  if (terminator != 0) {
    if (at(p) != terminator) return {PCRE2_ERROR_MISSING_CONDITION_CLOSING, p};
    p++;
  }
  if (at(p) != ')') return {PCRE2_ERROR_MISSING_CONDITION_CLOSING, p};
  return {};
}

static void rewrite(std::string_view in, uint32_t options, std::string* out,
                    std::vector<size_t>* map, EarlyError* early) {
  const size_t n = in.size();
  const bool extended = options & PCRE2_EXTENDED;
  const bool auto_capture = !(options & PCRE2_NO_AUTO_CAPTURE);
  out->clear();
  map->clear();
  auto emit = [&](char c, size_t from) {
    out->push_back(c);
    map->push_back(from);
  };
  auto at = [&](size_t i) -> char { return i < n ? in[i] : '\0'; };
  auto copy_until = [&](size_t& i, size_t end) {
    for (; i < end && i < n; i++) emit(in[i], i);
  };

  bool in_class = false;
  size_t class_body = 0;   // a ']' here is a literal
  bool after_set = false;  // previous class item was \d, [:alpha:], \p{..}
  long bracount = 0;
  size_t i = 0;
  for (size_t len; (len = start_option(in.substr(i))) != 0;) copy_until(i, i + len);
  while (i < n) {
    char c = in[i];
    if (c == '\\') {
      if (i + 1 >= n) {
        emit(c, i);
        i++;
        continue;
      }
      char d = in[i + 1];
      if (d == 'Q') {  // literal text up to \E
        emit('\\', i);
        emit('Q', i + 1);
        i += 2;
        while (i < n) {
          if (in[i] == '\\' && at(i + 1) == 'E') {
            emit('\\', i);
            emit('E', i + 1);
            i += 2;
            break;
          }
          emit(in[i], i);
          i++;
        }
        after_set = false;
        continue;
      }
      if (unknown_letter_escape(d) || (in_class && literal_in_class(d))) {
        emit(d, i + 1);
        i += 2;
        after_set = false;
        continue;
      }
      if ((d == 'x' || d == 'o') && at(i + 2) == '{' && early->code == 0) {
        // PCRE 8 wants digits and a closing brace
        bool hex = d == 'x';
        size_t j = i + 3;
        auto digit = [&](char ch) {
          return hex ? ((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') ||
                        (ch >= 'A' && ch <= 'F'))
                     : (ch >= '0' && ch <= '7');
        };
        while (j < n && digit(in[j])) j++;
        if (j == i + 3 && at(j) == '}') {
          *early = {PCRE2_ERROR_MISSING_OCTAL_OR_HEX_DIGITS, hex ? j : i + 1, i};
        } else if (at(j) != '}') {
          *early = {hex ? PCRE2_ERROR_INVALID_HEXADECIMAL : PCRE2_ERROR_INVALID_OCTAL, j,
                    i};
        }
      }
      if ((d == 'p' || d == 'P') && i + 2 < n && at(i + 2) != '{' && early->code == 0 &&
          std::string_view("CLMNPSZ").find(at(i + 2)) == std::string_view::npos) {
        // a one-letter property that does not exist
        *early = {PCRE2_ERROR_UNKNOWN_UNICODE_PROPERTY, i + 2, i};
      }
      if ((d == 'p' || d == 'P') && at(i + 2) == '{' && !in_class) {
        // \p{...}: PCRE 8 takes everything up to "}" as the name
        size_t close = in.find('}', i + 3);
        if (close == std::string_view::npos) {
          if (early->code == 0) *early = {PCRE2_ERROR_MALFORMED_UNICODE_PROPERTY, n, i};
          close = n - 1;
        }
        copy_until(i, close + 1);
        after_set = false;
        continue;
      }
      if (d == 'c') {  // \cX: X is part of the escape, whatever it is
        emit('\\', i);
        emit('c', i + 1);
        if (i + 2 < n) emit(in[i + 2], i + 2);
        i += 3;
        after_set = false;
        continue;
      }
      if (in_class) {
        emit('\\', i);
        emit(d, i + 1);
        i += 2;
        after_set = class_type_escape(d);
        if ((d == 'p' || d == 'P')) {
          after_set = true;
          if (at(i) == '{') {
            size_t close = in.find('}', i);
            copy_until(i, close == std::string_view::npos ? n : close + 1);
          } else if (i < n) {
            emit(in[i], i);
            i++;
          }
        }
        continue;
      }
      if (d == '8' || d == '9') {
        long s = 0;
        size_t j = i + 1;
        while (j < n && in[j] >= '0' && in[j] <= '9' && s < 100000) {
          s = s * 10 + (in[j] - '0');
          j++;
        }
        if (s > bracount) {  // not a back reference: the digit itself
          emit(d, i + 1);
          i += 2;
          continue;
        }
      }
      emit('\\', i);
      emit(d, i + 1);
      i += 2;
      continue;
    }
    if (in_class) {
      if (c == '-' && after_set) {
        emit('\\', i);
        emit('-', i);
        i++;
        after_set = false;
        continue;
      }
      if (c == '[' && (at(i + 1) == ':' || at(i + 1) == '.' || at(i + 1) == '=')) {
        char kind = in[i + 1];
        size_t j = i + 2;
        while (j + 1 < n && !(in[j] == kind && in[j + 1] == ']')) j++;
        if (j + 1 < n) {
          copy_until(i, j + 2);
          after_set = kind == ':';
          continue;
        }
      }
      if (c == ']' && i > class_body) in_class = false;
      emit(c, i);
      i++;
      after_set = false;
      continue;
    }
    if (c == '[') {
      in_class = true;
      after_set = false;
      emit(c, i);
      i++;
      if (at(i) == '^') {
        emit('^', i);
        i++;
      }
      class_body = i;
      continue;
    }
    if (c == '(') {
      if (at(i + 1) == '*' && early->code == 0) {
        if (at(i + 2) == ':' || is_letter(at(i + 2))) {
          *early = check_verb(in, i);
        } else {
          *early = {109, i + 1};  // "(" then a "*" with nothing to repeat
        }
        early->start = i;
      }
      if (at(i + 1) == '?' && (at(i + 2) == '^' || at(i + 2) == '*') && early->code == 0) {
        // PCRE 8 has neither (?^ nor (?*
        *early = {PCRE2_ERROR_INVALID_AFTER_PARENS_QUERY, i + 2, i};
      }
      if (at(i + 1) == '?' && at(i + 2) == '(' && early->code == 0) {
        *early = check_condition(in, i + 3);
        early->start = i;
      }
      if (at(i + 1) == '?' && at(i + 2) == '#') {
        size_t close = in.find(')', i);
        copy_until(i, close == std::string_view::npos ? n : close + 1);
        continue;
      }
      if (at(i + 1) != '?' && at(i + 1) != '*') {
        if (auto_capture) bracount++;
      } else if (at(i + 1) == '?') {
        char e = at(i + 2);
        if ((e == '<' && at(i + 3) != '=' && at(i + 3) != '!') || e == '\'' ||
            (e == 'P' && at(i + 3) == '<')) {
          bracount++;
        }
      }
      emit(c, i);
      i++;
      continue;
    }
    if (c == '#' && extended) {
      size_t nl = in.find('\n', i);
      copy_until(i, nl == std::string_view::npos ? n : nl + 1);
      continue;
    }
    emit(c, i);
    i++;
  }
  map->push_back(n);
}

// ---- character tables --------------------------------------------------------------
// erl's PCRE classifies characters 128-255 as ISO-8859-1 does (OTP builds it
// with Latin-1 tables): \w matches e-acute, caseless matching folds the
// accented capitals, ... These are the same tables in PCRE2's layout
// (pcre2_maketables: lcc, fcc, class bitmaps, ctypes).

static bool l1_upper(int c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
}
static bool l1_lower(int c) {
  return (c >= 'a' && c <= 'z') || c == 0xB5 || (c >= 0xDF && c != 0xF7);
}
static bool l1_alpha(int c) { return l1_upper(c) || l1_lower(c) || c == 0xAA || c == 0xBA; }
static bool l1_digit(int c) { return c >= '0' && c <= '9'; }
static bool l1_xdigit(int c) {
  return l1_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static bool l1_alnum(int c) { return l1_alpha(c) || l1_digit(c); }
static bool l1_space(int c) { return (c >= 9 && c <= 13) || c == ' '; }
static bool l1_cntrl(int c) { return c < 32 || (c >= 127 && c < 160); }
static bool l1_print(int c) { return (c >= 32 && c < 127) || c >= 160; }
static bool l1_graph(int c) { return l1_print(c) && c != ' '; }
static bool l1_punct(int c) { return l1_graph(c) && !l1_alnum(c); }
static int l1_tolower(int c) { return l1_upper(c) ? c + 32 : c; }
static int l1_toupper(int c) {
  if (c >= 'a' && c <= 'z') return c - 32;
  if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 32;
  return c;
}

static const uint8_t* latin1_tables() {
  // Offsets and bits as in pcre2_internal.h.
  enum { kCbitSpace = 0, kCbitXdigit = 32, kCbitDigit = 64, kCbitUpper = 96,
         kCbitLower = 128, kCbitWord = 160, kCbitGraph = 192, kCbitPrint = 224,
         kCbitPunct = 256, kCbitCntrl = 288, kCbitLength = 320 };
  enum { kCtypeSpace = 0x01, kCtypeLetter = 0x02, kCtypeLcLetter = 0x04,
         kCtypeDigit = 0x08, kCtypeWord = 0x10 };
  static const uint8_t* tables = [] {
    auto* t = new uint8_t[256 + 256 + kCbitLength + 256]();
    uint8_t* lcc = t;
    uint8_t* fcc = t + 256;
    uint8_t* cbits = t + 512;
    uint8_t* ctypes = t + 512 + kCbitLength;
    for (int c = 0; c < 256; c++) {
      lcc[c] = uint8_t(l1_tolower(c));
      fcc[c] = uint8_t(l1_lower(c) ? l1_toupper(c) : l1_tolower(c));
      auto set = [&](int base, bool on) {
        if (on) cbits[base + c / 8] |= uint8_t(1u << (c & 7));
      };
      set(kCbitDigit, l1_digit(c));
      set(kCbitUpper, l1_upper(c));
      set(kCbitLower, l1_lower(c));
      set(kCbitWord, l1_alnum(c) || c == '_');
      set(kCbitSpace, l1_space(c));
      set(kCbitXdigit, l1_xdigit(c));
      set(kCbitGraph, l1_graph(c));
      set(kCbitPrint, l1_print(c));
      set(kCbitPunct, l1_punct(c));
      set(kCbitCntrl, l1_cntrl(c));
      int x = 0;
      if (l1_space(c)) x |= kCtypeSpace;
      if (l1_alpha(c)) x |= kCtypeLetter;
      if (l1_lower(c)) x |= kCtypeLcLetter;
      if (l1_digit(c)) x |= kCtypeDigit;
      if (l1_alnum(c) || c == '_') x |= kCtypeWord;
      ctypes[c] = uint8_t(x);
    }
    return t;
  }();
  return tables;
}

// ---- compiling -------------------------------------------------------------------
static uint32_t pcre2_newline(uint8_t nl) {
  switch (nl) {
    case kNlCr: return PCRE2_NEWLINE_CR;
    case kNlCrLf: return PCRE2_NEWLINE_CRLF;
    case kNlAny: return PCRE2_NEWLINE_ANY;
    case kNlAnyCrLf: return PCRE2_NEWLINE_ANYCRLF;
    default: return PCRE2_NEWLINE_LF;  // erl's PCRE is built with LF
  }
}

static std::shared_ptr<Pattern> compile_spec(const CompileSpec& spec) {
  auto pat = std::make_shared<Pattern>();
  pat->utf = spec.options & PCRE2_UTF;
  if (spec.newline > kNlAnyCrLf || spec.bsr == (kBsrAnyCrLf | kBsrUnicode)) {
    pat->error_text = error_text(156);  // inconsistent NEWLINE options
    pat->error_offset = 0;
    return pat;
  }
  std::string rewritten;
  std::vector<size_t> map;
  EarlyError early;
  std::string_view src = spec.pattern;
  const bool rewritten_used = needs_rewrite(src);
  if (rewritten_used) {
    rewrite(src, spec.options, &rewritten, &map, &early);
    src = rewritten;
  }
  pcre2_compile_context* ctx = pcre2_compile_context_create(nullptr);
  pcre2_set_character_tables(ctx, latin1_tables());
#ifdef PCRE2_EXTRA_ALLOW_LOOKAROUND_BSK
  // PCRE 8 allows \K in lookarounds (PCRE2 10.38 and later do not by default).
  pcre2_set_compile_extra_options(ctx, PCRE2_EXTRA_ALLOW_LOOKAROUND_BSK);
#endif
  pcre2_set_newline(ctx, pcre2_newline(spec.newline));
  pcre2_set_bsr(ctx, spec.bsr == kBsrAnyCrLf ? PCRE2_BSR_ANYCRLF : PCRE2_BSR_UNICODE);
  uint32_t options = spec.options;
  // erl never studies patterns, so PCRE 8 has no start-of-match bitmap;
  // PCRE2's leaves out Latin-1 letters for a leading \w in UTF mode (which
  // \w matches there), so do without it for such patterns.
  if ((options & PCRE2_UTF) && !(options & PCRE2_UCP) &&
      src.find("\\w") != std::string_view::npos) {
    options |= PCRE2_NO_START_OPTIMIZE;
  }
  int err = 0;
  PCRE2_SIZE off = 0;
  pat->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(src.data()), src.size(),
                            options, &err, &off, ctx);
  pcre2_compile_context_free(ctx);
  if (!pat->code) {
    size_t o = off;
    translate_error(&err, &o, src);
    if (rewritten_used) o = o < map.size() ? map[o] : spec.pattern.size();
    if (early.code != 0 && (o > early.start || err == 160 || err == 195)) {
      err = early.code;
      o = early.offset;
    }
    pat->error_text = error_text(err);
    pat->error_offset = o;
    return pat;
  }
  if (early.code != 0) {
    pcre2_code_free(pat->code);
    pat->code = nullptr;
    pat->error_text = error_text(early.code);
    pat->error_offset = early.offset;
    return pat;
  }
  uint32_t count = 0, newline = 0;
  pcre2_pattern_info(pat->code, PCRE2_INFO_CAPTURECOUNT, &count);
  pcre2_pattern_info(pat->code, PCRE2_INFO_NEWLINE, &newline);
  pat->capture_count = count;
  pat->use_crlf = newline == PCRE2_NEWLINE_ANY || newline == PCRE2_NEWLINE_CRLF ||
                  newline == PCRE2_NEWLINE_ANYCRLF;
  return pat;
}

// ---- the cache ---------------------------------------------------------------------
namespace {

// A pattern is JIT-compiled once it has been used this many times (most
// patterns given as text are used once; JIT compiling them would cost more
// than it saves).
constexpr uint32_t kJitAfterUses = 4;
constexpr size_t kMaxCached = 4096;

struct Cache {
  absl::Mutex mu;
  absl::flat_hash_map<std::string, std::shared_ptr<const Pattern>> map
      ABSL_GUARDED_BY(mu);
};

Cache& cache() {
  static Cache* c = new Cache();
  return *c;
}

bool jit_available() {
  static const bool available = [] {
    uint32_t jit = 0;
    return pcre2_config(PCRE2_CONFIG_JIT, &jit) >= 0 && jit != 0;
  }();
  return available;
}

// A JIT-compiled copy of `p`, or null if JIT compiling fails.
std::shared_ptr<const Pattern> jit_copy(const Pattern& p) {
  pcre2_code* code = pcre2_code_copy(p.code);
  if (!code) return nullptr;
  if (pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) != 0) {
    pcre2_code_free(code);
    return nullptr;
  }
  auto q = std::make_shared<Pattern>();
  q->code = code;
  q->capture_count = p.capture_count;
  q->use_crlf = p.use_crlf;
  q->utf = p.utf;
  q->jit = true;
  return q;
}

PatternRef lookup(std::string_view key_sv, const CompileSpec* spec_or_null) {
  Cache& c = cache();
  // (absl::string_view need not be std::string_view)
  const absl::string_view key(key_sv.data(), key_sv.size());
  std::shared_ptr<const Pattern> p;
  {
    absl::ReaderMutexLock lock(&c.mu);  // (runs of cached patterns: shared)
    auto it = c.map.find(key);
    if (it != c.map.end()) p = it->second;
  }
  if (!p) {
    CompileSpec parsed;
    const CompileSpec* spec = spec_or_null;
    if (!spec) {
      if (!deserialize(key_sv, &parsed)) return nullptr;
      spec = &parsed;
    }
    std::shared_ptr<const Pattern> fresh = compile_spec(*spec);
    absl::MutexLock lock(&c.mu);
    if (c.map.size() >= kMaxCached) c.map.clear();
    auto [it, inserted] = c.map.try_emplace(std::string(key_sv), fresh);
    p = it->second;
  }
  if (p->code && !p->jit && jit_available() &&
      p->uses.fetch_add(1, std::memory_order_relaxed) + 1 == kJitAfterUses) {
    if (auto q = jit_copy(*p)) {
      absl::MutexLock lock(&c.mu);
      auto it = c.map.find(key);
      if (it != c.map.end() && it->second == p) it->second = q;
      p = q;
    }
  }
  return p;
}

}  // namespace

PatternRef get_pattern(const CompileSpec& spec) {
  return lookup(serialize(spec), &spec);
}

PatternRef get_pattern_by_key(std::string_view key) { return lookup(key, nullptr); }

void clear_cache() {
  Cache& c = cache();
  absl::MutexLock lock(&c.mu);
  c.map.clear();
}

size_t cache_size() {
  Cache& c = cache();
  absl::ReaderMutexLock lock(&c.mu);
  return c.map.size();
}

}  // namespace beamline::re_engine
