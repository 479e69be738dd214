// MD5 message digest (RFC 1321), incremental.
//
// The context layout mirrors the RFC's reference MD5_CTX (state[4],
// count[2] in bits, buffer[64]); md5_context_to_bytes() serialises it to the
// 88-byte little-endian form erl hands out from erlang:md5_init/0 and
// md5_update/2, so contexts are the same size and shape as erl's.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace beamline {

struct Md5Context {
  uint32_t state[4];
  uint32_t count[2];  // message length in bits, mod 2^64 (low word first)
  uint8_t buffer[64];
};

inline constexpr size_t kMd5DigestSize = 16;
inline constexpr size_t kMd5ContextBytes = 88;

void md5_init(Md5Context* ctx);
void md5_update(Md5Context* ctx, const void* data, size_t len);
// Writes the 16-byte digest. The context is left finalised (re-init to reuse).
void md5_final(Md5Context* ctx, uint8_t digest[kMd5DigestSize]);

// One-shot helpers.
void md5_digest(const void* data, size_t len, uint8_t digest[kMd5DigestSize]);
std::string md5_digest(std::string_view data);  // 16 raw bytes

// erl's 88-byte context binary form.
void md5_context_to_bytes(const Md5Context& ctx, uint8_t out[kMd5ContextBytes]);
// False if `len` is not kMd5ContextBytes.
bool md5_context_from_bytes(const uint8_t* bytes, size_t len, Md5Context* ctx);

}  // namespace beamline
