// Internal to app: what several use cases read from a workspace besides transactions.
#ifndef TIPHUB_APP_REFERENCE_H_
#define TIPHUB_APP_REFERENCE_H_

#include <cstdint>
#include <string>
#include <unordered_map>

#include "common/status.h"
#include "detect/engine.h"
#include "store/store.h"

namespace tiphub::app {

// Parties, accounts, watch lists and resolved entities of the workspace.
Result<detect::ReferenceData> LoadReference(store::Store& store);

// Which family an illicit transaction belongs to.
enum class LabelFamily : uint8_t { kLaundering = 1, kTrafficking = 2, kUnknown = 3 };

struct IllicitLabels {
  std::unordered_map<std::string, LabelFamily> illicit;  // transaction id -> family
  int64_t labelled = 0;                                  // label rows read, licit ones included
};

// Labels from `labels_dir`/labels_transactions.csv when `labels_dir` is given, otherwise the
// workspace's. Simulator scheme types give the family; others (IBM "Is Laundering") are kUnknown.
Result<IllicitLabels> LoadIllicitLabels(store::Store& store, const std::string& labels_dir);

bool IsLaunderingType(const std::string& scheme_type);

}  // namespace tiphub::app

#endif  // TIPHUB_APP_REFERENCE_H_
