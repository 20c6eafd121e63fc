#include "app/tips.h"

#include <gtest/gtest.h>

#include "app/test_workspace.h"
#include "common/file.h"
#include "store/store.h"

namespace tiphub::app {
namespace {

class TipsTest : public testing::WorkspaceCopyTest {
 protected:
  // A party phone and one of its accounts from the workspace.
  std::pair<std::string, std::string> PartyWithAccount() {
    auto s = store::OpenSqliteStore(ctx_.store_path);
    EXPECT_TRUE(s.ok());
    std::pair<std::string, std::string> out;
    std::map<std::string, std::string> phone_of;
    EXPECT_TRUE((*s)->ForEachParty([&](const Party& p) {
                      if (!p.phone.empty()) phone_of[p.id] = p.phone;
                      return Status::Ok();
                    })
                    .ok());
    EXPECT_TRUE((*s)->ForEachAccount([&](const Account& a) {
                      if (out.first.empty() && phone_of.contains(a.party_id)) {
                        out = {phone_of[a.party_id], a.id};
                      }
                      return Status::Ok();
                    })
                    .ok());
    return out;
  }
};

TEST(TipNormalizeTest, IdentifierForms) {
  EXPECT_EQ(NormalizeTipPhone("+1 (555) 010-2030"), "5550102030");
  EXPECT_EQ(NormalizeTipPhone("555 010 2030"), "5550102030");
  EXPECT_EQ(NormalizeTipPhone("12"), "");
  EXPECT_EQ(NormalizeTipEmail(" Ana@Example.COM "), "ana@example.com");
  EXPECT_EQ(NormalizeTipEmail("nope"), "");
  EXPECT_EQ(NormalizeTipPlate("abc-1234"), "ABC1234");
  EXPECT_EQ(NormalizeTipHandle("@@Rosa_22"), "rosa_22");
}

TEST_F(TipsTest, LinksTipsToPartiesAccountsAndEachOther) {
  const auto [phone, account] = PartyWithAccount();
  ASSERT_FALSE(phone.empty());
  auto initial = ListTipsJson(ctx_, {});
  ASSERT_TRUE(initial.ok());
  const int64_t before = (*initial)["total"];
  Tip t;
  t.place = "Exit 12 truck stop";
  t.text = "girl, maybe 15 years old, going truck to truck";
  t.indicators = {"dropped_off_and_collected"};
  t.phones = {"(" + phone.substr(phone.size() - 10, 3) + ") " + phone.substr(phone.size() - 7)};
  t.vehicles = {{"Ford", "F-150", "black", "ABC-1234", "TX"}};
  auto first = SubmitTip(ctx_, t, "api");
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_TRUE(first->tip.urgent);
  bool party = false, acct = false;
  for (const auto& l : first->links) {
    party |= l["target_kind"] == "party";
    acct |= l["target_kind"] == "account" && l["target_id"] == account;
  }
  EXPECT_TRUE(party);
  EXPECT_TRUE(acct);

  Tip second;
  second.place = "same stop, next night";
  second.vehicles = {{"", "", "", "abc 1234", ""}};
  auto next = SubmitTip(ctx_, second, "web");
  ASSERT_TRUE(next.ok()) << next.status().message();
  ASSERT_EQ(next->links.size(), 1u);
  EXPECT_EQ(next->links[0]["target_kind"], "tip");
  EXPECT_EQ(next->links[0]["via_kind"], "plate");

  auto detail = TipDetailJson(ctx_, first->tip.id);
  ASSERT_TRUE(detail.ok());
  bool back = false;
  for (const auto& l : (*detail)["links"]) back |= l["target_kind"] == "tip";
  EXPECT_TRUE(back);

  auto list = ListTipsJson(ctx_, {});
  ASSERT_TRUE(list.ok());
  EXPECT_EQ((*list)["total"], before + 2);              // the world's own tips came with ingest
  EXPECT_EQ((*list)["items"][0]["id"], first->tip.id);  // urgent first, then newest

  auto s = store::OpenSqliteStore(ctx_.store_path);
  ASSERT_TRUE(s.ok());
  auto trail = (*s)->AuditTrail("");
  ASSERT_TRUE(trail.ok());
  int reads = 0, submits = 0;
  for (const auto& e : *trail) {
    if (e.actor != "ana") continue;
    reads += e.action == "tip.read" || e.action == "tip.list";
    submits += e.action == "tip.submit";
  }
  EXPECT_EQ(reads, 3);
  EXPECT_EQ(submits, 2);
}

TEST_F(TipsTest, CsvImportReportsEveryRejectedRow) {
  const std::string csv =
      "observed_at,place,indicators,vehicle_plate,phones,text,reliability,credibility\n"
      "2026-11-20T22:10:00-06:00,Exit 4,not_in_control_of_id,XYZ 9,555 010 2030,seen,B,2\n"
      "2026-11-20,Exit 5,bogus_indicator,,,seen,B,2\n"
      "not a date,Exit 6,,,,seen,B,2\n"
      ",,,,,,,\n"
      "2026-11-21,Exit 7,,,,,B,2\n"
      "2026-11-21,Exit 8,,,,\"a child, now\",C,3\n"
      "2026-11-21,Exit 9,,,,seen,B,x\n"
      "only,three,fields\n";
  auto r = ImportTipsCsv(ctx_, csv);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->read, 8);  // the row of empty fields counts, and is rejected
  EXPECT_EQ(r->accepted, 2);
  EXPECT_EQ(r->rejected, 6);
  EXPECT_EQ(r->read, r->accepted + r->rejected);
  EXPECT_EQ(r->urgent, 1);
  ASSERT_EQ(r->rejects.size(), 6u);
  EXPECT_EQ(r->rejects[0].line, 3);
  EXPECT_NE(r->rejects[0].reason.find("bogus_indicator"), std::string::npos);
  EXPECT_NE(r->rejects[1].reason.find("observed_at"), std::string::npos);

