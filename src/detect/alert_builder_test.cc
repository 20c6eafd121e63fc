#include "detect/alert_builder.h"

#include <gtest/gtest.h>

#include "detect/accounts.h"
#include "detect/catalog.h"
#include "detect/graph_stage.h"

namespace tiphub::detect {
namespace {

// Fires the listed indicators on `id` at their thresholds.
void Fire(AccountTable& table, const std::string& id, std::initializer_list<const char*> ids) {
  AccountState& a = table[table.Intern(id)];
  for (const char* ind : ids) table.Hit(a, ind, table.rules().Threshold(ind) + 1, "test", 1000);
}

TEST(AlertBuilderTest, RolesComeFromTheCatalogsRules) {
  const Rules rules({});
  AccountTable table(rules, {});
  Fire(table, "FUNNEL", {"HT-30", "HT-17"});
  Fire(table, "BOSS", {"HT-31", "HT-05"});
  Fire(table, "VICTIM", {"HT-17", "HT-14"});
  Fire(table, "TRAVEL", {"HT-05", "HT-07"});
  Fire(table, "LAYER", {"ML-01"});
  Fire(table, "SPENDER", {"HT-14"});
  EXPECT_EQ(RoleOf(table[table.Intern("FUNNEL")]).role, "mule");
  EXPECT_EQ(RoleOf(table[table.Intern("BOSS")]).role, "controller");
  const RoleVerdict victim = RoleOf(table[table.Intern("VICTIM")]);
  EXPECT_EQ(victim.role, "victim");
  EXPECT_TRUE(victim.protect);
  EXPECT_EQ(RoleOf(table[table.Intern("TRAVEL")]).role, "controller");
  EXPECT_EQ(RoleOf(table[table.Intern("LAYER")]).role, "mule");
  EXPECT_EQ(RoleOf(table[table.Intern("SPENDER")]).role, "controller");
  // An associate with nothing of its own is taken for a victim, to be protected.
  EXPECT_TRUE(RoleOf(table[table.Intern("NOBODY")]).protect);
  // Every rule names a known indicator.
  for (const RoleRule& r : RoleRules()) {
    for (std::string_view id : SplitIds(r.indicators))
      EXPECT_NE(FindIndicator(id), nullptr) << r.role << " " << id;
  }
}

TEST(AlertBuilderTest, FamiliesAreTheCatalogsVotes) {
  const Rules rules({});
  AccountTable table(rules, {});
  Fire(table, "COLLECTOR", {"HT-34", "HT-35", "HT-17"});
  GraphStage graph;
  graph.Grow(table.size());
  const auto alerts = BuildAlerts(table, graph, {});
  ASSERT_EQ(alerts.size(), 1u);
  EXPECT_EQ(alerts[0].typology, "labour_payroll");  // 2 + 2 against sex_ads' 1
  EXPECT_EQ(alerts[0].accounts[0].role, "mule");
  // Every family an indicator votes for is in the family table.
  for (const IndicatorInfo& info : Catalog()) {
    if (!info.family.empty()) {
      EXPECT_NE(FindFamily(info.family), nullptr) << info.id;
    }
  }
}

TEST(AlertBuilderTest, OnePublishedIndicatorAloneDoesNotAlert) {
  const Rules rules({});
  AccountTable table(rules, {});
  Fire(table, "A", {"HT-30"});  // weight 25, one indicator
  Fire(table, "B", {"ML-03"});  // a typology alerts on its own
  GraphStage graph;
  graph.Grow(table.size());
  const auto alerts = BuildAlerts(table, graph, {});
  ASSERT_EQ(alerts.size(), 1u);
  EXPECT_EQ(alerts[0].accounts[0].account, "B");
  EXPECT_EQ(alerts[0].typology, "cycle");
}

TEST(AlertBuilderTest, DenseFlowBlockIsAnUnsupervisedAlertOfItsOwn) {
  const Rules rules({});
  AccountTable table(rules, {});
  // S pays M1 and M2, who pay D1 and D2: sources, middles and destinations.
  Structure s;
  s.kind = StructureKind::kDenseFlow;
  s.indicator = "ML-15";
  for (const char* id : {"S", "M1", "M2", "D1", "D2"}) s.accounts.push_back(table.Intern(id));
  int n = 0;
  auto flow = [&](const char* from, const char* to) {
    s.flows.push_back(
        {table.Intern(from), table.Intern(to), "T" + std::to_string(++n), 86400L * n});
  };
  for (const char* m : {"M1", "M2"}) {
    flow("S", m);
    flow(m, "D1");
    flow(m, "D2");
  }
  s.density = 1.2;
  s.population_density = 0.4;
  s.count = 5;
  s.first_ts = 86400;
  s.last_ts = 86400L * n;
  GraphStage graph;
  graph.Grow(table.size());
  const auto alerts = BuildAlerts(table, graph, {}, {s});
  ASSERT_EQ(alerts.size(), 1u);
  const Alert& a = alerts[0];
  EXPECT_EQ(a.typology, "dense_flow");
  ASSERT_NE(FindFamily(a.typology), nullptr);
  EXPECT_TRUE(FindFamily(a.typology)->unsupervised);
  EXPECT_EQ(a.accounts.size(), 5u);
  EXPECT_EQ(a.flows.size(), 6u);
  EXPECT_EQ(a.hits.size(), 5u);
  for (const AlertAccount& acc : a.accounts) {
    EXPECT_EQ(acc.role, acc.account[0] == 'M' ? "mule" : "unknown") << acc.account;
  }
  EXPECT_NE(a.summary.find("1 source(s) pay 2 middle account(s) who pay 2 destination(s)"),
            std::string::npos)
      << a.summary;
  EXPECT_NE(a.summary.find("3.0 times denser"), std::string::npos) << a.summary;
  // The block marks no account's hits: the rules do not see it.
  EXPECT_TRUE(table[table.Intern("M1")].hits.empty());
}

}  // namespace
}  // namespace tiphub::detect
