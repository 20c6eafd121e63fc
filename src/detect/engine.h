// The detection engine: one pass over transactions in time order through the detection stages,
// then alerts. Used the same way for a batch (the store's transactions) and a stream.
//
//   Engine engine(options, std::move(reference));
//   for (const Transaction& tx : ...) RETURN_IF_ERROR(engine.Process(tx));
//   std::vector<Alert> alerts = engine.Finish();
//
// Stages (each in its own file): the window stage (per-account counters over windows and days:
// the published indicators), the graph stage (the time-windowed transfer graph: fans, cycles,
// scatter-gather, pass-through), the KYC stage (shared phones and addresses, custodians) and the
// alert builder (scores, groups, families and roles from the catalog). The engine also profiles
// the data as it passes: indicators that need fields the data lacks (times of day, merchant
// codes, KYC, ...) stay silent, and Silenced() says which and why.
//
// Memory is bounded by the number of accounts and the window, not by history: per-account
// counters are reset at each window boundary and graph edges older than the graph window are
// dropped. Thread safety: an Engine is used by one thread.
#ifndef TIPHUB_DETECT_ENGINE_H_
#define TIPHUB_DETECT_ENGINE_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "common/status.h"
#include "detect/accounts.h"
#include "detect/rules.h"
#include "model/alert.h"
#include "model/types.h"

namespace tiphub::detect {

// What the learned model reads of the engine's view of one account so far: the indicators that
// fired (best hit per indicator) summed by weight and counted by family.
struct AccountSignals {
  double weight = 0;    // sum of the fired indicators' weights
  int trafficking = 0;  // HT-xx indicators fired
  int typologies = 0;   // graph typologies (ML-xx) and other indicators fired
};

// Which fields the scanned data holds (DataNeed bits) and the counts behind them.
struct DataProfile {
  uint32_t present = 0;  // DataNeed bits
  int64_t transactions = 0;
  int64_t with_time_of_day = 0;  // local time not exactly midnight
};

// An indicator kept silent because the data lacks what it needs.
struct SilencedIndicator {
  std::string id;
  uint32_t missing = 0;  // DataNeed bits
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

  // The data seen so far, and the indicators its gaps keep silent.
  DataProfile Profile() const;
  std::vector<SilencedIndicator> Silenced() const;

  int64_t processed() const { return processed_; }

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  int64_t processed_ = 0;
};

// "no time of day: HT-11, HT-14, HT-23 off; no merchant codes: HT-01, ... off".
std::string DescribeSilenced(const std::vector<SilencedIndicator>& silenced);

}  // namespace tiphub::detect

#endif  // TIPHUB_DETECT_ENGINE_H_
