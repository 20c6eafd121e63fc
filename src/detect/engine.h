// The detection engine: one pass over transactions in time order, per-account windowed state and a
// time-windowed transfer graph, indicators from the catalog, combination scoring, and network
// alerts with roles. Used the same way for a batch (the store's transactions) and a stream.
//
//   Engine engine(options, std::move(reference));
//   for (const Transaction& tx : ...) RETURN_IF_ERROR(engine.Process(tx));
//   std::vector<Alert> alerts = engine.Finish();
//
// Memory is bounded by the number of accounts and the window, not by history: per-account
// counters are reset at each window boundary and graph edges older than the graph window are
// dropped. Thread safety: an Engine is used by one thread.
#ifndef TIPHUB_DETECT_ENGINE_H_
#define TIPHUB_DETECT_ENGINE_H_

#include <cstdint>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "common/status.h"
#include "model/alert.h"
#include "model/types.h"

namespace tiphub::detect {

// Know-your-customer data the indicators need beside transactions.
struct ReferenceData {
  std::vector<Party> parties;
  std::vector<Account> accounts;
  std::vector<std::pair<std::string, std::string>> watchlist;  // party id, list name
  // Parties known to be the same person (tiphub resolve): party id -> entity id. Shared-attribute
  // indicators count entities, so one person's KYC variants are not "different names".
  std::unordered_map<std::string, std::string> entity_of_party;
};

struct EngineOptions {
  int64_t window_seconds = 30 * 86400;
  // Transactions may arrive this much earlier than the latest seen; older ones are an error.
  int64_t out_of_order_tolerance_seconds = 3600;
  double alert_score = 30;                   // minimum account score for an alert
  int min_indicators = 2;                    // distinct HT indicators needed without a typology hit
  std::map<std::string, double> weights;     // overrides of catalog weights
  std::map<std::string, double> thresholds;  // overrides of catalog thresholds
};

// Reads a rules file (JSON): {"alert_score": 30, "min_indicators": 2, "window_days": 30,
// "indicators": {"HT-05": {"weight": 8, "threshold": 3}}}. Unknown ids are errors.
Status ApplyRulesFile(const std::string& path, EngineOptions& options);

// What the engine has concluded about one account so far: the indicators that fired (best hit
// per indicator) summed by weight and counted by family. Used as learned-model features.
struct AccountSignals {
  double weight = 0;    // sum of the fired indicators' weights
  int trafficking = 0;  // HT-xx indicators fired
  int typologies = 0;   // graph typologies (ML-xx) and other indicators fired
};

class Engine {
 public:
  Engine(EngineOptions options, ReferenceData reference);
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Fails with InvalidArgument when `tx` is older than the tolerance allows.
  Status Process(const Transaction& tx);
  // The same as Process on each transaction in turn (the same alerts, the same first error),
  // faster: the accounts of later transactions are looked up while earlier ones are processed.
  // With `accounts`, element i receives what LastAccounts would give after transaction i.
  Status ProcessBatch(std::span<const Transaction> txs,
                      std::vector<std::pair<uint32_t, uint32_t>>* accounts = nullptr);
  // Closes all windows and returns the alerts, highest score first.
  std::vector<Alert> Finish();
  // Signals of `account` from the transactions processed so far; zeros for an unseen account.
  AccountSignals Signals(const std::string& account) const;
  // Handles of the sending and receiving accounts of the last transaction processed (kNoHandle
  // for a side without an account), valid for the engine's lifetime, and the signals of such a
  // handle: Signals without looking the account up again.
  static constexpr uint32_t kNoHandle = 0xFFFFFFFFu;
  std::pair<uint32_t, uint32_t> LastAccounts() const;
  AccountSignals SignalsAt(uint32_t handle) const;

  int64_t processed() const { return processed_; }

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  int64_t processed_ = 0;
};

}  // namespace tiphub::detect

#endif  // TIPHUB_DETECT_ENGINE_H_
