#include "app/scan.h"

#include <gtest/gtest.h>

#include "app/ingest.h"
#include "app/simulate.h"
#include "common/temp_dir.h"

namespace tiphub::app {
namespace {

// The main job end to end on a small world: simulate, ingest, scan, evaluate.
TEST(ScanTest, DemoPipelineFindsPlantedSchemes) {
  TempDir dir;
  SimulateRequest sim;
  sim.seed = 4242;
  sim.accounts = 4000;
  sim.days = 35;
  sim.out_dir = dir.File("world");
  ASSERT_TRUE(Simulate(sim, nullptr).ok());
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
