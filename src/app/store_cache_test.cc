#include "app/store_cache.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <string>
#include <thread>

#include "common/temp_dir.h"

namespace tiphub::app {
namespace {

// Commits `n` audit events one by one through the calling thread's cached store of `path`,
// calling `every_50` after each 50th; returns the size of the log file after.
uintmax_t CommitAndMeasureLog(const std::string& path, int n,
                              const std::function<void()>& every_50) {
  Result<store::Store*> s = CachedStore(path);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  if (!s.ok()) return 0;
  for (int i = 1; i <= n; ++i) {
    EXPECT_TRUE(
        (*s)->AppendAudit({0, i, "tester", "test.write", "x:1", std::string(4000, 'a')}).ok());
    if (i % 50 == 0) every_50();
  }
  return std::filesystem::file_size(path + "-wal");
}

// Waits (at most 10 s) until `c` has run a round after this call.
void WaitForARound(const BackgroundCheckpoints& c) {
  const int64_t before = c.checkpoints();
  for (int i = 0; i < 10'000 && c.checkpoints() <= before + 1; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

TEST(StoreCacheTest, BackgroundCheckpointsKeepTheLogSmallWithoutAnyRequestPayingForThem) {
  TempDir dir;
  // Checkpoints deferred and never run while the writes happen: the log grows with every commit.
  uintmax_t deferred_only = 0;
  {
    BackgroundCheckpoints idle({.period = std::chrono::hours(1), .rewind_pages = 64});
    deferred_only = CommitAndMeasureLog(dir.File("a.db"), 400, [] {});
    EXPECT_EQ(idle.checkpoints(), 0);
  }
  // The same writes with the background thread: the log is copied as it goes and rewound each
  // time it holds 64 pages (1 MB).
  uintmax_t with_thread = 0;
  {
    BackgroundCheckpoints running({.period = std::chrono::milliseconds(5), .rewind_pages = 64});
    // Rounds are waited for (a loaded machine may starve the thread): at most 50 commits each.
    with_thread =
        CommitAndMeasureLog(dir.File("b.db"), 400, [&running] { WaitForARound(running); });
    EXPECT_GT(running.checkpoints(), 0);
  }
  std::printf("log after 400 commits: %ju bytes deferred only, %ju with background checkpoints\n",
              deferred_only, with_thread);
  EXPECT_GT(deferred_only, 400u * 4000u);
  EXPECT_LT(with_thread, deferred_only / 2);
}

}  // namespace
}  // namespace tiphub::app
