// Transaction features for learned scoring: one pass over transactions in time order, each row
// computed from the transaction and the state *before* it (so the features of a transaction never
// see later ones), the same way for training, `tiphub features` and `tiphub scan --model`.
//
//   FeatureExtractor fx(options, reference);
//   std::vector<float> row(FeatureCount());
//   for (const Transaction& tx : ...) RETURN_IF_ERROR(fx.Extract(tx, row));
//
// Features: the transaction (amount, hour, weekday, channel, MCC group, cash, round amount,
// account types, same bank, cross-border), each endpoint's sliding-window statistics in each
// direction (count, sum, mean, min, max, standard deviation, skew of log amounts; distinct
// counterparties = fan-in / fan-out), pair history (repeats, reciprocity), pass-through timing
// and ratios, graph patterns closed by the transaction (scatter-gather intermediaries, temporal
// cycles of length 2 to 4), the detection engine's indicator signals of both endpoints and whether
// the rules count the transaction among an alert's flows or evidence.
// Account ids are never features. Missing values are NaN.
//
// Indicator signals lag: the detection engine runs on a worker thread one block of kSignalBlock
// transactions behind, so a transaction in block b sees the signals of all transactions before
// block b - 1 (blocks count from the first transaction; the result never depends on how callers
// batch). Extraction and the engine then use both cores.
//
// Memory is bounded by the number of accounts and the window. Thread safety: one calling thread
// (the extractor owns its worker).
#ifndef TIPHUB_LEARN_FEATURES_H_
#define TIPHUB_LEARN_FEATURES_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "common/status.h"
#include "detect/engine.h"
#include "model/alert.h"
#include "model/types.h"

namespace tiphub::learn {

// Changes whenever the meaning or order of features changes; models record it.
inline constexpr std::string_view kFeatureSchema = "tiphub-tx-features/2";

// Names of the features, in row order.
std::span<const std::string_view> FeatureNames();
inline size_t FeatureCount() { return FeatureNames().size(); }

inline constexpr size_t kSignalBlock = 4096;

// The rules' verdict over the whole data, from a first pass of the detection engine: what the
// rule features of the second (feature) pass read. Transductive: a transaction's rule features
// see the whole scan's patterns (found without labels), which instances spread over weeks need.
struct RuleVerdict {
  // An account's signals at the end of the scan (the finished engine's Signals).
  std::function<detect::AccountSignals(std::string_view account)> signals;
  // Transactions of the alerts' flows and evidence.
  std::unordered_set<std::string> flagged;
};

// The verdict of `engine` after Finish() returned `alerts`; `engine` must outlive it.
std::shared_ptr<const RuleVerdict> MakeRuleVerdict(const detect::Engine& engine,
                                                   const std::vector<Alert>& alerts);

struct FeatureOptions {
  int64_t window_seconds = 7 * 86400;  // sliding window of the endpoint statistics
  // The rule features' source: the rules' verdict over the whole data when set (train, scan
  // --model and features all use it); otherwise, with engine_signals, the engine run alongside a
  // block behind (causal: for streams); otherwise none (NaN).
  std::shared_ptr<const RuleVerdict> rules;
  bool engine_signals = true;
  detect::EngineOptions engine;
};

class FeatureExtractor {
 public:
  FeatureExtractor(FeatureOptions options, detect::ReferenceData reference);
  ~FeatureExtractor();
  FeatureExtractor(const FeatureExtractor&) = delete;
  FeatureExtractor& operator=(const FeatureExtractor&) = delete;

  // Writes the features of `tx` into `row` (FeatureCount() values) and then adds `tx` to the
  // state. Fails like detect::Engine::Process when `tx` is out of time order.
  Status Extract(const Transaction& tx, std::span<float> row);
  // Extract over consecutive transactions, rows one after another in `rows` (txs.size() *
  // FeatureCount() values): the same rows, computed faster (each transaction's account state is
  // fetched from memory while earlier rows are computed). Stops at the first error, like Extract.
  Status ExtractBatch(std::span<const Transaction> txs, std::span<float> rows);

  // The alerts of the engine run alongside: the rules' view of the same pass. Ends the pass;
  // FailedPrecondition when engine_signals is off.
  Result<std::vector<Alert>> FinishRules();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tiphub::learn

#endif  // TIPHUB_LEARN_FEATURES_H_
