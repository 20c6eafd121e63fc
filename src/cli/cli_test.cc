#include "cli/cli.h"

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

#include "common/temp_dir.h"

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

// The analyst's path through the real binary: alert -> case -> validated reports -> an FIU loads
// the goAML report into its own workspace.
TEST(CliTest, AlertToCaseToReport) {
  TempDir dir;
  const std::string store = " --store " + dir.File("w.db");
  ASSERT_EQ(
      RunBinary("simulate --seed 7 --accounts 3000 --days 30 --out " + dir.File("world")).exit_code,
      kExitOk);
  ASSERT_EQ(RunBinary("ingest" + store + " " + dir.File("world")).exit_code, kExitOk);
  ASSERT_EQ(RunBinary("scan" + store).exit_code, kExitOk);
  Outcome open = RunBinary("case open 1 --user ana" + store);
  ASSERT_EQ(open.exit_code, kExitOk) << open.output;
  EXPECT_NE(open.output.find("Opened case 1"), std::string::npos) << open.output;
  Outcome early = RunBinary("case status 1 reported --user ana" + store);
  EXPECT_EQ(early.exit_code, kExitFailure);
  EXPECT_NE(early.output.find("can move to investigating"), std::string::npos) << early.output;
  ASSERT_EQ(RunBinary("case status 1 investigating --user ana" + store).exit_code, kExitOk);
  Outcome goaml = RunBinary("report --case 1 --user ana --out " + dir.File("str.xml") + store);
  ASSERT_EQ(goaml.exit_code, kExitOk) << goaml.output;
  Outcome fincen =
      RunBinary("report --case 1 --format fincen --user ana --out " + dir.File("sar.xml") + store);
  ASSERT_EQ(fincen.exit_code, kExitOk) << fincen.output;
  Outcome show = RunBinary("case show 1 --json" + store);
  ASSERT_EQ(show.exit_code, kExitOk);
  EXPECT_NE(show.output.find("report.write"), std::string::npos);
  Outcome load =
      RunBinary("ingest --goaml --json --store " + dir.File("fiu.db") + " " + dir.File("str.xml"));
  ASSERT_EQ(load.exit_code, kExitOk) << load.output;
  EXPECT_NE(load.output.find("\"rejected\": 0"), std::string::npos) << load.output;
  // Usage errors: a case command without its subcommand, a report without a case.
  EXPECT_EQ(RunBinary("case" + store).exit_code, kExitUsage);
  EXPECT_EQ(RunBinary("report --out x.xml" + store).exit_code, kExitUsage);
}

TEST(CliTest, FilesAreTheOwnersOnlyAndAllRejectedIsAFailure) {
  TempDir dir;
  ASSERT_EQ(
      RunBinary("simulate --seed 7 --accounts 500 --days 5 --out " + dir.File("world")).exit_code,
      kExitOk);
  ASSERT_EQ(RunBinary("ingest --store " + dir.File("w.db") + " " + dir.File("world")).exit_code,
            kExitOk);
  auto mode = [](const std::string& path) {
    struct stat st {};
    return stat(path.c_str(), &st) == 0 ? static_cast<int>(st.st_mode & 0777) : -1;
  };
  EXPECT_EQ(mode(dir.File("world")), 0700);
  EXPECT_EQ(mode(dir.File("world") + "/transactions.csv"), 0600);
  EXPECT_EQ(mode(dir.File("w.db")), 0600);
  // A file whose every row is rejected: counts printed, exit 1, rejects file private too.
  {
    std::ofstream bad(dir.File("bad.csv"));
    bad << "id,timestamp,from_account,to_account,amount,currency\n"
        << "T1,yesterday,A1,A2,1,USD\nT2,2026-01-01,A1,A2,1,ZZZ\n";
  }
  Outcome all_bad = RunBinary("ingest --store " + dir.File("b.db") + " " + dir.File("bad.csv"));
  EXPECT_EQ(all_bad.exit_code, kExitFailure) << all_bad.output;
  EXPECT_NE(all_bad.output.find("every one of the 2 records read was rejected"), std::string::npos)
      << all_bad.output;
  EXPECT_EQ(mode(dir.File("b.db") + ".rejects.csv"), 0600);
  // TIPHUB_UMASK configures otherwise.
  const std::string shared = "TIPHUB_UMASK=027 " + std::string(TIPHUB_BINARY) + " ingest --store " +
                             dir.File("group.db") + " " + dir.File("world") + " >/dev/null 2>&1";
  ASSERT_EQ(std::system(shared.c_str()), 0);
  EXPECT_EQ(mode(dir.File("group.db")), 0640);
}

TEST(CliTest, TrainThenScanWithTheModel) {
  TempDir dir;
  const std::string store = " --store " + dir.File("w.db");
  ASSERT_EQ(
      RunBinary("simulate --seed 8 --accounts 3000 --days 40 --out " + dir.File("world")).exit_code,
      kExitOk);
  ASSERT_EQ(RunBinary("ingest" + store + " " + dir.File("world")).exit_code, kExitOk);
  Outcome train = RunBinary("train --quick --threads 2 --model " + dir.File("m.json") + store);
  ASSERT_EQ(train.exit_code, kExitOk) << train.output;
  EXPECT_NE(train.output.find("Rules alone"), std::string::npos) << train.output;
  Outcome json = RunBinary("--json train --quick --threads 2 --target laundering --model " +
                           dir.File("l.json") + store);
  ASSERT_EQ(json.exit_code, kExitOk) << json.output;
  EXPECT_NE(json.output.find("\"validation\""), std::string::npos);
  EXPECT_NE(json.output.find("\"target\": \"laundering\""), std::string::npos);
  Outcome scan = RunBinary("scan --model " + dir.File("m.json") + store);
  ASSERT_EQ(scan.exit_code, kExitOk) << scan.output;
  Outcome alert = RunBinary("alerts --id 1" + store);
  EXPECT_NE(alert.output.find("Model: probability"), std::string::npos) << alert.output;
  EXPECT_EQ(RunBinary("train" + store).exit_code, kExitUsage);  // --model is required
  Outcome bad = RunBinary("train --target fraud --model x.json" + store);
  EXPECT_EQ(bad.exit_code, kExitFailure);
  EXPECT_NE(bad.output.find("all, laundering, trafficking"), std::string::npos) << bad.output;
  std::ofstream(dir.File("junk.json")) << "not a model";
  Outcome junk = RunBinary("scan --model " + dir.File("junk.json") + store);
  EXPECT_EQ(junk.exit_code, kExitFailure);
  EXPECT_NE(junk.output.find("junk.json"), std::string::npos) << junk.output;
}

}  // namespace
}  // namespace tiphub::cli
