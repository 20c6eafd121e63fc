#include "app/link.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "app/test_workspace.h"
#include "common/temp_dir.h"
#include "ingest/csv_reader.h"
#include "store/store.h"

namespace tiphub::app {
namespace {

const std::string kShared = TIPHUB_SHARED_DIR;
const std::string kSchemas = std::string(TIPHUB_SOURCE_DIR) + "/schemas/linkage/";

void WriteSecret(const std::string& path, const std::string& secret) {
  std::ofstream(path) << secret << "\n";
}

// A partner's encode request: `input` encoded with `schema` and `secret_file` into `out`.
EncodeRequest Request(std::string schema, std::string secret_file, std::string input,
                      std::string out, std::string partner = "") {
  EncodeRequest e;
  e.schema = std::move(schema);
  e.secret_file = std::move(secret_file);
  e.input = std::move(input);
  e.out = std::move(out);
  e.partner = std::move(partner);
  return e;
}

// group -> (partner -> record id)
std::map<std::string, std::map<std::string, std::string>> ReadGroups(const std::string& path) {
  std::map<std::string, std::map<std::string, std::string>> out;
  auto rows = ingest::ReadCsvRows(path);
  EXPECT_TRUE(rows.ok());
  for (auto& r : *rows) out[r["group"]][r["partner"]] = r["record_id"];
  return out;
}

// FEBRL 4a vs 4b, encoded and linked as two partners would, with each shipped FEBRL schema at its
// documented threshold: the issue's bar is precision and recall of at least 0.99.
TEST(LinkTest, FebrlBenchmarkAccuracy) {
  ASSERT_TRUE(std::filesystem::exists(kShared + "/data/febrl/dataset4a.csv"))
      << "the FEBRL data is not at " << kShared << "/data/febrl (../shared)";
  TempDir dir;
  WriteSecret(dir.File("secret.key"), "febrl benchmark shared secret 0123456789");
  for (const auto& [schema, threshold] :
       {std::pair<std::string, double>{"febrl.json", 0.6}, {"febrl-hardened.json", 0.55}}) {
    SCOPED_TRACE(schema);
    for (const char* part : {"4a", "4b"}) {
      auto s = Encode(Request(kSchemas + schema, dir.File("secret.key"),
                              kShared + "/data/febrl/dataset" + part + ".csv",
                              dir.File(std::string(part) + ".clk"), part),
                      nullptr);
      ASSERT_TRUE(s.ok()) << s.status().ToString();
      EXPECT_EQ(s->encoded, 5000);
    }
    LinkRequest l;
    l.files = {dir.File("4a.clk"), dir.File("4b.clk")};
    l.threshold = threshold;
    l.out = dir.File("groups.csv");
    auto s = Link(l);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    int tp = 0, fp = 0;
    // "rec-1070-org" and "rec-1070-dup-0" are the same person: compare the number.
    auto person = [](const std::string& id) { return id.substr(0, id.find('-', 4)); };
    for (const auto& [g, members] : ReadGroups(l.out)) {
      (person(members.at("4a")) == person(members.at("4b")) ? tp : fp)++;
    }
    const double precision = tp / static_cast<double>(tp + fp);
    const double recall = tp / 5000.0;
    std::printf("FEBRL 4a/4b, %s at %.2f: precision %.4f recall %.4f (%d groups)\n", schema.c_str(),
                threshold, precision, recall, tp + fp);
    EXPECT_GE(precision, 0.99);
    EXPECT_GE(recall, 0.99);
  }
}

// The simulator's persons held at two or more banks (typos, dropped surnames, accents, nicknames,
// swapped fields): each bank encodes its own customers; the hub links four banks.
TEST(LinkTest, SimulatorCrossBankPersons) {
  TempDir dir;
  const auto& w = testing::SharedWorkspace();
  auto parties = ingest::ReadCsvRows(w.world_dir + "/parties.csv");
  auto accounts = ingest::ReadCsvRows(w.world_dir + "/accounts.csv");
  auto labels = ingest::ReadCsvRows(w.world_dir + "/labels_accounts.csv");
  ASSERT_TRUE(parties.ok() && accounts.ok() && labels.ok());
  std::map<std::string, std::string> person_of_account, party_bank;
  for (auto& l : *labels) person_of_account[l["account"]] = l["person_id"];
  std::map<std::string, std::string> person_of_party;
  for (auto& a : *accounts) {
    party_bank[a["party_id"]] = a["bank"];
    person_of_party[a["party_id"]] = person_of_account[a["id"]];
  }
  std::map<std::string, std::string> header_line;
  std::map<std::string, std::ofstream> files;
  const std::string header =
      "id,kind,given_names,surnames,name,birth_date,phone,email,address,city,country";
  for (auto& p : *parties) {
    const auto bank = party_bank.find(p["id"]);
    if (bank == party_bank.end() || p["kind"] != "person") continue;
    auto& f = files[bank->second];
    if (!f.is_open()) {
      f.open(dir.File(bank->second + ".csv"));
      f << header << "\n";
    }
    std::string line;
    for (const char* c : {"id", "kind", "given_names", "surnames", "name", "birth_date", "phone",
                          "email", "address", "city", "country"}) {
      std::string v = p[c];
      if (v.find(',') != std::string::npos) v = "\"" + v + "\"";
      line += (line.empty() ? "" : ",") + v;
    }
    f << line << "\n";
  }
  WriteSecret(dir.File("secret.key"), "shared by the four banks, 32+ bytes long");
  LinkRequest l;
  for (auto& [bank, f] : files) {
    f.close();
    const EncodeRequest e = Request(kSchemas + "sim-parties.json", dir.File("secret.key"),
                                    dir.File(bank + ".csv"), dir.File(bank + ".clk"), bank);
    ASSERT_TRUE(Encode(e, nullptr).ok());
    l.files.push_back(e.out);
  }
  ASSERT_GE(l.files.size(), 2u);
  l.threshold = 0.85;
  l.out = dir.File("groups.csv");
  ASSERT_TRUE(Link(l).ok());
  // Pairs of parties of the same person at different banks.
  std::map<std::string, std::vector<std::string>> parties_of_person;
  for (const auto& [party, person] : person_of_party) {
    if (!person.empty() && party_bank.count(party)) parties_of_person[person].push_back(party);
  }
  std::set<std::pair<std::string, std::string>> truth, found;
  for (auto& [person, ps] : parties_of_person) {
    std::sort(ps.begin(), ps.end());
    for (size_t i = 0; i < ps.size(); ++i) {
      for (size_t j = i + 1; j < ps.size(); ++j) {
        if (party_bank[ps[i]] != party_bank[ps[j]]) truth.insert({ps[i], ps[j]});
      }
    }
  }
  for (const auto& [g, members] : ReadGroups(l.out)) {
    std::vector<std::string> ids;
    for (const auto& [bank, id] : members) ids.push_back(id);
    std::sort(ids.begin(), ids.end());
    for (size_t i = 0; i < ids.size(); ++i) {
      for (size_t j = i + 1; j < ids.size(); ++j) found.insert({ids[i], ids[j]});
    }
  }
  size_t tp = 0;
  for (const auto& p : found) tp += truth.count(p);
  ASSERT_GT(truth.size(), 50u);
  const double precision = tp / static_cast<double>(found.size());
  const double recall = tp / static_cast<double>(truth.size());
  std::printf("simulator cross-bank persons at 0.85: precision %.4f recall %.4f (%zu true pairs)\n",
              precision, recall, truth.size());
  EXPECT_GE(precision, 0.98);
  EXPECT_GE(recall, 0.95);
}

TEST(LinkTest, MismatchedSecretsOrSchemasAreRefused) {
  TempDir dir;
  std::ofstream(dir.File("in.csv"))
      << "id,name,dob\n1,Ana Ruiz,1990-01-02\n2,Luis Mora,1980-03-04\n";
  std::ofstream(dir.File("s1.json"))
      << R"({"name":"t","fields":[{"name":"name","kind":"name"},{"name":"dob","kind":"date"}]})";
  std::ofstream(dir.File("s2.json"))
      << R"({"name":"t","fields":[{"name":"name","kind":"name","k":12},{"name":"dob","kind":"date"}]})";
  WriteSecret(dir.File("k1"), "first secret of sufficient length");
  WriteSecret(dir.File("k2"), "second secret of sufficient length");
  auto encode = [&](const char* schema, const char* key, const char* out, const char* partner) {
    return Encode(
        Request(dir.File(schema), dir.File(key), dir.File("in.csv"), dir.File(out), partner),
        nullptr);
  };
  ASSERT_TRUE(encode("s1.json", "k1", "a.clk", "A").ok());
  ASSERT_TRUE(encode("s1.json", "k2", "b.clk", "B").ok());
  ASSERT_TRUE(encode("s2.json", "k1", "c.clk", "C").ok());
  ASSERT_TRUE(encode("s1.json", "k1", "d.clk", "A").ok());
  LinkRequest l;
  l.out = dir.File("g.csv");
  l.files = {dir.File("a.clk"), dir.File("b.clk")};
  auto r = Link(l);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("another secret"), std::string::npos);
  l.files = {dir.File("a.clk"), dir.File("c.clk")};
  r = Link(l);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("another schema"), std::string::npos);
  l.files = {dir.File("a.clk"), dir.File("d.clk")};
  EXPECT_FALSE(Link(l).ok());  // the same partner twice
  // A missing column is named.
  std::ofstream(dir.File("s3.json"))
      << R"({"name":"t","fields":[{"name":"phone","kind":"phone"}]})";
  auto e = encode("s3.json", "k1", "e.clk", "E");
  ASSERT_FALSE(e.ok());
  EXPECT_NE(e.status().message().find("phone"), std::string::npos);
  // Random ids: the hub sees random ids; the partner keeps the map.
  EncodeRequest random =
      Request(dir.File("s1.json"), dir.File("k1"), dir.File("in.csv"), dir.File("r.clk"));
  random.id_map = dir.File("r.map.csv");
  ASSERT_TRUE(Encode(random, nullptr).ok());
  auto map = ingest::ReadCsvRows(random.id_map);
  ASSERT_TRUE(map.ok());
  ASSERT_EQ(map->size(), 2u);
  EXPECT_EQ((*map)[0]["random_id"].size(), 32u);
}

