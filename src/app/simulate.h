// Use case: generate a synthetic world (`tiphub simulate`).
#ifndef TIPHUB_APP_SIMULATE_H_
#define TIPHUB_APP_SIMULATE_H_

#include <cstdint>
#include <optional>
#include <string>

#include "common/progress.h"
#include "common/status.h"
#include "sim/options.h"
#include "sim/simulator.h"

namespace tiphub::app {

// Options are layered: defaults, then the scenario file, then each flag the user gave.
struct SimulateRequest {
  std::string scenario_file;
  std::optional<uint64_t> seed;
  std::optional<int64_t> accounts;
  std::optional<int> days;
  std::optional<std::string> start_date;
  std::optional<int> banks;
  std::optional<std::string> currency;
  bool ibm_format = false;
  int threads = 0;
  std::string out_dir;
};

Result<sim::WorldSummary> Simulate(const SimulateRequest& request, const ProgressSink& progress);

}  // namespace tiphub::app

#endif  // TIPHUB_APP_SIMULATE_H_
