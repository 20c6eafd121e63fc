#include "app/scan.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

#include "app/eval.h"
#include "app/ingest.h"
#include "app/simulate.h"
#include "common/temp_dir.h"

namespace tiphub::app {
namespace {

// A simulator world in dir/world.
void MakeWorld(const TempDir& dir, uint64_t seed, int64_t accounts, int days) {
  SimulateRequest sim;
  sim.seed = seed;
  sim.accounts = accounts;
  sim.days = days;
  sim.out_dir = dir.File("world");
  ASSERT_TRUE(Simulate(sim, nullptr).ok());
}

// The two workspaces hold the same (non-empty) alerts.
void ExpectSameAlerts(const std::string& a_path, const std::string& b_path) {
  auto a = ListAlerts(a_path, 100000, 0, "");
  auto b = ListAlerts(b_path, 100000, 0, "");
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_FALSE(a->empty());
  ASSERT_EQ(a->size(), b->size());
  for (size_t k = 0; k < a->size(); ++k) {
    EXPECT_EQ(AlertToJson((*a)[k]).dump(), AlertToJson((*b)[k]).dump());
  }
}

// The main job end to end on a small world: simulate, ingest, scan, evaluate.
TEST(ScanTest, DemoPipelineFindsPlantedSchemes) {
  TempDir dir;
  MakeWorld(dir, 4242, 4000, 35);
  if (HasFatalFailure()) return;
  IngestRequest ingest;
  ingest.store_path = dir.File("w.db");
  ingest.inputs = {dir.File("world")};
  auto report = Ingest(ingest, nullptr);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->total.rejected, 0);
  ScanRequest scan;
  scan.store_path = dir.File("w.db");
  auto summary = Scan(scan, nullptr);
  ASSERT_TRUE(summary.ok()) << summary.status().ToString();
  EXPECT_GT(summary->alerts, 0);
  auto metrics = Evaluate(dir.File("w.db"), dir.File("world"), 20);
  ASSERT_TRUE(metrics.ok()) << metrics.status().ToString();
  for (const char* key : {"account", "transaction", "per_scheme", "hard_negative_fpr",
                          "precision_at_k", "role_accuracy"}) {
    EXPECT_TRUE(metrics->contains(key)) << key;
  }
  // Floors well below today's figures: a regression guard, not the quality bar.
  EXPECT_GT((*metrics)["account"]["recall"].get<double>(), 0.4);
  EXPECT_GT((*metrics)["precision_at_k"]["precision"].get<double>(), 0.7);
  EXPECT_LT((*metrics)["hard_negative_fpr"].get<double>(), 0.1);
  auto alerts = ListAlerts(dir.File("w.db"), 5, 0, "");
  ASSERT_TRUE(alerts.ok());
  ASSERT_FALSE(alerts->empty());
  EXPECT_FALSE((*alerts)[0].hits.empty());
  EXPECT_FALSE((*alerts)[0].summary.empty());
}

// A writer appends the transactions in pieces while `scan --follow` reads them; the alerts must
// be those of a batch scan over the finished file.
TEST(ScanTest, FollowGivesTheSameAlertsAsBatch) {
  TempDir dir;
  MakeWorld(dir, 99, 2000, 30);
  if (HasFatalFailure()) return;
  ScanRequest batch;
  batch.store_path = dir.File("batch.db");
  batch.inputs = {dir.File("world")};
  ASSERT_TRUE(Scan(batch, nullptr).ok());

  std::filesystem::create_directories(dir.File("live"));
  for (const char* f : {"parties.csv", "accounts.csv", "watchlists.csv"}) {
    std::filesystem::copy_file(dir.File(std::string("world/") + f),
                               dir.File(std::string("live/") + f));
  }
  std::ifstream in(dir.File("world/transactions.csv"), std::ios::binary);
  const std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string live = dir.File("live/transactions.csv");
  { std::ofstream(live, std::ios::binary) << all.substr(0, 200); }  // header and a partial line
  std::thread writer([&] {
    const size_t piece = all.size() / 5 + 1;
    for (size_t pos = 200; pos < all.size(); pos += piece) {
      std::this_thread::sleep_for(std::chrono::milliseconds(150));
      std::ofstream(live, std::ios::binary | std::ios::app) << all.substr(pos, piece);
    }
  });
  ScanRequest follow;
  follow.store_path = dir.File("follow.db");
  follow.inputs = {dir.File("live")};
  follow.follow = true;
  follow.idle_exit_seconds = 1.5;
  auto followed = Scan(follow, nullptr);
  writer.join();
  ASSERT_TRUE(followed.ok()) << followed.status().ToString();
  ExpectSameAlerts(dir.File("batch.db"), dir.File("follow.db"));
}

// Rows are parsed straight into the scan's batches; a row rejected halfway through (accounts read,
// amount bad) must leave nothing behind: the same alerts as the file without the bad rows.
TEST(ScanTest, RejectedRowsAmongGoodOnesChangeNothing) {
  TempDir dir;
  MakeWorld(dir, 4243, 2000, 30);
  if (HasFatalFailure()) return;
  std::filesystem::create_directories(dir.File("bad"));
  for (const char* f : {"parties.csv", "accounts.csv", "watchlists.csv"}) {
    std::filesystem::copy_file(dir.File(std::string("world/") + f),
                               dir.File(std::string("bad/") + f));
  }
  std::ifstream in(dir.File("world/transactions.csv"));
  std::ofstream out(dir.File("bad/transactions.csv"));
  std::string line;
  int64_t rows = 0, bad = 0;
  while (std::getline(in, line)) {
    out << line << '\n';
    if (rows++ > 0 && rows % 97 == 0) {
      out << "TBAD" << rows << ",2026-01-01T00:00:00Z,+00:00,B01,A_NOT_REAL,B02,A_NOT_REAL_EITHER,"
          << "12.5O,USD,transfer,,,Nowhere,XX\n";
      ++bad;
    }
  }
  out.close();
  ASSERT_GT(bad, 100);
  ScanRequest good_scan, bad_scan;
  good_scan.store_path = dir.File("good.db");
  good_scan.inputs = {dir.File("world")};
  bad_scan.store_path = dir.File("bad.db");
  bad_scan.inputs = {dir.File("bad")};
  auto good = Scan(good_scan, nullptr);
  auto with_bad = Scan(bad_scan, nullptr);
  ASSERT_TRUE(good.ok() && with_bad.ok());
  EXPECT_EQ(good->transactions, with_bad->transactions);
  // Each bad row was rejected by the amount, after its accounts had been read into the slot.
  std::ifstream rejects(dir.File("bad.db.rejects.csv"));
  int64_t amount_rejects = 0;
  while (std::getline(rejects, line))
    amount_rejects += line.find("'12.5O' is not a number") != std::string::npos;
  EXPECT_EQ(amount_rejects, bad);
  ExpectSameAlerts(dir.File("good.db"), dir.File("bad.db"));
}

TEST(ScanTest, FollowNeedsAnInput) {
  ScanRequest scan;
  scan.follow = true;
  EXPECT_FALSE(Scan(scan, nullptr).ok());
}

TEST(ScanTest, EmptyWorkspaceSaysToIngestFirst) {
  TempDir dir;
  ScanRequest scan;
  scan.store_path = dir.File("empty.db");
  auto r = Scan(scan, nullptr);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("tiphub ingest"), std::string::npos);
}

}  // namespace
}  // namespace tiphub::app
