// Use cases: scan a workspace for alerts (`tiphub scan`), list them (`tiphub alerts`), and compare
// them with a simulator world's labels (`tiphub eval`).
#ifndef TIPHUB_APP_SCAN_H_
#define TIPHUB_APP_SCAN_H_

#include <atomic>
#include <map>
#include <span>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/progress.h"
#include "common/status.h"
#include "detect/catalog.h"
#include "model/alert.h"

namespace tiphub::app {

struct ScanRequest {
  std::string store_path = "tiphub.db";
  // When given, transactions stream from these files straight into the engine (nothing but the
  // alerts is stored); otherwise the workspace's transactions are scanned.
  std::vector<std::string> inputs;
  // Mapping file for inputs in a bank's own CSV layout (docs/formats.md), as `ingest --mapping`.
  std::string mapping_file;
  // Follow the transaction input as it grows (files only, CSV) until `idle_exit_seconds` pass
  // without new data (0: never) or `stop` is set; alerts are stored when it ends and are the same
  // as a batch run over the same data.
  bool follow = false;
  double idle_exit_seconds = 0;
  const std::atomic<bool>* stop = nullptr;
  std::string rules_file;
  // A model from `tiphub train`: every transaction is scored; alerts get the model's score and its
  // largest feature contributions. Transactions at or above the model's threshold join the
  // evidence of a rules alert on one of their accounts, or else form "model" alerts.
  std::string model_path;
};

struct ScanSummary {
  int64_t transactions = 0;
  int64_t alerts = 0;
  int64_t network_alerts = 0;
  int64_t accounts_flagged = 0;
  int64_t protect_flags = 0;
  int64_t model_alerts = 0;  // raised by the model alone
  std::map<std::string, int64_t> by_typology;
  // Indicators kept silent because the data lacks what they need, by id: the missing fields
  // ("time of day", "merchant codes", ...); and the same as one sentence.
  std::map<std::string, std::vector<std::string>> silenced;
  std::string silenced_text;
  double seconds = 0;
  nlohmann::json ToJson() const;
};

Result<ScanSummary> Scan(const ScanRequest& request, const ProgressSink& progress);

// The indicator catalog the scanner uses (`tiphub indicators`).
inline std::span<const detect::IndicatorInfo> IndicatorCatalog() { return detect::Catalog(); }
// How an indicator's threshold is set, and the data fields it needs (silent without them).
inline std::string IndicatorThresholdBasis(const detect::IndicatorInfo& info) {
  return detect::DescribeThreshold(info);
}
inline std::string IndicatorNeeds(const detect::IndicatorInfo& info) {
  return detect::DescribeNeeds(info.needs);
}

Result<std::vector<Alert>> ListAlerts(const std::string& store_path, int64_t limit,
                                      double min_score, const std::string& typology);
Result<Alert> GetAlert(const std::string& store_path, int64_t id);
nlohmann::json AlertToJson(const Alert& alert);

}  // namespace tiphub::app

#endif  // TIPHUB_APP_SCAN_H_
