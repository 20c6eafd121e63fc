#include "detect/pattern_stage.h"

#include <gtest/gtest.h>

#include <functional>
#include <random>
#include <string>

#include "detect/accounts.h"
#include "detect/test_util.h"

namespace tiphub::detect {
namespace {

using testing::kDay;
using testing::kStart;
using testing::Tx;

// The pattern stage over transfers, as the engine runs it, in a population of ordinary accounts
// that each make a new relationship now and then (the peers every pattern is judged against).
class PatternStageTest : public ::testing::Test {
 protected:
  void Feed(const std::string& from, const std::string& to, int64_t ts, int64_t minor = 250'000) {
    const Transaction tx = Tx("T" + std::to_string(++n_), ts, from, to, minor, Channel::kTransfer);
    const uint32_t f = table_.Intern(tx.from_account);
    const uint32_t t = table_.Intern(tx.to_account);
    stage_.Grow(table_.size());
    stage_.Process(table_, tx, f, t, MakeTxContext(tx, f, t));
  }
  // 400 ordinary accounts over 120 days: each pays its landlord monthly (a recurring
  // relationship) and someone new about once in 100 days. `during` feeds more on each day, in
  // time order with the population.
  void Population(const std::function<void(int day)>& during = {}) {
    std::mt19937 rng(7);
    for (int day = 0; day < 120; ++day) {
      if (during) during(day);
      for (int k = 0; k < 400; ++k) {
        const std::string me = "P" + std::to_string(k);
        if ((k + day) % 30 == 0) Feed(me, "L" + std::to_string(k % 40), kStart + day * kDay);
        if ((k * 7 + day) % 100 == 0)
          Feed(me, "P" + std::to_string(rng() % 400), kStart + day * kDay + 3600);
      }
    }
  }
  std::vector<Structure> Finish() { return stage_.Finish(table_); }
  bool Hit(const std::string& id, const std::string& indicator) {
    return table_[table_.Intern(id)].hits.count(indicator) > 0;
  }
  static int Count(const std::vector<Structure>& all, StructureKind kind) {
    int n = 0;
    for (const Structure& s : all) n += s.kind == kind;
    return n;
  }

