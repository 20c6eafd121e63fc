#include "app/train.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "app/ingest.h"
#include "app/scan.h"
#include "app/simulate.h"
#include "app/test_workspace.h"
#include "common/temp_dir.h"
#include "learn/features.h"

namespace tiphub::app {
namespace {

using testing::CopyWorkspace;
using testing::SharedWorkspace;

TrainRequest Quick(const std::string& store, const std::string& model) {
  TrainRequest r;
  r.store_path = store;
  r.model_path = model;
  r.quick = true;
  r.threads = 2;
  return r;
}

// Train on the shared world's ingested labels, then scan with the model: alerts carry the model's
// score and its largest feature contributions.
TEST(TrainTest, TrainsOnTheWorldAndScansWithTheModel) {
  TempDir dir;
  CopyWorkspace(dir.File("w.db"));
  auto report = Train(Quick(dir.File("w.db"), dir.File("m.json")), nullptr);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  for (const char* key : {"validation", "test", "params", "threshold", "rows", "rules",
                          "test_laundering", "test_trafficking"}) {
    EXPECT_TRUE(report->contains(key)) << key;
  }
  for (const char* part : {"validation", "test"}) {
    for (const char* metric : {"precision", "recall", "f1"})
      EXPECT_TRUE((*report)[part].contains(metric)) << part << " " << metric;
  }
  // A regression floor on a tiny world, not the quality bar (see docs/learning.md).
  EXPECT_GT((*report)["test"]["f1"].get<double>(), 0.2);  // 4,000 accounts, quick: ~0.36
  EXPECT_TRUE(std::filesystem::exists(dir.File("m.json")));

  ScanRequest scan;
  scan.store_path = dir.File("w.db");
  scan.model_path = dir.File("m.json");
  auto summary = Scan(scan, nullptr);
  ASSERT_TRUE(summary.ok()) << summary.status().ToString();
  auto alerts = ListAlerts(dir.File("w.db"), 1000, 0, "");
  ASSERT_TRUE(alerts.ok());
  ASSERT_FALSE(alerts->empty());
  int explained = 0;
  for (const Alert& a : *alerts) {
    EXPECT_GE(a.model_score, 0) << a.id;
    EXPECT_LE(a.model_score, 1) << a.id;
    explained += !a.model_explanation.empty() && !a.model_transaction.empty();
    if (a.typology == "model") {
      EXPECT_FALSE(a.evidence.empty());
      EXPECT_NE(a.summary.find("learned model"), std::string::npos);
    }
  }
  EXPECT_EQ(explained, static_cast<int>(alerts->size()));

  // The same rules alerts as a scan without the model, which only adds "model" alerts.
  TempDir plain_dir;
  CopyWorkspace(plain_dir.File("w.db"));
  ScanRequest plain;
  plain.store_path = plain_dir.File("w.db");
  auto plain_summary = Scan(plain, nullptr);
  ASSERT_TRUE(plain_summary.ok());
  EXPECT_EQ(summary->alerts - summary->model_alerts, plain_summary->alerts);
}

TEST(TrainTest, FeatureExportHasOneRowPerTransaction) {
  TempDir dir;
  FeatureExportRequest r;
  r.store_path = SharedWorkspace().store_path;
  r.out_path = dir.File("f.csv");
  auto rows = ExportFeatures(r, nullptr);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  std::ifstream in(r.out_path);
  std::string header, line;
  std::getline(in, header);
  EXPECT_TRUE(header.starts_with("transaction,timestamp,tx_log_amount,"));
  EXPECT_TRUE(header.ends_with(",label"));
  int64_t n = 0, positives = 0;
  const size_t commas = static_cast<size_t>(std::count(header.begin(), header.end(), ','));
  while (std::getline(in, line)) {
    ++n;
    positives += line.ends_with(",1");
    EXPECT_EQ(static_cast<size_t>(std::count(line.begin(), line.end(), ',')), commas);
  }
  EXPECT_EQ(n, *rows);
  EXPECT_GT(positives, 0);
  EXPECT_EQ(commas, learn::FeatureCount() + 2);
}

TEST(TrainTest, ClearErrorsForBadRequests) {
  TempDir dir;
  CopyWorkspace(dir.File("w.db"));
  auto bad_split = Quick(dir.File("w.db"), dir.File("m.json"));
  bad_split.split = "random:50/50";
  auto r = Train(bad_split, nullptr);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("temporal:60/20/20"), std::string::npos);
  bad_split.split = "temporal:60/30/20";
  EXPECT_FALSE(Train(bad_split, nullptr).ok());

  auto no_model = Quick(dir.File("w.db"), "");
  EXPECT_NE(Train(no_model, nullptr).status().message().find("--model"), std::string::npos);

  // A workspace with transactions but no labels.
  IngestRequest ingest;
  ingest.store_path = dir.File("unlabelled.db");
  ingest.inputs = {SharedWorkspace().world_dir + "/transactions.csv"};
  ASSERT_TRUE(Ingest(ingest, nullptr).ok());
  auto unlabelled = Train(Quick(dir.File("unlabelled.db"), dir.File("m.json")), nullptr);
  ASSERT_FALSE(unlabelled.ok());
  EXPECT_NE(unlabelled.status().message().find("no labels"), std::string::npos);

