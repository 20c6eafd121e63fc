#include "link/clk.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "common/temp_dir.h"
#include "link/match.h"

namespace tiphub::link {
namespace {

constexpr const char* kSchema = R"({
  "name": "people", "filter_bits": 1024, "id_column": "id",
  "fields": [
    {"name": "name", "kind": "name", "q": 2, "k": 15},
    {"name": "dob", "kind": "date", "k": 20},
    {"name": "phone", "kind": "phone", "q": 2, "k": 8}
  ]
})";

LinkageSchema Schema(const char* text = kSchema) {
  auto s = ParseLinkageSchema(text, "test");
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  return *s;
}

std::vector<uint64_t> Encode(const Encoder& e, const std::map<std::string, std::string>& v) {
  std::vector<uint64_t> out(static_cast<size_t>(e.words()));
  e.Encode(v, out.data());
  return out;
}

const std::string kSecret = "a shared secret of enough length";

TEST(ClkTest, SamePersonWrittenDifferentlyStaysSimilar) {
  auto e = Encoder::Create(Schema(), kSecret);
  ASSERT_TRUE(e.ok());
  const auto a = Encode(
      *e, {{"name", "José Hernández López"}, {"dob", "1990-02-03"}, {"phone", "+52 55 1234 5678"}});
  const auto b =
      Encode(*e, {{"name", "Pepe Hernandez"}, {"dob", "1990-02-03"}, {"phone", "+525512345678"}});
  const auto c =
      Encode(*e, {{"name", "Mary Smith"}, {"dob", "1971-11-30"}, {"phone", "+12135550199"}});
  EXPECT_GT(Dice(a.data(), b.data(), e->words()), 0.8);
  EXPECT_LT(Dice(a.data(), c.data(), e->words()), 0.5);
  // Deterministic.
  EXPECT_EQ(a, Encode(*e, {{"name", "José Hernández López"},
                           {"dob", "1990-02-03"},
                           {"phone", "+52 55 1234 5678"}}));
}

TEST(ClkTest, DifferentSecretsGiveUnrelatedEncodingsAndKeyChecks) {
  auto e1 = Encoder::Create(Schema(), kSecret);
  auto e2 = Encoder::Create(Schema(), "another secret, also long enough");
  ASSERT_TRUE(e1.ok() && e2.ok());
  EXPECT_NE(e1->key_check(), e2->key_check());
  const std::map<std::string, std::string> r = {{"name", "Ana Ruiz"}, {"dob", "1985-01-01"}};
  const auto a = Encode(*e1, r);
  const auto b = Encode(*e2, r);
  EXPECT_LT(Dice(a.data(), b.data(), e1->words()), 0.6);
  EXPECT_FALSE(Encoder::Create(Schema(), "short").ok());
}

// Short tokens' positions come from a per-thread cache: encoders with other secrets used in turn on
// one thread, on another thread, and a copy must all give what a fresh encoder gives.
TEST(ClkTest, TokenCacheNeverMixesEncoders) {
  const std::map<std::string, std::string> r = {
      {"name", "Ana Ruiz"}, {"dob", "1985-01-01"}, {"phone", "+34 600 123 456"}};
  std::vector<uint64_t> first, second;
  std::thread([&] {
    auto e1 = Encoder::Create(Schema(), kSecret);
    auto e2 = Encoder::Create(Schema(), "another secret, also long enough");
    first = Encode(*e1, r);
    second = Encode(*e2, r);
  }).join();
  auto e1 = Encoder::Create(Schema(), kSecret);
  auto e2 = Encoder::Create(Schema(), "another secret, also long enough");
  ASSERT_TRUE(e1.ok() && e2.ok());
  for (int round = 0; round < 3; ++round) {
    EXPECT_EQ(Encode(*e1, r), first);
    EXPECT_EQ(Encode(*e2, r), second);
    const Encoder copy = *e2;
    EXPECT_EQ(Encode(copy, r), second);
  }
  EXPECT_NE(first, second);
  // Each created after the other was used: never the other's positions.
  auto e3 = Encoder::Create(Schema(), kSecret);
  EXPECT_EQ(Encode(*e3, r), first);
}

TEST(ClkTest, HardeningKeepsMatchesAndChangesTheFilters) {
  auto plain = Encoder::Create(Schema(), kSecret);
  std::string hardened_text = kSchema;
  hardened_text.insert(hardened_text.rfind('}'),
                       R"(, "hardening": {"balance": true, "diffusion_t": 3})");
  auto hardened = Encoder::Create(Schema(hardened_text.c_str()), kSecret);
  ASSERT_TRUE(plain.ok() && hardened.ok());
  EXPECT_EQ(hardened->words(), 32);
  EXPECT_NE(plain->schema().Fingerprint(), hardened->schema().Fingerprint());
  const auto a = Encode(*hardened, {{"name", "Juan Pérez"}, {"dob", "1990-02-03"}});
  const auto b = Encode(*hardened, {{"name", "Juan Peres"}, {"dob", "1990-02-03"}});
  const auto c = Encode(*hardened, {{"name", "Mary Smith"}, {"dob", "1971-11-30"}});
  EXPECT_GT(Dice(a.data(), b.data(), 32), Dice(a.data(), c.data(), 32) + 0.1);
}

