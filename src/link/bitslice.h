// Bit-sliced Dice prefilter, internal to src/link (match.cc's all-pairs search).
//
// Candidates are stored in blocks of kLanes = 512: vector v of a block (512 bits, eight words)
// holds bit v of each of the block's candidates (lane c is candidate c). A query's counts
// |query ∧ candidate| against the whole block are then the sum, over the query's set bits only, of
// those vectors, kept as a bit-sliced binary counter with carry-save adders (two ternary-logic
// operations per vector with AVX-512, five plain ones otherwise): a query's zero bits cost nothing
// and no popcount instruction is needed. A lane passes when its count reaches the candidate's need
// (stored bit-sliced in the block) plus the query's; callers confirm passing lanes exactly.
//
// The kernels are compiled in their own translation units, each for one instruction set
// (bitslice_avx512.cc, bitslice_avx2.cc; the portable one in bitslice.cc) and chosen at run time.
// Thread safety: all functions are pure; blocks are read-only once sliced.
#ifndef TIPHUB_LINK_BITSLICE_H_
#define TIPHUB_LINK_BITSLICE_H_

#include <cstddef>
#include <cstdint>

namespace tiphub::link::bitslice {

inline constexpr size_t kLanes = 512;  // candidates per block, one bit each per vector
inline constexpr int kCountBits = 12;  // counts and needs below 4096
inline constexpr int kMaxWords = 63;   // filters of up to 4,032 bits
inline constexpr size_t kGroup = 32;   // query offsets come in multiples of this

// A block: words * 64 bit vectors, one zero vector (pads query offsets), then kCountBits vectors
// with bit j of each candidate's need. Eight 64-bit words per vector.
constexpr size_t BlockWords(int words) {
  return (static_cast<size_t>(words) * 64 + 1 + kCountBits) * 8;
}
constexpr size_t Blocks(size_t n) { return (n + kLanes - 1) / kLanes; }

// Writes n row-major filters of `words` words (words <= kMaxWords) and their needs (< 2048) into
// `out`: Blocks(n) * BlockWords(words) words, zeroed by the caller. Lanes past n stay empty.
void Slice(const uint64_t* rows, const uint32_t* need, size_t n, int words, uint64_t* out);

// Writes the byte offsets within a block of the set bits of `row`, padded with the zero vector's
// to a multiple of kGroup, to out (room for words * 64 + kGroup); returns how many it wrote. Words
// past the count may be overwritten up to that room.
size_t QueryOffsets(const uint64_t* row, int words, uint32_t* out);

// Sets pass[0..8) to the lanes of `block` whose count over the query's `count` offsets is at least
// the candidate's need plus `qneed` (< 2048). `count` is a multiple of kGroup.
using PassFn = void (*)(const uint64_t* block, int words, const uint32_t* offsets, size_t count,
                        uint32_t qneed, uint64_t* pass);

void PassAvx512(const uint64_t* block, int words, const uint32_t* offsets, size_t count,
                uint32_t qneed, uint64_t* pass);  // AVX-512F
void PassAvx2(const uint64_t* block, int words, const uint32_t* offsets, size_t count,
              uint32_t qneed, uint64_t* pass);  // AVX2
void PassPortable(const uint64_t* block, int words, const uint32_t* offsets, size_t count,
                  uint32_t qneed, uint64_t* pass);  // 128-bit vectors of the base instruction set

}  // namespace tiphub::link::bitslice

#endif  // TIPHUB_LINK_BITSLICE_H_
