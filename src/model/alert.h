// An alert: what the detection engine hands an analyst. It explains itself: which indicators fired
// with their values against thresholds and their published sources, the evidence transactions,
// and each account's most likely role.
#ifndef TIPHUB_MODEL_ALERT_H_
#define TIPHUB_MODEL_ALERT_H_

#include <cstdint>
#include <string>
#include <vector>

namespace tiphub {

struct IndicatorHit {
  std::string indicator_id;  // "HT-05", "ML-03"
  std::string account;       // account it fired on
  double value = 0;          // what was measured
  double threshold = 0;      // what it was compared with
  std::string detail;        // "hotel stays in 3 cities within 30 days"
  std::string source;        // "FINTRAC-2016-OA003"
  double weight = 0;         // contribution to the score
};

struct AlertAccount {
  std::string account;
  std::string role;  // controller, victim, mule, front_business, unknown
  double score = 0;
  bool protect = false;  // a likely victim: protect and support, do not close
};

// One feature's share in a learned model's score (a SHAP value on the log-odds scale).
struct ModelContribution {
  std::string feature;
  double value = 0;  // the feature's value in the scored transaction (NaN: missing)
  double contribution = 0;
};

struct Alert {
  int64_t id = 0;          // assigned by the store
  std::string kind;        // "account" or "network"
  std::string typology;    // leading pattern, e.g. "sex_ads", "labour_payroll", "fan_in"
  double score = 0;        // 0..100
  int64_t first_seen = 0;  // UTC seconds
  int64_t last_seen = 0;
  std::vector<AlertAccount> accounts;
  std::vector<IndicatorHit> hits;
  std::vector<std::string> evidence;  // transaction ids
  // The evidence that forms graph patterns (cycles, scatter-gather, transfers between the alert's
  // accounts): the laundering layer, whatever the alert's leading typology.
  std::vector<std::string> flows;
  std::string summary;            // one paragraph for a person
  double model_score = -1;        // learned model's probability (0..1), when a model was used
  std::string model_transaction;  // the highest-scored transaction behind model_score
  std::vector<ModelContribution> model_explanation;  // its largest feature contributions
};

}  // namespace tiphub

#endif  // TIPHUB_MODEL_ALERT_H_
