// Options of a synthetic world: size, dates, and the rates and parameters of every planted scheme
// and hard negative. Defaults make a world where naive single rules fail; a scenario file (JSON or
// YAML) overrides any of them:
//
//   {"rates": {"sex_ads": 8, "night_nurse": 60},
//    "params": {"hard_negative_night_share": 0.7}}
//
// Rates are instances per 10,000 accounts (at least one when the rate is above zero).
#ifndef TIPHUB_SIM_OPTIONS_H_
#define TIPHUB_SIM_OPTIONS_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace tiphub::sim {

// Scheme types planted as illicit, in the order they are listed in files.
inline constexpr std::string_view kTraffickingSchemes[] = {"sex_ads", "massage_front",
                                                           "labour_payroll", "debt_bondage_remit"};
inline constexpr std::string_view kLaunderingTypologies[] = {
    "fan_in",         "fan_out",   "cycle", "scatter_gather",
    "gather_scatter", "bipartite", "stack", "random"};
// Legitimate look-alikes, never labelled illicit.
inline constexpr std::string_view kHardNegatives[] = {"travelling_sales", "night_nurse",
                                                      "staffing_agency",  "family_pooling",
                                                      "cash_business",    "student_prepaid"};
// Ordinary behaviour whose transfers look like a laundering typology (hard negatives too; none in
// the default world): tenants paying a landlord, parents paying a tutor each term, a savings
// circle, two people paying each other, standing orders, a payment processor, an online seller
// paid by one-off buyers, a business paying its suppliers, someone forwarding money for others.
inline constexpr std::string_view kLookalikes[] = {
    "landlord",  "tuition", "savings_circle",    "mutual_pair", "standing_order",
    "processor", "seller",  "supplier_business", "forwarder"};

// What the written data holds and how laundering typologies are planted: the axes a bank's data
// differs on from the default world. Defaults are the default world.
struct Regime {
  bool day_timestamps = false;  // every timestamp at 00:00 UTC of its day (no time of day)
  bool transfers_only = false;  // only account-to-account transfers, all written as "transfer"
  bool kyc = true;              // parties, accounts and watch lists are written
  bool contacts = true;         // holders' phones, e-mails and addresses are filled in
  bool merchant_codes = true;   // card payments carry a merchant category code
  std::string bank_view;        // a bank id (B01...): only transfers with a side at that bank
  // Laundering typology instances: period and members (0: the built-in short bursts of 5-10
  // members, repeated up to three times), and hop amounts drawn like ordinary transfers instead
  // of structured, shrinking sums.
  int typology_min_days = 0, typology_max_days = 0;
  int typology_min_members = 0, typology_max_members = 0;
  bool ordinary_amounts = false;
  // Output: "tiphub" (the world's files) or "flat" (one bank export, export.csv, with the mapping
  // that ingests it, export_mapping.json: labels True/False, typology and alert id columns).
  std::string format = "tiphub";

  bool PlannedTypologies() const {
    return typology_min_days > 0 || typology_min_members > 0 || ordinary_amounts;
  }
};

struct SimOptions {
  uint64_t seed = 1;
  int64_t accounts = 10'000;
  int days = 90;
  std::string start_date = "2026-01-01";
  int banks = 4;
  std::string currency = "USD";
  bool ibm_format = false;
  int threads = 0;  // 0: all cores; results never depend on it

  // Instances per 10,000 accounts, keyed by scheme or hard-negative type.
  std::map<std::string, double> rates;
  // Share of trafficking instances whose proceeds are also laundered through a typology.
  double laundering_of_proceeds = 0.3;
  // Share of a person's day-to-day activity that happens at night for ordinary people.
  double ordinary_night_share = 0.03;
  // Per person and day, the chance of a one-off transfer to someone never paid before (buying
  // second-hand, splitting a bill): new relationships that mean nothing.
  double one_off_transfer_rate = 0;
  Regime regime;

  SimOptions();
  // Checks ranges; messages name the field.
  Status Validate() const;
  int64_t StartDay() const;  // days since epoch of start_date (valid after Validate)
  // Instances of `type` for this world size.
  int64_t InstanceCount(std::string_view type) const;
};

// Applies a scenario file (.json, .yaml or .yml) on top of `options`. Unknown fields and wrong
// types are errors naming the field, e.g. "scenario.yaml: rates.sex_adz is not a scheme type".
Status ApplyScenarioFile(const std::string& path, SimOptions& options);

}  // namespace tiphub::sim

#endif  // TIPHUB_SIM_OPTIONS_H_
