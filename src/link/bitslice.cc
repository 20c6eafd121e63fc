#include "link/bitslice.h"

#include "link/bitslice_kernel.h"

namespace tiphub::link::bitslice {
namespace {

typedef uint64_t Vec128 __attribute__((vector_size(16)));

// Transposes a 64 × 64 bit matrix in place: afterwards bit c of m[r] is what bit r of m[c] was.
// Six rounds of swapping off-diagonal blocks (32 × 32, then 16 × 16, ...).
void Transpose64(uint64_t* m) {
  uint64_t mask = 0x00000000FFFFFFFFull;
  for (unsigned j = 32; j != 0; j >>= 1, mask ^= mask << j) {
    for (unsigned k = 0; k < 64; k = ((k | j) + 1) & ~j) {
      const uint64_t t = ((m[k] >> j) ^ m[k | j]) & mask;
      m[k | j] ^= t;
      m[k] ^= t << j;
    }
  }
}

}  // namespace

void Slice(const uint64_t* rows, const uint32_t* need, size_t n, int words, uint64_t* out) {
  const size_t stride = BlockWords(words);
  const auto nwords = static_cast<size_t>(words);
  uint64_t m[64];
  // 64 candidates (one word of each vector) at a time: one 64 × 64 transpose per filter word.
  for (size_t first = 0; first < n; first += 64) {
    uint64_t* block = out + first / kLanes * stride;
    const size_t lane_word = first % kLanes / 64;
    const size_t rows_here = n - first < 64 ? n - first : 64;
    for (size_t w = 0; w <= nwords; ++w) {
      // Word `nwords` stands for the needs, whose vectors follow the zero vector.
      for (size_t r = 0; r < 64; ++r) {
        if (r >= rows_here) {
          m[r] = 0;
        } else {
          m[r] = w < nwords ? rows[(first + r) * nwords + w] : need[first + r];
        }
      }
      Transpose64(m);
      const size_t vector0 = w < nwords ? w * 64 : nwords * 64 + 1;
      const size_t count = w < nwords ? 64 : static_cast<size_t>(kCountBits);
      for (size_t p = 0; p < count; ++p) block[(vector0 + p) * 8 + lane_word] = m[p];
    }
  }
}

size_t QueryOffsets(const uint64_t* row, int words, uint32_t* out) {
  // Byte by byte without branches on the bits: the byte's set-bit positions from a table, eight
  // written every time, the count advanced by the byte's popcount.
  static const auto kPositions = [] {
    struct Table {
      uint8_t at[256][8];
    } t{};
    for (unsigned b = 0; b < 256; ++b) {
      unsigned n = 0;
      for (unsigned i = 0; i < 8; ++i) {
        if ((b >> i & 1) != 0) t.at[b][n++] = static_cast<uint8_t>(i);
      }
    }
    return t;
  }();
  size_t n = 0;
  const size_t bytes = static_cast<size_t>(words) * 8;
  for (size_t i = 0; i < bytes; ++i) {
    const auto byte = static_cast<uint8_t>(row[i / 8] >> (i % 8 * 8));
    const auto base = static_cast<uint32_t>(i * 8);
    uint32_t* dst = out + n;
    for (size_t k = 0; k < 8; ++k) dst[k] = (base + kPositions.at[byte][k]) * 64;
    n += static_cast<size_t>(__builtin_popcount(byte));
  }
  const auto zero = static_cast<uint32_t>(words) * 64 * 64;
  while (n % kGroup != 0) out[n++] = zero;
  return n;
}

void PassPortable(const uint64_t* block, int words, const uint32_t* offsets, size_t count,
                  uint32_t qneed, uint64_t* pass) {
  Pass<VectorOps<Vec128>>(block, words, offsets, count, qneed, pass);
}

}  // namespace tiphub::link::bitslice
