#include "app/report.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "app/cases.h"
#include "app/scan.h"
#include "app/test_workspace.h"
#include "common/strings.h"
#include "common/temp_dir.h"

namespace tiphub::app {
namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

class ReportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::CopyWorkspace(dir_.File("w.db"));
    ctx_.store_path = dir_.File("w.db");
    ctx_.actor = "ana";
  }

  // Scheme type of every illicit account of the shared world.
  std::map<std::string, std::string> SchemeOfAccount() {
    std::map<std::string, std::string> out;
    std::ifstream in(testing::SharedWorkspace().world_dir + "/labels_accounts.csv");
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
      const auto f = Split(line, ',');
      if (f.size() >= 5 && f[4] == "1") out[std::string(f[0])] = std::string(f[2]);
    }
    return out;
  }

  TempDir dir_;
  CaseContext ctx_;
};

// For every planted scheme type an alert covers: open a case from its best alert and write all
// three report forms; each must validate (WriteReport refuses to write otherwise).
TEST_F(ReportTest, CasesFromEverySchemeTypeValidate) {
  const auto scheme_of = SchemeOfAccount();
  std::set<std::string> schemes;
  for (const auto& [account, scheme] : scheme_of) schemes.insert(scheme);
  auto alerts = ListAlerts(ctx_.store_path, 100000, 0, "");
  ASSERT_TRUE(alerts.ok());
  std::map<std::string, int64_t> alert_for_scheme;  // alerts are sorted by score
  for (const Alert& a : *alerts) {
    for (const auto& acc : a.accounts) {
      const auto it = scheme_of.find(acc.account);
      if (it != scheme_of.end()) alert_for_scheme.emplace(it->second, a.id);
    }
  }
  // Detection need not cover every scheme in a 35-day world, but most must be reportable.
  EXPECT_GE(alert_for_scheme.size(), schemes.size() - 2) << "schemes: " << schemes.size();
  for (const auto& [scheme, alert_id] : alert_for_scheme) {
    SCOPED_TRACE(scheme);
    auto opened = OpenCase(ctx_, alert_id, std::nullopt, "");
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    for (const char* format : {"goaml-str", "goaml-sar", "fincen"}) {
      SCOPED_TRACE(format);
      ReportRequest r;
      r.case_id = opened->c.id;
      r.format = std::string(format).starts_with("goaml") ? "goaml" : "fincen";
      r.type = std::string(format) == "goaml-sar" ? "sar" : "";
      r.out = dir_.File(fmt::format("{}-{}.xml", scheme, format));
      auto result = WriteReport(ctx_, r);
      ASSERT_TRUE(result.ok()) << result.status().ToString();
      const std::string xml = Slurp(r.out);
      EXPECT_EQ(static_cast<int64_t>(xml.size()), result->bytes);
      if (r.format == "fincen") {
        EXPECT_NE(xml.find("<fc2:FilingInstitutionNotetoFinCEN>HUMAN TRAFFICKING FIN-2020-A008<"),
                  std::string::npos);
        EXPECT_NE(xml.find("<fc2:ActivityNarrativeText>HUMAN TRAFFICKING FIN-2020-A008"),
                  std::string::npos);
        EXPECT_NE(xml.find("<fc2:SuspiciousActivitySubtypeID>927<"), std::string::npos);
      } else {
        EXPECT_NE(xml.find("<report_indicators>"), std::string::npos);
        EXPECT_NE(xml.find(r.type == "sar" ? "<activity>" : "<transaction>"), std::string::npos);
      }
    }
  }
  // Writing is audited.
  auto view = ShowCase(ctx_, 1);
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(view->audit.back().action, "report.write");
}

