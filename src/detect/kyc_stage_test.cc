#include "detect/kyc_stage.h"

#include <gtest/gtest.h>

#include "detect/accounts.h"

namespace tiphub::detect {
namespace {

Party Person(const std::string& id, const std::string& name, const std::string& phone,
             const std::string& address) {
  Party p;
  p.id = id;
  p.name = name;
  p.phone = phone;
  p.address = address;
  p.city = "Houston";
  return p;
}

Account AccountOf(const std::string& id, const std::string& party,
                  const std::string& custodian = "") {
  Account a;
  a.id = id;
  a.party_id = party;
  a.custodian = custodian;
  return a;
}

TEST(KycStageTest, OnePhoneUnderFourNamesFiresForEachHolder) {
  ReferenceData ref;
  for (int k = 0; k < 4; ++k) {
    const std::string n = std::to_string(k);
    ref.parties.push_back(Person("P" + n, "Name " + n, "+15550001111", "Street " + n));
    ref.accounts.push_back(AccountOf("A" + n, "P" + n));
  }
  ref.parties.push_back(Person("Q", "Other", "+15550002222", "Elsewhere 1"));
  ref.accounts.push_back(AccountOf("B", "Q"));
  const Rules rules({});
  AccountTable table(rules, std::move(ref));
  KycIndicators(table, Holders(table));
  ASSERT_TRUE(table[table.Intern("A0")].hits.count("HT-32"));
  EXPECT_EQ(table[table.Intern("A0")].hits.at("HT-32").value, 3);
  EXPECT_FALSE(table[table.Intern("B")].hits.count("HT-32"));
}

TEST(KycStageTest, OnePersonsRecordsAtSeveralBanksCountOnce) {
  ReferenceData ref;
  for (int k = 0; k < 4; ++k) {
    const std::string n = std::to_string(k);
    ref.parties.push_back(Person("P" + n, "Name " + n, "+15550001111", "Street 1"));
    ref.accounts.push_back(AccountOf("A" + n, "P" + n));
    ref.entity_of_party["P" + n] = "E1";  // resolved: one person
  }
  const Rules rules({});
  AccountTable table(rules, std::move(ref));
  KycIndicators(table, Holders(table));
  EXPECT_FALSE(table[table.Intern("A0")].hits.count("HT-32"));
}

TEST(KycStageTest, CustodianOnThreeAccounts) {
  ReferenceData ref;
  for (int k = 0; k < 3; ++k) {
    const std::string n = std::to_string(k);
    ref.parties.push_back(Person("P" + n, "Worker " + n, "", ""));
    ref.accounts.push_back(AccountOf("A" + n, "P" + n, "BOSS"));
  }
  const Rules rules({});
  AccountTable table(rules, std::move(ref));
  KycIndicators(table, Holders(table));
  ASSERT_TRUE(table[table.Intern("A2")].hits.count("HT-33"));
  EXPECT_EQ(table[table.Intern("A2")].hits.at("HT-33").value, 3);
}

}  // namespace
}  // namespace tiphub::detect
