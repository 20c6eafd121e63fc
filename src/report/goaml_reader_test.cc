#include "report/goaml_reader.h"
#include "report/xml.h"

#include <gtest/gtest.h>

#include <string>

namespace tiphub::report {
namespace {

FiuProfile Generic() {
  auto p = LoadFiuProfile("goaml5-generic");
  EXPECT_TRUE(p.ok()) << p.status().ToString();
  return *p;
}

constexpr const char* kReport = R"(<?xml version="1.0" encoding="UTF-8"?>
<report>
  <rentity_id>7</rentity_id>
  <submission_code>E</submission_code>
  <report_code>STR</report_code>
  <entity_reference>REF-1</entity_reference>
  <submission_date>2026-03-01T00:00:00</submission_date>
  <currency_code_local>MXN</currency_code_local>
  <transaction>
    <transactionnumber>TX-1</transactionnumber>
    <transaction_location>Puebla</transaction_location>
    <transaction_description>cash</transaction_description>
    <date_transaction>2026-02-03T10:00:00</date_transaction>
    <transmode_code>CASH</transmode_code>
    <amount_local>1500.50</amount_local>
    <t_from>
      <from_funds_code>CASH</from_funds_code>
      <from_person><first_name>Ana</first_name><last_name>Ruiz Soto</last_name></from_person>
      <from_country>MX</from_country>
    </t_from>
    <t_to_my_client>
      <to_funds_code>CASH</to_funds_code>
      <to_account>
        <institution_code>BANKX</institution_code>
        <account>ACC-9</account>
        <client_number>CL-9</client_number>
        <personal_account_type>PREPD</personal_account_type>
        <signatory><t_person><first_name>Luis</first_name><last_name>Mora</last_name>
          <birthdate>1990-04-05T00:00:00</birthdate></t_person><role>OWNER</role></signatory>
        <opened>2020-01-01T00:00:00</opened>
        <status_code>ACTIV</status_code>
      </to_account>
      <to_country>MX</to_country>
    </t_to_my_client>
  </transaction>
  <transaction>
    <transactionnumber>TX-2</transactionnumber>
    <transaction_location>Puebla</transaction_location>
    <transaction_description>bad</transaction_description>
    <date_transaction>yesterday</date_transaction>
    <transmode_code>CASH</transmode_code>
    <amount_local>1</amount_local>
  </transaction>
  <report_indicators><indicator>OTHER</indicator></report_indicators>
</report>)";

TEST(GoamlReaderTest, ReadsTransactionsAccountsAndParties) {
  auto r = ReadGoaml(kReport, "r.xml", Generic());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->report_code, "STR");
  EXPECT_EQ(r->rentity_id, 7);
  ASSERT_EQ(r->transactions.size(), 1u);
  const Transaction& tx = r->transactions[0];
  EXPECT_EQ(tx.id, "TX-1");
  EXPECT_EQ(tx.amount.minor, 150050);
  EXPECT_EQ(tx.amount.currency.code(), "MXN");
  EXPECT_EQ(tx.channel, Channel::kCashDeposit);  // CASH into an account
  EXPECT_EQ(tx.to_account, "ACC-9");
  EXPECT_EQ(tx.to_bank, "BANKX");
  EXPECT_TRUE(tx.from_account.empty());
  ASSERT_EQ(r->accounts.size(), 1u);
  EXPECT_EQ(r->accounts[0].type, AccountType::kPrepaid);
  EXPECT_EQ(r->accounts[0].party_id, "CL-9");
  EXPECT_EQ(r->accounts[0].opened, "2020-01-01");
  ASSERT_EQ(r->parties.size(), 2u);  // the depositor and the holder
  // The bad transaction is rejected on its own, with its line and field.
  ASSERT_EQ(r->rejected.size(), 1u);
  EXPECT_EQ(r->rejected[0].field, "date_transaction");
  EXPECT_EQ(r->rejected[0].line, 36);  // where <transaction> of TX-2 starts
}

TEST(GoamlReaderTest, RefusesHostileAndWrongDocuments) {
  const FiuProfile p = Generic();
  const std::string bomb = R"(<?xml version="1.0"?>
<!DOCTYPE report [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<report>&b;</report>)";
  auto r = ReadGoaml(bomb, "bomb.xml", p);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("ENTITY"), std::string::npos) << r.status().message();

  const std::string xxe = R"(<?xml version="1.0"?>
<!DOCTYPE report [<!ENTITY x SYSTEM "file:///etc/passwd">]><report>&x;</report>)";
  EXPECT_FALSE(ReadGoaml(xxe, "xxe.xml", p).ok());

  r = ReadGoaml("<?xml version=\"1.0\"?><EFilingBatchXML/>", "sar.xml", p);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("root element"), std::string::npos);

  r = ReadGoaml("<report><transaction>", "cut.xml", p);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("not well-formed"), std::string::npos);

  r = ReadGoaml(std::string(64, '\x01'), "binary.xml", p);
  EXPECT_FALSE(r.ok());
  EXPECT_FALSE(ReadGoaml("", "empty.xml", p).ok());
  r = ReadGoaml("<report><currency_code_local>MXN</currency_code_local></report>", "x.xml", p);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("neither"), std::string::npos);
  r = ReadGoaml("<report><currency_code_local>ZZZ</currency_code_local></report>", "x.xml", p);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("'ZZZ' is not an ISO 4217 code"), std::string::npos)
      << r.status().message();
}

TEST(GoamlReaderTest, HugeDocumentsAreRefusedBeforeParsing) {
  const std::string doc = "<report>" + std::string(5000, ' ') + "</report>";
  auto parsed = ParseUntrustedXml(doc, "big.xml", 4096);
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.status().code(), StatusCode::kResourceExhausted);
  EXPECT_NE(parsed.status().message().find("split it"), std::string::npos);
  EXPECT_TRUE(ParseUntrustedXml(doc, "big.xml", 8192).ok());
}

}  // namespace
}  // namespace tiphub::report
