#include "ingest/ingester.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>

#include "common/temp_dir.h"
#include "sim/simulator.h"

namespace tiphub::ingest {
namespace {

// Keeps what it is given in memory, reporting repeats as duplicates like the store does.
class MemorySink : public RecordSink {
 public:
  Result<bool> AddTransaction(const Transaction& tx) override {
    const bool fresh = !transactions.count(tx.id);
    transactions.emplace(tx.id, tx);
    return fresh;
  }
  Result<bool> AddParty(const Party& p) override { return parties.insert(p.id).second; }
  Result<bool> AddAccount(const Account& a) override { return accounts.insert(a.id).second; }
  Result<bool> AddLabel(const std::string& id, bool illicit, const std::string&,
                        const std::string&) override {
    return labels.emplace(id, illicit).second;
  }
  Result<bool> AddWatchlistEntry(const std::string& party, const std::string& list) override {
    return watchlist.insert(party + "/" + list).second;
  }
  Status Checkpoint() override {
    ++checkpoints;
    return Status::Ok();
  }
  std::map<std::string, Transaction> transactions;
  std::set<std::string> parties, accounts, watchlist;
  std::map<std::string, bool> labels;
  int checkpoints = 0;
};

std::string Write(const TempDir& dir, const std::string& name, const std::string& text) {
  std::ofstream(dir.File(name), std::ios::binary) << text;
  return dir.File(name);
}

void ExpectReconciles(const IngestReport& r) {
  for (const auto& f : r.files) EXPECT_EQ(f.read, f.accepted + f.rejected + f.duplicates) << f.file;
  EXPECT_EQ(r.total.read, r.total.accepted + r.total.rejected + r.total.duplicates);
}

const char kHeader[] =
    "id,timestamp,local_offset,from_bank,from_account,to_bank,to_account,amount,currency,channel,"
    "mcc,merchant_id,city,country\n";

TEST(IngesterTest, SimulatorFolderTwiceChangesNothing) {
  TempDir dir;
  sim::SimOptions o;
  o.accounts = 800;
  o.days = 5;
  ASSERT_TRUE(sim::GenerateWorld(o, dir.File("w")).ok());
  MemorySink sink;
  IngestOptions opts;
  opts.rejects_path = dir.File("rejects.csv");
  auto first = IngestInputs({dir.File("w")}, opts, sink);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  ExpectReconciles(*first);
  EXPECT_EQ(first->total.rejected, 0);
  EXPECT_EQ(first->total.duplicates, 0);
  const size_t stored = sink.transactions.size();
  EXPECT_GT(stored, 1000u);
  auto second = IngestInputs({dir.File("w")}, opts, sink);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->total.accepted, 0);
  EXPECT_EQ(second->total.duplicates, first->total.accepted);
  EXPECT_EQ(sink.transactions.size(), stored);
}

TEST(IngesterTest, RejectsSayWhereAndWhy) {
  TempDir dir;
  const std::string file =
      Write(dir, "tx.csv",
            std::string(kHeader) +
                "T1,2026-01-01T10:00:00Z,-06:00,B1,A1,B1,A2,12.50,USD,transfer,,,,\n"
                "T2,2026-01-01T10:00:00Z,-06:00,B1,A1,B1,A2,\"12,5O\",USD,transfer,,,,\n"
                "T3,yesterday,-06:00,B1,A1,B1,A2,1,USD,transfer,,,,\n"
                "T4,2026-01-01T10:00:00Z,-06:00,B1,A1,B1,A2,1,USD,pigeon,,,,\n"
                "T5,2026-01-01T10:00:00Z,-06:00,B1,A1,B1,A2,1,USD\n"
                "T6,2026-01-01T10:00:00Z,-06:00,B1,A1,B1,A2,1,\xff\xfe,transfer,,,,\n"
                "T1,2026-01-01T10:00:00Z,-06:00,B1,A1,B1,A2,12.50,USD,transfer,,,,\n" +
                std::string("\0\x01garbage", 9) +
                ",2026-01-01T10:00:00Z,-06:00,B1,A1,B1,A2,1,USD,transfer,,,,\n"
                "\"T9\nX\",2026-01-01T10:00:00Z,-06:00,B1,A1,B1,A2,1,USD,transfer,,,,\n"
                "T10,9999-12-31T00:00:00Z,-06:00,B1,A1,B1,A2,1,USD,transfer,,,,\n"
                "T11,2026-01-01T10:00:00Z,-06:00,B1,A\x7f,B1,A2,1,USD,transfer,,,,\n");
  MemorySink sink;
  IngestOptions opts;
  opts.rejects_path = dir.File("rejects.csv");
  auto r = IngestInputs({file}, opts, sink);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ExpectReconciles(*r);
  EXPECT_EQ(r->total.read, 11);
  EXPECT_EQ(r->total.accepted, 1);
  EXPECT_EQ(r->total.duplicates, 1);
  EXPECT_EQ(r->total.rejected, 9);
  std::ifstream in(opts.rejects_path);
  std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(all.find(",3,amount,\"'12,5O' is not a number\""), std::string::npos) << all;
  EXPECT_NE(all.find(",4,timestamp,"), std::string::npos);
  EXPECT_NE(all.find("'pigeon' is not a known channel"), std::string::npos);
  EXPECT_NE(all.find("the record has 9 fields, the header 14"), std::string::npos);
  EXPECT_NE(all.find("not valid UTF-8"), std::string::npos);
  EXPECT_NE(all.find(",9,,field 1 holds control character U+0000"), std::string::npos) << all;
  EXPECT_NE(all.find(",10,id,the id 'T9\\x0aX' holds control character U+000A"), std::string::npos)
      << all;
  EXPECT_NE(all.find(",12,timestamp,'9999-12-31T00:00:00Z' is outside"), std::string::npos) << all;
  EXPECT_NE(all.find(",13,,field 5 holds control character U+007F"), std::string::npos) << all;
}

TEST(IngesterTest, UnusableFilesAreErrorsThatSayWhatToFix) {
  TempDir dir;
  MemorySink sink;
  IngestOptions opts;
  auto expect = [&](const std::string& path, const std::string& needle) {
    auto r = IngestInputs({path}, opts, sink);
    ASSERT_FALSE(r.ok()) << path;
    EXPECT_NE(r.status().message().find(needle), std::string::npos) << r.status().message();
  };
  expect(Write(dir, "empty.csv", ""), "is empty");
  expect(Write(dir, "binary.csv", std::string("\x00\x01\xff\xfe\x89PNG\r\n", 10)), "binary");
  expect(Write(dir, "semi.csv", "id;timestamp;from_account;amount\n1;2;3;4\n"), "delimiter");
  expect(Write(dir, "nocol.csv", "id,timestamp,from_account,currency\n"), "'amount'");
  expect(Write(dir, "odd.csv", "foo,bar\n1,2\n"), "--mapping");
  expect(dir.File("missing.csv"), "does not exist");
}

TEST(IngesterTest, HugeLineIsRejectedNotFatal) {
  TempDir dir;
  std::string text = kHeader;
  text += "T1,2026-01-01T10:00:00Z,-06:00,B1,A1,B1,A2,1,USD,transfer,,," +
          std::string(10 << 20, 'x') + ",\n";
  text += "T2,2026-01-01T10:00:00Z,-06:00,B1,A1,B1,A2,1,USD,transfer,,,,\n";
  MemorySink sink;
  auto r = IngestInputs({Write(dir, "big.csv", text)}, {}, sink);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->total.rejected, 1);
  EXPECT_EQ(r->total.accepted, 1);
}

