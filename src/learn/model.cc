#include "learn/model.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <mutex>
#include <numeric>

#include <fmt/format.h>
#include <xgboost/c_api.h>

#include "common/file.h"

namespace tiphub::learn {
namespace {

constexpr float kMissing = std::numeric_limits<float>::quiet_NaN();

Status XgbError(std::string_view what) {
  return Status::Internal(fmt::format("XGBoost failed to {}: {}", what, XGBGetLastError()));
}

#define XGB_CHECK(call, what) \
  if ((call) != 0) return XgbError(what)

void QuietXgboost() {
  static std::once_flag once;
  std::call_once(once, [] { XGBSetGlobalConfig(R"({"verbosity": 0})"); });
}

struct DMatrix {
  DMatrixHandle h = nullptr;
  ~DMatrix() {
    if (h) XGDMatrixFree(h);
  }
};

Status MakeDMatrix(std::span<const float> values, size_t columns, DMatrix& out) {
  const auto rows = static_cast<bst_ulong>(values.size() / columns);
  XGB_CHECK(XGDMatrixCreateFromMat_omp(values.data(), rows, static_cast<bst_ulong>(columns),
                                       kMissing, &out.h, 0),
            "build a data matrix");
  return Status::Ok();
}

Status MakeDMatrix(const Matrix& m, DMatrix& out) {
  RETURN_IF_ERROR(MakeDMatrix(m.values, m.columns, out));
  XGB_CHECK(XGDMatrixSetFloatInfo(out.h, "label", m.labels.data(),
                                  static_cast<bst_ulong>(m.labels.size())),
            "set labels");
  if (!m.weights.empty()) {
    XGB_CHECK(XGDMatrixSetFloatInfo(out.h, "weight", m.weights.data(),
                                    static_cast<bst_ulong>(m.weights.size())),
              "set weights");
  }
  return Status::Ok();
}

// Prediction of `type` (0 probabilities, 2 SHAP contributions) through a DMatrix. The result
// belongs to XGBoost and is valid until the booster's next call.
Result<const float*> PredictDMatrix(BoosterHandle booster, std::span<const float> rows,
                                    size_t columns, int type) {
  DMatrix d;
  RETURN_IF_ERROR(MakeDMatrix(rows, columns, d));
  const std::string config = fmt::format(
      R"({{"type": {}, "training": false, "iteration_begin": 0, "iteration_end": 0,
          "strict_shape": false}})",
      type);
  bst_ulong const* shape = nullptr;
  bst_ulong dim = 0;
  const float* out = nullptr;
  XGB_CHECK(XGBoosterPredictFromDMatrix(booster, d.h, config.c_str(), &shape, &dim, &out),
            type == 2 ? "explain a prediction" : "predict");
  return out;
}

}  // namespace

struct Model::Handle {
  BoosterHandle h = nullptr;
  ~Handle() {
    if (h) XGBoosterFree(h);
  }
};

nlohmann::json TrainParams::ToJson() const {
  return {{"max_depth", max_depth},
          {"eta", eta},
          {"scale_pos_weight", scale_pos_weight},
          {"subsample", subsample},
          {"colsample_bytree", colsample_bytree},
          {"min_child_weight", min_child_weight},
          {"max_rounds", max_rounds},
          {"early_stopping_rounds", early_stopping_rounds},
          {"seed", seed}};
}

double Prf::precision() const {
  return tp + fp > 0 ? static_cast<double>(tp) / static_cast<double>(tp + fp) : 0;
}
double Prf::recall() const {
  return tp + fn > 0 ? static_cast<double>(tp) / static_cast<double>(tp + fn) : 0;
}
double Prf::f1() const {
  const double p = precision(), r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}
nlohmann::json Prf::ToJson() const {
  return {{"precision", precision()},
          {"recall", recall()},
          {"f1", f1()},
          {"tp", tp},
          {"fp", fp},
          {"fn", fn}};
}

Prf Evaluate(std::span<const float> scores, std::span<const float> labels, double threshold,
             const std::vector<bool>* keep) {
  Prf out;
  for (size_t i = 0; i < scores.size(); ++i) {
    if (keep && !(*keep)[i]) continue;
    const bool positive = labels[i] > 0.5f;
    if (scores[i] >= threshold) {
      ++(positive ? out.tp : out.fp);
    } else if (positive) {
      ++out.fn;
    }
  }
  return out;
}

namespace {
std::vector<uint32_t> ByScoreDescending(std::span<const float> scores) {
  std::vector<uint32_t> order(scores.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(),
            [&](uint32_t a, uint32_t b) { return scores[a] > scores[b]; });
  return order;
}
}  // namespace

