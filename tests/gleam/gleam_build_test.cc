// Tests of native/gleam_build.cc, the step of `beamline run FILE.gleam` that
// compiles Gleam code (it needs no VM: compiled programs are checked on erl).
// The compile tests need the Gleam bundle (CMake target beamline_gleam_lib)
// in BEAMLINE_TEST_LIB_DIR, node and erlc; they are skipped without them.
#include "native/gleam_build.h"

#include <stdlib.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "gtest/gtest.h"

namespace beamline {
namespace {

namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "gleam_build_test.XXXXXX").string();
    char* made = mkdtemp(tmpl.data());
    EXPECT_NE(made, nullptr);
    path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }
  void write(const std::string& rel, const std::string& text) const {
    fs::create_directories((path_ / rel).parent_path());
    std::ofstream(path_ / rel, std::ios::binary) << text;
  }

 private:
  fs::path path_;
};

std::string hex_of_pattern(size_t n) {
  std::string s;
  for (size_t i = 0; i < n; i++) s.push_back(static_cast<char>((i * 7 + 3) % 256));
  return sha256_hex(s);
}

TEST(GleamBuildSha256, KnownVectors) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  // Lengths around the padding boundaries (checked with Python's hashlib).
  EXPECT_EQ(hex_of_pattern(1), "084fed08b978af4d7d196a7446a86b58009e636b611db16211b65a9aadff29c5");
  EXPECT_EQ(hex_of_pattern(55), "e7313d333c272e639f790978283f9eb392e843d0f29b7016828bb1daa4aac70b");
  EXPECT_EQ(hex_of_pattern(56), "4324d65f3c103567f5589c710bc08f8523f929a9272e3af36fc968e52abc6c27");
  EXPECT_EQ(hex_of_pattern(63), "81c80242132f230c3bd41b3e63bbcff16107339549214a99614ff26664625055");
  EXPECT_EQ(hex_of_pattern(64), "39e3d7b6b5d075d37d053ad89b24b41bef4f3c29760c84447cab3f3be1882241");
  EXPECT_EQ(hex_of_pattern(65), "aacca6ff74fdbb296d165a45cecfa04e5127bc008770fbbdd48006f2d2fae95e");
  EXPECT_EQ(hex_of_pattern(119), "9ce7368e4daf32341631b492e80359dc9f594b48453cd0dd5bf0b19279cc177e");
  EXPECT_EQ(hex_of_pattern(120), "7836b787757e95e58b3ca5aec90b1b004e8deba1e50e9675af9cabf1a13a04b5");
  EXPECT_EQ(hex_of_pattern(1000),
            "1e9bc38cbf860b9ec31918b065f9b52476c549a782e0e7990bed8ce3868d2371");
}

TEST(GleamToml, TypicalFile) {
  auto toml = parse_gleam_toml(R"(name = "my_app"   # the package
version = "1.0.0"
description = """
A project. [not a table]
name = "nope"
"""
licences = ["Apache-2.0"]
links = [
  { title = "Website", href = "https://gleam.run" },
  [ "odd", "array" ],
]

[repository]
type = "github"
user = "someone"
repo = "my_app"
name = "not the package name"

[dependencies]
gleam_stdlib = "~> 0.31"
"gleam_erlang" = ">= 0.22.0 and < 1.0.0"

[dev-dependencies]
gleeunit = "~> 0.10"
)");
  ASSERT_TRUE(toml.ok()) << toml.status();
  EXPECT_EQ(toml->name, "my_app");
  EXPECT_EQ(toml->dependencies, (std::vector<std::string>{"gleam_stdlib", "gleam_erlang"}));
}

TEST(GleamToml, OtherDependencyForms) {
  auto toml = parse_gleam_toml(
      "name = 'app'\n"
      "dependencies = { gleam_stdlib = \"~> 0.31\", lustre = { path = \"../lustre\" } }\n"
      "[dependencies.gleam_otp]\nversion = \"~> 0.7\"\n");
  ASSERT_TRUE(toml.ok()) << toml.status();
  EXPECT_EQ(toml->name, "app");
  EXPECT_EQ(toml->dependencies,
            (std::vector<std::string>{"gleam_stdlib", "lustre", "gleam_otp"}));
}

