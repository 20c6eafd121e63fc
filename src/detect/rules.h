// The engine's options and the rules file that overrides them, and the thresholds and weights of
// every indicator resolved once (rules file over catalog) for the stages to read.
#ifndef TIPHUB_DETECT_RULES_H_
#define TIPHUB_DETECT_RULES_H_

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "common/status.h"
#include "detect/catalog.h"

namespace tiphub::detect {

struct EngineOptions {
  int64_t window_seconds = 30 * 86400;
  // Transactions may arrive this much earlier than the latest seen; older ones are an error.
  int64_t out_of_order_tolerance_seconds = 3600;
  double alert_score = 30;  // minimum account score for an alert
  int min_indicators = 2;   // distinct HT indicators needed without a typology hit
  // Patterns of new relationships (pattern stage): found within this window (at most 60 days);
  // a pair is new when it has not dealt within the novelty horizon.
  int64_t pattern_window_seconds = 60 * 86400;
  int64_t novelty_horizon_seconds = 180 * 86400;
  // No alert holds more accounts than this: a larger group is split and each part explained.
  size_t max_alert_accounts = 50;
  std::map<std::string, double> weights;     // overrides of catalog weights
  std::map<std::string, double> thresholds;  // overrides of catalog thresholds
};

// Reads a rules file (JSON): {"alert_score": 30, "min_indicators": 2, "window_days": 30,
// "pattern_window_days": 60, "novelty_days": 180, "max_alert_accounts": 50,
// "indicators": {"HT-05": {"weight": 8, "threshold": 3}}}. Unknown ids are errors.
Status ApplyRulesFile(const std::string& path, EngineOptions& options);

// Thresholds and weights of the catalog's indicators under `options`, looked up in constant time
// (Threshold and Weight run for every indicator of every account at every window's end).
// Immutable after construction; safe to share between threads.
class Rules {
 public:
  explicit Rules(const EngineOptions& options);

  double Threshold(std::string_view id) const;
  double Weight(std::string_view id) const;
  const EngineOptions& options() const { return options_; }

 private:
  struct Rule {
    const IndicatorInfo* info = nullptr;
    double threshold = 0, weight = 0;
  };
  // Slot of HT-00..HT-99 (0-99) and ML-00..ML-99 (100-199), or -1.
  static int Slot(std::string_view id);
  double LookUpThreshold(std::string_view id) const;
  double LookUpWeight(std::string_view id) const;

  EngineOptions options_;
  std::array<Rule, 200> rules_{};
};

}  // namespace tiphub::detect

#endif  // TIPHUB_DETECT_RULES_H_
