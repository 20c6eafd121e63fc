// Gradient-boosted trees over the transaction features, through XGBoost's C API.
//
// A model file is an XGBoost JSON model (loadable by any XGBoost) whose attributes record
// tiphub's feature schema and names, the decision threshold and the training parameters; loading
// a model written for another feature schema is a FailedPrecondition naming both schemas.
//
// Thread safety: a Model may be used for prediction from one thread at a time (XGBoost trains and
// predicts with its own thread pool).
#ifndef TIPHUB_LEARN_MODEL_H_
#define TIPHUB_LEARN_MODEL_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/status.h"

namespace tiphub::learn {

// Rows of features (row-major, `columns` wide) with a 0/1 label and a weight each.
struct Matrix {
  size_t columns = 0;
  std::vector<float> values;
  std::vector<float> labels;
  std::vector<float> weights;  // empty: all 1
  size_t rows() const { return columns ? values.size() / columns : 0; }
  void Reserve(size_t rows) {
    values.reserve(rows * columns);
    labels.reserve(rows);
  }
};

struct TrainParams {
  int max_depth = 8;
  double eta = 0.1;
  double scale_pos_weight = 1;
  double subsample = 0.8;
  double colsample_bytree = 0.8;
  double min_child_weight = 1;
  int max_rounds = 300;
  int early_stopping_rounds = 30;  // on the validation rows' area under the PR curve
  int threads = 0;                 // 0: all cores
  uint64_t seed = 1;
  nlohmann::json ToJson() const;
};

// Precision, recall and F1 of the positive (minority) class.
struct Prf {
  int64_t tp = 0, fp = 0, fn = 0;
  double precision() const;
  double recall() const;
  double f1() const;
  nlohmann::json ToJson() const;
};

// Counts at `threshold` (score >= threshold is positive); `keep[i] == false` leaves row i out.
Prf Evaluate(std::span<const float> scores, std::span<const float> labels, double threshold,
             const std::vector<bool>* keep = nullptr);
// The threshold with the highest F1 on (scores, labels), halfway between neighbouring scores.
double BestF1Threshold(std::span<const float> scores, std::span<const float> labels);
// Area under the precision-recall curve (average precision).
double AveragePrecision(std::span<const float> scores, std::span<const float> labels);

// Top contributions to one row's score.
struct Contribution {
  std::string feature;
  float value = 0;         // the feature's value in the row (NaN when missing)
  float contribution = 0;  // SHAP value on the log-odds scale
};

class Model {
 public:
  Model();
  ~Model();
  Model(Model&&) noexcept;
  Model& operator=(Model&&) noexcept;

  // Trains on `train`, stopping early on `validation` (its labels are used for the stopping
  // metric only). `feature_names` name the columns. `log` receives one line per evaluation.
  static Result<Model> Train(const Matrix& train, const Matrix& validation,
                             std::span<const std::string_view> feature_names,
                             const TrainParams& params,
                             const std::function<void(const std::string&)>& log = {});
  // Reads a model file and checks that it was written for `feature_schema`.
  static Result<Model> Load(const std::string& path, std::string_view feature_schema);
  // Writes the model (atomically) with the metadata below recorded in it.
  Status Save(const std::string& path, std::string_view feature_schema) const;

  // Probabilities of the positive class for `rows` (row-major, FeatureNames().size() wide).
  Result<std::vector<float>> Predict(std::span<const float> rows) const;
  // The `top` largest contributions (by magnitude) to the score of one row.
  Result<std::vector<Contribution>> Explain(std::span<const float> row, size_t top) const;

  double threshold = 0.5;  // decision threshold chosen on validation
  int rounds = 0;          // trees kept (the best round on validation)
  double validation_aucpr = 0;
  TrainParams params;
  std::vector<std::string> feature_names;
  nlohmann::json metadata = nlohmann::json::object();  // free-form facts saved with the model

 private:
  struct Handle;
  std::unique_ptr<Handle> handle_;
};

}  // namespace tiphub::learn

#endif  // TIPHUB_LEARN_MODEL_H_
