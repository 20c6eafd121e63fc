#include "app/report.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "app/cases.h"
#include "app/ingest.h"
#include "app/scan.h"
#include "app/test_workspace.h"
#include "common/rng.h"
#include "common/strings.h"
#include "common/temp_dir.h"
#include "report/profile.h"
#include "store/store.h"

namespace tiphub::app {
namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

class ReportTest : public testing::WorkspaceCopyTest {
 protected:
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
  std::printf("scheme types with an alert to report: %zu of %zu\n", alert_for_scheme.size(),
              schemes.size());
  EXPECT_EQ(alert_for_scheme.size(), schemes.size());
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
  // A profile that requires a reporting person but names none is refused before anything is
  // written.
  std::string no_person = Slurp(std::string(TIPHUB_SOURCE_DIR) + "/profiles/goaml5-generic.json");
  const size_t person = no_person.find("\"first_name\": \"Compliance\"");
  ASSERT_NE(person, std::string::npos);
  no_person.replace(person, 26, "\"first_name\": \"\"");
  std::ofstream(dir_.File("noperson.json")) << no_person;
  r.xsd.clear();
  r.profile = dir_.File("noperson.json");
  result = WriteReport(ctx_, r);
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.status().message().find("reporting_person"), std::string::npos)
      << result.status().message();
  // A profile mapping to a code outside its own lookup list is refused up front.
  std::string profile = Slurp(std::string(TIPHUB_SOURCE_DIR) + "/profiles/goaml5-generic.json");
  const size_t at = profile.find("\"HT-01\": \"FPOES\"");
  ASSERT_NE(at, std::string::npos);
  profile.replace(at, 16, "\"HT-01\": \"ZZZZZ\"");
  std::ofstream(dir_.File("bad.json")) << profile;
  r.profile = dir_.File("bad.json");
  result = WriteReport(ctx_, r);
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.status().message().find("ZZZZZ"), std::string::npos);
}

