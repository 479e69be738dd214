// The loader: real OTP .beam files load; malformed, truncated or mutated
// files give an error naming what is wrong and never crash.
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "gtest/gtest.h"
#include "runtime/loader/beam_file.h"
#include "runtime/term/atom_table.h"
#include "runtime/vm/vm.h"

namespace beamline {
namespace {

std::string lib_dir() {
  if (const char* env = std::getenv("BEAMLINE_LIB")) return env;
  return BEAMLINE_TEST_LIB_DIR;
}

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string otp_beam(const std::string& app, const std::string& module) {
  std::string bytes = read(lib_dir() + "/otp/" + app + "/ebin/" + module + ".beam");
  EXPECT_FALSE(bytes.empty()) << "missing " << module << ".beam under " << lib_dir();
  return bytes;
}

VmOptions options() {
  VmOptions o;
  o.code_path = {lib_dir() + "/otp/stdlib/ebin", lib_dir() + "/otp/erts/ebin"};
  return o;
}

TEST(Loader, LoadsOtpModules) {
  VM vm(options());
  for (const char* m : {"lists", "io_lib_format", "maps", "string", "unicode_util",
                        "gb_trees", "erl_scan", "re", "binary", "ets"}) {
    auto loaded = vm.load_module(m, otp_beam("stdlib", m));
    ASSERT_TRUE(loaded.ok()) << m << ": " << loaded.status();
    EXPECT_EQ(atom_name((*loaded)->name), m);
    EXPECT_FALSE((*loaded)->functions.empty());
    EXPECT_FALSE((*loaded)->lines.empty());
    EXPECT_EQ((*loaded)->md5.size(), 16u);
  }
}

TEST(Loader, ParsesChunks) {
  auto f = parse_beam_file(otp_beam("stdlib", "lists"));
  ASSERT_TRUE(f.ok()) << f.status();
  EXPECT_EQ(f->atoms[0], "lists");
  EXPECT_GT(f->exports.size(), 50u);
  EXPECT_GT(f->imports.size(), 0u);
  EXPECT_GT(f->literals.size(), 0u);
  EXPECT_GT(f->line_items.size(), 1u);
  EXPECT_EQ(f->code.back().opcode, 3u);  // int_code_end
}

TEST(Loader, RejectsNonBeamInput) {
  VM vm(options());
  for (std::string bad : {std::string(""), std::string("FOR1"), std::string("hello world"),
                          std::string("FOR1\0\0\0\4BEAM", 12)}) {
    auto r = vm.load_module("bad.beam", bad);
    EXPECT_FALSE(r.ok());
    EXPECT_NE(r.status().message().find("bad.beam"), std::string_view::npos)
        << r.status();
  }
}

TEST(Loader, TruncationsNeverCrash) {
  VM vm(options());
  std::string bytes = otp_beam("stdlib", "queue");
  // Every prefix length in steps; each must fail cleanly (or, for the full
  // file, succeed).
  for (size_t len = 0; len < bytes.size(); len += 37) {
    auto r = vm.load_module("queue.beam", bytes.substr(0, len));
    EXPECT_FALSE(r.ok()) << "prefix of " << len << " bytes loaded";
  }
}

TEST(Loader, MutationsNeverCrash) {
  VM vm(options());
  std::string original = otp_beam("stdlib", "orddict");
  std::mt19937 rng(12345);
  int loaded = 0, rejected = 0;
  for (int i = 0; i < 600; i++) {
    std::string bytes = original;
    int flips = 1 + int(rng() % 4);
    for (int k = 0; k < flips; k++) {
      size_t pos = 12 + rng() % (bytes.size() - 12);
      bytes[pos] = char(rng());
    }
    auto r = vm.load_module("orddict.beam", bytes);
    (r.ok() ? loaded : rejected)++;
  }
  EXPECT_GT(rejected, 0);
  EXPECT_EQ(loaded + rejected, 600);
}

TEST(Loader, UnknownOpcodeIsNamedWithOffset) {
  std::string bytes = otp_beam("stdlib", "ordsets");
  auto f = parse_beam_file(bytes);
  ASSERT_TRUE(f.ok());
  // Find the Code chunk and corrupt the first instruction's opcode.
  size_t code = bytes.find("Code");
  ASSERT_NE(code, std::string::npos);
  size_t header = code + 8;
  uint32_t info = (uint8_t(bytes[header]) << 24) | (uint8_t(bytes[header + 1]) << 16) |
                  (uint8_t(bytes[header + 2]) << 8) | uint8_t(bytes[header + 3]);
  size_t first_op = header + 4 + info;
  bytes[first_op] = char(250);
  auto r = parse_beam_file(bytes);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("unknown opcode 250"), std::string_view::npos)
      << r.status();
  EXPECT_NE(r.status().message().find("offset"), std::string_view::npos);
}

}  // namespace
}  // namespace beamline