TEST(GleamToml, Errors) {
  EXPECT_FALSE(parse_gleam_toml("version = \"1.0.0\"\n").ok());
  EXPECT_FALSE(parse_gleam_toml("name = \"MyApp\"\n").ok());
  EXPECT_FALSE(parse_gleam_toml("name = \"app\"\n[dependencies\n").ok());
}

TEST(GleamTarget, Recognised) {
  TempDir tmp;
  tmp.write("proj/gleam.toml", "name = \"proj\"\n");
  fs::create_directories(tmp.path() / "plain");
  EXPECT_TRUE(is_gleam_target("hello.gleam"));
  EXPECT_TRUE(is_gleam_target("dir/hello.gleam"));
  EXPECT_FALSE(is_gleam_target("hello"));
  EXPECT_FALSE(is_gleam_target("hello:main"));
  EXPECT_FALSE(is_gleam_target(".gleam"));
  EXPECT_TRUE(is_gleam_target((tmp.path() / "proj").string()));
  EXPECT_TRUE(is_gleam_target((tmp.path() / "plain").string()));  // a path with '/'
  // A bare name that happens to be a directory without gleam.toml stays an
  // Erlang module name.
  char cwd[4096];
  ASSERT_NE(getcwd(cwd, sizeof cwd), nullptr);
  ASSERT_EQ(chdir(tmp.path().c_str()), 0);
  EXPECT_FALSE(is_gleam_target("plain"));
  EXPECT_TRUE(is_gleam_target("proj"));
  ASSERT_EQ(chdir(cwd), 0);
}

TEST(GleamBuildDir, FindsEbins) {
  TempDir tmp;
  tmp.write("gleam.toml", "name = \"zapp\"\n");
  for (const char* pkg : {"gleam_stdlib", "zapp", "gleeunit"}) {
    fs::create_directories(tmp.path() / "build/dev/erlang" / pkg / "ebin");
  }
  fs::create_directories(tmp.path() / "build/dev/erlang/gleam-lock");  // no ebin
  auto b = use_gleam_build_dir(tmp.path().string());
  ASSERT_TRUE(b.ok()) << b.status();
  EXPECT_EQ(b->root_module, "zapp");
  const std::string base = (tmp.path() / "build/dev/erlang").string();
  EXPECT_EQ(b->code_path, (std::vector<std::string>{base + "/zapp/ebin",
                                                    base + "/gleam_stdlib/ebin",
                                                    base + "/gleeunit/ebin"}));
  // The erlang directory itself is accepted too.
  auto b2 = use_gleam_build_dir(base);
  ASSERT_TRUE(b2.ok()) << b2.status();
  EXPECT_EQ(b2->code_path.size(), 3u);

  TempDir empty;
  auto none = use_gleam_build_dir(empty.path().string());
  EXPECT_FALSE(none.ok());
  EXPECT_NE(std::string(none.status().message()).find("gleam build"), std::string::npos);
}

// ---- compiling (needs the bundle, node and erlc) ----------------------------------------

class GleamCompile : public ::testing::Test {
 protected:
  void SetUp() override {
    lib_ = BEAMLINE_TEST_LIB_DIR;
    if (!fs::exists(fs::path(lib_) / "gleam/tools/gleam_compile.mjs")) {
      GTEST_SKIP() << "no Gleam bundle in " << lib_ << "/gleam";
    }
    if (std::system("command -v node >/dev/null && command -v erlc >/dev/null") != 0) {
      GTEST_SKIP() << "node or erlc not on PATH";
    }
    const char* old = std::getenv("XDG_CACHE_HOME");
    if (old) old_cache_ = old;
    had_cache_ = old != nullptr;
    setenv("XDG_CACHE_HOME", (cache_.path()).c_str(), 1);
  }
  void TearDown() override {
    if (had_cache_) {
      setenv("XDG_CACHE_HOME", old_cache_.c_str(), 1);
    } else {
      unsetenv("XDG_CACHE_HOME");
    }
  }

  // Runs MODULE:main() on erl with the build's code path; returns stdout.
  std::string run_on_erl(const GleamBuild& b) {
    std::string cmd = "cd /tmp && erl -noshell";
    for (const std::string& d : b.code_path) cmd += " -pa '" + d + "'";
    cmd += " -eval '" + b.root_module + ":main(), halt().' </dev/null 2>&1";
    std::string out;
    FILE* f = popen(cmd.c_str(), "r");
    if (!f) return "popen failed";
    char buf[512];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    pclose(f);
    return out;
  }