  auto bad = ImportTipsCsv(ctx_, "place,colour_of_sky\nx,y\n");
  EXPECT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("colour_of_sky"), std::string::npos);
}

TEST_F(TipsTest, SimulatorTipsAndAdsImportLinkAndDeduplicate) {
  const std::string ads = dir_.File("ads.jsonl");
  const std::string tips = dir_.File("tips.jsonl");
  ASSERT_TRUE(WriteFileAtomically(
                  ads,
                  R"({"id":"AD1","site":"Atlas","date":"2026-01-02","phone":"+1 312 555 0199",)"
                  R"("handle":"@rosa22","text":"new in town"})"
                  "\n"
                  R"({"site":"no id"})"
                  "\n")
                  .ok());
  ASSERT_TRUE(
      WriteFileAtomically(
          tips,
          R"({"id":"TIP1","indicators":["appears_minor"],"observed_at":"2026-01-03T02:00:00Z",)"
          R"("place":{"city":"Puebla","country":"MX","description":"truck stop"},)"
          R"("phones":["312-555-0199"],"reporter_reliability":"B","credibility":2,)"
          R"("consent_to_contact":false,"vehicle":{"make":"Ford","plate":"XYZ-1"}})"
          "\n"
          R"({"id":"TIP2","indicators":["not_a_code"],"place":"x","text":"y"})"
          "\n\nnot json\n")
          .ok());
  auto a = ImportAdsJsonl(ctx_, ads);
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_EQ(a->read, 2);
  EXPECT_EQ(a->accepted, 1);
  EXPECT_EQ(a->rejected, 1);
  auto t = ImportTipsJsonl(ctx_, tips);
  ASSERT_TRUE(t.ok()) << t.status().message();
  EXPECT_EQ(t->read, 3);
  EXPECT_EQ(t->accepted, 1);
  EXPECT_EQ(t->rejected, 2);
  EXPECT_EQ(t->urgent, 1);
  ASSERT_EQ(t->rejects.size(), 2u);
  EXPECT_EQ(t->rejects[1].line, 4);  // blank line 3 is skipped, not counted
  auto again = ImportTipsJsonl(ctx_, tips);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->duplicates, 1);
  EXPECT_EQ(again->accepted, 0);
  EXPECT_EQ(again->read, again->accepted + again->rejected + again->duplicates);

  auto list = ListTipsJson(ctx_, {});
  ASSERT_TRUE(list.ok());
  const int64_t id = (*list)["items"][0]["id"];
  auto detail = TipDetailJson(ctx_, id);
  ASSERT_TRUE(detail.ok());
  EXPECT_EQ((*detail)["reference"], "TIP1");
  EXPECT_EQ((*detail)["place"], "truck stop, Puebla, MX");
  EXPECT_EQ((*detail)["reliability"], "B");
  EXPECT_EQ((*detail)["vehicles"][0]["plate"], "XYZ-1");
  ASSERT_EQ((*detail)["ads"].size(), 1u);
  EXPECT_EQ((*detail)["ads"][0]["id"], "AD1");
}

}  // namespace
}  // namespace tiphub::app