  // Labels of one class only.
  std::filesystem::create_directories(dir.File("licit"));
  std::ofstream(dir.File("licit/labels_transactions.csv"))
      << "transaction,scenario_id,scheme_type,illicit\nT1,,,0\n";
  auto one_class = Quick(dir.File("unlabelled.db"), dir.File("m.json"));
  one_class.labels_dir = dir.File("licit");
  auto single = Train(one_class, nullptr);
  ASSERT_FALSE(single.ok());
  EXPECT_NE(single.status().message().find("one class"), std::string::npos);

  // A split whose newest part holds no illicit transactions: 99/0.5/0.5 is refused by the
  // parser, so use the labels of one early transaction only.
  std::filesystem::create_directories(dir.File("early"));
  std::ifstream tx(SharedWorkspace().world_dir + "/transactions.csv");
  std::string header, first;
  std::getline(tx, header);
  std::getline(tx, first);
  std::ofstream(dir.File("early/labels_transactions.csv"))
      << "transaction,scenario_id,scheme_type,illicit\n"
      << first.substr(0, first.find(',')) << ",S,fan_in,1\n";
  auto early = Quick(dir.File("unlabelled.db"), dir.File("m.json"));
  early.labels_dir = dir.File("early");
  auto too_little = Train(early, nullptr);
  ASSERT_FALSE(too_little.ok());
  EXPECT_NE(too_little.status().message().find("holds no illicit"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(dir.File("m.json")));

  ScanRequest scan;
  scan.store_path = dir.File("w.db");
  scan.model_path = dir.File("missing.json");
  EXPECT_FALSE(Scan(scan, nullptr).ok());
}

// A bank's flat export (dates only, transfers only, no KYC), read through its mapping: scanning
// the files with --mapping gives the workspace scan's alerts, and a model trained on the mapped
// labels scans the same files.
TEST(TrainTest, MappedBankExportScansWithAndWithoutTheModel) {
  TempDir dir;
  {
    std::ofstream yaml(dir.File("regime.yaml"));
    yaml << "accounts: 3000\ndays: 90\nbanks: 1\n"
            "rates: {sex_ads: 0, massage_front: 0, labour_payroll: 0, debt_bondage_remit: 0,\n"
            "        fan_in: 12, fan_out: 12, cycle: 12, scatter_gather: 8, landlord: 30}\n"
            "regime: {timestamps: day, channels: transfers, kyc: false, merchant_codes: false,\n"
            "         typology_days: [3, 20], typology_members: [4, 20],\n"
            "         typology_amounts: ordinary, format: flat}\n";
  }
  SimulateRequest sim;
  sim.scenario_file = dir.File("regime.yaml");
  sim.seed = 5;
  sim.out_dir = dir.File("w");
  ASSERT_TRUE(Simulate(sim, nullptr).ok());
  const std::string csv = dir.File("w/export.csv"), mapping = dir.File("w/export_mapping.json");

  IngestRequest ingest;
  ingest.store_path = dir.File("a.db");
  ingest.inputs = {csv};
  ingest.mapping_file = mapping;
  ASSERT_TRUE(Ingest(ingest, nullptr).ok());
  ScanRequest workspace_scan;
  workspace_scan.store_path = dir.File("a.db");
  auto a = Scan(workspace_scan, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_GT(a->alerts, 0);
  // Dates only and no KYC: the indicators that need them are silent, and the scan says so.
  EXPECT_TRUE(a->silenced.count("HT-14"));

  ScanRequest file_scan;
  file_scan.store_path = dir.File("b.db");
  file_scan.inputs = {csv};
  file_scan.mapping_file = mapping;
  auto b = Scan(file_scan, nullptr);
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  EXPECT_EQ(b->transactions, a->transactions);
  EXPECT_EQ(b->alerts, a->alerts);

  auto report = Train(Quick(dir.File("a.db"), dir.File("m.json")), nullptr);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  ScanRequest model_scan = file_scan;
  model_scan.store_path = dir.File("c.db");
  model_scan.model_path = dir.File("m.json");
  auto c = Scan(model_scan, nullptr);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->transactions, a->transactions);
  auto alerts = ListAlerts(dir.File("c.db"), 1000, 0, "");
  ASSERT_TRUE(alerts.ok());
  ASSERT_FALSE(alerts->empty());
  for (const Alert& alert : *alerts) EXPECT_FALSE(alert.model_explanation.empty()) << alert.id;
  // The model reads the rules' verdict over the whole input, which a stream cannot give.
  ScanRequest follow = model_scan;
  follow.follow = true;
  auto refused = Scan(follow, nullptr);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.status().message().find("reads its input twice"), std::string::npos);

  // A mapping without files to apply it to is a usage error that says what to do.
  ScanRequest no_files;
  no_files.store_path = dir.File("a.db");
  no_files.mapping_file = mapping;
  auto bad = Scan(no_files, nullptr);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("tiphub ingest --mapping"), std::string::npos);
}

}  // namespace
}  // namespace tiphub::app
