// How ports cut a program's output into messages ({line, N}, {packet, N},
// stream): the cases below were checked against erl's spawn driver.
#include "runtime/ports/framing.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace beamline {
namespace {

// Frames as "eol:abc", "noeol:ab", "data:xyz".
std::vector<std::string> run(PortFramer& f, const std::vector<std::string>& chunks,
                             bool finish = true) {
  std::vector<PortFramer::Frame> frames;
  for (const std::string& c : chunks) f.feed(c, &frames);
  if (finish) f.finish(&frames);
  std::vector<std::string> out;
  for (const auto& fr : frames) {
    const char* kind = fr.kind == PortFramer::Frame::kEol     ? "eol:"
                       : fr.kind == PortFramer::Frame::kNoeol ? "noeol:"
                                                              : "data:";
    out.push_back(kind + fr.bytes);
  }
  return out;
}

using V = std::vector<std::string>;

TEST(PortFramingTest, StreamPassesChunksThrough) {
  PortFramer f(0, 0);
  EXPECT_EQ(run(f, {"ab", "", "c"}), (V{"data:ab", "data:c"}));
}

TEST(PortFramingTest, LinesLongerThanTheBufferComeInPieces) {
  // printf 'abc\nabcd\nabcdefgh\n\nab\r\nx' with {line, 3}
  PortFramer f(3, 0);
  EXPECT_EQ(run(f, {"abc\nabcd\nabcdefgh\n\nab\r\nx"}),
            (V{"eol:abc", "noeol:abc", "eol:d", "noeol:abc", "noeol:def", "eol:gh",
               "eol:", "eol:ab", "noeol:x"}));
}

TEST(PortFramingTest, ChunkBoundariesDoNotMatter) {
  PortFramer whole(3, 0), split(3, 0);
  std::string text = "abc\nabcd\nab\r\nx\r";
  V expected = run(whole, {text});
  std::vector<std::string> bytes;
  for (char c : text) bytes.emplace_back(1, c);
  EXPECT_EQ(run(split, bytes), expected);
}

TEST(PortFramingTest, CarriageReturnAloneIsData) {
  // printf 'a\r\nb\rc\n\r' with {line, 10}
  PortFramer f(10, 0);
  EXPECT_EQ(run(f, {"a\r\nb\rc\n\r"}), (V{"eol:a", "eol:b\rc", "noeol:\r"}));
}

TEST(PortFramingTest, FullLineWaitsForTheNextByte) {
  PortFramer f(3, 0);
  EXPECT_EQ(run(f, {"abc"}, false), V{});
  EXPECT_EQ(run(f, {"\n"}), V{"eol:abc"});
}

TEST(PortFramingTest, Packets) {
  PortFramer f(0, 1);
  EXPECT_EQ(run(f, {std::string("\002ab\001", 4), std::string("c\000\005ab", 5)}),
            (V{"data:ab", "data:c", "data:"}));  // the partial packet is dropped
  PortFramer g(0, 2);
  EXPECT_EQ(run(g, {std::string("\000", 1), std::string("\003xy", 3), "z"}),
            (V{"data:xyz"}));
}

TEST(PortFramingTest, PacketHeaders) {
  std::string h;
  EXPECT_TRUE(port_packet_header(2, 5, &h));
  EXPECT_EQ(h, std::string("\000\005", 2));
  h.clear();
  EXPECT_TRUE(port_packet_header(4, 0x01020304, &h));
  EXPECT_EQ(h, "\x01\x02\x03\x04");
  h.clear();
  EXPECT_TRUE(port_packet_header(1, 255, &h));
  EXPECT_FALSE(port_packet_header(1, 256, &h));
}

}  // namespace
}  // namespace beamline
