#include "app/eval.h"

#include <gtest/gtest.h>

#include <fstream>

#include "app/ingest.h"
#include "app/scan.h"
#include "common/temp_dir.h"

namespace tiphub::app {
namespace {

// A bank's export in its own layout: day-resolution dates, "True"/"False" labels, a typology and
// an alert id. A fan-in of six new senders into HUB (labelled), and ordinary transfers (not).
void WriteExport(const std::string& path, bool bad_label) {
  std::ofstream out(path);
  out << "tran_id,orig_acct,bene_acct,base_amt,tran_timestamp,is_sar,alert_type,alert_id\n";
  int id = 1;
  for (int day = 1; day <= 28; ++day) {
    for (int k = 0; k < 5; ++k) {
      out << id++ << ",P" << (day * 7 + k) % 40 << ",P" << (day * 3 + k + 1) % 40 << ","
          << 120 + k * 37 << ".50,2025-02-" << (day < 10 ? "0" : "") << day
          << "T00:00:00Z,False,,-1\n";
    }
  }
  for (int k = 0; k < 6; ++k) {
    out << id++ << ",M" << k << ",HUB,3000.00,2025-02-1" << k << "T00:00:00Z,True,fan_in,77\n";
  }
  if (bad_label) out << id++ << ",P1,P2,10.00,2025-02-20T00:00:00Z,Maybe,,-1\n";
}

void WriteMapping(const std::string& path) {
  std::ofstream out(path);
  out << R"({"currency": "USD", "columns": {"id": "tran_id", "timestamp": "tran_timestamp",
             "from_account": "orig_acct", "to_account": "bene_acct", "amount": "base_amt",
             "label": "is_sar", "typology": "alert_type", "instance": "alert_id"}})";
}

TEST(EvalTest, IngestedLabelsOfAnyBankAreTheTruth) {
  TempDir dir;
  WriteExport(dir.File("export.csv"), true);
  WriteMapping(dir.File("bank.json"));
  IngestRequest ingest;
  ingest.store_path = dir.File("ws.db");
  ingest.mapping_file = dir.File("bank.json");
  ingest.inputs = {dir.File("export.csv")};
  auto report = Ingest(ingest, nullptr);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  // "Maybe" is neither illicit nor licit: rejected with its line, the rest kept.
  EXPECT_EQ(report->total.rejected, 1);
  EXPECT_EQ(report->total.accepted, 28 * 5 + 6);
  ScanRequest scan;
  scan.store_path = dir.File("ws.db");
  ASSERT_TRUE(Scan(scan, nullptr).ok());
  auto m = Evaluate(dir.File("ws.db"), "", 10);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ((*m)["truth"], "workspace");
  // Seven accounts touch a labelled transaction: the six senders and the hub.
  EXPECT_EQ((*m)["per_scheme"]["fan_in"]["accounts"], 7);
  EXPECT_EQ((*m)["instances"]["total"], 1);
  EXPECT_TRUE((*m)["role_accuracy"].is_null());
  EXPECT_TRUE((*m)["hard_negative_fpr"].is_null());
  EXPECT_GE((*m)["largest_alert"].get<int64_t>(), 0);
  EXPECT_TRUE((*m).contains("by_source"));
}

TEST(EvalTest, LabelValuesOfTheMappingAndClearErrors) {
  TempDir dir;
  {
    std::ofstream out(dir.File("export.csv"));
    out << "id,when,from,to,amount,flag\n1,2025-01-01,A,B,10,SAR\n2,2025-01-02,B,C,10,normal\n"
           "3,2025-01-03,C,A,10,sar\n";
    std::ofstream map(dir.File("m.json"));
    map << R"({"currency": "EUR", "label_values": {"SAR": true, "normal": false},
               "columns": {"id": "id", "timestamp": "when", "from_account": "from",
                           "to_account": "to", "amount": "amount", "label": "flag"}})";
  }
  IngestRequest ingest;
  ingest.store_path = dir.File("ws.db");
  ingest.mapping_file = dir.File("m.json");
  ingest.rejects_path = dir.File("rejects.csv");
  ingest.inputs = {dir.File("export.csv")};
  auto report = Ingest(ingest, nullptr);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->total.accepted, 2);
  EXPECT_EQ(report->total.rejected, 1);  // "sar": the mapping names "SAR" only
  std::ifstream rejects(dir.File("rejects.csv"));
  std::string text((std::istreambuf_iterator<char>(rejects)), {});
  EXPECT_NE(text.find("label_values"), std::string::npos) << text;
  // No alerts yet, and the labels are known: every illicit account is missed.
  auto m = Evaluate(dir.File("ws.db"), "", 10);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ((*m)["account"]["recall"], 0.0);
  // A workspace without illicit labels says what to do.
  TempDir empty;
  std::ofstream(empty.File("t.csv")) << "id,timestamp,from_account,to_account,amount,currency\n"
                                        "1,2025-01-01T00:00:00Z,A,B,10,EUR\n";
  IngestRequest plain;
  plain.store_path = empty.File("ws.db");
  plain.inputs = {empty.File("t.csv")};
  ASSERT_TRUE(Ingest(plain, nullptr).ok());
  auto none = Evaluate(empty.File("ws.db"), "", 10);
  ASSERT_FALSE(none.ok());
  EXPECT_NE(none.status().message().find("label column"), std::string::npos);
}

}  // namespace
}  // namespace tiphub::app
