#include "sim/simulator.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "common/strings.h"
#include "common/temp_dir.h"
#include "ingest/csv_reader.h"
#include "model/mcc.h"

namespace tiphub::sim {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<std::map<std::string, std::string>> ReadSimpleCsv(const std::string& path) {
  auto rows = ingest::ReadCsvRows(path);
  EXPECT_TRUE(rows.ok()) << rows.status().ToString();
  return rows.ok() ? *rows : std::vector<std::map<std::string, std::string>>{};
}

SimOptions SmallWorld() {
  SimOptions o;
  o.seed = 99;
  o.accounts = 3000;
  o.days = 28;
  return o;
}

class SimulatorTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    SimOptions o = SmallWorld();
    o.ibm_format = true;
    auto r = GenerateWorld(o, dir_->File("world"));
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    summary_ = new WorldSummary(*r);
  }
  static void TearDownTestSuite() {
    delete summary_;
    delete dir_;
  }
  static std::string File(const std::string& name) { return dir_->File("world/" + name); }

  static TempDir* dir_;
  static WorldSummary* summary_;
};
TempDir* SimulatorTest::dir_ = nullptr;
WorldSummary* SimulatorTest::summary_ = nullptr;

TEST_F(SimulatorTest, WritesEveryFile) {
  for (const char* name : {"parties.csv", "accounts.csv", "transactions.csv", "labels_accounts.csv",
                           "labels_transactions.csv", "scenarios.json", "ads.jsonl", "tips.jsonl",
                           "world.json", "watchlists.csv", "transactions_ibm.csv"}) {
    EXPECT_TRUE(std::filesystem::exists(File(name))) << name;
  }
  EXPECT_GT(summary_->transactions, 50'000);
  EXPECT_GT(summary_->illicit_transactions, 100);
  // No temporary folder is left behind.
  for (const auto& entry : std::filesystem::directory_iterator(dir_->File("world"))) {
    EXPECT_FALSE(entry.path().filename().string().starts_with(".partial")) << entry.path();
  }
}

TEST_F(SimulatorTest, SameSeedSameBytesWhateverTheThreadCount) {
  TempDir other;
  SimOptions o = SmallWorld();
  o.ibm_format = true;
  o.threads = 1;
  ASSERT_TRUE(GenerateWorld(o, other.File("w")).ok());
  for (const char* name : {"transactions.csv", "parties.csv", "labels_accounts.csv",
                           "labels_transactions.csv", "scenarios.json", "tips.jsonl"}) {
    EXPECT_EQ(ReadFile(File(name)), ReadFile(other.File(std::string("w/") + name))) << name;
  }
  o.seed = 100;
  TempDir third;
  ASSERT_TRUE(GenerateWorld(o, third.File("w")).ok());
  EXPECT_NE(ReadFile(File("transactions.csv")), ReadFile(third.File("w/transactions.csv")));
}

TEST_F(SimulatorTest, TransactionsAreInTimeOrderWithUniqueIds) {
  auto rows = ReadSimpleCsv(File("transactions.csv"));
  ASSERT_EQ(static_cast<int64_t>(rows.size()), summary_->transactions);
  std::string last;
  std::set<std::string> ids;
  for (const auto& row : rows) {
    EXPECT_GE(row.at("timestamp"), last);
    last = row.at("timestamp");
    ids.insert(row.at("id"));
  }
  EXPECT_EQ(ids.size(), rows.size());
}

TEST_F(SimulatorTest, EverySchemeAndHardNegativeAppearsAtItsRate) {
  const SimOptions o = SmallWorld();
  std::map<std::string, int64_t> labelled;
  for (const auto& row : ReadSimpleCsv(File("labels_accounts.csv"))) {
    if (!row.at("scenario_id").empty()) labelled[row.at("scheme_type")]++;
  }
  auto check = [&](std::string_view type) {
    const std::string key(type);
    EXPECT_EQ(summary_->instances[key] - summary_->laundering_instances[key], o.InstanceCount(type))
        << type;
    EXPECT_GT(labelled[std::string(type)], 0) << type;
  };
  for (auto t : kTraffickingSchemes) check(t);
  for (auto t : kLaunderingTypologies) check(t);
  for (auto t : kHardNegatives) check(t);
}

TEST_F(SimulatorTest, PlantedSchemesShowTheirIndicators) {
  auto tx = ReadSimpleCsv(File("transactions.csv"));
  std::map<std::string, std::string> scheme_of_tx;
  for (const auto& row : ReadSimpleCsv(File("labels_transactions.csv"))) {
    scheme_of_tx[row.at("transaction")] = row.at("scenario_id");
  }
  std::map<std::string, std::string> role;
  for (const auto& row : ReadSimpleCsv(File("labels_accounts.csv"))) {
    role[row.at("account")] = row.at("role");
  }
  // sex_ads controllers: hotels in several cities (HT-05), ad payments in repeated small amounts
  // (HT-01), victims paid by many distinct third parties (HT-17).
  std::map<std::string, std::set<std::string>> hotel_cities;
  std::map<std::string, std::map<std::string, int>> ad_amounts;
  std::map<std::string, std::set<std::string>> payers;
  std::map<std::string, std::map<std::string, int>> payroll_into;  // labour: account -> day -> n
  for (const auto& row : tx) {
    auto it = scheme_of_tx.find(row.at("id"));
    if (it == scheme_of_tx.end()) continue;
    const std::string& from = row.at("from_account");
    const std::string& to = row.at("to_account");
    const int mcc_code = row.at("mcc").empty() ? 0 : std::stoi(row.at("mcc"));
    if (role[from] == "controller" && mcc_code == mcc::kLodging)
      hotel_cities[from].insert(row.at("city"));
    if (role[from] == "controller" && GroupOfMcc(mcc_code) == MccGroup::kAdvertising) {
      ad_amounts[from][row.at("amount")]++;
    }
    if (role[to] == "victim" && row.at("channel") == "transfer") payers[to].insert(from);
    if (role[to] == "mule" && row.at("channel") == "ach")
      payroll_into[to][row.at("timestamp").substr(0, 10)]++;
  }
  ASSERT_FALSE(hotel_cities.empty());
  for (const auto& [acct, cities] : hotel_cities) EXPECT_GE(cities.size(), 2u) << acct;
  ASSERT_FALSE(ad_amounts.empty());
  for (const auto& [acct, amounts] : ad_amounts) {
    int repeated = 0;
    for (const auto& [amount, n] : amounts) repeated = std::max(repeated, n);
    EXPECT_GE(repeated, 3) << acct;
    EXPECT_LE(amounts.size(), 4u) << acct;  // a handful of distinct prices
  }
  size_t victims_with_many_payers = 0;
  for (const auto& [acct, from] : payers) victims_with_many_payers += from.size() >= 10;
  EXPECT_GT(victims_with_many_payers, 0u);
  // labour_payroll: several wages land in one collector account on the same day (HT-34).
  int max_same_day = 0;
  for (const auto& [acct, days] : payroll_into) {
    for (const auto& [day, n] : days) max_same_day = std::max(max_same_day, n);
  }
  EXPECT_GE(max_same_day, 3);
}

TEST_F(SimulatorTest, HardNegativesAreNeverIllicit) {
  for (const auto& row : ReadSimpleCsv(File("labels_accounts.csv"))) {
    if (row.at("hard_negative") == "1") {
      EXPECT_EQ(row.at("illicit"), "0") << row.at("account");
    }
  }
  for (const auto& row : ReadSimpleCsv(File("labels_transactions.csv"))) {
    for (auto t : kHardNegatives) {
      if (row.at("scheme_type") == t) {
        EXPECT_EQ(row.at("illicit"), "0");
      }
    }
  }
}

TEST_F(SimulatorTest, CrossBankPersonsKeepTheirTruePersonId) {
  std::map<std::string, int> accounts_of_person;
  for (const auto& row : ReadSimpleCsv(File("labels_accounts.csv")))
    accounts_of_person[row.at("person_id")]++;
  int multi = 0;
  for (const auto& [person, n] : accounts_of_person) multi += n > 1;
  EXPECT_GT(multi, 100);
}

TEST(SimulatorOptionsTest, BadOptionsNameTheField) {
  TempDir dir;
  SimOptions o = SmallWorld();
  o.days = 0;
  auto r = GenerateWorld(o, dir.File("w"));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("--days"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(dir.File("w/transactions.csv")));
}

}  // namespace
}  // namespace tiphub::sim
