#include "detect/window_stage.h"

#include <gtest/gtest.h>

#include "detect/accounts.h"
#include "detect/test_util.h"
#include "model/mcc.h"

namespace tiphub::detect {
namespace {

using testing::kDay;
using testing::kStart;
using testing::Tx;

// Feeds `tx` to the window stage as the engine would.
void Feed(AccountTable& table, WindowStage& stage, const Transaction& tx) {
  const uint32_t from = table.Intern(tx.from_account);
  const uint32_t to = table.Intern(tx.to_account);
  stage.Process(table, tx, from, to, MakeTxContext(tx, from, to));
}

TEST(WindowStageTest, HotelsInSeveralCitiesFireWhenTheWindowCloses) {
  const Rules rules({});
  AccountTable table(rules, {});
  WindowStage stage;
  const char* cities[] = {"Houston", "Miami", "Atlanta", "Chicago"};
  for (int k = 0; k < 4; ++k) {
    Feed(table, stage,
         Tx("H" + std::to_string(k), kStart + k * kDay + 15 * 3600, "V", "HOTEL", 15'000,
            Channel::kCard, mcc::kLodging, cities[k]));
  }
  const AccountState& v = table[table.Intern("V")];
  EXPECT_TRUE(v.hits.empty());  // nothing is judged before the window closes
  stage.CloseAll(table);
  ASSERT_TRUE(v.hits.count("HT-05"));
  EXPECT_EQ(v.hits.at("HT-05").value, 4);
  EXPECT_EQ(v.hits.at("HT-05").source, "FINTRAC-2016-OA003 (Dec 2016)");
  // The lodging payments are the evidence of the published indicator.
  EXPECT_EQ(v.evidence.size(), 4u);
}

TEST(WindowStageTest, CountersStartAgainInEachWindow) {
  const Rules rules({});
  AccountTable table(rules, {});
  WindowStage stage;
  // Two cities late in one 30-day window, two early in the next: three in no single window.
  const int64_t window = 30 * kDay;
  const int64_t boundary = (kStart / window + 1) * window;
  const char* cities[] = {"Houston", "Miami", "Atlanta", "Chicago"};
  for (int k = 0; k < 4; ++k) {
    const int64_t ts = k < 2 ? boundary - (2 - k) * kDay : boundary + (k - 1) * kDay;
    Feed(table, stage,
         Tx("H" + std::to_string(k), ts, "V", "HOTEL", 15'000, Channel::kCard, mcc::kLodging,
            cities[k]));
  }
  stage.CloseAll(table);
  EXPECT_FALSE(table[table.Intern("V")].hits.count("HT-05"));
}

TEST(WindowStageTest, RelationshipsAreCountedAcrossWindows) {
  const Rules rules({});
  AccountTable table(rules, {});
  WindowStage stage;
  // Rent once a month for three months, and three transfers in one week to a friend.
  for (int month = 0; month < 3; ++month) {
    Feed(table, stage,
         Tx("R" + std::to_string(month), kStart + month * 30 * kDay, "TENANT", "LANDLORD", 90'000,
            Channel::kTransfer));
  }
  for (int k = 0; k < 3; ++k) {
    Feed(table, stage,
         Tx("F" + std::to_string(k), kStart + 70 * kDay + k * kDay, "TENANT", "FRIEND", 5'000,
            Channel::kTransfer));
  }
  stage.CloseAll(table);
  const AccountState& tenant = table[table.Intern("TENANT")];
  const uint32_t landlord = table.Intern("LANDLORD"), friend_ = table.Intern("FRIEND");
  EXPECT_EQ(tenant.link_windows.Get(landlord), 3);
  EXPECT_EQ(tenant.links.Get(landlord), 1);  // never more than one in a window
  EXPECT_EQ(tenant.link_windows.Get(friend_), 1);
  EXPECT_EQ(tenant.links.Get(friend_), 3);
}

TEST(WindowStageTest, NightShareNeedsTenTransactions) {
  const int64_t window = 30 * kDay;
  const int64_t start = (kStart / window + 1) * window;  // all in one window
  const Rules rules({});
  AccountTable table(rules, {});
  WindowStage stage;
  // 23:00 local (UTC-6) is 05:00 UTC the next day.
  for (int k = 0; k < 9; ++k) {
    Feed(table, stage,
         Tx("N" + std::to_string(k), start + k * kDay + 29 * 3600, "OWL", "SHOP", 2'000,
            Channel::kCard, 5411));
  }
  stage.CloseAll(table);
  EXPECT_FALSE(table[table.Intern("OWL")].hits.count("HT-14"));
  AccountTable more(rules, {});
  WindowStage again;
  for (int k = 0; k < 10; ++k) {
    Feed(more, again,
         Tx("N" + std::to_string(k), start + k * kDay + 29 * 3600, "OWL", "SHOP", 2'000,
            Channel::kCard, 5411));
  }
  again.CloseAll(more);
  EXPECT_TRUE(more[more.Intern("OWL")].hits.count("HT-14"));
}

}  // namespace
}  // namespace tiphub::detect