  std::string lib_;
  TempDir cache_;
  TempDir src_;
  std::string old_cache_;
  bool had_cache_ = false;
};

TEST_F(GleamCompile, SingleFileAndCache) {
  src_.write("greet.gleam",
             "import gleam/io\nimport gleam/string\n"
             "pub fn main() {\n  io.println(string.uppercase(\"hello\"))\n}\n");
  const std::string file = (src_.path() / "greet.gleam").string();
  std::ostringstream progress;
  auto b = build_gleam(file, lib_, progress);
  ASSERT_TRUE(b.ok()) << b.status() << "\n" << progress.str();
  EXPECT_EQ(b->root_module, "greet");
  EXPECT_EQ(progress.str(), "Compiling " + file + "...\n");
  ASSERT_EQ(b->code_path.size(), 4u);
  EXPECT_EQ(b->code_path[0].rfind(cache_.path().string() + "/beamline/gleam/", 0), 0u);
  EXPECT_TRUE(fs::exists(fs::path(b->code_path[0]) / "greet.beam"));
  EXPECT_EQ(b->code_path[1], lib_ + "/gleam/gleam_stdlib/ebin");
  EXPECT_EQ(run_on_erl(*b), "HELLO\n");

  // Unchanged: straight from the cache, silently.
  std::ostringstream again;
  auto b2 = build_gleam(file, lib_, again);
  ASSERT_TRUE(b2.ok()) << b2.status();
  EXPECT_EQ(again.str(), "");
  EXPECT_EQ(b2->code_path, b->code_path);

  // Changed: compiled again, into another entry.
  src_.write("greet.gleam", "import gleam/io\npub fn main() {\n  io.println(\"bye\")\n}\n");
  std::ostringstream changed;
  auto b3 = build_gleam(file, lib_, changed);
  ASSERT_TRUE(b3.ok()) << b3.status();
  EXPECT_NE(changed.str(), "");
  EXPECT_NE(b3->code_path[0], b->code_path[0]);
  EXPECT_EQ(run_on_erl(*b3), "bye\n");
  // No staging directories are left behind.
  for (const auto& e : fs::directory_iterator(cache_.path() / "beamline/gleam")) {
    EXPECT_EQ(e.path().filename().string().rfind("tmp-", 0), std::string::npos) << e.path();
  }
}

TEST_F(GleamCompile, DiagnosticsUseTheUsersPath) {
  src_.write("sub/bad.gleam", "import gleam/io\npub fn main() {\n  io.println(1)\n}\n");
  const std::string file = (src_.path() / "sub/bad.gleam").string();
  std::ostringstream progress;
  auto b = build_gleam(file, lib_, progress);
  ASSERT_FALSE(b.ok());
  EXPECT_NE(std::string(b.status().message()).find("compiling " + file + " failed"),
            std::string::npos)
      << b.status();
  const std::string text = progress.str();
  EXPECT_NE(text.find("error: Type mismatch"), std::string::npos) << text;
  EXPECT_NE(text.find(file + ":3:14"), std::string::npos) << text;
  EXPECT_EQ(text.find("/src/bad.gleam"), std::string::npos) << text;
  EXPECT_EQ(text.find("gleam_compile:"), std::string::npos) << text;
  // Nothing was cached.
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(cache_.path() / "beamline/gleam", ec)) {
    ADD_FAILURE() << "left in the cache: " << e.path();
  }
}

