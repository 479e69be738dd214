// MD5 (RFC 1321), written from the RFC's description of the algorithm.
#include "runtime/util/md5.h"

#include <cstring>

namespace beamline {
namespace {

// K[i] = floor(2^32 * |sin(i + 1)|), i in 0..63 (RFC 1321, section 3.4).
constexpr uint32_t kSine[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a,
    0xa8304613, 0xfd469501, 0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be,
    0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340,
    0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8,
    0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c,
    0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa,
    0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92,
    0xffeff47d, 0x85845dd1, 0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1,
    0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391};

// Per-round left-rotation amounts (four per round, repeated).
constexpr int kShift[4][4] = {
    {7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};

inline uint32_t rotl(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }

inline uint32_t load_le32(const uint8_t* p) {
  return uint32_t(p[0]) | (uint32_t(p[1]) << 8) | (uint32_t(p[2]) << 16) |
         (uint32_t(p[3]) << 24);
}
inline void store_le32(uint8_t* p, uint32_t v) {
  p[0] = uint8_t(v);
  p[1] = uint8_t(v >> 8);
  p[2] = uint8_t(v >> 16);
  p[3] = uint8_t(v >> 24);
}

// Processes one 64-byte block.
void transform(uint32_t state[4], const uint8_t block[64]) {
  uint32_t x[16];
  for (int i = 0; i < 16; i++) x[i] = load_le32(block + 4 * i);
  uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
  for (int i = 0; i < 64; i++) {
    int round = i / 16;
    uint32_t f;
    int g;
    switch (round) {
      case 0:
        f = (b & c) | (~b & d);
        g = i;
        break;
      case 1:
        f = (b & d) | (c & ~d);
        g = (5 * i + 1) % 16;
        break;
      case 2:
        f = b ^ c ^ d;
        g = (3 * i + 5) % 16;
        break;
      default:
        f = c ^ (b | ~d);
        g = (7 * i) % 16;
        break;
    }
    uint32_t sum = a + f + kSine[i] + x[g];
    a = d;
    d = c;
    c = b;
    b = b + rotl(sum, kShift[round][i % 4]);
  }
  state[0] += a;
  state[1] += b;
  state[2] += c;
  state[3] += d;
}

}  // namespace

void md5_init(Md5Context* ctx) {
  ctx->state[0] = 0x67452301;
  ctx->state[1] = 0xefcdab89;
  ctx->state[2] = 0x98badcfe;
  ctx->state[3] = 0x10325476;
  ctx->count[0] = ctx->count[1] = 0;
  std::memset(ctx->buffer, 0, sizeof ctx->buffer);
}

void md5_update(Md5Context* ctx, const void* data, size_t len) {
  const uint8_t* in = static_cast<const uint8_t*>(data);
  uint64_t bits = (uint64_t(ctx->count[1]) << 32) | ctx->count[0];
  size_t used = size_t((bits >> 3) & 63);  // bytes already in the buffer
  bits += uint64_t(len) << 3;
  ctx->count[0] = uint32_t(bits);
  ctx->count[1] = uint32_t(bits >> 32);

  if (used) {
    size_t take = 64 - used;
    if (len < take) {
      std::memcpy(ctx->buffer + used, in, len);
      return;
    }
    std::memcpy(ctx->buffer + used, in, take);
    transform(ctx->state, ctx->buffer);
    in += take;
    len -= take;
  }
  while (len >= 64) {
    transform(ctx->state, in);
    in += 64;
    len -= 64;
  }
  if (len) std::memcpy(ctx->buffer, in, len);
}

void md5_final(Md5Context* ctx, uint8_t digest[kMd5DigestSize]) {
  uint8_t length_le[8];
  store_le32(length_le, ctx->count[0]);
  store_le32(length_le + 4, ctx->count[1]);
  // Pad with 0x80 then zeros up to 56 mod 64, then the 64-bit bit length.
  size_t used = size_t((ctx->count[0] >> 3) & 63);
  size_t pad = used < 56 ? 56 - used : 120 - used;
  uint8_t padding[64] = {0x80};
  md5_update(ctx, padding, pad);
  md5_update(ctx, length_le, 8);
  for (int i = 0; i < 4; i++) store_le32(digest + 4 * i, ctx->state[i]);
}

void md5_digest(const void* data, size_t len, uint8_t digest[kMd5DigestSize]) {
  Md5Context ctx;
  md5_init(&ctx);
  md5_update(&ctx, data, len);
  md5_final(&ctx, digest);
}

std::string md5_digest(std::string_view data) {
  uint8_t d[kMd5DigestSize];
  md5_digest(data.data(), data.size(), d);
  return std::string(reinterpret_cast<const char*>(d), kMd5DigestSize);
}

void md5_context_to_bytes(const Md5Context& ctx,
                          uint8_t out[kMd5ContextBytes]) {
  for (int i = 0; i < 4; i++) store_le32(out + 4 * i, ctx.state[i]);
  store_le32(out + 16, ctx.count[0]);
  store_le32(out + 20, ctx.count[1]);
  std::memcpy(out + 24, ctx.buffer, 64);
}

bool md5_context_from_bytes(const uint8_t* bytes, size_t len,
                            Md5Context* ctx) {
  if (len != kMd5ContextBytes) return false;
  for (int i = 0; i < 4; i++) ctx->state[i] = load_le32(bytes + 4 * i);
  ctx->count[0] = load_le32(bytes + 16);
  ctx->count[1] = load_le32(bytes + 20);
  std::memcpy(ctx->buffer, bytes + 24, 64);
  return true;
}

}  // namespace beamline
