#include "detect/graph_stage.h"

#include <gtest/gtest.h>

#include "detect/accounts.h"
#include "detect/test_util.h"
#include "detect/window_stage.h"

namespace tiphub::detect {
namespace {

using testing::kDay;
using testing::kStart;
using testing::Tx;

// The window and graph stages over transactions, as the engine runs them.
struct Stages {
  Rules rules{EngineOptions{}};
  AccountTable table{rules, {}};
  WindowStage window;
  GraphStage graph;
  void Feed(const Transaction& tx) {
    const uint32_t from = table.Intern(tx.from_account);
    const uint32_t to = table.Intern(tx.to_account);
    graph.Grow(table.size());
    const TxContext c = MakeTxContext(tx, from, to);
    window.Process(table, tx, from, to, c);
    graph.Process(table, tx, from, to, c);
  }
  const AccountState& operator[](const std::string& id) { return table[table.Intern(id)]; }
  uint32_t Root(const std::string& id) { return graph.PatternRoot(table.Intern(id)); }
};

TEST(GraphStageTest, NewSendersOfSimilarSumsAreOneFanIn) {
  Stages s;
  for (int k = 0; k < 5; ++k)
    s.Feed(Tx("T" + std::to_string(k), kStart + k * 3600, "S" + std::to_string(k), "HUB",
              300'000 + k * 1'000, Channel::kTransfer));
  ASSERT_TRUE(s["HUB"].hits.count("ML-01"));
  EXPECT_EQ(s["HUB"].hits.at("ML-01").value, 5);
  EXPECT_TRUE(s["S0"].hits.count("ML-01"));
  // The hub and its senders are one pattern instance.
  for (int k = 0; k < 5; ++k) EXPECT_EQ(s.Root("S" + std::to_string(k)), s.Root("HUB"));
}

TEST(GraphStageTest, SmallTransfersAndRemittancesStayOutOfTheGraph) {
  Stages s;
  // Under 200: no graph edge, no fan-in however many senders.
  for (int k = 0; k < 8; ++k)
    s.Feed(Tx("T" + std::to_string(k), kStart + k * 3600, "S" + std::to_string(k), "HUB", 15'000,
              Channel::kTransfer));
  EXPECT_FALSE(s["HUB"].hits.count("ML-01"));
  EXPECT_TRUE(s["HUB"].g.in_edges.empty());
}

TEST(GraphStageTest, CycleInTimeOrderJoinsItsAccounts) {
  Stages s;
  s.Feed(Tx("T1", kStart, "A", "B", 1'000'000, Channel::kWire));
  s.Feed(Tx("T2", kStart + kDay, "B", "C", 980'000, Channel::kWire));
  s.Feed(Tx("T3", kStart + 2 * kDay, "C", "A", 960'000, Channel::kWire));
  EXPECT_TRUE(s["A"].hits.count("ML-03"));
  EXPECT_TRUE(s["B"].hits.count("ML-03"));
  EXPECT_EQ(s.Root("B"), s.Root("A"));
  EXPECT_EQ(s.Root("C"), s.Root("A"));
  // The cycle's transfers are the flow evidence of the account whose transfer closed it.
  EXPECT_EQ(s["C"].flow_evidence.size(), 3u);
}

TEST(GraphStageTest, TwoAccountsPayingEachOtherBackAreNotACycle) {
  Stages s;
  s.Feed(Tx("T1", kStart, "A", "B", 1'000'000, Channel::kTransfer));
  s.Feed(Tx("T2", kStart + kDay, "B", "A", 990'000, Channel::kTransfer));
  EXPECT_FALSE(s["A"].hits.count("ML-03"));
}

TEST(GraphStageTest, ScatterGatherThroughIntermediaries) {
  Stages s;
  for (int k = 0; k < 3; ++k) {
    const std::string mid = "M" + std::to_string(k);
    s.Feed(Tx("O" + std::to_string(k), kStart + k * 600, "SRC", mid, 300'000, Channel::kTransfer));
  }
  for (int k = 0; k < 3; ++k) {
    const std::string mid = "M" + std::to_string(k);
    s.Feed(Tx("I" + std::to_string(k), kStart + kDay + k * 600, mid, "SINK", 290'000,
              Channel::kTransfer));
  }
  EXPECT_TRUE(s["SINK"].hits.count("ML-04"));
  EXPECT_TRUE(s["M1"].hits.count("ML-04"));
  EXPECT_EQ(s.Root("SRC"), s.Root("SINK"));
}

TEST(GraphStageTest, StandingOrdersAreWithdrawnAtTheEnd) {
  Stages s;
  int n = 0;
  for (int month = 0; month < 4; ++month) {
    for (int k = 0; k < 5; ++k)
      s.Feed(Tx("R" + std::to_string(n++), kStart + month * 30 * kDay + k * 600,
                "TENANT" + std::to_string(k), "LANDLORD", 100'000 + k * 2'000, Channel::kTransfer));
  }
  // The first month looked like a fan-in until the rent recurred.
  ASSERT_TRUE(s["LANDLORD"].hits.count("ML-01"));
  s.window.CloseAll(s.table);
  s.graph.DropStandingOrderPatterns(s.table, [](uint32_t, uint32_t) { return false; });
  EXPECT_FALSE(s["LANDLORD"].hits.count("ML-01"));
  EXPECT_FALSE(s["TENANT0"].hits.count("ML-01"));
}

}  // namespace
}  // namespace tiphub::detect
