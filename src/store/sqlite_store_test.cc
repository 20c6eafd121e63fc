#include "store/store.h"

#include <sqlite3.h>

#include <gtest/gtest.h>

#include <set>

#include <fmt/format.h>

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

// Bulk inserts go in by multi-row statements (full groups) and one by one (the rest), in order;
// duplicates among them, inside one statement or against stored rows, are not new.
TEST(SqliteStoreTest, BulkInsertsKeepOrderAndCountNewRows) {
  TempDir dir;
  auto store = OpenSqliteStore(dir.File("w.db"));
  ASSERT_TRUE(store.ok());
  Store& s = **store;
  ASSERT_TRUE(s.Begin().ok());
  ASSERT_TRUE(s.InsertTransaction(Tx("T5", 5)).ok());
  std::vector<Transaction> txs;
  for (int i = 0; i < 75; ++i) txs.push_back(Tx("T" + std::to_string(i % 60), 1000));
  auto inserted = s.InsertTransactions(txs);  // T0-T14 twice, T5 stored before
  ASSERT_TRUE(inserted.ok()) << inserted.status().ToString();
  EXPECT_EQ(*inserted, 59);
  ASSERT_TRUE(s.Commit().ok());
  EXPECT_EQ(s.Counts()->transactions, 60);
  std::vector<std::string> order;
  ASSERT_TRUE(s.ForEachTransaction([&](const Transaction& tx) {
                 order.push_back(tx.id);
                 return Status::Ok();
               }).ok());
  ASSERT_EQ(order.size(), 60u);
  EXPECT_EQ(order[0], "T5");  // earliest timestamp
  for (int i = 1; i < 60; ++i) {
    EXPECT_EQ(order[static_cast<size_t>(i)], "T" + std::to_string(i <= 5 ? i - 1 : i))
        << "ties keep insertion order";
  }
}

TEST(SqliteStoreTest, LabelsRoundTripOncePerTransaction) {
  TempDir dir;
  auto store = OpenSqliteStore(dir.File("w.db"));
  ASSERT_TRUE(store.ok());
  Store& s = **store;
  ASSERT_TRUE(s.Begin().ok());
  EXPECT_TRUE(*s.InsertLabel({"T1", true, "S7", "fan_in"}));
  EXPECT_TRUE(*s.InsertLabel({"T2", false, "", ""}));
  EXPECT_FALSE(*s.InsertLabel({"T1", false, "", ""}));
  ASSERT_TRUE(s.Commit().ok());
  auto labels = s.Labels();
  ASSERT_TRUE(labels.ok());
  ASSERT_EQ(labels->size(), 2u);
  const TransactionLabel& t1 = (*labels)[0].transaction_id == "T1" ? (*labels)[0] : (*labels)[1];
  EXPECT_TRUE(t1.illicit);
  EXPECT_EQ(t1.scenario, "S7");
  EXPECT_EQ(t1.scheme_type, "fan_in");
}

TEST(SqliteStoreTest, BulkLabelsCountNewRows) {
  TempDir dir;
  auto store = OpenSqliteStore(dir.File("w.db"));
  ASSERT_TRUE(store.ok());
  Store& s = **store;
  ASSERT_TRUE(s.Begin().ok());
  ASSERT_TRUE(s.InsertLabel({"T5", true, "", ""}).ok());
  std::vector<TransactionLabel> labels;
  for (int i = 0; i < 75; ++i) labels.push_back({"T" + std::to_string(i % 60), i == 7, "S", ""});
  auto inserted = s.InsertLabels(labels);  // T0-T14 twice, T5 stored before
  ASSERT_TRUE(inserted.ok()) << inserted.status().ToString();
  EXPECT_EQ(*inserted, 59);
  ASSERT_TRUE(s.Commit().ok());
  auto all = s.Labels();
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 60u);
  int illicit = 0;
  for (const auto& l : *all) illicit += l.illicit;
  EXPECT_EQ(illicit, 2);  // T5 (first) and T7
}