// With random ids the records leave in a random order too: input order would give them away.
TEST(LinkTest, RandomIdsComeInARandomOrder) {
  TempDir dir;
  {
    std::ofstream in(dir.File("in.csv"));
    in << "id,name\n";
    for (int i = 0; i < 200; ++i) in << "r" << 1000 + i << ",Person " << i << "\n";
  }
  std::ofstream(dir.File("s.json")) << R"({"name":"t","fields":[{"name":"name","kind":"name"}]})";
  WriteSecret(dir.File("k"), "a secret of thirty-two bytes or more");
  EncodeRequest r =
      Request(dir.File("s.json"), dir.File("k"), dir.File("in.csv"), dir.File("r.clk"));
  r.id_map = dir.File("r.map.csv");
  ASSERT_TRUE(Encode(r, nullptr).ok());
  auto map = ingest::ReadCsvRows(r.id_map);
  ASSERT_TRUE(map.ok());
  ASSERT_EQ(map->size(), 200u);
  int in_place = 0;
  for (size_t i = 0; i < map->size(); ++i) {
    in_place += (*map)[i]["record_id"] == "r" + std::to_string(1000 + i);
  }
  EXPECT_LT(in_place, 20);  // a random order leaves about one in place
  // A short secret is refused, naming what to do.
  WriteSecret(dir.File("short"), "sixteen bytes ok");
  r.secret_file = dir.File("short");
  auto refused = Encode(r, nullptr);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.status().message().find("32 random bytes"), std::string::npos);
}

