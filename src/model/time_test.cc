#include "model/time.h"

#include <gtest/gtest.h>

namespace tiphub {
namespace {

TEST(TimeTest, CivilRoundTrip) {
  for (int64_t days = -800'000; days < 800'000; days += 997) {
    CivilDate d = CivilFromDays(days);
    ASSERT_TRUE(IsValidCivil(d));
    ASSERT_EQ(DaysFromCivil(d), days);
  }
  EXPECT_EQ(DaysFromCivil({1970, 1, 1}), 0);
  EXPECT_EQ(FormatDate(DaysFromCivil({2024, 2, 29})), "2024-02-29");
  EXPECT_FALSE(IsValidCivil({2023, 2, 29}));
}

TEST(TimeTest, IsoParseAndFormat) {
  int32_t offset = 99;
  auto t = ParseIso8601("2026-01-05T14:03:22-06:00", &offset);
  ASSERT_TRUE(t);
  EXPECT_EQ(offset, -360);
  EXPECT_EQ(FormatUtc(*t), "2026-01-05T20:03:22Z");
  EXPECT_EQ(*ParseIso8601("2026-01-05T20:03:22Z"), *t);
  EXPECT_EQ(*ParseIso8601("2026-01-05 20:03"), *t - 22);
  EXPECT_TRUE(ParseIso8601("2026-01-05"));
  EXPECT_TRUE(ParseIso8601("2026-01-05T20:03:22.125Z"));
  EXPECT_FALSE(ParseIso8601("2026-13-05"));
  EXPECT_FALSE(ParseIso8601("2026-02-30T00:00"));
  EXPECT_FALSE(ParseIso8601("yesterday"));
  EXPECT_FALSE(ParseIso8601("2026-01-05T20:03:22+5"));
}

TEST(TimeTest, FormatPatterns) {
  auto t = ParseWithFormat("2022/09/01 00:15", "%Y/%m/%d %H:%M");
  ASSERT_TRUE(t);
  EXPECT_EQ(FormatUtc(*t), "2022-09-01T00:15:00Z");
  int32_t offset = 0;
  auto z = ParseWithFormat("01.09.2022 08:15 +0200", "%d.%m.%Y %H:%M %z", &offset);
  ASSERT_TRUE(z);
  EXPECT_EQ(offset, 120);
  EXPECT_EQ(FormatUtc(*z), "2022-09-01T06:15:00Z");
  EXPECT_FALSE(ParseWithFormat("2022/09/01", "%Y/%m/%d %H:%M"));
  EXPECT_FALSE(ParseWithFormat("2022/09/01 00:15x", "%Y/%m/%d %H:%M"));
}

TEST(TimeTest, LocalHourAndWeekday) {
  // 2026-01-05 is a Monday. 02:30 UTC is 20:30 the previous day in Mexico City.
  Timestamp ts{*ParseIso8601("2026-01-05T02:30:00Z"), -360};
  EXPECT_EQ(ts.LocalHour(), 20);
  EXPECT_EQ(ts.LocalWeekday(), 6);
  EXPECT_EQ(FormatOffset(-360), "-06:00");
  EXPECT_EQ(*ParseOffset("+0530"), 330);
}

}  // namespace
}  // namespace tiphub
