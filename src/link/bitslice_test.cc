#include "link/bitslice.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

namespace tiphub::link::bitslice {
namespace {

std::vector<uint64_t> RandomRows(size_t n, int words, double density, std::mt19937_64& rng) {
  std::bernoulli_distribution bit(density);
  std::vector<uint64_t> rows(n * static_cast<size_t>(words));
  for (uint64_t& w : rows) {
    for (int b = 0; b < 64; ++b) w |= uint64_t{bit(rng)} << b;
  }
  return rows;
}

bool Bit(const uint64_t* v, size_t i) { return (v[i / 64] >> (i % 64) & 1) != 0; }

TEST(BitsliceTest, SliceTransposesRowsAndNeeds) {
  std::mt19937_64 rng(3);
  for (int words : {1, 3, 16}) {
    const size_t n = 700;  // a full block and a partial one
    const std::vector<uint64_t> rows = RandomRows(n, words, 0.4, rng);
    std::vector<uint32_t> need(n);
    for (uint32_t& x : need) x = static_cast<uint32_t>(rng() % 2048);
    std::vector<uint64_t> out(Blocks(n) * BlockWords(words), 0);
    Slice(rows.data(), need.data(), n, words, out.data());
    const size_t bits = static_cast<size_t>(words) * 64;
    for (size_t i = 0; i < Blocks(n) * kLanes; ++i) {
      const uint64_t* block = out.data() + i / kLanes * BlockWords(words);
      const size_t lane = i % kLanes;
      for (size_t p = 0; p < bits; ++p) {
        const bool want = i < n && Bit(rows.data() + i * static_cast<size_t>(words), p);
        ASSERT_EQ(Bit(block + p * 8, lane), want) << "words " << words << " row " << i;
      }
      ASSERT_FALSE(Bit(block + bits * 8, lane));  // the zero vector
      for (size_t j = 0; j < static_cast<size_t>(kCountBits); ++j) {
        const bool want = i < n && (need[i] >> j & 1) != 0;
        ASSERT_EQ(Bit(block + (bits + 1 + j) * 8, lane), want) << "need bit " << j;
      }
    }
  }
}

TEST(BitsliceTest, QueryOffsetsListSetBitsPaddedWithTheZeroVector) {
  const uint64_t row[2] = {0b1010, uint64_t{1} << 63};
  std::vector<uint32_t> out(2 * 64 + kGroup);
  ASSERT_EQ(QueryOffsets(row, 2, out.data()), kGroup);
  EXPECT_EQ(out[0], 1u * 64);
  EXPECT_EQ(out[1], 3u * 64);
  EXPECT_EQ(out[2], 127u * 64);
  for (size_t i = 3; i < kGroup; ++i) EXPECT_EQ(out[i], 128u * 64);
  const uint64_t empty[2] = {0, 0};
  EXPECT_EQ(QueryOffsets(empty, 2, out.data()), 0u);
}

// Every kernel the processor runs: a lane passes exactly when |query ∧ candidate| >= need + qneed,
// over queries from empty to full and needs on both sides of the count.
TEST(BitsliceTest, KernelsPassExactlyTheLanesThatReachTheirNeed) {
  std::mt19937_64 rng(5);
  std::vector<std::pair<const char*, PassFn>> kernels = {{"portable", PassPortable}};
  if (__builtin_cpu_supports("avx2")) kernels.emplace_back("avx2", PassAvx2);
  if (__builtin_cpu_supports("avx512f")) kernels.emplace_back("avx512", PassAvx512);
  for (int words : {1, 5, 16}) {
    const size_t n = kLanes;
    const size_t bits = static_cast<size_t>(words) * 64;
    std::vector<uint64_t> rows = RandomRows(n, words, 0.5, rng);
    for (int w = 0; w < words; ++w) rows[static_cast<size_t>(w)] = ~uint64_t{0};  // a full row
    std::vector<uint64_t> queries = RandomRows(6, words, 0.45, rng);
    for (int w = 0; w < words; ++w) {
      queries[static_cast<size_t>(w)] = 0;                     // empty
      queries[static_cast<size_t>(words + w)] = ~uint64_t{0};  // full
    }
    for (size_t q = 0; q < 6; ++q) {
      const uint64_t* query = queries.data() + q * static_cast<size_t>(words);
      std::vector<uint32_t> counts(n);
      for (size_t i = 0; i < n; ++i) {
        for (int w = 0; w < words; ++w) {
          counts[i] += static_cast<uint32_t>(__builtin_popcountll(
              query[w] & rows[i * static_cast<size_t>(words) + static_cast<size_t>(w)]));
        }
      }
      const uint32_t qneed = static_cast<uint32_t>(rng() % (bits / 4 + 1));
      std::vector<uint32_t> need(n);
      for (size_t i = 0; i < n; ++i) {
        // Around the count: equal, one above, one below, or anything below 2048.
        const uint32_t around = counts[i] > qneed ? counts[i] - qneed : 0;
        const uint64_t pick = rng() % 4;
        need[i] = pick == 0   ? around
                  : pick == 1 ? around + 1
                  : pick == 2 ? (around > 0 ? around - 1 : 0)
                              : static_cast<uint32_t>(rng() % 2048);
      }
      std::vector<uint64_t> block(BlockWords(words), 0);
      Slice(rows.data(), need.data(), n, words, block.data());
      std::vector<uint32_t> offsets(bits + kGroup);
      const size_t count = QueryOffsets(query, words, offsets.data());
      for (const auto& [name, pass] : kernels) {
        uint64_t lanes[8];
        pass(block.data(), words, offsets.data(), count, qneed, lanes);
        for (size_t i = 0; i < n; ++i) {
          ASSERT_EQ(Bit(lanes, i), counts[i] >= need[i] + qneed)
              << name << " words " << words << " query " << q << " lane " << i << " count "
              << counts[i] << " need " << need[i] << " + " << qneed;
        }
      }
    }
  }
}

}  // namespace
}  // namespace tiphub::link::bitslice