  Rules rules_{EngineOptions{}};
  AccountTable table_{rules_, {}};
  PatternStage stage_;
  int n_ = 0;
};

TEST_F(PatternStageTest, BurstOfNewSendersIsAFanInWithItsFlows) {
  Population();
  // Twelve accounts that never dealt with the collector pay it within six days, at ordinary
  // amounts and whole-day timestamps.
  for (int k = 0; k < 12; ++k)
    Feed("F" + std::to_string(k), "COLLECTOR", kStart + (100 + k / 2) * kDay);
  const auto found = Finish();
  ASSERT_EQ(Count(found, StructureKind::kFanIn), 1);
  for (const Structure& s : found) {
    if (s.kind != StructureKind::kFanIn) continue;
    EXPECT_EQ(s.indicator, "ML-10");
    EXPECT_EQ(table_[s.hub].id, "COLLECTOR");
    EXPECT_EQ(s.count, 12);
    EXPECT_EQ(s.flows.size(), 12u);
    EXPECT_GT(s.surprise, 6);
  }
  EXPECT_TRUE(Hit("COLLECTOR", "ML-10"));
  EXPECT_TRUE(Hit("F0", "ML-10"));
  EXPECT_FALSE(Hit("P1", "ML-10"));
  EXPECT_FALSE(Hit("L1", "ML-10"));  // ten tenants, each of them every month: recurring
}

TEST_F(PatternStageTest, NewSendersWhoKeepPayingAreTenantsNotAFanIn) {
  Population();
  // The same twelve new senders, but they pay every month: rent, not a burst.
  for (int month = 0; month < 3; ++month) {
    for (int k = 0; k < 12; ++k)
      Feed("F" + std::to_string(k), "LANDLORD", kStart + (30 * month + 40 + k / 2) * kDay);
  }
  const auto found = Finish();
  EXPECT_EQ(Count(found, StructureKind::kFanIn), 0);
  EXPECT_FALSE(Hit("LANDLORD", "ML-10"));
  EXPECT_TRUE(stage_.Recurring(table_.Intern("F0"), table_.Intern("LANDLORD")));
}

TEST_F(PatternStageTest, AnAccountThatAlwaysGetsNewSendersIsItsOwnNormal) {
  Population();
  // A shop: three new customers every day for the whole scan; a week of them is no burst.
  int c = 0;
  for (int day = 0; day < 120; ++day) {
    for (int k = 0; k < 3; ++k) Feed("C" + std::to_string(c++), "SHOP", kStart + day * kDay);
  }
  const auto found = Finish();
  EXPECT_EQ(Count(found, StructureKind::kFanIn), 0);
  EXPECT_FALSE(Hit("SHOP", "ML-10"));
}

TEST_F(PatternStageTest, CycleOfNewRelationshipsInAnyTimeOrder) {
  // X0 -> X1 -> ... -> X7 -> X0 over eight days; the links are not made in ring order. Three
  // accounts paying one another round once is what chance relationships do too.
  Population([&](int day) {
    const int order[] = {2, 0, 5, 3, 1, 7, 4, 6};
    if (day >= 90 && day < 98) {
      const int k = order[day - 90];
      Feed("X" + std::to_string(k), "X" + std::to_string((k + 1) % 8), kStart + day * kDay);
    }
    if (day == 60) Feed("Y0", "Y1", kStart + day * kDay);
    if (day == 61) Feed("Y2", "Y0", kStart + day * kDay);
    if (day == 62) Feed("Y1", "Y2", kStart + day * kDay);
  });
  const auto found = Finish();
  ASSERT_EQ(Count(found, StructureKind::kCycle), 1);
  for (const Structure& s : found) {
    if (s.kind != StructureKind::kCycle) continue;
    EXPECT_EQ(s.count, 8);
    EXPECT_EQ(s.flows.size(), 8u);
  }
  for (int k = 0; k < 8; ++k) EXPECT_TRUE(Hit("X" + std::to_string(k), "ML-12"));
  EXPECT_FALSE(Hit("Y0", "ML-12"));
}

TEST_F(PatternStageTest, CycleInTimeOrderIsRarerThanTheSameCycleShuffled) {
  // Five accounts pass money on round the ring, one a day: time order makes it hold.
  Population([&](int day) {
    if (day >= 70 && day < 75) {
      const int k = day - 70;
      Feed("Z" + std::to_string(k), "Z" + std::to_string((k + 1) % 5), kStart + day * kDay);
    }
  });
  const auto found = Finish();
  ASSERT_EQ(Count(found, StructureKind::kCycle), 1);
  for (int k = 0; k < 5; ++k) EXPECT_TRUE(Hit("Z" + std::to_string(k), "ML-12"));
}

TEST_F(PatternStageTest, ParallelPathsThroughIntermediariesAreLayered) {
  Population();
  // SRC pays four new intermediaries, each of which pays DST within days: scatter-gather.
  for (int k = 0; k < 4; ++k) {
    const std::string mid = "M" + std::to_string(k);
    Feed("SRC", mid, kStart + (80 + k) * kDay);
    Feed(mid, "DST", kStart + (82 + k) * kDay);
  }
  const auto found = Finish();
  ASSERT_GE(Count(found, StructureKind::kLayered), 1);
  EXPECT_TRUE(Hit("SRC", "ML-13"));
  EXPECT_TRUE(Hit("DST", "ML-13"));
  EXPECT_TRUE(Hit("M2", "ML-13"));
  EXPECT_FALSE(Hit("P3", "ML-13"));
}

TEST_F(PatternStageTest, StackOfLayersIsADenseFlowBlockWithoutHits) {
  // Three sources each pay three new middles, which each pay three new destinations, over ten
  // days: 18 one-off relationships among 9 accounts. Chance relationships of the population form
  // chains and single cycles at most.
  Population([&](int day) {
    if (day < 80 || day >= 90) return;
    const int k = day - 80;
    if (k < 9) {
      const std::string src = "S" + std::to_string(k / 3), mid = "M" + std::to_string(k % 3);
      Feed(src, mid, kStart + day * kDay);
      Feed(mid, "D" + std::to_string(k / 3), kStart + day * kDay + 60);
    }
  });
  const auto found = Finish();
  ASSERT_EQ(Count(found, StructureKind::kDenseFlow), 1);
  for (const Structure& s : found) {
    if (s.kind != StructureKind::kDenseFlow) continue;
    EXPECT_EQ(s.count, 9);
    EXPECT_EQ(s.flows.size(), 18u);
    EXPECT_DOUBLE_EQ(s.density, 2.0);
    EXPECT_LT(s.population_density, 1.0);
  }
  // The unsupervised layer marks no account: it is judged on its own alerts.
  EXPECT_FALSE(Hit("M1", "ML-15"));
}

TEST(PoissonSurpriseTest, GrowsWithTheCountAndIsCapped) {
  EXPECT_NEAR(PoissonSurprise(0, 1.0), 0.0, 1e-9);
  EXPECT_LT(PoissonSurprise(2, 1.0), PoissonSurprise(5, 1.0));
  EXPECT_GT(PoissonSurprise(12, 0.5), 8.0);
  EXPECT_LE(PoissonSurprise(500, 0.01), 30.0);
}

}  // namespace
}  // namespace tiphub::detect
