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
// cycles of length 2 to 4), the detection engine's indicator signals of both endpoints, whether
// the rules count the transaction among an alert's flows or evidence, and the first pass's graph
// totals (GraphSummary: the pair's transfers and span over the whole data, each endpoint's
// distinct counterparties and share of one-off relationships).
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
inline constexpr std::string_view kFeatureSchema = "tiphub-tx-features/3";

// Names of the features, in row order.
std::span<const std::string_view> FeatureNames();
inline size_t FeatureCount() { return FeatureNames().size(); }

inline constexpr size_t kSignalBlock = 4096;

// Totals of the transfer graph over the whole data, gathered in the first pass (no labels): per
// ordered pair of accounts (transfers, first and last time, spread of amounts) and per account
// (distinct counterparties each way, how many of those relationships are one-off, active span).
// Ordinary relationships recur (rent, payroll, standing orders) or are one-offs of hubs;
// laundering flows are one-off relationships among accounts that otherwise look ordinary.
//
//   GraphSummary g;
//   for (const Transaction& tx : all) g.Add(tx);
//   g.Finish();   // then only the const lookups
//
// Memory: about 64 bytes per distinct pair, 16 more per one-off pair and 130 per account. Not
// thread-safe while adding.
class GraphSummary {
 public:
  GraphSummary();
  ~GraphSummary();
  GraphSummary(GraphSummary&&) noexcept;
  GraphSummary& operator=(GraphSummary&&) noexcept;

  void Add(const Transaction& tx);
  void Finish();

  struct PairTotals {
    uint32_t count = 0;  // 0: the pair never transacted
    int64_t first = 0, last = 0;
    double log_sum = 0, log_sq_sum = 0;  // of log(1 + major amount)
  };
  struct AccountTotals {
    int64_t first = 0, last = 0;
    uint32_t out_fan = 0, in_fan = 0;          // distinct counterparties
    uint32_t out_one_off = 0, in_one_off = 0;  // of those, relationships of one transfer
  };
  static constexpr uint32_t kNone = 0xFFFFFFFFu;
  // The account's handle for the lookups below, or kNone when it never transacted. Rows look
  // each endpoint up once.
  uint32_t Find(std::string_view id) const;
  PairTotals Pair(uint32_t from, uint32_t to) const;  // {} when either is kNone
  const AccountTotals& Account(uint32_t k) const;     // k must not be kNone
  // One-off relationships (pairs of one transfer) of account `k` whose transfer lies within
  // `radius` seconds of `ts`, sent and received: an account that forms many at once, against the
  // few an ordinary customer forms now and then. {0, 0} for kNone.
  std::pair<uint32_t, uint32_t> OneOffsNear(uint32_t k, int64_t ts, int64_t radius) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The rules' verdict over the whole data, from a first pass of the detection engine: what the
// rule features of the second (feature) pass read. Transductive: a transaction's rule features
// see the whole scan's patterns (found without labels), which instances spread over weeks need.
struct RuleVerdict {
  // An account's signals at the end of the scan (the finished engine's Signals).
  std::function<detect::AccountSignals(std::string_view account)> signals;
  // Transactions of the alerts' flows and evidence.
  std::unordered_set<std::string> flagged;
  // The same pass's graph totals (finished); null: the graph features are NaN.
  std::shared_ptr<const GraphSummary> graph;
};

// The verdict of `engine` after Finish() returned `alerts`; `engine` must outlive it.
std::shared_ptr<const RuleVerdict> MakeRuleVerdict(
    const detect::Engine& engine, const std::vector<Alert>& alerts,
    std::shared_ptr<const GraphSummary> graph = nullptr);

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
