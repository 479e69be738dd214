#include "runtime/util/md5.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

namespace beamline {
namespace {

std::string hex(std::string_view bytes) {
  static const char* d = "0123456789abcdef";
  std::string out;
  for (unsigned char c : bytes) {
    out.push_back(d[c >> 4]);
    out.push_back(d[c & 15]);
  }
  return out;
}

std::string lower(std::string s) {
  for (char& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

TEST(Md5, Rfc1321Vectors) {
  EXPECT_EQ(hex(md5_digest("")), "d41d8cd98f00b204e9800998ecf8427e");
  EXPECT_EQ(hex(md5_digest("a")), "0cc175b9c0f1b6a831c399e269772661");
  EXPECT_EQ(hex(md5_digest("abc")), "900150983cd24fb0d6963f7d28e17f72");
  EXPECT_EQ(hex(md5_digest("message digest")), "f96b697d7cb7938d525a2f31aaf161d0");
  EXPECT_EQ(hex(md5_digest("abcdefghijklmnopqrstuvwxyz")),
            "c3fcd3d76192e4007dfb496cca67e13b");
  EXPECT_EQ(hex(md5_digest(
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")),
            "d174ab98d277d9f5a5611c2c9f419d9f");
  EXPECT_EQ(hex(md5_digest("1234567890123456789012345678901234567890123456789012345678"
                           "9012345678901234567890")),
            "57edf4a22be3c955ac49da2e2107b67a");
}

// Padding boundaries, checked against erlang:md5(binary:copy(<<"a">>, N)).
TEST(Md5, PaddingBoundariesMatchErl) {
  struct {
    size_t n;
    const char* hex;
  } cases[] = {
      {55, "EF1772B6DFF9A122358552954AD0DF65"}, {56, "3B0C8AC703F828B04C6C197006D17218"},
      {57, "652B906D60AF96844EBD21B674F35E93"}, {63, "B06521F39153D618550606BE297466D5"},
      {64, "014842D480B571495A4A0363793F7367"}, {65, "C743A45E0D2E6A95CB859ADAE0248435"},
      {119, "8A7BD0732ED6A28CE75F6DABC90E1613"}, {120, "5F61C0CCAD4CAC44C75FF505E1F1E537"},
      {128, "E510683B3F5FFE4093D021808BC6FF70"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(hex(md5_digest(std::string(c.n, 'a'))), lower(c.hex)) << c.n;
  }
}

std::string big_pattern() {
  std::string s(100000, '\0');
  for (size_t i = 0; i < s.size(); i++) s[i] = char((i * 7) % 251);
  return s;
}

TEST(Md5, IncrementalEqualsOneShot) {
  std::string data = big_pattern();
  // erlang:md5(<< <<((I*7) rem 251)>> || I <- lists:seq(0, 99999) >>)
  EXPECT_EQ(hex(md5_digest(data)), "c260642229888763c0fa2a4843f50a36");
  for (size_t chunk : {1u, 3u, 63u, 64u, 65u, 1000u}) {
    Md5Context ctx;
    md5_init(&ctx);
    for (size_t i = 0; i < data.size(); i += chunk) {
      md5_update(&ctx, data.data() + i, std::min(chunk, data.size() - i));
    }
    uint8_t d[16];
    md5_final(&ctx, d);
    EXPECT_EQ(hex(std::string_view(reinterpret_cast<char*>(d), 16)),
              "c260642229888763c0fa2a4843f50a36")
        << chunk;
  }
}

TEST(Md5, ContextBytesMatchErlLayout) {
  Md5Context ctx;
  md5_init(&ctx);
  md5_update(&ctx, "hello ", 6);
  md5_update(&ctx, "world", 5);
  uint8_t bytes[kMd5ContextBytes];
  md5_context_to_bytes(ctx, bytes);
  // The first 35 bytes of erlang:md5_update(md5_update(md5_init(),
  // <<"hello ">>), [<<"wor">>, "ld"]).
  const uint8_t erl[35] = {1,   35,  69,  103, 137, 171, 205, 239, 254, 220, 186, 152,
                           118, 84,  50,  16,  88,  0,   0,   0,   0,   0,   0,   0,
                           104, 101, 108, 108, 111, 32,  119, 111, 114, 108, 100};
  EXPECT_EQ(std::memcmp(bytes, erl, sizeof erl), 0);

  Md5Context back;
  ASSERT_TRUE(md5_context_from_bytes(bytes, sizeof bytes, &back));
  EXPECT_FALSE(md5_context_from_bytes(bytes, 87, &back));
  uint8_t d[16];
  md5_final(&back, d);
  EXPECT_EQ(hex(std::string_view(reinterpret_cast<char*>(d), 16)),
            "5eb63bbbe01eeed093cb22bb8f5acdc3");
}

}  // namespace
}  // namespace beamline
