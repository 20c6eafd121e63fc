// Test helper: a small simulated world, ingested and scanned, shared by the tests of one process
// (CTest runs each test in its own process, so each builds it once, in about a second). Built on
// first use in a temp dir removed at exit. Tests that change the
// workspace copy it first (CopyTo).
#ifndef TIPHUB_APP_TEST_WORKSPACE_H_
#define TIPHUB_APP_TEST_WORKSPACE_H_

#include <gtest/gtest.h>

#include <sys/types.h>

#include <string>
#include <vector>

#include "app/cases.h"
#include "common/clock.h"
#include "common/temp_dir.h"

namespace tiphub::app::testing {

struct TestWorkspace {
  std::string world_dir;   // simulator output
  std::string store_path;  // ingested and scanned workspace
};

// The shared world (seed 4242, 4000 accounts, 35 days). Fails the calling test on error.
const TestWorkspace& SharedWorkspace();

// Copies the shared workspace's store to `path` so a test can change it.
void CopyWorkspace(const std::string& path);

// Starts `args` (args[0] is the program, usually TIPHUB_BINARY) with standard output and error
// to /dev/null; returns its pid (-1 when it cannot start). For kill tests: the caller waits.
pid_t SpawnQuiet(const std::vector<std::string>& args);

// A fixture with its own copy of the shared workspace and a case context for analyst "ana" whose
// clock stands at 1,800,000,000 s.
class WorkspaceCopyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    CopyWorkspace(dir_.File("w.db"));
    ctx_.store_path = dir_.File("w.db");
    ctx_.actor = "ana";
    ctx_.clock = &clock_;
    clock_.Set(int64_t{1'800'000'000} * 1'000'000);
  }
  TempDir dir_;
  ManualClock clock_;
  CaseContext ctx_;
};

}  // namespace tiphub::app::testing

#endif  // TIPHUB_APP_TEST_WORKSPACE_H_
