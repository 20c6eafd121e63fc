// The accounts a scan has seen, shared by the detection stages: each account's identity and KYC
// attributes, the indicators that fired on it (best hit per indicator) with their evidence, its
// relationships across windows, and each stage's own state. Accounts get dense handles in order
// of first sight; handles stay valid for the table's lifetime.
//
// Thread safety: one thread (the engine's).
#ifndef TIPHUB_DETECT_ACCOUNTS_H_
#define TIPHUB_DETECT_ACCOUNTS_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "common/id_index.h"
#include "detect/counters.h"
#include "detect/graph_stage.h"
#include "detect/rules.h"
#include "detect/window_stage.h"
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

inline constexpr size_t kMaxEvidence = 40;

struct AccountState {
  std::string id;
  std::string home_city;
  std::string country;
  bool business = false;
  int open_hour = 0, close_hour = 24;
  int mcc_group = 0;
  bool escort_ad_site = false;               // holder is on the escort_ad_site watch list
  bool unlicensed_recruiter = false;         // holder is on the unlicensed_recruitment_agency list
  Window w;                                  // the window stage's counters
  std::map<std::string, IndicatorHit> hits;  // best hit per indicator
  std::vector<std::string> evidence;         // of the windows that fired and of graph patterns
  std::vector<std::string> flow_evidence;    // of graph patterns only (transfers)
  GraphState g;                              // the graph stage's state
  // Per counterparty, the most transfers in any one window: a relationship repeated within a month
  // (daily sweeps, weekly pay-outs), unlike a monthly rent.
  CounterMap links;
  // Per counterparty, the windows with a transfer either way and the transfers in all of them:
  // together they tell a standing order (about one a month, for months) from a burst.
  CounterMap link_windows, link_total;
  int64_t first_seen = 0, last_seen = 0;
};

// Adds `id` to `ev` unless it is already its last element or `ev` holds kMaxEvidence ids.
void AddEvidence(std::vector<std::string>& ev, const std::string& id);
// A transfer of a graph pattern: evidence of any alert, and of a laundering alert on its own.
void AddFlowEvidence(AccountState& a, const std::string& id);

class AccountTable {
 public:
  static constexpr uint32_t kNone = IdIndex::kNone;

  // `rules` must outlive the table.
  AccountTable(const Rules& rules, ReferenceData reference);

  // The handle of `id`, adding it (with its holder's KYC attributes) when new; kNone for "".
  uint32_t Intern(const std::string& id) {
    return id.empty() ? kNone : Intern(id, IdIndex::Hash(id));
  }
  // `hash` is IdIndex::Hash(id); `id` is not empty.
  uint32_t Intern(const std::string& id, uint64_t hash);
  // The handle of `id`, or kNone when unseen (`hash` is IdIndex::Hash(id)).
  uint32_t Find(std::string_view id, uint64_t hash) const {
    auto id_of = [this](uint32_t k) { return std::string_view(ids_[k]); };
    return index_.Find(id, hash, id_of);
  }
  void Prefetch(uint64_t hash) const { index_.Prefetch(hash); }

  size_t size() const { return states_.size(); }
  AccountState& operator[](uint32_t k) { return states_[k]; }
  const AccountState& operator[](uint32_t k) const { return states_[k]; }
  auto begin() { return states_.begin(); }
  auto end() { return states_.end(); }

  const Rules& rules() const { return rules_; }
  const ReferenceData& reference() const { return ref_; }
  // The holder of a reference account, or null.
  const Party* HolderOf(const std::string& account) const {
    auto p = party_of_account_.find(account);
    return p == party_of_account_.end() ? nullptr : p->second;
  }
  bool HasHolders() const { return !party_of_account_.empty(); }

  // Records that indicator `id` measured `value` on `a` at `ts`; keeps the best hit per indicator
  // and ignores values under the threshold. `detail` is copied only when the hit improves.
  void Hit(AccountState& a, std::string_view id, double value, std::string_view detail, int64_t ts);
  // Hit with its detail formatted only when the value reaches the threshold.
  template <typename... Args>
  void HitF(AccountState& a, std::string_view id, double value, int64_t ts,
            fmt::format_string<Args...> detail, Args&&... args) {
    if (value < rules_.Threshold(id)) return;
    Hit(a, id, value, fmt::format(detail, std::forward<Args>(args)...), ts);
  }
  // HitF that also counts the value (when above zero) among the peers' values of an indicator
  // whose threshold is relative to its peers (ThresholdBasis::kPeer).
  template <typename... Args>
  void MeasureF(AccountState& a, std::string_view id, double value, int64_t ts,
                fmt::format_string<Args...> detail, Args&&... args) {
    if (value > 0) Observe(id, value);
    HitF(a, id, value, ts, detail, std::forward<Args>(args)...);
  }
  // Counts `value` among the peers' values of `id` (kPeer indicators only; others ignore it).
  void Observe(std::string_view id, double value);
  // Counts one closed account-window: the peers are all active accounts, so an activity few
  // accounts have (zero for the rest) keeps its catalog threshold.
  void CountPeerWindow() { ++peer_windows_; }
  // At the end of a scan: raises each kPeer indicator's threshold to its peers' percentile
  // (catalog) where that is higher, withdraws the hits under it, and records the threshold used.
  void ApplyPeerThresholds();
  // The threshold a kPeer indicator ended up with (its rules threshold before the end).
  double EffectiveThreshold(std::string_view id) const;

 private:
  bool Listed(const std::string& party, std::string_view list) const;

  const Rules& rules_;
  ReferenceData ref_;
  std::unordered_map<std::string, const Party*> party_of_account_;
  std::unordered_map<std::string, std::vector<std::string>> watch_;  // party -> lists
  // Peers' values of the kPeer indicators: counts per whole value (the last bucket holds all
  // larger values), by indicator; and the thresholds derived from them.
  static constexpr size_t kPeerBuckets = 4096;
  static constexpr uint64_t kMinPeers = 1000;  // account-windows for a percentile to count
  std::map<std::string, std::vector<uint32_t>, std::less<>> peer_values_;
  std::map<std::string, double, std::less<>> peer_threshold_;
  uint64_t peer_windows_ = 0;
  IdIndex index_;
  std::vector<AccountState> states_;
  std::vector<std::string> ids_;  // states_[k].id, packed for the index's comparisons
};

}  // namespace tiphub::detect

#endif  // TIPHUB_DETECT_ACCOUNTS_H_