// Ids in random order switch the connection to its large page cache mid-load; no row may be lost
// or duplicated across the switch.
TEST(SqliteStoreTest, BulkInsertsOfIdsInAnyOrderKeepEveryRowOnce) {
  TempDir dir;
  auto store = OpenSqliteStore(dir.File("w.db"));
  ASSERT_TRUE(store.ok());
  Store& s = **store;
  ASSERT_TRUE(s.Begin().ok());
  int64_t inserted = 0;
  std::vector<Transaction> batch;
  for (int b = 0; b < 12; ++b) {
    batch.clear();
    // Ascending ids first, then ids scattered over the whole range (and repeats of earlier ones).
    for (int i = 0; i < 100; ++i) {
      const int k = b < 6 ? b * 100 + i : (i * 7919 + b * 31) % 1200;
      batch.push_back(Tx(fmt::format("T{:05}", k), k));
    }
    auto n = s.InsertTransactions(batch);
    ASSERT_TRUE(n.ok()) << n.status().ToString();
    inserted += *n;
  }
  ASSERT_TRUE(s.Commit().ok());
  EXPECT_EQ(s.Counts()->transactions, inserted);
  std::set<std::string> ids;
  ASSERT_TRUE(s.ForEachTransaction([&](const Transaction& tx) {
                 EXPECT_TRUE(ids.insert(tx.id).second) << tx.id;
                 return Status::Ok();
               }).ok());
  EXPECT_EQ(static_cast<int64_t>(ids.size()), inserted);
  EXPECT_GT(inserted, 600);
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

TEST(SqliteStoreTest, CasesKeepTheirEvidenceAndDeduplicateItems) {
  TempDir dir;
  auto store = OpenSqliteStore(dir.File("w.db"));
  ASSERT_TRUE(store.ok());
  Store& s = **store;
  Case c;
  c.title = "Escort ads network";
  c.created_at = c.updated_at = 1000;
  c.alerts.emplace_back();
  c.alerts[0].id = 7;
  c.alerts[0].score = 80;
  c.transactions = {Tx("T1", 100)};
  Account acc;
  acc.id = "A1";
  acc.bank = "BANK01";
  acc.party_id = "P1";
  acc.currency = *Currency::Parse("MXN");
  c.accounts = {acc};
  Party p;
  p.id = "P1";
  p.given_names = "María José";
  p.surnames = "Pérez de la Cruz";
  p.birth_date = "1990-02-03";
  c.parties = {p};
  ASSERT_TRUE(s.Begin().ok());
  auto id = s.CreateCase(c);
  ASSERT_TRUE(id.ok()) << id.status().ToString();
  // Adding the same transaction again keeps one copy; a new one is appended.
  Case more;
  more.transactions = {Tx("T1", 999), Tx("T2", 200)};
  ASSERT_TRUE(s.AddCaseItems(*id, more).ok());
  ASSERT_TRUE(s.AddCaseNote(*id, {1001, "ana", "called the branch"}).ok());
  ASSERT_TRUE(s.Commit().ok());

  auto got = s.GetCase(*id);
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  EXPECT_EQ(got->title, "Escort ads network");
  EXPECT_EQ(got->status, CaseStatus::kNew);
  ASSERT_EQ(got->alerts.size(), 1u);
  EXPECT_EQ(got->alerts[0].id, 7);
  ASSERT_EQ(got->transactions.size(), 2u);
  EXPECT_EQ(got->transactions[0].time.utc_seconds, 100);  // the first copy stays
  EXPECT_EQ(got->transactions[0].amount.minor, 1250);
  EXPECT_EQ(got->transactions[0].time.offset_minutes, -360);
  ASSERT_EQ(got->accounts.size(), 1u);
  EXPECT_EQ(got->accounts[0].currency.code(), "MXN");
  ASSERT_EQ(got->parties.size(), 1u);
  EXPECT_EQ(got->parties[0].surnames, "Pérez de la Cruz");
  ASSERT_EQ(got->notes.size(), 1u);
  EXPECT_EQ(got->notes[0].author, "ana");

  got->status = CaseStatus::kInvestigating;
  got->assignee = "luis";
  ASSERT_TRUE(s.UpdateCaseHeader(*got).ok());
  CaseQuery q;
  q.status = "investigating";
  auto listed = s.ListCases(q);
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ((*listed)[0].assignee, "luis");
  q.status = "reported";
  EXPECT_TRUE(s.ListCases(q)->empty());
  EXPECT_EQ(s.GetCase(99).status().code(), StatusCode::kNotFound);
}

TEST(SqliteStoreTest, AuditTrailIsAppendOnly) {
  TempDir dir;
  {
    auto store = OpenSqliteStore(dir.File("w.db"));
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE((*store)->AppendAudit({0, 5, "ana", "case.open", "case:1", "from alert 3"}).ok());
    ASSERT_TRUE((*store)->AppendAudit({0, 6, "ana", "case.note", "case:2", ""}).ok());
    auto trail = (*store)->AuditTrail("case:1");
    ASSERT_TRUE(trail.ok());
    ASSERT_EQ(trail->size(), 1u);
    EXPECT_EQ((*trail)[0].detail, "from alert 3");
    EXPECT_EQ((*store)->AuditTrail("")->size(), 2u);
  }
  // Even SQL written by hand cannot rewrite history.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(dir.File("w.db").c_str(), &db), SQLITE_OK);
  EXPECT_NE(sqlite3_exec(db, "UPDATE audit SET actor = 'x'", nullptr, nullptr, nullptr), SQLITE_OK);
  EXPECT_NE(sqlite3_exec(db, "DELETE FROM audit", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
}

// Schema 5 records how id-less rows are named: the old scheme where transactions exist already
// (their ids must keep matching), the time-ordered one in a new workspace.
TEST(SqliteStoreTest, MigrationKeepsTheSyntheticIdSchemeOfAWorkspaceWithTransactions) {
  TempDir dir;
  {
    auto store = OpenSqliteStore(dir.File("new.db"));
    ASSERT_TRUE(store.ok());
    EXPECT_EQ(*(*store)->GetMeta("synthetic_ids"), "time-hash");
    ASSERT_TRUE((*store)->InsertTransaction(Tx("h0123456789abcdef", 1)).ok());
  }
  // Make it a version-4 workspace, as an older tiphub left it.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(dir.File("new.db").c_str(), &db), SQLITE_OK);
  ASSERT_EQ(
      sqlite3_exec(db, "DELETE FROM meta; PRAGMA user_version = 4", nullptr, nullptr, nullptr),
      SQLITE_OK);
  sqlite3_close(db);
  auto store = OpenSqliteStore(dir.File("new.db"));
  ASSERT_TRUE(store.ok());
  EXPECT_EQ(*(*store)->GetMeta("synthetic_ids"), "hash");
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