TEST_F(ReportTest, OwnClientsUseTheMyClientFormsWithKyc) {
  auto alerts = ListAlerts(ctx_.store_path, 1, 0, "");
  ASSERT_TRUE(alerts.ok());
  auto opened = OpenCase(ctx_, (*alerts)[0].id, std::nullopt, "");
  ASSERT_TRUE(opened.ok());
  ReportRequest r;
  r.case_id = opened->c.id;
  r.out = dir_.File("str.xml");
  auto result = WriteReport(ctx_, r);
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  EXPECT_FALSE(result->bank.empty());
  const std::string xml = Slurp(r.out);
  EXPECT_NE(xml.find("<t_from_my_client>"), std::string::npos);
  EXPECT_NE(xml.find("<birthdate>"), std::string::npos);
  EXPECT_NE(xml.find("<rentity_id>1001</rentity_id>"), std::string::npos);
}

TEST_F(ReportTest, MissingKycNamesPartyAndFieldAndWritesNothing) {
  auto alerts = ListAlerts(ctx_.store_path, 1, 0, "");
  ASSERT_TRUE(alerts.ok());
  auto opened = OpenCase(ctx_, (*alerts)[0].id, std::nullopt, "");
  ASSERT_TRUE(opened.ok());
  // An FIU that requires the occupation of every own client, which the workspace does not hold.
  std::string profile = Slurp(std::string(TIPHUB_SOURCE_DIR) + "/profiles/goaml5-generic.json");
  const std::string from = R"("person_my_client": ["first_name")";
  const size_t at = profile.find(from);
  ASSERT_NE(at, std::string::npos);
  profile.replace(at, from.size(), R"("person_my_client": ["occupation", "first_name")");
  std::ofstream(dir_.File("strict.json")) << profile;
  ReportRequest r;
  r.case_id = opened->c.id;
  r.profile = dir_.File("strict.json");
  r.out = dir_.File("str.xml");
  auto result = WriteReport(ctx_, r);
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.status().message().find("lacks occupation"), std::string::npos)
      << result.status().message();
  EXPECT_NE(result.status().message().find("party C"), std::string::npos)
      << result.status().message();
  EXPECT_FALSE(std::filesystem::exists(r.out));
  EXPECT_FALSE(std::filesystem::exists(r.out + ".partial"));
}

TEST_F(ReportTest, TheFiusOwnXsdDecidesAndViolationsNameTheElement) {
  auto alerts = ListAlerts(ctx_.store_path, 1, 0, "");
  ASSERT_TRUE(alerts.ok());
  auto opened = OpenCase(ctx_, (*alerts)[0].id, std::nullopt, "");
  ASSERT_TRUE(opened.ok());
  // An FIU whose schema wants a fiu_ref_number first: our report lacks it.
  std::ofstream(dir_.File("fiu.xsd")) << R"(<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:element name="report"><xs:complexType><xs:sequence>
    <xs:element name="fiu_ref_number" type="xs:string"/>
    <xs:any processContents="skip" minOccurs="0" maxOccurs="unbounded"/>
  </xs:sequence></xs:complexType></xs:element>
</xs:schema>)";
  ReportRequest r;
  r.case_id = opened->c.id;
  r.xsd = dir_.File("fiu.xsd");
  r.out = dir_.File("str.xml");
  auto result = WriteReport(ctx_, r);
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.status().message().find("/report"), std::string::npos)
      << result.status().message();
  EXPECT_NE(result.status().message().find("fiu_ref_number"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(r.out));
  // A profile mapping to a code outside its own lookup list is refused up front.
  std::string profile = Slurp(std::string(TIPHUB_SOURCE_DIR) + "/profiles/goaml5-generic.json");
  const size_t at = profile.find("\"HT-01\": \"FPOES\"");
  ASSERT_NE(at, std::string::npos);
  profile.replace(at, 16, "\"HT-01\": \"ZZZZZ\"");
  std::ofstream(dir_.File("bad.json")) << profile;
  r.xsd.clear();
  r.profile = dir_.File("bad.json");
  result = WriteReport(ctx_, r);
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.status().message().find("ZZZZZ"), std::string::npos);
}

}  // namespace
}  // namespace tiphub::app