TEST(IngesterTest, IbmFormatKeepsLabels) {
  TempDir dir;
  const std::string file = Write(
      dir, "HI-Small_Trans.csv",
      "Timestamp,From Bank,Account,To Bank,Account,Amount Received,Receiving Currency,Amount "
      "Paid,Payment Currency,Payment Format,Is Laundering\n"
      "2022/09/01 00:20,010,8000EBD30,010,8000EBD30,3697.34,US Dollar,3697.34,US "
      "Dollar,Reinvestment,0\n"
      "2022/09/01 00:20,03208,8000F4580,001,8000F5340,0.01,US Dollar,0.01,US Dollar,Cheque,1\n"
      "2022/09/01 00:20,03208,8000F4580,001,8000F5340,0.01,US Dollar,0.01,US Dollar,Cheque,1\n");
  MemorySink sink;
  auto r = IngestInputs({file}, {}, sink);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->files[0].kind, "ibm");
  EXPECT_EQ(r->total.accepted, 2);
  EXPECT_EQ(r->total.duplicates, 1);  // identical row, no id
  int illicit = 0;
  for (const auto& [id, l] : sink.labels) illicit += l;
  EXPECT_EQ(illicit, 1);
  const Transaction& any = sink.transactions.begin()->second;
  EXPECT_EQ(any.amount.currency.code(), "USD");
}

