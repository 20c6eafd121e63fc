#include "app/train.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <memory>
#include <unordered_set>
#include <vector>

#include <fmt/format.h>
#include <xxhash.h>

#include "app/reference.h"
#include "common/file.h"
#include "common/strings.h"
#include "learn/features.h"
#include "learn/model.h"
#include "store/store.h"

namespace tiphub::app {
namespace {

using Clock = std::chrono::steady_clock;

double Since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

struct Split {
  int train = 60, validation = 20, test = 20;
};

Result<Split> ParseSplit(const std::string& text) {
  Split s;
  const auto bad = [&] {
    return Status::InvalidArgument(fmt::format(
        "--split '{}' must look like temporal:60/20/20 (train/validation/test percentages of the "
        "transactions in time order, each above 0, summing to 100)",
        text));
  };
  if (!text.starts_with("temporal:")) return bad();
  if (std::sscanf(text.c_str() + 9, "%d/%d/%d", &s.train, &s.validation, &s.test) != 3)
    return bad();
  if (s.train <= 0 || s.validation <= 0 || s.test <= 0 || s.train + s.validation + s.test != 100)
    return bad();
  return s;
}

nlohmann::json Scored(const learn::Prf& prf, double aucpr) {
  nlohmann::json j = prf.ToJson();
  j["aucpr"] = aucpr;
  return j;
}

// Rows of one part of the split, with what scoring them needs.
struct Part {
  learn::Matrix m;
  std::vector<LabelFamily> family;  // of positives; negatives hold 0
  std::vector<std::string> ids;     // transaction ids (test part only)
  int64_t positives = 0;
  int64_t seen = 0;  // rows before sampling
};

// The first pass of train and features: the rules over the workspace's transactions. The engine
// is kept because the verdict reads its signals.
struct RulesPass {
  std::unique_ptr<detect::Engine> engine;
  std::vector<Alert> alerts;
  std::shared_ptr<const learn::RuleVerdict> verdict;
};
Result<RulesPass> RunRules(store::Store& store, const detect::ReferenceData& reference,
                           const detect::EngineOptions& options) {
  RulesPass pass;
  pass.engine = std::make_unique<detect::Engine>(options, reference);
  auto graph = std::make_shared<learn::GraphSummary>();
  RETURN_IF_ERROR(store.ForEachTransaction([&](const Transaction& tx) {
    graph->Add(tx);
    return pass.engine->Process(tx);
  }));
  graph->Finish();
  pass.alerts = pass.engine->Finish();
  pass.verdict = learn::MakeRuleVerdict(*pass.engine, pass.alerts, std::move(graph));
  return pass;
}

}  // namespace

Result<nlohmann::json> Train(const TrainRequest& request, const ProgressSink& progress) {
  const auto started = Clock::now();
  if (request.model_path.empty())
    return Status::InvalidArgument("--model FILE is required: where to write the trained model");
  ASSIGN_OR_RETURN(Split split, ParseSplit(request.split));
  LabelFamily target{};
  if (request.target == "laundering") {
    target = LabelFamily::kLaundering;
  } else if (request.target == "trafficking") {
    target = LabelFamily::kTrafficking;
  } else if (request.target != "all") {
    return Status::InvalidArgument(
        fmt::format("--target '{}' is not one of all, laundering, trafficking", request.target));
  }
  ASSIGN_OR_RETURN(std::unique_ptr<store::Store> store, store::OpenSqliteStore(request.store_path));
  ASSIGN_OR_RETURN(store::StoreCounts counts, store->Counts());
  ASSIGN_OR_RETURN(IllicitLabels labels, LoadIllicitLabels(*store, request.labels_dir));
  if (labels.labelled == 0) {
    return Status::FailedPrecondition(fmt::format(
        "workspace '{}' holds no labels: ingest a simulator world (labels_transactions.csv), IBM "
        "AML data with its Is Laundering column or a mapped CSV with a label column, or give "
        "--labels WORLD_DIR",
        request.store_path));
  }
  if (labels.illicit.empty()) {
    return Status::FailedPrecondition(
        fmt::format("all {} labels are licit: a model needs illicit examples too (one class only)",
                    labels.labelled));
  }
  constexpr int64_t kMinimum = 1000;
  if (counts.transactions < kMinimum) {
    return Status::FailedPrecondition(
        fmt::format("workspace '{}' holds {} transactions; a {} split needs at least {}",
                    request.store_path, counts.transactions, request.split, kMinimum));
  }
  ASSIGN_OR_RETURN(detect::ReferenceData reference, LoadReference(*store));

  // One pass in time order: features of every transaction, routed to its part of the split.
  const int64_t n = counts.transactions;
  const int64_t train_end = n * split.train / 100;
  const int64_t validation_end = n * (split.train + split.validation) / 100;
  const size_t columns = learn::FeatureCount();
  const double keep_rate =
      std::min(1.0, static_cast<double>(request.max_train_rows) / static_cast<double>(train_end));
  Part parts[3];
  for (Part& p : parts) p.m.columns = columns;
  parts[0].m.Reserve(static_cast<size_t>(std::min(train_end, request.max_train_rows)));
  parts[1].m.Reserve(static_cast<size_t>(validation_end - train_end));
  parts[2].m.Reserve(static_cast<size_t>(n - validation_end));
  // First pass: the rules over the whole data, whose verdict the rule features read.
  const auto rules_started = Clock::now();
  learn::FeatureOptions feature_options;
  ASSIGN_OR_RETURN(RulesPass rules, RunRules(*store, reference, feature_options.engine));
  feature_options.rules = rules.verdict;
  const std::vector<Alert>& alerts = rules.alerts;
  const double rules_seconds = Since(rules_started);
  learn::FeatureExtractor extractor(feature_options, std::move(reference));
  // Transactions are gathered in blocks for ExtractBatch; `route` files each row.
  constexpr size_t kBlock = 4096;
  std::vector<Transaction> block(kBlock);
  size_t filled = 0;
  std::vector<float> rows(kBlock * columns);
  int64_t index = 0;
  const auto features_started = Clock::now();
  auto route = [&](const Transaction& tx, std::span<const float> row) {
    const int which = index < train_end ? 0 : index < validation_end ? 1 : 2;
    Part& part = parts[which];
    ++part.seen;
    auto label = labels.illicit.find(tx.id);
    const bool positive = label != labels.illicit.end();
    if (positive && target != LabelFamily{} && label->second != target) {
      ++index;  // the other family: its features fed the state, its row is left out
      return;
    }
    bool keep = true;
    if (which == 0 && !positive && keep_rate < 1) {
      const uint64_t h = XXH3_64bits_withSeed(&index, sizeof index, request.seed);
      keep = static_cast<double>(h >> 11) * 0x1.0p-53 < keep_rate;
    }
    if (keep) {
      part.m.values.insert(part.m.values.end(), row.begin(), row.end());
      part.m.labels.push_back(positive ? 1.0f : 0.0f);
      if (which == 0 && keep_rate < 1)
        part.m.weights.push_back(positive ? 1.0f : static_cast<float>(1 / keep_rate));
      part.family.push_back(positive ? label->second : LabelFamily{});
      part.positives += positive;
      if (which == 2) part.ids.push_back(tx.id);
    }
    ++index;
    if (progress && index % 100'000 == 0) progress(index, n);
  };
  auto extract_block = [&]() -> Status {
    const auto txs = std::span<const Transaction>(block).first(filled);
    RETURN_IF_ERROR(extractor.ExtractBatch(txs, std::span(rows).first(filled * columns)));
    for (size_t i = 0; i < filled; ++i)
      route(txs[i], std::span<const float>(rows).subspan(i * columns, columns));
    filled = 0;
    return Status::Ok();
  };
  RETURN_IF_ERROR(store->ForEachTransaction([&](const Transaction& tx) {
    block[filled++] = tx;
    return filled == kBlock ? extract_block() : Status::Ok();
  }));
  RETURN_IF_ERROR(extract_block());
  if (progress) progress(index, n);
  const double feature_seconds = Since(features_started);
  static constexpr const char* kPartNames[] = {"training", "validation", "test"};
  for (int k = 0; k < 3; ++k) {
    if (parts[k].positives == 0) {
      return Status::FailedPrecondition(fmt::format(
          "the {} part of the {} split ({} transactions) holds no illicit transactions: use a "
          "longer labelled history or another --split",
          kPartNames[k], request.split, parts[k].seen));
    }
    if (parts[k].positives == static_cast<int64_t>(parts[k].m.rows())) {
      return Status::FailedPrecondition(fmt::format(
          "the {} part of the {} split holds only illicit transactions (one class only)",
          kPartNames[k], request.split));
    }
  }

  // Hyperparameters: chosen by F1 on the validation part at its best threshold.
  double weighted_negatives = 0;
  for (size_t i = 0; i < parts[0].m.rows(); ++i) {
    if (parts[0].m.labels[i] < 0.5f)
      weighted_negatives += parts[0].m.weights.empty() ? 1.0 : parts[0].m.weights[i];
  }
  const double balanced = std::clamp(
      std::sqrt(weighted_negatives / static_cast<double>(parts[0].positives)), 1.0, 100.0);
  std::vector<learn::TrainParams> grid;
  // Depth and class weighting matter most on these features; the learning rate is fixed, high
  // enough that the best round comes early (training 200,000 transactions within seconds).
  const std::pair<int, double> settings[] = {{6, 1.0}, {8, balanced}};
  for (const auto& [depth, weight] : settings) {
    learn::TrainParams p;
    p.max_depth = depth;
    p.scale_pos_weight = weight;
    p.eta = 0.3;
    p.early_stopping_rounds = 15;
    p.threads = request.threads;
    p.seed = request.seed;
    if (request.quick) p.max_rounds = 60;
    grid.push_back(p);
    if (request.quick) break;
  }
  const auto training_started = Clock::now();
  std::unique_ptr<learn::Model> best;
  double best_f1 = -1;
  std::vector<float> best_validation_scores;
  nlohmann::json grid_report = nlohmann::json::array();
  for (const learn::TrainParams& p : grid) {
    ASSIGN_OR_RETURN(learn::Model model,
                     learn::Model::Train(parts[0].m, parts[1].m, learn::FeatureNames(), p));
    ASSIGN_OR_RETURN(std::vector<float> scores, model.Predict(parts[1].m.values));
    model.threshold = learn::BestF1Threshold(scores, parts[1].m.labels);
    const double f1 = learn::Evaluate(scores, parts[1].m.labels, model.threshold).f1();
    grid_report.push_back({{"params", p.ToJson()},
                           {"rounds", model.rounds},
                           {"validation_f1", f1},
                           {"validation_aucpr", model.validation_aucpr}});
    if (request.log) {
      request.log(
          fmt::format("max_depth {} scale_pos_weight {:.1f}: {} rounds, validation F1 {:.3f}",
                      p.max_depth, p.scale_pos_weight, model.rounds, f1));
    }
    if (f1 > best_f1) {
      best_f1 = f1;
      best = std::make_unique<learn::Model>(std::move(model));
      best_validation_scores = std::move(scores);
    }
  }
  const double training_seconds = Since(training_started);

  // Report on the newest part, never seen while choosing.
  ASSIGN_OR_RETURN(std::vector<float> test_scores, best->Predict(parts[2].m.values));
  const Part& test = parts[2];
  const double t = best->threshold;
  nlohmann::json report = {
      {"validation", Scored(learn::Evaluate(best_validation_scores, parts[1].m.labels, t),
                            learn::AveragePrecision(best_validation_scores, parts[1].m.labels))},
      {"test", Scored(learn::Evaluate(test_scores, test.m.labels, t),
                      learn::AveragePrecision(test_scores, test.m.labels))},
      {"params", best->params.ToJson()},
      {"threshold", t},
      {"rounds", best->rounds},
      {"split", request.split},
      {"target", request.target},
      {"feature_schema", learn::kFeatureSchema},
      {"features", columns},
      {"rows",
       {{"train", parts[0].seen},
        {"train_used", parts[0].m.rows()},
        {"validation", parts[1].seen},
        {"test", parts[2].seen}}},
      {"positives",
       {{"train", parts[0].positives},
        {"validation", parts[1].positives},
        {"test", parts[2].positives}}},
      {"grid", grid_report},
      {"model", request.model_path}};

  // Rules alone on the same test rows: the engine's evidence transactions count as flagged.
  std::unordered_set<std::string> flagged;
  for (const Alert& a : alerts) flagged.insert(a.evidence.begin(), a.evidence.end());
  std::vector<float> rule_scores(test.ids.size());
  for (size_t i = 0; i < test.ids.size(); ++i) rule_scores[i] = flagged.count(test.ids[i]) ? 1 : 0;
  report["rules"]["test"] = learn::Evaluate(rule_scores, test.m.labels, 0.5).ToJson();
  // Per family: the other family's illicit transactions count neither for nor against it.
  // With one target family, "test" already is that family's score.
  bool families = false;
  for (LabelFamily f : test.family) {
    families |= target == LabelFamily{} &&
                (f == LabelFamily::kLaundering || f == LabelFamily::kTrafficking);
  }
  if (families) {
    for (auto [family, key] : {std::pair{LabelFamily::kLaundering, "test_laundering"},
                               std::pair{LabelFamily::kTrafficking, "test_trafficking"}}) {
      std::vector<bool> keep(test.family.size());
      std::vector<float> truth(test.family.size());
      for (size_t i = 0; i < keep.size(); ++i) {
        const bool positive = test.m.labels[i] > 0.5f;
        keep[i] = !positive || test.family[i] == family;
        truth[i] = positive ? 1 : 0;
      }
      report[key] = learn::Evaluate(test_scores, truth, t, &keep).ToJson();
      report["rules"][key] = learn::Evaluate(rule_scores, truth, 0.5, &keep).ToJson();
    }
  }

  if (!request.predictions_path.empty()) {
    std::string csv = "transaction,score,label,family\n";
    static constexpr const char* kFamily[] = {"", "laundering", "trafficking", "illicit"};
    for (size_t i = 0; i < test.ids.size(); ++i) {
      AppendCsvField(csv, test.ids[i]);
      fmt::format_to(std::back_inserter(csv), ",{:.6f},{},{}\n", test_scores[i],
                     test.m.labels[i] > 0.5f ? 1 : 0,
                     kFamily[static_cast<int>(test.family[i]) & 3]);
    }
    RETURN_IF_ERROR(WriteFileAtomically(request.predictions_path, csv));
  }
  best->metadata = {{"trained_from", request.store_path},
                    {"split", request.split},
                    {"target", request.target},
                    {"test", report["test"]},
                    {"window_seconds", feature_options.window_seconds}};
  RETURN_IF_ERROR(best->Save(request.model_path, learn::kFeatureSchema));
  report["seconds"] = {{"rules", rules_seconds},
                       {"features", feature_seconds},
                       {"training", training_seconds},
                       {"total", Since(started)}};
  return report;
}

Result<int64_t> ExportFeatures(const FeatureExportRequest& request, const ProgressSink& progress) {
  if (request.out_path.empty()) return Status::InvalidArgument("--out FILE is required");
  ASSIGN_OR_RETURN(std::unique_ptr<store::Store> store, store::OpenSqliteStore(request.store_path));
  ASSIGN_OR_RETURN(store::StoreCounts counts, store->Counts());
  ASSIGN_OR_RETURN(IllicitLabels labels, LoadIllicitLabels(*store, request.labels_dir));
  ASSIGN_OR_RETURN(detect::ReferenceData reference, LoadReference(*store));
  const std::string tmp = request.out_path + ".tmp";
  std::unique_ptr<FILE, int (*)(FILE*)> out(std::fopen(tmp.c_str(), "wb"), &std::fclose);
  if (!out) return Status::IoError(fmt::format("cannot write '{}'", tmp));
  std::string buffer = "transaction,timestamp";
  for (auto name : learn::FeatureNames()) fmt::format_to(std::back_inserter(buffer), ",{}", name);
  buffer += ",label\n";
  // First pass: the rules' verdict, which the rule features read (as train and scan --model).
  learn::FeatureOptions feature_options;
  ASSIGN_OR_RETURN(RulesPass rules, RunRules(*store, reference, feature_options.engine));
  feature_options.rules = rules.verdict;
  learn::FeatureExtractor extractor(feature_options, std::move(reference));
  std::vector<float> row(learn::FeatureCount());
  int64_t rows = 0;
  const bool have_labels = labels.labelled > 0;
  auto flush = [&]() -> Status {
    if (std::fwrite(buffer.data(), 1, buffer.size(), out.get()) != buffer.size())
      return Status::IoError(fmt::format("writing '{}' failed (disk full?)", tmp));
    buffer.clear();
    return Status::Ok();
  };
  Status written = store->ForEachTransaction([&](const Transaction& tx) {
    RETURN_IF_ERROR(extractor.Extract(tx, row));
    AppendCsvField(buffer, tx.id);
    fmt::format_to(std::back_inserter(buffer), ",{}", FormatUtc(tx.time.utc_seconds));
    for (float v : row) {
      if (std::isnan(v)) {
        buffer += ',';
      } else {
        fmt::format_to(std::back_inserter(buffer), ",{:g}", v);
      }
    }
    if (have_labels) {
      buffer += labels.illicit.count(tx.id) ? ",1\n" : ",0\n";
    } else {
      buffer += ",\n";
    }
    ++rows;
    if (buffer.size() > (1 << 20)) RETURN_IF_ERROR(flush());
    if (progress && rows % 100'000 == 0) progress(rows, counts.transactions);
    return Status::Ok();
  });
  if (written.ok()) written = flush();
  if (written.ok() && std::fflush(out.get()) != 0)
    written = Status::IoError(fmt::format("writing '{}' failed (disk full?)", tmp));
  out.reset();
  if (written.ok() && std::rename(tmp.c_str(), request.out_path.c_str()) != 0)
    written = Status::IoError(fmt::format("cannot rename '{}' to '{}'", tmp, request.out_path));
  if (!written.ok()) {
    std::remove(tmp.c_str());  // no half-written matrix is left behind
    return written;
  }
  return rows;
}

}  // namespace tiphub::app