// The same person across one organisation's own parties.
TEST(LinkTest, ResolveFindsTheSamePersonInsideOneWorkspace) {
  const auto& w = testing::SharedWorkspace();
  TempDir dir;
  testing::CopyWorkspace(dir.File("w.db"));
  ResolveRequest r;
  r.store_path = dir.File("w.db");
  r.out = dir.File("entities.csv");
  auto s = Resolve(r);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  auto accounts = ingest::ReadCsvRows(w.world_dir + "/accounts.csv");
  auto labels = ingest::ReadCsvRows(w.world_dir + "/labels_accounts.csv");
  ASSERT_TRUE(accounts.ok() && labels.ok());
  std::map<std::string, std::string> person_of_account, person_of_party;
  for (auto& l : *labels) person_of_account[l["account"]] = l["person_id"];
  for (auto& a : *accounts) person_of_party[a["party_id"]] = person_of_account[a["id"]];
  std::map<std::string, std::vector<std::string>> by_person, by_entity;
  for (const auto& [party, person] : person_of_party) {
    if (!person.empty() && party[0] == 'C') by_person[person].push_back(party);
  }
  auto rows = ingest::ReadCsvRows(r.out);
  ASSERT_TRUE(rows.ok());
  // The entities are stored for the next scan's shared-attribute indicators.
  auto store = store::OpenSqliteStore(r.store_path);
  ASSERT_TRUE(store.ok());
  EXPECT_EQ((*store)->Entities()->size(), rows->size());
  for (auto& row : *rows) by_entity[row["entity_id"]].push_back(row["party_id"]);
  auto pairs = [](std::map<std::string, std::vector<std::string>>& groups) {
    std::set<std::pair<std::string, std::string>> out;
    for (auto& [k, v] : groups) {
      std::sort(v.begin(), v.end());
      for (size_t i = 0; i < v.size(); ++i) {
        for (size_t j = i + 1; j < v.size(); ++j) out.insert({v[i], v[j]});
      }
    }
    return out;
  };
  const auto truth = pairs(by_person), found = pairs(by_entity);
  size_t tp = 0;
  for (const auto& p : found) tp += truth.count(p);
  const double precision = found.empty() ? 0 : tp / static_cast<double>(found.size());
  const double recall = truth.empty() ? 0 : tp / static_cast<double>(truth.size());
  std::printf("resolve: precision %.4f recall %.4f (%zu true pairs)\n", precision, recall,
              truth.size());
  EXPECT_GE(precision, 0.95);
  EXPECT_GE(recall, 0.9);
}

}  // namespace
}  // namespace tiphub::app
