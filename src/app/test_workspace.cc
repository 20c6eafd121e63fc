#include "app/test_workspace.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "app/ingest.h"
#include "app/scan.h"
#include "app/simulate.h"
#include "common/temp_dir.h"

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

}  // namespace tiphub::app::testing