TEST(ClkTest, ASaltPrefixSaltsOnlyTheNamedFields) {
  std::string text = kSchema;
  text.insert(text.rfind('}'),
              R"(, "hardening": {"salt": "dob", "salt_chars": 4, "salt_fields": ["name"]})");
  auto salted = Encoder::Create(Schema(text.c_str()), kSecret);
  auto plain = Encoder::Create(Schema(), kSecret);
  ASSERT_TRUE(salted.ok() && plain.ok());
  auto name_only = [](const Encoder& e, const std::string& dob) {
    return Encode(e, {{"name", "Ana Lopez"}, {"dob", dob}});
  };
  // The same birth year: the same salt, whatever the month and day.
  const auto a =
      Encode(*salted, {{"name", "Ana Lopez"}, {"phone", "+34600111222"}, {"dob", "1990-02-03"}});
  const auto b =
      Encode(*salted, {{"name", "Ana Lopez"}, {"phone", "+34600111222"}, {"dob", "1990-11-30"}});
  const auto c =
      Encode(*salted, {{"name", "Ana Lopez"}, {"phone", "+34600111222"}, {"dob", "1991-02-03"}});
  const auto a_plain =
      Encode(*plain, {{"name", "Ana Lopez"}, {"phone", "+34600111222"}, {"dob", "1990-02-03"}});
  const auto c_plain =
      Encode(*plain, {{"name", "Ana Lopez"}, {"phone", "+34600111222"}, {"dob", "1991-02-03"}});
  // Another year changes the name's bits: less alike than without the salt, still alike on the
  // unsalted phone and date.
  EXPECT_GT(Dice(a.data(), b.data(), 16), Dice(a.data(), c.data(), 16));
  EXPECT_LT(Dice(a.data(), c.data(), 16), Dice(a_plain.data(), c_plain.data(), 16) - 0.1);
  EXPECT_GT(Dice(a.data(), c.data(), 16), 0.3);
  // Without the salted name, the unsalted phone and date encode exactly as without hardening.
  const std::map<std::string, std::string> no_name = {{"phone", "+34600111222"},
                                                      {"dob", "1990-02-03"}};
  EXPECT_EQ(Encode(*salted, no_name), Encode(*plain, no_name));
  EXPECT_NE(name_only(*salted, "1990-01-01"), name_only(*plain, "1990-01-01"));
  EXPECT_NE(salted->schema().Fingerprint(), plain->schema().Fingerprint());

  auto r = ParseLinkageSchema(
      R"({"name":"x","fields":[{"name":"a"}],"hardening":{"salt":"b","salt_fields":["z"]}})",
      "s.json");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("'z'"), std::string::npos);
  r = ParseLinkageSchema(R"({"name":"x","fields":[{"name":"a"}],"hardening":{"salt_chars":4}})",
                         "s.json");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("need a salt column"), std::string::npos);
}

TEST(ClkTest, SchemaErrorsAreClear) {
  EXPECT_NE(ParseLinkageSchema("[]", "s.json").status().message().find("JSON object"),
            std::string::npos);
  auto r = ParseLinkageSchema(R"({"name":"x","fields":[{"name":"a","kind":"colour"}]})", "s.json");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("colour"), std::string::npos);
  r = ParseLinkageSchema(R"({"name":"x","filter_bits":1000,"fields":[{"name":"a"}]})", "s.json");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("multiple of 64"), std::string::npos);
  EXPECT_FALSE(ParseLinkageSchema(R"({"name":"x","fields":[]})", "s.json").ok());
}

TEST(ClkTest, EncodingsFileRoundTripsAndDamageIsNamed) {
  TempDir dir;
  auto e = Encoder::Create(Schema(), kSecret);
  ASSERT_TRUE(e.ok());
  std::vector<std::string> ids = {"r1", "r2"};
  std::vector<uint64_t> filters(2 * 16);
  e->Encode({{"name", "Ana"}}, filters.data());
  e->Encode({{"name", "Luis"}}, filters.data() + 16);
  EncodingHeader h{"bank-a", "people", e->schema().Fingerprint(), e->key_check(), 1024, 2};
  ASSERT_TRUE(WriteEncodings(dir.File("a.clk"), h, ids, filters).ok());
  auto read = ReadEncodings(dir.File("a.clk"));
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  EXPECT_EQ(read->ids, ids);
  EXPECT_EQ(read->filters, filters);
  EXPECT_EQ(read->header.partner, "bank-a");
  EXPECT_EQ(read->header.key_check, e->key_check());
  // No secret in the file.
  std::ifstream in(dir.File("a.clk"), std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), {});
  EXPECT_EQ(bytes.find(kSecret), std::string::npos);

  // Cut short.
  std::ofstream(dir.File("cut.clk"), std::ios::binary) << bytes.substr(0, bytes.size() - 10);
  auto cut = ReadEncodings(dir.File("cut.clk"));
  ASSERT_FALSE(cut.ok());
  EXPECT_NE(cut.status().message().find("record 2 of 2"), std::string::npos)
      << cut.status().message();
  std::ofstream(dir.File("junk.clk"), std::ios::binary) << "id,filter\n1,abc\n";
  EXPECT_NE(ReadEncodings(dir.File("junk.clk")).status().message().find("not a tiphub encodings"),
            std::string::npos);
}

}  // namespace
}  // namespace tiphub::link
