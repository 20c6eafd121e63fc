#include "detect/dense_flow.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

namespace tiphub::detect {
namespace {

using Arcs = std::vector<std::pair<uint32_t, uint32_t>>;

TEST(DenseFlowTest, FindsAStackAmongChainsAndCycles) {
  Arcs arcs;
  // A chain 0 -> 1 -> ... -> 9 and a cycle 10 -> ... -> 15 -> 10: one relationship per account
  // at most, what chance relationships form.
  for (uint32_t k = 0; k < 9; ++k) arcs.emplace_back(k, k + 1);
  for (uint32_t k = 10; k < 16; ++k) arcs.emplace_back(k, k == 15 ? 10 : k + 1);
  // A stack: sources 20-22 each pay middles 23-25, which each pay destinations 26-28.
  for (uint32_t s = 20; s < 23; ++s) {
    for (uint32_t m = 23; m < 26; ++m) arcs.emplace_back(s, m);
  }
  for (uint32_t m = 23; m < 26; ++m) {
    for (uint32_t d = 26; d < 29; ++d) arcs.emplace_back(m, d);
  }
  // Joined to the chain by one payment: the block must not take the chain along.
  arcs.emplace_back(9, 20);
  const auto blocks = DenseBlocks(30, arcs, 1.1, 4, 50);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].nodes, (std::vector<uint32_t>{20, 21, 22, 23, 24, 25, 26, 27, 28}));
  EXPECT_EQ(blocks[0].relationships, 18u);
  EXPECT_DOUBLE_EQ(blocks[0].density, 2.0);
}

TEST(DenseFlowTest, PairsCountOnceAndBadArcsAreIgnored) {
  // Four accounts paying one another back and forth many times: six relationships, not more.
  Arcs arcs;
  for (int round = 0; round < 5; ++round) {
    for (uint32_t a = 0; a < 4; ++a) {
      for (uint32_t b = 0; b < 4; ++b) arcs.emplace_back(a, b);  // loops included
    }
  }
  arcs.emplace_back(2, 99);  // out of range
  const auto blocks = DenseBlocks(4, arcs, 1.1, 4, 50);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].relationships, 6u);
  EXPECT_DOUBLE_EQ(blocks[0].density, 1.5);
}

TEST(DenseFlowTest, SeveralBlocksDensestFirstAndOversizedOnesLeftOut) {
  Arcs arcs;
  auto clique = [&](uint32_t first, uint32_t size) {
    for (uint32_t a = first; a < first + size; ++a) {
      for (uint32_t b = a + 1; b < first + size; ++b) arcs.emplace_back(a, b);
    }
  };
  clique(0, 5);    // density 2
  clique(10, 4);   // density 1.5
  clique(20, 12);  // density 5.5, but above the 10-node cap
  arcs.emplace_back(4, 10);
  const auto blocks = DenseBlocks(40, arcs, 1.1, 4, 10);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].nodes.size(), 5u);
  EXPECT_EQ(blocks[1].nodes.size(), 4u);
  EXPECT_GT(blocks[0].density, blocks[1].density);
}

TEST(DenseFlowTest, SparseRandomRelationshipsHoldNoBlock) {
  // 5,000 accounts with 0.5 chance relationships each: trees and a few single cycles.
  std::mt19937 rng(11);
  Arcs arcs;
  for (int k = 0; k < 2'500; ++k) arcs.emplace_back(rng() % 5'000, rng() % 5'000);
  EXPECT_TRUE(DenseBlocks(5'000, arcs, 1.1, 4, 50).empty());
  EXPECT_TRUE(DenseBlocks(0, {}, 1.1, 4, 50).empty());
}

}  // namespace
}  // namespace tiphub::detect
