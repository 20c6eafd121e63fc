// Use case: compare a workspace's stored alerts with known answers (`tiphub eval`) — a simulator
// world's label files, or the labels ingested with the data (any bank's label column).
#ifndef TIPHUB_APP_EVAL_H_
#define TIPHUB_APP_EVAL_H_

#include <string>

#include <nlohmann/json.hpp>

#include "common/status.h"

namespace tiphub::app {

// Metrics of the stored alerts. With `labels_dir` (a simulator world's folder) the truth is its
// labels_accounts.csv and labels_transactions.csv, roles and hard negatives included. Without it,
// the truth is the workspace's ingested transaction labels, and account labels are derived from
// them: an account is illicit when it sends or receives an illicit transaction; its typology and
// pattern instances are those of its illicit transactions (when the data names them).
//
// JSON keys: account, account_trafficking, account_laundering, transaction,
// transaction_laundering, transaction_trafficking (and *_any_alert), per_scheme (typology ->
// accounts, found, recall), precision_at_k, role_accuracy and hard_negative_fpr (null without
// roles or hard negatives), alerts, largest_alert, alerts_over_50, instances (total, found: any
// member flagged, found_half: half of the members or more, mixed_alerts: alerts holding members of
// two or more instances; only when the labels name instances), by_source (account metrics of the
// rules', the unsupervised detector's and the model's alerts each on their own), truth
// ("simulator" or "workspace").
Result<nlohmann::json> Evaluate(const std::string& store_path, const std::string& labels_dir,
                                int top_k);

}  // namespace tiphub::app

#endif  // TIPHUB_APP_EVAL_H_
