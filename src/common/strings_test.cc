#include "common/strings.h"

#include <gtest/gtest.h>

namespace tiphub {
namespace {

TEST(StringsTest, TrimSplitLower) {
  EXPECT_EQ(Trim("  a b \r"), "a b");
  auto parts = Split("a,,b", ',');
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[1], "");
  EXPECT_EQ(ToLower("GarCÍA"), "garcÍa");
}

TEST(StringsTest, Utf8Validation) {
  EXPECT_TRUE(IsValidUtf8("José Núñez"));
  EXPECT_FALSE(IsValidUtf8("\xff\xfe"));
  EXPECT_FALSE(IsValidUtf8("\xc3"));          // truncated
  EXPECT_FALSE(IsValidUtf8("\xc0\xaf"));      // overlong
  EXPECT_FALSE(IsValidUtf8("\xed\xa0\x80"));  // surrogate
}

TEST(StringsTest, Numbers) {
  EXPECT_EQ(ParseInt64("-12"), -12);
  EXPECT_FALSE(ParseInt64("12a"));
  EXPECT_FALSE(ParseInt64(""));
  EXPECT_DOUBLE_EQ(*ParseDouble("2.5"), 2.5);
  EXPECT_FALSE(ParseDouble("12,5O"));
}

TEST(StringsTest, CsvFieldQuoting) {
  std::string out;
  AppendCsvField(out, "plain");
  out += ',';
  AppendCsvField(out, "de la \"Cruz\", Ana");
  EXPECT_EQ(out, "plain,\"de la \"\"Cruz\"\", Ana\"");
  EXPECT_EQ(QuoteForMessage("a\x01"), "'a\\x01'");
}

}  // namespace
}  // namespace tiphub
