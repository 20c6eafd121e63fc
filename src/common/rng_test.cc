#include "common/rng.h"

#include <gtest/gtest.h>

#include <cmath>

namespace tiphub {
namespace {

TEST(RngTest, SameSeedSameSequence) {
  Rng a(42), b(42), c(43);
  bool differs = false;
  for (int idx = 0; idx < 100; ++idx) {
    uint64_t x = a.Next();
    EXPECT_EQ(x, b.Next());
    differs |= x != c.Next();
  }
  EXPECT_TRUE(differs);
}

TEST(RngTest, KnownFirstValueIsStableAcrossPlatforms) {
  // Pinning the first output guards against accidental changes that would alter every world.
  // The values are xoshiro256** seeded through SplitMix64 as implemented here; a change to either
  // changes every simulated world.
  EXPECT_EQ(Rng(1).Next(), 18001451845637162709ULL);
  EXPECT_EQ(Rng::Stream(1, 2, 3).Next(), 5092767675237578247ULL);
  EXPECT_NE(Rng::Stream(1, 2, 3).Next(), Rng::Stream(1, 3, 2).Next());
}

TEST(RngTest, UniformStaysInRangeAndCoversIt) {
  Rng rng(7);
  int counts[6] = {};
  for (int idx = 0; idx < 60'000; ++idx) {
    uint64_t v = rng.Uniform(6);
    ASSERT_LT(v, 6u);
    ++counts[v];
  }
  for (int c : counts) EXPECT_NEAR(c, 10'000, 500);
  for (int idx = 0; idx < 1000; ++idx) {
    int64_t v = rng.UniformInt(-3, 3);
    EXPECT_GE(v, -3);
    EXPECT_LE(v, 3);
  }
}

TEST(RngTest, DistributionMeans) {
  Rng rng(11);
  double normal_sum = 0, poisson_sum = 0, exp_sum = 0;
  const int n = 50'000;
  for (int idx = 0; idx < n; ++idx) {
    normal_sum += rng.Normal(10, 2);
    poisson_sum += static_cast<double>(rng.Poisson(3.5));
    exp_sum += rng.Exponential(0.5);
  }
  EXPECT_NEAR(normal_sum / n, 10, 0.05);
  EXPECT_NEAR(poisson_sum / n, 3.5, 0.05);
  EXPECT_NEAR(exp_sum / n, 2.0, 0.05);
}

TEST(RngTest, WeightedPickerFollowsWeights) {
  const double weights[] = {1, 0, 3};
  WeightedPicker picker(weights);
  Rng rng(3);
  int counts[3] = {};
  for (int idx = 0; idx < 40'000; ++idx) ++counts[picker.Pick(rng)];
  EXPECT_EQ(counts[1], 0);
  EXPECT_NEAR(counts[2] / static_cast<double>(counts[0]), 3.0, 0.15);
}

}  // namespace
}  // namespace tiphub
