// Kills `tiphub ingest` with SIGKILL at random moments, restarts it until it completes, and checks
// that the store is never inconsistent, never loses committed rows, and ends with exactly the
// content of an uninterrupted run.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <thread>

#include "app/ingest.h"
#include "app/test_workspace.h"
#include "common/rng.h"
#include "common/temp_dir.h"
#include "sim/simulator.h"
#include "store/store.h"

namespace tiphub::app {
namespace {

struct Snapshot {
  int64_t transactions = 0;
  uint64_t checksum = 0;
};

Snapshot Read(const std::string& store_path) {
  auto store = store::OpenSqliteStore(store_path);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  if (!store.ok()) return {};
  return {(*store)->Counts()->transactions, *(*store)->TransactionChecksum()};
}

TEST(IngestKillTest, KilledAtRandomPointsThenRerunMatchesACleanRun) {
  TempDir dir;
  sim::SimOptions o;
  o.seed = 77;
  o.accounts = 6000;
  o.days = 40;
  ASSERT_TRUE(sim::GenerateWorld(o, dir.File("world")).ok());

  IngestRequest clean;
  clean.store_path = dir.File("clean.db");
  clean.inputs = {dir.File("world")};
  ASSERT_TRUE(Ingest(clean, nullptr).ok());
  const Snapshot expected = Read(clean.store_path);
  ASSERT_GT(expected.transactions, 100'000);

  // Time a full run of the binary to choose kill points inside it.
  const auto started = std::chrono::steady_clock::now();
  {
    const pid_t pid = testing::SpawnQuiet(
        {TIPHUB_BINARY, "ingest", "--store", dir.File("timed.db"), dir.File("world")});
    int status = 0;
    waitpid(pid, &status, 0);
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  }
  const auto full_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::steady_clock::now() - started)
                           .count();
  const std::string target = dir.File("killed.db");
  const std::vector<std::string> args = {TIPHUB_BINARY, "ingest", "--store", target,
                                         dir.File("world")};
  Rng rng(2024);
  int64_t previous = 0;
  int kills = 0;
  int64_t latest_ms = std::max<int64_t>(full_ms * 9 / 10, 20);
  for (int attempt = 0; attempt < 16 && kills < 5; ++attempt) {
    const pid_t pid = testing::SpawnQuiet(args);
    ASSERT_GT(pid, 0);
    std::this_thread::sleep_for(
        std::chrono::milliseconds(rng.UniformInt(std::max<int64_t>(latest_ms / 20, 2), latest_ms)));
    const bool killed = kill(pid, SIGKILL) == 0;
    int status = 0;
    waitpid(pid, &status, 0);
    if (!killed || !WIFSIGNALED(status)) {
      // It finished first (this run was faster than the timed one): start again from an empty
      // workspace with earlier kill points.
      for (const char* suffix : {"", "-wal", "-shm"}) std::remove((target + suffix).c_str());
      previous = 0;
      latest_ms = std::max<int64_t>(latest_ms / 2, 4);
      continue;
    }
    ++kills;
    const Snapshot now = Read(target);  // opening it checks it is a consistent database
    EXPECT_GE(now.transactions, previous) << "committed rows were lost";
    previous = now.transactions;
  }
  // Complete the job.
  const pid_t pid = testing::SpawnQuiet(args);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  const Snapshot final_state = Read(target);
  EXPECT_EQ(final_state.transactions, expected.transactions);
  EXPECT_EQ(final_state.checksum, expected.checksum);
  // The same input again changes nothing: every record is a duplicate (transactions are written
  // in multi-row statements, so their duplicates are counted at each checkpoint).
  auto again = Ingest(clean, nullptr);
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(again->total.accepted, 0);
  EXPECT_EQ(again->total.read, again->total.duplicates + again->total.rejected);
  EXPECT_GT(again->total.duplicates, expected.transactions);
  EXPECT_EQ(Read(clean.store_path).checksum, expected.checksum);
  RecordProperty("kills", kills);
  EXPECT_GE(kills, 1) << "every run finished before it could be killed: the test proved nothing";
}

}  // namespace
}  // namespace tiphub::app