TEST_F(GleamCompile, RejectsBadPrograms) {
  std::ostringstream progress;
  src_.write("no_main.gleam", "pub fn helper() { 1 }\n");
  auto no_main = build_gleam((src_.path() / "no_main.gleam").string(), lib_, progress);
  ASSERT_FALSE(no_main.ok());
  EXPECT_NE(std::string(no_main.status().message()).find("no main function"),
            std::string::npos)
      << no_main.status();

  src_.write("lists.gleam", "pub fn main() { 1 }\n");
  auto clash = build_gleam((src_.path() / "lists.gleam").string(), lib_, progress);
  ASSERT_FALSE(clash.ok());
  EXPECT_NE(std::string(clash.status().message()).find("already taken"), std::string::npos)
      << clash.status();

  src_.write("Bad-Name.gleam", "pub fn main() { 1 }\n");
  EXPECT_FALSE(build_gleam((src_.path() / "Bad-Name.gleam").string(), lib_, progress).ok());
  EXPECT_FALSE(build_gleam((src_.path() / "missing.gleam").string(), lib_, progress).ok());
  EXPECT_FALSE(build_gleam(src_.path().string(), lib_, progress).ok());  // no gleam.toml
}

TEST_F(GleamCompile, Project) {
  src_.write("gleam.toml",
             "name = \"tally\"\nversion = \"0.1.0\"\n\n[dependencies]\n"
             "gleam_stdlib = \"~> 0.31\"\ngleam_otp = \"~> 0.7\"\n\n"
             "[dev-dependencies]\ngleeunit = \"~> 0.10\"\n");
  src_.write("src/tally.gleam",
             "import gleam/io\nimport gleam/int\nimport tally/sum\n"
             "pub fn main() {\n  io.println(int.to_string(sum.total([1, 2, 3])))\n"
             "  io.println(sum.shout(\"ok\"))\n}\n");
  src_.write("src/tally/sum.gleam",
             "import gleam/list\n"
             "pub fn total(xs: List(Int)) -> Int { list.fold(xs, 0, fn(a, b) { a + b }) }\n"
             "@external(erlang, \"tally_ffi\", \"shout\")\n"
             "pub fn shout(s: String) -> String\n");
  src_.write("src/tally_ffi.erl",
             "-module(tally_ffi).\n-export([shout/1]).\n"
             "shout(S) -> string:uppercase(S).\n");
  src_.write("test/tally_test.gleam", "this is not compiled\n");
  std::ostringstream progress;
  auto b = build_gleam(src_.path().string(), lib_, progress);
  ASSERT_TRUE(b.ok()) << b.status() << "\n" << progress.str();
  EXPECT_EQ(b->root_module, "tally");
  EXPECT_EQ(progress.str(), "Compiling tally (" + src_.path().string() + ")...\n");
  for (const char* m : {"tally", "tally@sum", "tally_ffi"}) {
    EXPECT_TRUE(fs::exists(fs::path(b->code_path[0]) / (std::string(m) + ".beam"))) << m;
  }
  EXPECT_EQ(run_on_erl(*b), "6\nOK\n");
}

TEST_F(GleamCompile, ProjectWithUnsupportedDependency) {
  src_.write("gleam.toml", "name = \"web\"\n[dependencies]\ngleam_stdlib = \"~> 0.31\"\n"
                           "mist = \"~> 0.13\"\n");
  src_.write("src/web.gleam", "pub fn main() { Nil }\n");
  std::ostringstream progress;
  auto b = build_gleam(src_.path().string(), lib_, progress);
  ASSERT_FALSE(b.ok());
  const std::string msg(b.status().message());
  EXPECT_NE(msg.find("mist"), std::string::npos) << msg;
  EXPECT_NE(msg.find("--gleam-build"), std::string::npos) << msg;
  EXPECT_EQ(progress.str(), "");
}

TEST_F(GleamCompile, ProjectWithoutRootModule) {
  src_.write("gleam.toml", "name = \"app\"\n");
  src_.write("src/other.gleam", "pub fn main() { Nil }\n");
  std::ostringstream progress;
  auto b = build_gleam(src_.path().string(), lib_, progress);
  ASSERT_FALSE(b.ok());
  EXPECT_NE(std::string(b.status().message()).find("app.gleam not found"), std::string::npos)
      << b.status();
}

TEST(GleamCompileNoBundle, ExplainsWhatIsMissing) {
  TempDir src, lib;
  src.write("hi.gleam", "pub fn main() { Nil }\n");
  std::ostringstream progress;
  auto b = build_gleam((src.path() / "hi.gleam").string(), lib.path().string(), progress);
  ASSERT_FALSE(b.ok());
  EXPECT_NE(std::string(b.status().message()).find("beamline_gleam_lib"), std::string::npos)
      << b.status();
}

}  // namespace
}  // namespace beamline
