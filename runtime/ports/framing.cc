#include "runtime/ports/framing.h"

#include <cstdint>

namespace beamline {

void PortFramer::feed(std::string_view bytes, std::vector<Frame>* out) {
  if (line_) {
    feed_lines(bytes, out);
  } else if (packet_) {
    feed_packets(bytes, out);
  } else if (!bytes.empty()) {
    out->push_back({Frame::kData, std::string(bytes)});
  }
}

// As erts's line buffer: a newline (or "\r\n") ends the line even when the
// buffer is full; a full buffer followed by anything else is sent as noeol.
// A "\r" at the end of the input waits for the next byte.
void PortFramer::feed_lines(std::string_view bytes, std::vector<Frame>* out) {
  pending_.append(bytes);
  size_t i = 0, n = pending_.size();
  while (i < n) {
    char c = pending_[i];
    if (c == '\n') {
      out->push_back({Frame::kEol, std::move(current_)});
      current_.clear();
      i++;
      continue;
    }
    if (c == '\r') {
      if (i + 1 == n) break;  // "\r\n" or not: decided by the next byte
      if (pending_[i + 1] == '\n') {
        out->push_back({Frame::kEol, std::move(current_)});
        current_.clear();
        i += 2;
        continue;
      }
    }
    if (current_.size() == line_) {
      out->push_back({Frame::kNoeol, std::move(current_)});
      current_.clear();
    }
    current_.push_back(c);
    i++;
  }
  pending_.erase(0, i);
}

void PortFramer::feed_packets(std::string_view bytes, std::vector<Frame>* out) {
  pending_.append(bytes);
  size_t pos = 0;
  const size_t header = size_t(packet_);
  while (pending_.size() - pos >= header) {
    uint64_t len = 0;
    for (size_t k = 0; k < header; k++) {
      len = (len << 8) | static_cast<unsigned char>(pending_[pos + k]);
    }
    if (pending_.size() - pos - header < len) break;
    out->push_back({Frame::kData, pending_.substr(pos + header, len)});
    pos += header + len;
  }
  pending_.erase(0, pos);
}

void PortFramer::finish(std::vector<Frame>* out) {
  if (line_) {
    // A last "\r" is data.
    for (char c : pending_) {
      if (current_.size() == line_) {
        out->push_back({Frame::kNoeol, std::move(current_)});
        current_.clear();
      }
      current_.push_back(c);
    }
    pending_.clear();
    if (!current_.empty()) {
      out->push_back({Frame::kNoeol, std::move(current_)});
      current_.clear();
    }
  }
  pending_.clear();
}

bool port_packet_header(int packet, size_t size, std::string* out) {
  if (packet < 8 && uint64_t(size) >> (8 * packet)) return false;
  for (int k = packet - 1; k >= 0; k--) {
    out->push_back(char((uint64_t(size) >> (8 * k)) & 0xFF));
  }
  return true;
}

}  // namespace beamline