// Rows without an id are named by time and content: identical rows collide, and a time-ordered
// file gives ascending ids. Workspaces of the earlier scheme keep getting its ids.
TEST(IngesterTest, SyntheticIdsAscendWithTimeUnlessTheWorkspaceKeepsHashIds) {
  TempDir dir;
  const std::string file =
      Write(dir, "ibm.csv",
            "Timestamp,From Bank,Account,To Bank,Account,Amount Received,Receiving Currency,Amount "
            "Paid,Payment Currency,Payment Format,Is Laundering\n"
            "2022/09/01 00:20,010,8000EBD30,010,8000EBD30,9.00,US Dollar,9.00,US Dollar,Cash,0\n"
            "2022/09/01 00:21,010,8000EBD30,010,8000EBD30,8.00,US Dollar,8.00,US Dollar,Cash,0\n"
            "2022/09/01 00:22,010,8000EBD30,010,8000EBD30,7.00,US Dollar,7.00,US Dollar,Cash,0\n"
            "2022/09/01 00:22,010,8000EBD30,010,8000EBD30,7.00,US Dollar,7.00,US Dollar,Cash,0\n");
  MemorySink sink;
  auto r = IngestInputs({file}, {}, sink);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->total.accepted, 3);
  EXPECT_EQ(r->total.duplicates, 1);
  std::vector<std::pair<int64_t, std::string>> by_time;
  for (const auto& [id, tx] : sink.transactions) {
    EXPECT_EQ(id.size(), 26u) << id;
    EXPECT_EQ(id[0], 'h');
    by_time.emplace_back(tx.time.utc_seconds, id);
  }
  std::sort(by_time.begin(), by_time.end());
  for (size_t i = 1; i < by_time.size(); ++i) EXPECT_LT(by_time[i - 1].second, by_time[i].second);

  IngestOptions old_scheme;
  old_scheme.synthetic_ids = SyntheticIds::kHash;
  MemorySink old_sink;
  r = IngestInputs({file}, old_scheme, old_sink);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->total.accepted, 3);
  EXPECT_EQ(r->total.duplicates, 1);
  // The same row hash in both schemes, behind the time in the new one.
  std::set<std::string> old_hashes, new_hashes;
  for (const auto& [id, tx] : old_sink.transactions) {
    EXPECT_EQ(id.size(), 17u) << id;
    old_hashes.insert(id.substr(1));
  }
  for (const auto& [id, tx] : sink.transactions) new_hashes.insert(id.substr(10));
  EXPECT_EQ(old_hashes, new_hashes);
}

TEST(IngesterTest, MappingFileWithDecimalCommaAndLocalTime) {
  TempDir dir;
  const std::string mapping = Write(dir, "m.json", R"({
    "delimiter": ";", "decimal": ",", "currency": "MXN", "utc_offset": "-06:00",
    "timestamp_format": "%d/%m/%Y %H:%M",
    "channel_values": {"TRANSFERENCIA": "transfer"},
    "columns": {"id": "Folio", "timestamp": "Fecha", "from_account": "Origen",
                "to_account": "Destino", "amount": "Importe", "channel": "Canal"}})");
  const std::string file = Write(dir, "banco.csv",
                                 "Folio;Fecha;Origen;Destino;Importe;Canal\n"
                                 "F1;05/01/2026 14:03;111;222;1.234,50;TRANSFERENCIA\n"
                                 "F2;05/01/2026 14:03;111;222;abc;TRANSFERENCIA\n");
  MemorySink sink;
  IngestOptions opts;
  opts.mapping_file = mapping;
  auto r = IngestInputs({file}, opts, sink);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->total.accepted, 1);
  EXPECT_EQ(r->total.rejected, 1);
  const Transaction& tx = sink.transactions.at("F1");
  EXPECT_EQ(tx.amount.minor, 123450);
  EXPECT_EQ(tx.amount.currency.code(), "MXN");
  EXPECT_EQ(tx.channel, Channel::kTransfer);
  EXPECT_EQ(tx.time.offset_minutes, -360);
  EXPECT_EQ(tx.time.LocalHour(), 14);
}

TEST(IngesterTest, JsonLines) {
  TempDir dir;
  const std::string file = Write(
      dir, "tx.jsonl",
      R"({"id":"J1","timestamp":"2026-01-01T10:00:00Z","from_account":"A1","to_account":"A2","amount":"5.00","currency":"USD","channel":"card","mcc":7011})"
      "\n"
      "not json\n"
      R"({"id":"J2","timestamp":"2026-01-01T10:00:00Z","from_account":"A1","to_account":"A2","amount":5,"currency":"USD"})"
      "\n");
  MemorySink sink;
  auto r = IngestInputs({file}, {}, sink);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ExpectReconciles(*r);
  EXPECT_EQ(r->total.accepted, 2);
  EXPECT_EQ(r->total.rejected, 1);
  EXPECT_EQ(sink.transactions.at("J1").mcc, 7011);
}

}  // namespace
}  // namespace tiphub::ingest
