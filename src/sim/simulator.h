// The synthetic-world generator behind `tiphub simulate`.
//
// A world is a population of people and businesses with accounts at several banks, their ordinary
// financial life, planted trafficking schemes and laundering typologies with known members and
// roles, legitimate look-alikes (hard negatives), online ads and field tips. Files and their
// columns are documented in docs/formats.md.
//
// Guarantees: the same options give byte-identical files whatever the thread count; transactions
// are generated and written one day at a time, so memory is bounded by the population and one
// day's transactions, not by the length of the run; files are written under temporary names and
// renamed only when the whole world is complete.
//
// Thread safety: GenerateWorld may be called from any thread; it uses its own worker threads.
#ifndef TIPHUB_SIM_SIMULATOR_H_
#define TIPHUB_SIM_SIMULATOR_H_

#include <cstdint>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "common/progress.h"
#include "common/status.h"
#include "sim/options.h"

namespace tiphub::sim {

struct WorldSummary {
  int64_t parties = 0;
  int64_t accounts = 0;
  int64_t transactions = 0;
  int64_t illicit_transactions = 0;
  int64_t ads = 0;
  int64_t tips = 0;
  std::map<std::string, int64_t> instances;  // by scheme or hard-negative type
  // Of those, typology instances that launder a trafficking scheme's proceeds (on top of the rate).
  std::map<std::string, int64_t> laundering_instances;
  double seconds = 0;

  nlohmann::json ToJson() const;
};

// Writes a world into `out_dir` (created if missing). Existing world files there are replaced only
// when generation completes.
Result<WorldSummary> GenerateWorld(const SimOptions& options, const std::string& out_dir,
                                   const ProgressSink& progress = nullptr);

}  // namespace tiphub::sim

#endif  // TIPHUB_SIM_SIMULATOR_H_
