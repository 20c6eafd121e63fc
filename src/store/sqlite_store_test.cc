#include "store/store.h"

#include <gtest/gtest.h>

#include "common/temp_dir.h"

namespace tiphub::store {
namespace {

Transaction Tx(const std::string& id, int64_t ts) {
  Transaction tx;
  tx.id = id;
  tx.time = {ts, -360};
  tx.from_account = "A1";
  tx.to_account = "A2";
  tx.amount = {1250, *Currency::Parse("USD")};
  tx.channel = Channel::kTransfer;
  return tx;
}

TEST(SqliteStoreTest, InsertsDedupesAndReadsInTimeOrder) {
  TempDir dir;
  auto store = OpenSqliteStore(dir.File("w.db"));
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  Store& s = **store;
  ASSERT_TRUE(s.Begin().ok());
  EXPECT_TRUE(*s.InsertTransaction(Tx("T2", 200)));
  EXPECT_TRUE(*s.InsertTransaction(Tx("T1", 100)));
  EXPECT_FALSE(*s.InsertTransaction(Tx("T1", 100)));  // duplicate
  ASSERT_TRUE(s.Commit().ok());
  std::vector<std::string> order;
  ASSERT_TRUE(s.ForEachTransaction([&](const Transaction& tx) {
                 order.push_back(tx.id);
                 EXPECT_EQ(tx.amount.minor, 1250);
                 EXPECT_EQ(tx.time.offset_minutes, -360);
                 return Status::Ok();
               }).ok());
  EXPECT_EQ(order, (std::vector<std::string>{"T1", "T2"}));
  EXPECT_EQ(s.Counts()->transactions, 2);
}

TEST(SqliteStoreTest, UncommittedWorkIsLostCommittedWorkStays) {
  TempDir dir;
  {
    auto store = OpenSqliteStore(dir.File("w.db"));
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE((*store)->Begin().ok());
    ASSERT_TRUE((*store)->InsertTransaction(Tx("T1", 1)).ok());
    ASSERT_TRUE((*store)->Commit().ok());
    ASSERT_TRUE((*store)->Begin().ok());
    ASSERT_TRUE((*store)->InsertTransaction(Tx("T2", 2)).ok());
    // Closed without commit, as if killed.
  }
  auto reopened = OpenSqliteStore(dir.File("w.db"));
  ASSERT_TRUE(reopened.ok());
  EXPECT_EQ((*reopened)->Counts()->transactions, 1);
}

TEST(SqliteStoreTest, AlertsRoundTrip) {
  TempDir dir;
  auto store = OpenSqliteStore(dir.File("w.db"));
  ASSERT_TRUE(store.ok());
  Alert a;
  a.kind = "network";
  a.typology = "sex_ads";
  a.score = 87.5;
  a.accounts = {{"A1", "controller", 90, false}, {"A2", "victim", 70, true}};
  a.hits = {{"HT-05", "A1", 3, 2, "hotels in 3 cities", "FINTRAC-2016-OA003", 10}};
  a.evidence = {"T1", "T2"};
  std::vector<Alert> alerts = {a};
  ASSERT_TRUE((*store)->ReplaceAlerts(alerts).ok());
  auto got = (*store)->GetAlert(alerts[0].id);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->typology, "sex_ads");
  ASSERT_EQ(got->accounts.size(), 2u);
  EXPECT_TRUE(got->accounts[1].protect);
  EXPECT_EQ(got->hits[0].source, "FINTRAC-2016-OA003");
  EXPECT_FALSE((*store)->GetAlert(99).ok());
}

TEST(SqliteStoreTest, NotASqliteFileIsAClearError) {
  TempDir dir;
  FILE* f = std::fopen(dir.File("junk.db").c_str(), "wb");
  std::fputs("this is not a database, just text that is long enough to have a header......", f);
  std::fclose(f);
  auto store = OpenSqliteStore(dir.File("junk.db"));
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("junk.db"), std::string::npos);
}

}  // namespace
}  // namespace tiphub::store
