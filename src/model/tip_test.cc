#include "model/tip.h"

#include <gtest/gtest.h>

namespace tiphub {
namespace {

Tip Basic() {
  Tip t;
  t.place = "Truck stop, exit 12";
  t.text = "a car dropped a woman at several trucks";
  return t;
}

TEST(TipTest, UrgentIndicatorsAndWordsFlagTheTip) {
  Tip t = Basic();
  AssessUrgency(t);
  EXPECT_FALSE(t.urgent);

  t.indicators = {"appears_minor"};
  AssessUrgency(t);
  EXPECT_TRUE(t.urgent);
  ASSERT_EQ(t.urgency_reasons.size(), 1u);

  for (const char* text : {"she said she was 15 years old", "looked 16yo", "a teen girl",
                           "it is happening right now", "aged 14", "una niña en el camión"}) {
    Tip u = Basic();
    u.text = text;
    AssessUrgency(u);
    EXPECT_TRUE(u.urgent) << text;
  }
  for (const char* text : {"she was 25 years old", "route 15 near mile 17", "a 40 yo man"}) {
    Tip u = Basic();
    u.text = text;
    AssessUrgency(u);
    EXPECT_FALSE(u.urgent) << text;
  }
}

TEST(TipTest, ValidationNamesTheField) {
  EXPECT_EQ(ValidateTip(Basic()), "");
  Tip t = Basic();
  t.indicators = {"nope"};
  EXPECT_NE(ValidateTip(t).find("unknown indicator 'nope'"), std::string::npos);
  t = Basic();
  t.reliability = 'Z';
  EXPECT_NE(ValidateTip(t).find("reliability"), std::string::npos);
  t = Basic();
  t.credibility = 9;
  EXPECT_NE(ValidateTip(t).find("credibility"), std::string::npos);
  t = Basic();
  t.latitude = 95;
  t.longitude = 10;
  EXPECT_NE(ValidateTip(t).find("latitude"), std::string::npos);
  t = Basic();
  t.place.clear();
  EXPECT_NE(ValidateTip(t).find("where"), std::string::npos);
  t = Basic();
  t.text.clear();
  EXPECT_NE(ValidateTip(t).find("what was seen"), std::string::npos);
  t = Basic();
  t.reporter_contact = "555 0100";
  EXPECT_NE(ValidateTip(t).find("contact_consent"), std::string::npos);
}

TEST(TipTest, EveryFieldIsBoundedAndClean) {
  Tip t = Basic();
  t.people = {std::string(40u << 20, 'x')};  // 40 MB in one description
  EXPECT_EQ(ValidateTip(t), "people[0] is longer than 200 bytes");
  t = Basic();
  t.phones.assign(51, "555 0100");
  EXPECT_EQ(ValidateTip(t), "phones has more than 50 entries");
  t = Basic();
  t.vehicles.emplace_back();
  t.vehicles[0].plate = "AB\r\n12";
  EXPECT_EQ(ValidateTip(t), "vehicles[0].plate holds control character U+000D");
  t = Basic();
  t.place = "\xff\xfe";
  EXPECT_EQ(ValidateTip(t), "place is not valid UTF-8");
  t = Basic();
  t.text = "line one\nline two";  // free text may break lines
  EXPECT_EQ(ValidateTip(t), "");
  t.text = std::string("nul\0byte", 8);
  EXPECT_EQ(ValidateTip(t), "text holds control character U+0000");
}

TEST(TipTest, EveryIndicatorHasALabelAndSource) {
  ASSERT_GE(TipIndicators().size(), 10u);
  for (const TipIndicator& ind : TipIndicators()) {
    EXPECT_FALSE(ind.label.empty());
    EXPECT_FALSE(ind.source.empty());
    EXPECT_EQ(FindTipIndicator(ind.code), &ind);
  }
}

}  // namespace
}  // namespace tiphub
