#include "app/test_workspace.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <spawn.h>

#include <filesystem>

#include "app/ingest.h"
#include "app/scan.h"
#include "app/simulate.h"
#include "common/temp_dir.h"

extern char** environ;

namespace tiphub::app::testing {

const TestWorkspace& SharedWorkspace() {
  static TempDir dir;  // removed at exit
  static const TestWorkspace workspace = [] {
    TestWorkspace w{dir.File("world"), dir.File("w.db")};
    SimulateRequest sim;
    sim.seed = 4242;
    sim.accounts = 4000;
    sim.days = 35;
    sim.out_dir = w.world_dir;
    EXPECT_TRUE(Simulate(sim, nullptr).ok());
    IngestRequest ingest;
    ingest.store_path = w.store_path;
    ingest.inputs = {w.world_dir};
    auto report = Ingest(ingest, nullptr);
    EXPECT_TRUE(report.ok()) << report.status().ToString();
    ScanRequest scan;
    scan.store_path = w.store_path;
    auto summary = Scan(scan, nullptr);
    EXPECT_TRUE(summary.ok()) << summary.status().ToString();
    return w;
  }();
  return workspace;
}

void CopyWorkspace(const std::string& path) {
  const TestWorkspace& w = SharedWorkspace();
  // The store is closed between uses, so the main file holds everything after a checkpoint; copy
  // the WAL too in case it does not.
  std::filesystem::copy_file(w.store_path, path, std::filesystem::copy_options::overwrite_existing);
  if (std::filesystem::exists(w.store_path + "-wal")) {
    std::filesystem::copy_file(w.store_path + "-wal", path + "-wal",
                               std::filesystem::copy_options::overwrite_existing);
  }
}

pid_t SpawnQuiet(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid = -1;
  if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) pid = -1;
  posix_spawn_file_actions_destroy(&actions);
  return pid;
}

}  // namespace tiphub::app::testing
