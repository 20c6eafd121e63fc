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

TEST(StringsTest, CleanTextRefusesControlCharactersAndBadUtf8) {
  EXPECT_TRUE(IsCleanText("Ana María, Exit 12"));
  EXPECT_TRUE(IsCleanText(""));
  EXPECT_FALSE(IsCleanText(std::string("\0\x01garbage", 9)));
  EXPECT_FALSE(IsCleanText("\r\nX-Injected: yes"));
  EXPECT_FALSE(IsCleanText("a\x7f"));
  EXPECT_FALSE(
      IsCleanText("a\xc2\x85"
                  "b"));  // U+0085, a C1 control (next line)
  EXPECT_FALSE(IsCleanText("\xff\xfe"));
  EXPECT_TRUE(IsCleanText("line one\nline two\ttab", TextKind::kMultiline));
  EXPECT_FALSE(IsCleanText("line one\nline two", TextKind::kLine));
  EXPECT_FALSE(IsCleanText(std::string("a\0b", 3), TextKind::kMultiline));
  EXPECT_EQ(TextProblem("\xff"), "is not valid UTF-8");
  EXPECT_EQ(TextProblem("a\x01"), "holds control character U+0001");
  EXPECT_EQ(TextProblem("a\xc2\x9f"), "holds control character U+009F");
  EXPECT_EQ(TextProblem("ok"), "");
  EXPECT_EQ(ForTerminal("\r\nX-Injected: yes"), "\\x0d\\x0aX-Injected: yes");
  EXPECT_EQ(ForTerminal("Mar\xc3\xad"
                        "a"),
            "Mar\xc3\xad"
            "a");  // clean text unchanged
  EXPECT_EQ(ForTerminal("a\xff"), "a\\xff");
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