double BestF1Threshold(std::span<const float> scores, std::span<const float> labels) {
  const std::vector<uint32_t> order = ByScoreDescending(scores);
  double positives = 0;
  for (float l : labels) positives += l > 0.5f;
  double tp = 0, best_f1 = -1, best = 0.5;
  for (size_t i = 0; i < order.size(); ++i) {
    tp += labels[order[i]] > 0.5f;
    // Only cut between distinct scores: everything scored like row i is on the same side.
    if (i + 1 < order.size() && scores[order[i + 1]] == scores[order[i]]) continue;
    const double f1 = 2 * tp / (static_cast<double>(i + 1) + positives);
    if (f1 > best_f1) {
      best_f1 = f1;
      const double next = i + 1 < order.size() ? scores[order[i + 1]] : 0.0;
      best = (scores[order[i]] + next) / 2;
    }
  }
  return best;
}

double AveragePrecision(std::span<const float> scores, std::span<const float> labels) {
  const std::vector<uint32_t> order = ByScoreDescending(scores);
  double positives = 0;
  for (float l : labels) positives += l > 0.5f;
  if (positives == 0) return 0;
  double tp = 0, ap = 0;
  for (size_t i = 0; i < order.size(); ++i) {
    if (labels[order[i]] > 0.5f) {
      tp += 1;
      ap += tp / static_cast<double>(i + 1);
    }
  }
  return ap / positives;
}

Model::Model() : handle_(std::make_unique<Handle>()) {}
Model::~Model() = default;
Model::Model(Model&&) noexcept = default;
Model& Model::operator=(Model&&) noexcept = default;

Result<Model> Model::Train(const Matrix& train, const Matrix& validation,
                           std::span<const std::string_view> feature_names,
                           const TrainParams& params,
                           const std::function<void(const std::string&)>& log) {
  QuietXgboost();
  if (train.rows() == 0 || validation.rows() == 0)
    return Status::InvalidArgument("training and validation rows are both needed");
  DMatrix dtrain, dvalid;
  RETURN_IF_ERROR(MakeDMatrix(train, dtrain));
  RETURN_IF_ERROR(MakeDMatrix(validation, dvalid));
  Model model;
  model.params = params;
  for (auto n : feature_names) model.feature_names.emplace_back(n);
  BoosterHandle& b = model.handle_->h;
  XGB_CHECK(XGBoosterCreate(&dtrain.h, 1, &b), "create a booster");
  const std::pair<std::string, std::string> settings[] = {
      {"objective", "binary:logistic"},
      {"tree_method", "hist"},
      {"eval_metric", "aucpr"},
      {"max_depth", std::to_string(params.max_depth)},
      {"eta", fmt::format("{}", params.eta)},
      {"scale_pos_weight", fmt::format("{}", params.scale_pos_weight)},
      {"subsample", fmt::format("{}", params.subsample)},
      {"colsample_bytree", fmt::format("{}", params.colsample_bytree)},
      {"min_child_weight", fmt::format("{}", params.min_child_weight)},
      {"max_bin", "256"},
      {"seed", std::to_string(params.seed)},
      {"nthread", std::to_string(params.threads)},
  };
  for (const auto& [k, v] : settings)
    XGB_CHECK(XGBoosterSetParam(b, k.c_str(), v.c_str()), "set parameter " + k);
  double best = -1;
  int best_round = 0;
  constexpr int kEvalEvery = 5;
  const char* names[] = {"validation"};
  for (int round = 0; round < params.max_rounds; ++round) {
    XGB_CHECK(XGBoosterUpdateOneIter(b, round, dtrain.h), "train a round");
    if ((round + 1) % kEvalEvery != 0 && round + 1 != params.max_rounds) continue;
    const char* out = nullptr;
    XGB_CHECK(XGBoosterEvalOneIter(b, round, &dvalid.h, names, 1, &out), "evaluate");
    const std::string text = out ? out : "";
    const size_t colon = text.rfind(':');
    const double aucpr = colon == std::string::npos ? 0 : std::atof(text.c_str() + colon + 1);
    if (log) log(fmt::format("round {}: validation aucpr {:.4f}", round + 1, aucpr));
    if (aucpr > best) {
      best = aucpr;
      best_round = round + 1;
    } else if (round + 1 - best_round >= params.early_stopping_rounds) {
      break;
    }
  }
  int boosted = 0;
  XGB_CHECK(XGBoosterBoostedRounds(b, &boosted), "count rounds");
  if (best_round > 0 && best_round < boosted) {
    BoosterHandle sliced = nullptr;
    XGB_CHECK(XGBoosterSlice(b, 0, best_round, 1, &sliced), "keep the best rounds");
    XGBoosterFree(b);
    b = sliced;
  }
  model.rounds = best_round;
  model.validation_aucpr = best;
  return model;
}

