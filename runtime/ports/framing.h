// What a port makes of the bytes its program writes, and the header it puts
// before what it writes to the program ({packet, N}).
//
//   stream      every read is one {data, Bytes};
//   {packet, N} N-byte big-endian length, then that many bytes: one
//               {data, Bytes} per packet (a partial packet at end of file
//               is dropped);
//   {line, L}   {data, {eol, Line}} per line ("\n" or "\r\n" removed); a
//               line longer than L comes in {noeol, L bytes} pieces before
//               its {eol, Rest}; at end of file what is left is {noeol, Rest}.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace beamline {

class PortFramer {
 public:
  struct Frame {
    enum Kind { kData, kEol, kNoeol } kind;
    std::string bytes;
  };

  PortFramer(size_t line, int packet) : line_(line), packet_(packet) {}

  // Takes bytes read from the program; appends the complete frames.
  void feed(std::string_view bytes, std::vector<Frame>* out);
  // End of file: appends what is left that makes a frame.
  void finish(std::vector<Frame>* out);

 private:
  void feed_lines(std::string_view bytes, std::vector<Frame>* out);
  void feed_packets(std::string_view bytes, std::vector<Frame>* out);

  size_t line_;
  int packet_;
  std::string pending_;  // bytes not yet part of a frame
  std::string current_;  // {line, L}: the line so far (at most L bytes)
};

// The {packet, N} header for `size` bytes of output; false if the size
// does not fit in N bytes.
bool port_packet_header(int packet, size_t size, std::string* out);

}  // namespace beamline
