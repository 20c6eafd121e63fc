// Use cases of learned scoring: train a model on a workspace's labelled history (`tiphub train`)
// and export the feature matrix (`tiphub features`). Scoring with a model is part of Scan
// (ScanRequest::model_path).
#ifndef TIPHUB_APP_TRAIN_H_
#define TIPHUB_APP_TRAIN_H_

#include <cstdint>
#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "common/progress.h"
#include "common/status.h"

namespace tiphub::app {

struct TrainRequest {
  std::string store_path = "tiphub.db";
  // A simulator world's folder (labels_transactions.csv); empty: the labels ingested into the
  // workspace (simulator worlds, the IBM "Is Laundering" column, a mapped label column).
  std::string labels_dir;
  std::string split = "temporal:60/20/20";
  // What the model learns to find: "all" illicit transactions, or one family of simulator labels
  // ("laundering" typologies or "trafficking" schemes); the other family's illicit transactions
  // are then left out of training and scoring (neither positive nor negative).
  std::string target = "all";
  std::string model_path;  // required
  int threads = 0;         // 0: all cores
  uint64_t seed = 1;
  // Training rows beyond this are negatives sampled at random (and weighted up to compensate);
  // every positive is kept. Validation and test rows are never sampled.
  int64_t max_train_rows = 1'500'000;
  // Optional CSV of the test part's scores (transaction, score, label, family) for inspection.
  std::string predictions_path;
  bool quick = false;  // one hyperparameter setting and fewer rounds (tests, smoke runs)
  // Receives one line per training step (which setting, its validation score).
  std::function<void(const std::string&)> log;
};

// Extracts features in one pass over the workspace in time order, splits it by time (oldest part
// trains, the next chooses hyperparameters and the decision threshold, the newest is reported),
// trains gradient-boosted trees and writes the model. The JSON report has `target`, `validation`
// and `test` (precision, recall, f1, aucpr of the illicit class), `params`, `threshold`, `rows`,
// `positives`, `grid`, `seconds`; with scheme types known (simulator labels) also `test_laundering`
// and `test_trafficking` (each family scored with the other family's transactions left out), and
// `rules` (the rules engine's evidence transactions scored the same way on the same test part).
Result<nlohmann::json> Train(const TrainRequest& request, const ProgressSink& progress);

struct FeatureExportRequest {
  std::string store_path = "tiphub.db";
  std::string labels_dir;  // as in TrainRequest; no labels at all leaves the label column empty
  std::string out_path;    // CSV: transaction, timestamp, the features, label
};

// Returns the number of rows written.
Result<int64_t> ExportFeatures(const FeatureExportRequest& request, const ProgressSink& progress);

}  // namespace tiphub::app

#endif  // TIPHUB_APP_TRAIN_H_