Result<Model> Model::Load(const std::string& path, std::string_view feature_schema) {
  QuietXgboost();
  ASSIGN_OR_RETURN(std::string bytes, ReadWholeFile(path, "model"));
  Model model;
  BoosterHandle& b = model.handle_->h;
  XGB_CHECK(XGBoosterCreate(nullptr, 0, &b), "create a booster");
  if (XGBoosterLoadModelFromBuffer(b, bytes.data(), static_cast<bst_ulong>(bytes.size())) != 0) {
    return Status::InvalidArgument(
        fmt::format("'{}' is not an XGBoost model ({}): give a file written by 'tiphub train'",
                    path, XGBGetLastError()));
  }
  auto attr = [&](const char* key) -> std::string {
    const char* out = nullptr;
    int ok = 0;
    if (XGBoosterGetAttr(b, key, &out, &ok) != 0 || !ok || out == nullptr) return {};
    return out;
  };
  const std::string schema = attr("tiphub_feature_schema");
  if (schema.empty()) {
    return Status::InvalidArgument(fmt::format(
        "'{}' is an XGBoost model but not one written by 'tiphub train' (it records no feature "
        "schema)",
        path));
  }
  if (schema != feature_schema) {
    return Status::FailedPrecondition(fmt::format(
        "model '{}' was trained on feature schema {}, this tiphub computes {}: retrain it with "
        "'tiphub train'",
        path, schema, feature_schema));
  }
  const auto meta = nlohmann::json::parse(attr("tiphub_model"), nullptr, false);
  if (meta.is_discarded() || !meta.is_object())
    return Status::InvalidArgument(
        fmt::format("model '{}' has a damaged tiphub_model record", path));
  model.threshold = meta.value("threshold", 0.5);
  model.rounds = meta.value("rounds", 0);
  model.validation_aucpr = meta.value("validation_aucpr", 0.0);
  if (meta.contains("features") && meta["features"].is_array()) {
    for (const auto& f : meta["features"])
      if (f.is_string()) model.feature_names.push_back(f.get<std::string>());
  }
  if (meta.contains("metadata")) model.metadata = meta["metadata"];
  if (meta.contains("params") && meta["params"].is_object()) {
    const auto& p = meta["params"];
    model.params.max_depth = p.value("max_depth", model.params.max_depth);
    model.params.eta = p.value("eta", model.params.eta);
    model.params.scale_pos_weight = p.value("scale_pos_weight", model.params.scale_pos_weight);
  }
  return model;
}

Status Model::Save(const std::string& path, std::string_view feature_schema) const {
  BoosterHandle b = handle_->h;
  if (b == nullptr) return Status::FailedPrecondition("no model to save");
  const nlohmann::json meta = {{"threshold", threshold},
                               {"rounds", rounds},
                               {"validation_aucpr", validation_aucpr},
                               {"params", params.ToJson()},
                               {"features", feature_names},
                               {"metadata", metadata}};
  XGB_CHECK(XGBoosterSetAttr(b, "tiphub_feature_schema", std::string(feature_schema).c_str()),
            "record the feature schema");
  XGB_CHECK(XGBoosterSetAttr(b, "tiphub_model", meta.dump().c_str()), "record the model facts");
  bst_ulong len = 0;
  const char* data = nullptr;
  XGB_CHECK(XGBoosterSaveModelToBuffer(b, R"({"format": "json"})", &len, &data), "save the model");
  return WriteFileAtomically(path, std::string_view(data, len));
}

Result<std::vector<float>> Model::Predict(std::span<const float> rows) const {
  const size_t columns = feature_names.size();
  if (columns == 0 || rows.size() % columns != 0)
    return Status::InvalidArgument("feature rows do not match the model's feature count");
  if (rows.empty()) return std::vector<float>{};
  const size_t n = rows.size() / columns;
  bst_ulong const* shape = nullptr;
  bst_ulong dim = 0;
  const float* out = nullptr;
  // In-place prediction over the dense rows (no DMatrix copy); NaN marks a missing value.
  const std::string values =
      fmt::format(R"({{"data": [{}, true], "shape": [{}, {}], "typestr": "<f4", "version": 3}})",
                  reinterpret_cast<uintptr_t>(rows.data()), n, columns);
  if (XGBoosterPredictFromDense(handle_->h, values.c_str(),
                                R"({"type": 0, "training": false, "iteration_begin": 0,
                                    "iteration_end": 0, "strict_shape": false, "missing": NaN,
                                    "cache_id": 0})",
                                nullptr, &shape, &dim, &out) == 0) {
    return std::vector<float>(out, out + n);
  }
  ASSIGN_OR_RETURN(out, PredictDMatrix(handle_->h, rows, columns, 0));
  return std::vector<float>(out, out + n);
}

Result<std::vector<Contribution>> Model::Explain(std::span<const float> row, size_t top) const {
  const size_t columns = feature_names.size();
  if (row.size() != columns)
    return Status::InvalidArgument("feature row does not match the model's feature count");
  ASSIGN_OR_RETURN(const float* out, PredictDMatrix(handle_->h, row, columns, 2));
  std::vector<Contribution> all;
  for (size_t i = 0; i < columns; ++i) all.push_back({feature_names[i], row[i], out[i]});
  std::sort(all.begin(), all.end(), [](const Contribution& a, const Contribution& b) {
    return std::fabs(a.contribution) > std::fabs(b.contribution);
  });
  if (all.size() > top) all.resize(top);
  return all;
}

}  // namespace tiphub::learn
