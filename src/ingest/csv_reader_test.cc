#include "ingest/csv_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "common/temp_dir.h"

namespace tiphub::ingest {
namespace {

std::vector<CsvRecord> ReadAll(std::string data, CsvOptions options = {}) {
  CsvReader reader;
  reader.OpenBuffer(std::move(data), options);
  std::vector<CsvRecord> out;
  CsvRecord rec;
  while (true) {
    auto more = reader.Next(rec);
    EXPECT_TRUE(more.ok());
    if (!more.ok() || !*more) break;
    CsvRecord copy;
    copy.line = rec.line;
    copy.error = rec.error;
    out.push_back(copy);
    for (auto f : rec.fields) out.back().error += "|" + std::string(f);
  }
  return out;
}

TEST(CsvReaderTest, QuotesNewlinesAndLineNumbers) {
  auto recs = ReadAll("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"multi\nline\",z\r\nlast,1");
  ASSERT_EQ(recs.size(), 4u);
  EXPECT_EQ(recs[0].error, "|a|b");
  EXPECT_EQ(recs[1].error, "|x, y|say \"hi\"");
  EXPECT_EQ(recs[2].error, "|multi\nline|z");
  EXPECT_EQ(recs[2].line, 3);
  EXPECT_EQ(recs[3].line, 5);
  EXPECT_EQ(recs[3].error, "|last|1");
}

TEST(CsvReaderTest, OtherDelimiter) {
  CsvOptions o;
  o.delimiter = ';';
  auto recs = ReadAll("a;b,c\n", o);
  ASSERT_EQ(recs.size(), 1u);
  EXPECT_EQ(recs[0].error, "|a|b,c");
}

TEST(CsvReaderTest, BrokenRecordsAreReportedAndReadingContinues) {
  CsvOptions o;
  o.max_record_bytes = 64;
  const std::string long_field(1000, 'x');
  auto recs = ReadAll("ok,1\n\xff\xfe,2\n" + long_field + ",3\nfine,4\n\"open", o);
  ASSERT_EQ(recs.size(), 5u);
  EXPECT_NE(recs[1].error.find("not valid UTF-8"), std::string::npos);
  EXPECT_NE(recs[2].error.find("longer than 64 bytes"), std::string::npos);
  EXPECT_EQ(recs[3].error, "|fine|4");
  EXPECT_NE(recs[4].error.find("quote is not closed"), std::string::npos);
}

TEST(CsvReaderTest, MissingFileIsAClearError) {
  CsvReader reader;
  Status s = reader.Open("/nonexistent/file.csv");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("/nonexistent/file.csv"), std::string::npos);
}

TEST(CsvReaderTest, FileTruncatedWhileReadingIsAnError) {
  TempDir dir;
  const std::string path = dir.File("big.csv");
  {
    std::ofstream out(path);
    for (int k = 0; k < 200'000; ++k) out << "row" << k << ",some,fields,here\n";
  }
  CsvReader reader;
  ASSERT_TRUE(reader.Open(path).ok());
  CsvRecord rec;
  ASSERT_TRUE(*reader.Next(rec));
  std::filesystem::resize_file(path, 100);  // the file shrinks under the reader
  Status failure;
  while (true) {
    auto more = reader.Next(rec);
    if (!more.ok()) {
      failure = more.status();
      break;
    }
    if (!*more) break;
  }
  ASSERT_FALSE(failure.ok()) << "a truncated file must not end silently";
  EXPECT_NE(failure.message().find("truncated or replaced"), std::string::npos);
}

TEST(CsvReaderTest, FileRemovedWhileReadingIsReadToTheEnd) {
  TempDir dir;
  const std::string path = dir.File("gone.csv");
  {
    std::ofstream out(path);
    for (int k = 0; k < 100'000; ++k) out << "row" << k << ",x\n";
  }
  CsvReader reader;
  ASSERT_TRUE(reader.Open(path).ok());
  std::filesystem::remove(path);  // unlinked: the open file stays readable
  CsvRecord rec;
  int rows = 0;
  while (*reader.Next(rec)) ++rows;
  EXPECT_EQ(rows, 100'000);
}

}  // namespace
}  // namespace tiphub::ingest
