#include "app/store_cache.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

#include "common/temp_dir.h"

namespace tiphub::app {
namespace {

// Commits `n` audit events one by one through the calling thread's cached store of `path`,
// pausing a little between them as requests would; returns the size of the log file after.
uintmax_t CommitAndMeasureLog(const std::string& path, int n) {
  Result<store::Store*> s = CachedStore(path);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  if (!s.ok()) return 0;
  for (int i = 0; i < n; ++i) {
    EXPECT_TRUE(
        (*s)->AppendAudit({0, i, "tester", "test.write", "x:1", std::string(4000, 'a')}).ok());
    std::this_thread::sleep_for(std::chrono::microseconds(500));
  }
  return std::filesystem::file_size(path + "-wal");
}

TEST(StoreCacheTest, BackgroundCheckpointsKeepTheLogSmallWithoutAnyRequestPayingForThem) {
  TempDir dir;
  // Checkpoints deferred and never run while the writes happen: the log grows with every commit.
  uintmax_t deferred_only = 0;
  {
    BackgroundCheckpoints idle({.period = std::chrono::hours(1), .rewind_pages = 64});
    deferred_only = CommitAndMeasureLog(dir.File("a.db"), 400);
    EXPECT_EQ(idle.checkpoints(), 0);
  }
  // The same writes with the background thread: the log is copied as it goes and rewound each
  // time it holds 64 pages (1 MB).
  uintmax_t with_thread = 0;
  {
    BackgroundCheckpoints running({.period = std::chrono::milliseconds(5), .rewind_pages = 64});
    with_thread = CommitAndMeasureLog(dir.File("b.db"), 400);
    EXPECT_GT(running.checkpoints(), 0);
  }
  EXPECT_GT(deferred_only, 400u * 4000u);
  EXPECT_LT(with_thread, deferred_only / 4);
}

}  // namespace
}  // namespace tiphub::app
