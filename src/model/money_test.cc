#include "model/money.h"

#include <gtest/gtest.h>

namespace tiphub {
namespace {

TEST(MoneyTest, CurrencyCodes) {
  EXPECT_EQ(Currency::Parse("mxn")->code(), "MXN");
  EXPECT_EQ(Currency::Parse("USD")->exponent(), 2);
  EXPECT_EQ(Currency::Parse("JPY")->exponent(), 0);
  EXPECT_EQ(Currency::Parse("KWD")->exponent(), 3);
  EXPECT_FALSE(Currency::Parse("US"));
  EXPECT_FALSE(Currency::Parse("U$D"));
  EXPECT_FALSE(Currency::Parse("ZZZ"));  // three letters, but no currency
  EXPECT_FALSE(Currency::Parse("ABC"));
  EXPECT_TRUE(Currency::Parse("ZWL"));
  EXPECT_TRUE(Currency::Parse("AED"));
  EXPECT_TRUE(Currency::Parse("XBT"));
}

TEST(MoneyTest, ParseAmounts) {
  EXPECT_EQ(ParseAmount("12.50", 2), 1250);
  EXPECT_EQ(ParseAmount("12.5", 2), 1250);
  EXPECT_EQ(ParseAmount("12", 2), 1200);
  EXPECT_EQ(ParseAmount("-0.01", 2), -1);
  EXPECT_EQ(ParseAmount(".5", 2), 50);
  EXPECT_EQ(ParseAmount("1,234.567", 2), 123457);
  EXPECT_EQ(ParseAmount("1.234,5", 2, ','), 123450);
  EXPECT_EQ(ParseAmount("0.011589", 2), 1);
  EXPECT_EQ(ParseAmount("100", 0), 100);
  EXPECT_FALSE(ParseAmount("12,5O", 2));
  EXPECT_FALSE(ParseAmount("", 2));
  EXPECT_FALSE(ParseAmount("1.2.3", 2));
  EXPECT_FALSE(ParseAmount("abc", 2));
  EXPECT_FALSE(ParseAmount("99999999999999999999999", 2));
}

TEST(MoneyTest, FormatAmounts) {
  EXPECT_EQ(FormatAmount(1250, 2), "12.50");
  EXPECT_EQ(FormatAmount(-5, 2), "-0.05");
  EXPECT_EQ(FormatAmount(7, 0), "7");
  EXPECT_EQ(FormatAmount(1234567, 3), "1234.567");
}

}  // namespace
}  // namespace tiphub
