// Test helper: a small simulated world, ingested and scanned, shared by the tests of one process
// (CTest runs each test in its own process, so each builds it once, in about a second). Built on
// first use in a temp dir removed at exit. Tests that change the
// workspace copy it first (CopyTo).
#ifndef TIPHUB_APP_TEST_WORKSPACE_H_
#define TIPHUB_APP_TEST_WORKSPACE_H_

#include <string>

namespace tiphub::app::testing {

struct TestWorkspace {
  std::string world_dir;   // simulator output
  std::string store_path;  // ingested and scanned workspace
};

// The shared world (seed 4242, 4000 accounts, 35 days). Fails the calling test on error.
const TestWorkspace& SharedWorkspace();

// Copies the shared workspace's store to `path` so a test can change it.
void CopyWorkspace(const std::string& path);

}  // namespace tiphub::app::testing

#endif  // TIPHUB_APP_TEST_WORKSPACE_H_
