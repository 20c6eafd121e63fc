#include "cli/cli.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

namespace tiphub::cli {
namespace {

// Runs the real binary so the test sees exactly what a user sees.
struct Outcome {
  int exit_code;
  std::string output;  // standard output and standard error together
};

Outcome RunBinary(const std::string& args) {
  const std::string command = std::string(TIPHUB_BINARY) + " " + args + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  Outcome out{-1, ""};
  if (pipe == nullptr) return out;
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    out.output.append(buffer.data(), n);
  const int status = pclose(pipe);
  out.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return out;
}

TEST(CliTest, HelpListsSubcommands) {
  Outcome r = RunBinary("--help");
  EXPECT_EQ(r.exit_code, kExitOk);
  EXPECT_NE(r.output.find("version"), std::string::npos);
  EXPECT_NE(r.output.find("Exit codes"), std::string::npos);
}

TEST(CliTest, VersionFlagAndCommand) {
  Outcome flag = RunBinary("--version");
  EXPECT_EQ(flag.exit_code, kExitOk);
  EXPECT_NE(flag.output.find("tiphub " TIPHUB_VERSION), std::string::npos);
  Outcome json = RunBinary("version --json");
  EXPECT_EQ(json.exit_code, kExitOk);
  EXPECT_NE(json.output.find("\"version\""), std::string::npos);
}

TEST(CliTest, UnknownFlagIsUsageErrorNamingTheFlag) {
  Outcome r = RunBinary("--no-such-flag");
  EXPECT_EQ(r.exit_code, kExitUsage);
  EXPECT_NE(r.output.find("--no-such-flag"), std::string::npos);
}

TEST(CliTest, UnknownSubcommandIsUsageError) {
  Outcome r = RunBinary("frobnicate");
  EXPECT_EQ(r.exit_code, kExitUsage);
  EXPECT_NE(r.output.find("frobnicate"), std::string::npos);
}

TEST(CliTest, BadLogLevelIsUsageError) {
  Outcome r = RunBinary("--log-level loud version");
  EXPECT_EQ(r.exit_code, kExitUsage);
}

TEST(CliTest, IndicatorDocIsTheCatalog) {
  Outcome r = RunBinary("indicators --format markdown");
  ASSERT_EQ(r.exit_code, kExitOk);
  std::ifstream in(std::string(TIPHUB_SOURCE_DIR) + "/docs/indicators.md");
  std::string doc((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(r.output, doc)
      << "regenerate: tiphub indicators --format markdown > docs/indicators.md";
}

}  // namespace
}  // namespace tiphub::cli