// The built-in generic profile codes every indicator the catalog gives a goAML code the same way.
// `tiphub report` killed with SIGKILL at random moments: every report file that exists has its
// audit event (audit before effect), and report files are the owner's only.
TEST_F(ReportTest, AReportThatExistsIsAuditedEvenWhenTheWriterIsKilled) {
  auto opened = OpenCase(ctx_, 1, std::nullopt, "");
  ASSERT_TRUE(opened.ok()) << opened.status().message();
  const std::string case_id = std::to_string(opened->c.id);
  auto run = [&](const std::string& out) {
    return testing::SpawnQuiet({TIPHUB_BINARY, "report", "--store", ctx_.store_path, "--case",
                                case_id, "--out", out, "--user", "killed"});
  };
  // One run to completion gives the time a report takes.
  const auto start = std::chrono::steady_clock::now();
  const pid_t whole = run(dir_.File("whole.xml"));
  int status = 0;
  waitpid(whole, &status, 0);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  const auto full = std::chrono::duration_cast<std::chrono::microseconds>(
      std::chrono::steady_clock::now() - start);
  struct stat st {};
  ASSERT_EQ(stat(dir_.File("whole.xml").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);

  Rng rng(2026);
  std::vector<std::string> outs;
  for (int i = 0; i < 25; ++i) {
    outs.push_back(dir_.File(fmt::format("r{}.xml", i)));
    const pid_t pid = run(outs.back());
    // From the start to a little past the end of a whole run.
    std::this_thread::sleep_for(std::chrono::microseconds(
        static_cast<int64_t>(rng.UniformDouble() * 1.2 * static_cast<double>(full.count()))));
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
  }
  auto store = store::OpenSqliteStore(ctx_.store_path);
  ASSERT_TRUE(store.ok());
  auto trail = (*store)->AuditTrail("case:" + case_id);
  ASSERT_TRUE(trail.ok());
  int existing = 0;
  for (const std::string& out : outs) {
    if (!std::filesystem::exists(out)) continue;
    ++existing;
    bool audited = false;
    for (const AuditEvent& e : *trail) {
      audited |= e.action == "report.write" && e.detail.ends_with("written to " + out);
    }
    EXPECT_TRUE(audited) << out << " exists without its audit event";
  }
  RecordProperty("reports_that_exist", existing);
}

TEST(ReportProfileTest, GenericProfileAgreesWithTheCatalog) {
  auto profile = report::LoadFiuProfile("goaml5-generic");
  ASSERT_TRUE(profile.ok()) << profile.status().ToString();
  for (const auto& info : IndicatorCatalog()) {
    if (info.goaml_code.empty()) continue;
    SCOPED_TRACE(std::string(info.id));
    const auto it = profile->indicator_codes.find(std::string(info.id));
    ASSERT_NE(it, profile->indicator_codes.end());
    EXPECT_EQ(it->second, info.goaml_code);
  }
  EXPECT_TRUE(report::LoadFiuProfile("fincen-us").ok());
  EXPECT_EQ(report::LoadFiuProfile("no-such-profile.json").status().code(), StatusCode::kNotFound);
}

// An FIU loads a bank's report into its own workspace: the same transactions and parties come back.
TEST_F(ReportTest, GoamlReportReadsBackToTheSameRecords) {
  auto alerts = ListAlerts(ctx_.store_path, 3, 0, "");
  ASSERT_TRUE(alerts.ok());
  auto opened = OpenCase(ctx_, (*alerts)[0].id, std::nullopt, "");
  ASSERT_TRUE(opened.ok());
  for (size_t k = 1; k < alerts->size(); ++k) {
    ASSERT_TRUE(OpenCase(ctx_, (*alerts)[k].id, opened->c.id, "").ok());
  }
  auto c = ShowCase(ctx_, opened->c.id);
  ASSERT_TRUE(c.ok());
  ReportRequest r;
  r.case_id = opened->c.id;
  r.out = dir_.File("reports/str.xml");
  std::filesystem::create_directories(dir_.File("reports"));
  ASSERT_TRUE(WriteReport(ctx_, r).ok());

  IngestRequest in;
  in.store_path = dir_.File("fiu.db");
  in.inputs = {dir_.File("reports")};  // a folder of reports
  in.goaml = true;
  auto report = Ingest(in, nullptr);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->total.rejected, 0);
  EXPECT_EQ(report->total.read,
            report->total.accepted + report->total.rejected + report->total.duplicates);
  // Ingesting the same report again changes nothing.
  auto again = Ingest(in, nullptr);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->total.accepted, 0);

  auto fiu = store::OpenSqliteStore(in.store_path);
  ASSERT_TRUE(fiu.ok());
  std::map<std::string, Transaction> got;
  ASSERT_TRUE((*fiu)
                  ->ForEachTransaction([&](const Transaction& tx) {
                    got[tx.id] = tx;
                    return Status::Ok();
                  })
                  .ok());
  ASSERT_EQ(got.size(), c->c.transactions.size());
  for (const Transaction& want : c->c.transactions) {
    SCOPED_TRACE(want.id);
    ASSERT_TRUE(got.count(want.id));
    const Transaction& tx = got[want.id];
    EXPECT_EQ(tx.time.utc_seconds, want.time.utc_seconds);
    EXPECT_EQ(tx.time.offset_minutes, want.time.offset_minutes);
    EXPECT_EQ(tx.from_bank, want.from_bank);
    EXPECT_EQ(tx.from_account, want.from_account);
    EXPECT_EQ(tx.to_bank, want.to_bank);
    EXPECT_EQ(tx.to_account, want.to_account);
    EXPECT_EQ(tx.amount, want.amount);
    EXPECT_EQ(tx.channel, want.channel);
    EXPECT_EQ(tx.mcc, want.mcc);
    EXPECT_EQ(tx.merchant_id, want.merchant_id);
    EXPECT_EQ(tx.city, want.city);
    EXPECT_EQ(tx.country, want.country);
  }
  std::map<std::string, Party> parties;
  ASSERT_TRUE((*fiu)
                  ->ForEachParty([&](const Party& p) {
                    parties[p.id] = p;
                    return Status::Ok();
                  })
                  .ok());
  for (const Party& want : c->c.parties) {
    SCOPED_TRACE(want.id);
    if (!parties.count(want.id)) {
      ADD_FAILURE() << "party missing";
      continue;
    }
    const Party& p = parties[want.id];
    EXPECT_EQ(p.kind, want.kind);
    EXPECT_EQ(p.phone, want.phone);
    EXPECT_EQ(p.email, want.email);
    EXPECT_EQ(p.address, want.address);
    EXPECT_EQ(p.city, want.city);
    EXPECT_EQ(p.country, want.country);
    if (want.kind == PartyKind::kPerson) {
      EXPECT_EQ(p.given_names, want.given_names);
      EXPECT_EQ(p.surnames, want.surnames);
      EXPECT_EQ(p.birth_date, want.birth_date);
    } else {
      EXPECT_EQ(p.name, want.name);
      EXPECT_EQ(p.mcc, want.mcc);
    }
  }
  std::map<std::string, Account> accounts;
  ASSERT_TRUE((*fiu)
                  ->ForEachAccount([&](const Account& a) {
                    accounts[a.id] = a;
                    return Status::Ok();
                  })
                  .ok());
  for (const Account& want : c->c.accounts) {
    SCOPED_TRACE(want.id);
    ASSERT_TRUE(accounts.count(want.id));
    EXPECT_EQ(accounts[want.id].bank, want.bank);
    EXPECT_EQ(accounts[want.id].party_id, want.party_id);
    EXPECT_EQ(accounts[want.id].type, want.type);
    EXPECT_EQ(accounts[want.id].opened, want.opened);
    EXPECT_EQ(accounts[want.id].custodian, want.custodian);
  }
}

}  // namespace
}  // namespace tiphub::app
