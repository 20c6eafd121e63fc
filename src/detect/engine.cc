#include "detect/engine.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <numeric>
#include <set>
#include <span>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "common/id_index.h"
#include "detect/catalog.h"
#include "model/mcc.h"
#include "model/time.h"

namespace tiphub::detect {

namespace {

constexpr uint32_t kNoAccount = IdIndex::kNone;
constexpr int64_t kGraphWindow = 10 * 86400;
constexpr int64_t kGraphMinAmount = 20'000;  // 200.00: smaller transfers stay out of the graph
constexpr int64_t kPassThroughMin = 50'000;  // 500.00
constexpr size_t kMaxEvidence = 40;
constexpr size_t kEdgeLog = 24;
// An account paid by this many distinct small third parties in its window is collecting payments
// for services (HT-17): its payers are clients, not members of a laundering pattern.
constexpr size_t kCollectionBreadth = 12;
constexpr size_t kMaxAlertEvidence = 2000;
constexpr size_t kMaxDistinct = 64;

bool IsRemittanceCountry(std::string_view c) {
  return c == "MX" || c == "GT" || c == "SV" || c == "HN" || c == "DO" || c == "JM";
}

// A small set of hashes, capped so memory stays bounded.
struct DistinctSet {
  std::vector<uint64_t> items;
  void Add(uint64_t v) {
    if (items.size() >= kMaxDistinct) return;
    if (std::find(items.begin(), items.end(), v) == items.end()) items.push_back(v);
  }
  size_t size() const { return items.size(); }
};

// Counts per counterparty, in a small flat array: at most kMaxCounterparties distinct keys are
// kept (later ones are dropped), so memory per account is bounded and lookups stay in cache.
constexpr size_t kMaxCounterparties = 48;
struct CounterMap {
  std::vector<std::pair<uint32_t, int>> items;
  void Add(uint32_t key, int n = 1) {
    for (auto& item : items) {
      if (item.first == key) {
        item.second += n;
        return;
      }
    }
    if (items.size() < kMaxCounterparties) items.emplace_back(key, n);
  }
  int Get(uint32_t key) const {
    for (const auto& item : items) {
      if (item.first == key) return item.second;
    }
    return 0;
  }
  void clear() { items.clear(); }
  // Keeps the larger of the stored and the given count.
  void Max(uint32_t key, int n) {
    for (auto& item : items) {
      if (item.first == key) {
        item.second = std::max(item.second, n);
        return;
      }
    }
    if (items.size() < kMaxCounterparties) items.emplace_back(key, n);
  }
  auto begin() const { return items.begin(); }
  auto end() const { return items.end(); }
};

struct Edge {
  int64_t ts;
  uint32_t other;
  int64_t amount;
  std::string tx_id;
};

// The transfers of one side of an account in the graph window, oldest first: a vector with a
// moving front, compacted as it drains (a std::deque allocates two blocks for every account, most
// of which never see a graph transfer). Pointers into it stay valid until the next push_back.
class EdgeQueue {
 public:
  void push_back(Edge e) { items_.push_back(std::move(e)); }
  bool empty() const { return head_ == items_.size(); }
  const Edge& front() const { return items_[head_]; }
  void pop_front() {
    ++head_;
    if (head_ == items_.size()) {
      items_.clear();
      head_ = 0;
    } else if (head_ >= 16 && 2 * head_ >= items_.size()) {
      items_.erase(items_.begin(), items_.begin() + static_cast<std::ptrdiff_t>(head_));
      head_ = 0;
    }
  }
  auto begin() const { return items_.begin() + static_cast<std::ptrdiff_t>(head_); }
  auto end() const { return items_.end(); }

 private:
  std::vector<Edge> items_;
  size_t head_ = 0;
};

// One fan-in (ML-01), fan-out (ML-02) or cycle (ML-03) instance an account took part in. The hub
// (the account fanned into or out of, or the account whose transfer closed the cycle) keeps the
// counterparties (the cycle's accounts in path order); members keep only the hub.
struct PatternRecord {
  int kind = 0;  // 1, 2 or 3: the ML-0k indicator
  uint32_t hub = 0;
  std::vector<uint32_t> parties;  // the hub's own record only
};
constexpr size_t kMaxPatterns = 6;

// Counters of one account over the current window.
struct Window {
  int64_t index = -1;
  int ad_payments = 0, watch_ad_payments = 0, foreign_ad_payments = 0, tickets = 0, rides = 0,
      fast_food = 0, drug_cosmetics = 0, after_hours_receipts = 0, crypto = 0, night = 0, total = 0,
      third_party_cash = 0, top_ups = 0, round_cash_out = 0, receipts = 0, cash_deposits = 0,
      after_hours_cash = 0, ach_out = 0, prepaid = 0, funnel = 0, payroll_pass_days = 0,
      deductions = 0, recruiter_payments = 0, risky_wires = 0, pass_through = 0;
  int64_t lodging_minor = 0;
  std::map<int64_t, int> ad_amount_counts;
  std::vector<std::string> lodging_cities, cash_cities;
  DistinctSet ad_merchants, senders;
  CounterMap recipients;  // transfers out by recipient
  CounterMap payers;      // transfers in by sender (personal accounts)
  CounterMap links;       // transfers either way by counterparty
  int64_t in_minor = 0;
  // Per local day: payroll credits and money out, for HT-34/HT-35/HT-30.
  int64_t day = -1;
  CounterMap day_ach_by_sender;
  int64_t day_ach_minor = 0, day_out_minor = 0, day_max_single_out = 0;
  int64_t day_away_deposits = 0, day_withdrawn_minor = 0;
  std::vector<std::string> evidence;
};

struct AccountState {
  std::string id;
  std::string home_city;
  std::string country;
  bool business = false;
  int open_hour = 0, close_hour = 24;
  int mcc_group = 0;
  Window w;
  std::map<std::string, IndicatorHit> hits;  // best hit per indicator
  std::vector<std::string> evidence;         // of the windows that fired and of graph patterns
  std::vector<std::string> flow_evidence;    // of graph patterns only (transfers)
  EdgeQueue in_edges, out_edges;             // large transfers in the graph window
  // The last kEdgeLog outgoing graph transfers (any age): at the end, transfers between members
  // of one alert become its evidence. Bounded per account, not by history.
  std::vector<std::pair<uint32_t, std::string>> edge_log;
  size_t edge_log_next = 0;
  // Per counterparty, the most transfers in any one window: a relationship repeated within a month
  // (daily sweeps, weekly pay-outs), unlike a monthly rent.
  CounterMap links;
  // Per counterparty, the windows with a transfer either way and the transfers in all of them:
  // together they tell a standing order (about one a month, for months) from a burst.
  CounterMap link_windows, link_total;
  // The fan and cycle patterns this account was found in, re-judged at the end of the scan when
  // each relationship's whole history is known (see DropStandingOrderPatterns). Capped; an account
  // with more patterns than kMaxPatterns keeps its hits.
  std::vector<PatternRecord> patterns;
  bool patterns_overflow = false;
  bool escort_ad_site = false;        // holder is on the escort_ad_site watch list
  bool unlicensed_recruiter = false;  // holder is on the unlicensed_recruitment_agency list
  int64_t first_seen = 0, last_seen = 0;
};

void AddEvidence(std::vector<std::string>& ev, const std::string& id) {
  if (ev.size() < kMaxEvidence && (ev.empty() || ev.back() != id)) ev.push_back(id);
}

// The alert typologies the engine names after money-laundering patterns (ML-01..ML-03).
bool IsLaunderingPattern(const std::string& typology) {
  return typology == "fan_in" || typology == "fan_out" || typology == "cycle";
}

// A transfer of a graph pattern: evidence of any alert, and of a laundering alert on its own.
void AddFlowEvidence(AccountState& a, const std::string& id) {
  AddEvidence(a.evidence, id);
  AddEvidence(a.flow_evidence, id);
}

}  // namespace

Status ApplyRulesFile(const std::string& path, EngineOptions& options) {
  std::ifstream in(path);
  if (!in) return Status::InvalidArgument(fmt::format("cannot open rules file '{}'", path));
  std::stringstream buffer;
  buffer << in.rdbuf();
  const auto doc = nlohmann::json::parse(buffer.str(), nullptr, false);
  if (doc.is_discarded() || !doc.is_object())
    return Status::InvalidArgument(path + ": not a JSON object");
  for (const auto& [key, value] : doc.items()) {
    if (key == "alert_score" && value.is_number()) {
      options.alert_score = value.get<double>();
    } else if (key == "min_indicators" && value.is_number_integer()) {
      options.min_indicators = value.get<int>();
    } else if (key == "window_days" && value.is_number_integer() && value.get<int>() > 0) {
      options.window_seconds = value.get<int64_t>() * 86400;
    } else if (key == "out_of_order_tolerance_seconds" && value.is_number_integer()) {
      options.out_of_order_tolerance_seconds = value.get<int64_t>();
    } else if (key == "indicators" && value.is_object()) {
      for (const auto& [id, rule] : value.items()) {
        if (FindIndicator(id) == nullptr)
          return Status::InvalidArgument(
              fmt::format("{}: indicators.{} is not in the catalog (tiphub indicators)", path, id));
        if (!rule.is_object())
          return Status::InvalidArgument(
              fmt::format("{}: indicators.{} must be an object", path, id));
        if (rule.contains("weight")) options.weights[id] = rule["weight"].get<double>();
        if (rule.contains("threshold")) options.thresholds[id] = rule["threshold"].get<double>();
      }
    } else {
      return Status::InvalidArgument(
          fmt::format("{}: '{}' is not a rules field or has the wrong type", path, key));
    }
  }
  return Status::Ok();
}

struct Engine::Impl {
  EngineOptions options;
  IdIndex index;
  // Accounts found together in one typology instance (fan-in, cycle, ...), as a union-find.
  std::vector<uint32_t> pattern_parent;
  uint32_t PatternRoot(uint32_t x) {
    while (pattern_parent[x] != x) {
      pattern_parent[x] = pattern_parent[pattern_parent[x]];
      x = pattern_parent[x];
    }
    return x;
  }
  void JoinPattern(uint32_t a, uint32_t b) {
    const uint32_t ra = PatternRoot(a), rb = PatternRoot(b);
    if (ra != rb) pattern_parent[std::max(ra, rb)] = std::min(ra, rb);
  }
  std::vector<AccountState> accounts;
  std::vector<std::string> ids;          // accounts[k].id, packed for the index's comparisons
  std::vector<uint64_t> batch_hashes;    // ProcessBatch scratch
  std::vector<uint32_t> batch_accounts;  // ProcessBatch scratch
  std::unordered_map<std::string, std::vector<std::string>> watch;  // party -> lists
  std::unordered_map<std::string, const Party*> party_of_account;
  ReferenceData ref;
  int64_t last_ts = INT64_MIN;
  uint32_t last_from = kNoAccount, last_to = kNoAccount;  // of the last transaction processed

  // Thresholds and weights (rules file over catalog) of the ids HT-00..HT-99 and ML-00..ML-99,
  // resolved once: Hit runs for every indicator of every account at every window's end.
  struct Rule {
    const IndicatorInfo* info = nullptr;
    double threshold = 0, weight = 0;
  };
  std::array<Rule, 200> rules{};
  static int RuleSlot(std::string_view id) {
    if (id.size() != 5 || id[2] != '-' || id[3] < '0' || id[3] > '9' || id[4] < '0' || id[4] > '9')
      return -1;
    const int n = (id[3] - '0') * 10 + (id[4] - '0');
    if (id.starts_with("HT")) return n;
    if (id.starts_with("ML")) return 100 + n;
    return -1;
  }
  void ResolveRules() {
    for (const IndicatorInfo& info : Catalog()) {
      const int slot = RuleSlot(info.id);
      if (slot < 0) continue;
      rules[static_cast<size_t>(slot)] = {&info, LookUpThreshold(info.id), LookUpWeight(info.id)};
    }
  }
  double LookUpThreshold(std::string_view id) const {
    auto it = options.thresholds.find(std::string(id));
    return it != options.thresholds.end() ? it->second : FindIndicator(id)->threshold;
  }
  double LookUpWeight(std::string_view id) const {
    auto it = options.weights.find(std::string(id));
    return it != options.weights.end() ? it->second : FindIndicator(id)->weight;
  }
  double Threshold(std::string_view id) const {
    const int slot = RuleSlot(id);
    if (slot >= 0 && rules[static_cast<size_t>(slot)].info)
      return rules[static_cast<size_t>(slot)].threshold;
    return LookUpThreshold(id);
  }
  double Weight(std::string_view id) const {
    const int slot = RuleSlot(id);
    if (slot >= 0 && rules[static_cast<size_t>(slot)].info)
      return rules[static_cast<size_t>(slot)].weight;
    return LookUpWeight(id);
  }

  uint32_t Intern(const std::string& id) {
    return id.empty() ? kNoAccount : Intern(id, IdIndex::Hash(id));
  }
  // `hash` is IdIndex::Hash(id); `id` is not empty.
  uint32_t Intern(const std::string& id, uint64_t hash) {
    // Ids are compared in their own compact array, not in the large per-account state.
    auto id_of = [this](uint32_t k) { return std::string_view(ids[k]); };
    if (const uint32_t found = index.Find(id, hash, id_of); found != kNoAccount) return found;
    const auto next = static_cast<uint32_t>(accounts.size());
    {
      AccountState s;
      s.id = id;
      auto p = party_of_account.find(id);
      if (p != party_of_account.end()) {
        const Party& party = *p->second;
        s.home_city = party.city;
        s.country = party.country;
        s.business = party.kind == PartyKind::kBusiness;
        s.open_hour = party.open_hour;
        s.close_hour = party.close_hour;
        s.mcc_group = static_cast<int>(GroupOfMcc(party.mcc));
        s.escort_ad_site = Listed(party.id, "escort_ad_site");
        s.unlicensed_recruiter = Listed(party.id, "unlicensed_recruitment_agency");
      }
      accounts.push_back(std::move(s));
      ids.push_back(id);
    }
    index.Insert(hash, next, id_of);
    pattern_parent.push_back(next);
    return next;
  }

  bool Listed(const std::string& party, std::string_view list) const {
    auto it = watch.find(party);
    if (it == watch.end()) return false;
    return std::find(it->second.begin(), it->second.end(), list) != it->second.end();
  }

  // Hit with its detail formatted only when the value reaches the threshold.
  template <typename... Args>
  void HitF(AccountState& a, std::string_view id, double value, int64_t ts,
            fmt::format_string<Args...> detail, Args&&... args) {
    if (value < Threshold(id)) return;
    Hit(a, id, value, fmt::format(detail, std::forward<Args>(args)...), ts);
  }

  void Hit(AccountState& a, std::string_view id, double value, std::string detail, int64_t ts) {
    const double threshold = Threshold(id);
    if (value < threshold) return;
    auto& hit = a.hits[std::string(id)];
    if (hit.indicator_id.empty() || value > hit.value) {
      const IndicatorInfo* info = FindIndicator(id);
      hit = {std::string(id),           a.id,      value, threshold, std::move(detail),
             std::string(info->source), Weight(id)};
    }
    if (a.first_seen == 0) a.first_seen = ts;
    a.last_seen = std::max(a.last_seen, ts);
  }

  // Evaluates the per-day counters when an account's local day changes.
  void CloseDay(AccountState& a) {
    Window& w = a.w;
    if (w.day < 0) return;
    int max_from_one = 0;
    for (const auto& [sender, n] : w.day_ach_by_sender) max_from_one = std::max(max_from_one, n);
    if (max_from_one >= 2 && w.day_out_minor * 10 >= w.day_ach_minor * 8) ++w.payroll_pass_days;
    if (w.day_ach_minor > 0 && w.day_max_single_out * 10 >= w.day_ach_minor * 6) ++w.deductions;
    if (w.day_away_deposits > 0 && w.day_withdrawn_minor * 10 >= w.day_away_deposits * 7)
      ++w.funnel;
    w.day_ach_by_sender.clear();
    w.day_ach_minor = w.day_out_minor = w.day_max_single_out = w.day_away_deposits =
        w.day_withdrawn_minor = 0;
  }

  void CloseWindow(AccountState& a, int64_t ts) {
    CloseDay(a);
    Window& w = a.w;
    if (w.index < 0) return;
    auto ht_hits = [&a] {
      return std::count_if(a.hits.begin(), a.hits.end(),
                           [](const auto& kv) { return kv.first.starts_with("HT-"); });
    };
    const auto ht_before = ht_hits();
    int repeated = 0;
    for (const auto& [amount, n] : w.ad_amount_counts) repeated = std::max(repeated, n);
    HitF(a, "HT-01", repeated, ts, "{} ad payments of one repeated amount", repeated);
    HitF(a, "HT-02", w.watch_ad_payments, ts, "{} payments to escort-ad sites",
         w.watch_ad_payments);
    HitF(a, "HT-03", static_cast<double>(w.ad_merchants.size()), ts,
         "{} advertising merchants paid", w.ad_merchants.size());
    HitF(a, "HT-04", w.foreign_ad_payments, ts, "{} payments to ad sites abroad",
         w.foreign_ad_payments);
    HitF(a, "HT-05", static_cast<double>(w.lodging_cities.size()), ts, "lodging in {} cities",
         w.lodging_cities.size());
    HitF(a, "HT-06", static_cast<double>(w.lodging_minor) / 100.0, ts,
         "lodging {:.0f} in the window", static_cast<double>(w.lodging_minor) / 100.0);
    HitF(a, "HT-07", w.tickets, ts, "{} travel tickets", w.tickets);
    HitF(a, "HT-08", w.rides, ts, "{} ride-share trips", w.rides);
    HitF(a, "HT-09", w.fast_food, ts, "{} fast-food payments", w.fast_food);
    HitF(a, "HT-10", w.drug_cosmetics, ts, "{} drug-store, cosmetics or clothing payments",
         w.drug_cosmetics);
    HitF(a, "HT-11", w.after_hours_receipts, ts, "{} card payments received after hours",
         w.after_hours_receipts);
    HitF(a, "HT-12", w.crypto, ts, "{} crypto purchases", w.crypto);
    if (w.total >= 10)
      HitF(a, "HT-14", static_cast<double>(w.night) / w.total, ts, "{} of {} transactions at night",
           w.night, w.total);
    HitF(a, "HT-15", static_cast<double>(w.cash_cities.size()), ts, "cash activity in {} cities",
         w.cash_cities.size());
    HitF(a, "HT-16", w.third_party_cash, ts, "{} third-party cash deposits of 200-800",
         w.third_party_cash);
    HitF(a, "HT-17", static_cast<double>(w.senders.size()), ts, "{} distinct senders of 100-800",
         w.senders.size());
    int to_top = 0;
    uint32_t top = kNoAccount;
    for (const auto& [r, n] : w.recipients) {
      if (n > to_top) {
        to_top = n;
        top = r;
      }
    }
    if (top != kNoAccount && w.in_minor > 0) {
      HitF(a, "HT-18", to_top, ts, "{} transfers to {}", to_top, accounts[top].id);
    }
    int recurring_payers = 0;
    for (const auto& [payer, n] : w.payers) recurring_payers += n >= 2;
    HitF(a, "HT-31", recurring_payers, ts, "{} senders paid it twice or more", recurring_payers);
    HitF(a, "HT-19", w.top_ups, ts, "{} phone top-ups", w.top_ups);
    HitF(a, "HT-20", w.round_cash_out, ts, "{} round cash withdrawals of 200 or more",
         w.round_cash_out);
    if (a.business && w.receipts + w.cash_deposits >= 30 && w.ach_out == 0) {
      HitF(a, "HT-21", 1, ts, "{} payments received and no payroll", w.receipts + w.cash_deposits);
    }
    if (a.business)
      HitF(a, "HT-23", w.after_hours_cash, ts, "{} cash deposits after closing",
           w.after_hours_cash);
    if (a.business && w.ach_out == 0)
      HitF(a, "HT-24", w.cash_deposits, ts, "{} cash deposits, no ACH out", w.cash_deposits);
    HitF(a, "HT-25", w.prepaid, ts, "{} prepaid card loads", w.prepaid);
    HitF(a, "HT-30", w.funnel, ts,
         "{} days of cash deposited away from home and withdrawn the same day", w.funnel);
    HitF(a, "HT-34", w.payroll_pass_days, ts, "{} days with several wages in and moved out",
         w.payroll_pass_days);
    HitF(a, "HT-35", w.deductions, ts, "{} paydays with 60%+ paid on to one party", w.deductions);
    HitF(a, "HT-36", w.recruiter_payments, ts, "{} payments to an unlicensed recruiter",
         w.recruiter_payments);
    HitF(a, "HT-37", w.risky_wires, ts, "{} wires to higher-risk corridors", w.risky_wires);
    HitF(a, "ML-08", w.pass_through, ts, "{} large pass-throughs within 2 days", w.pass_through);
    // The window's indicator-relevant transactions are evidence when a published indicator fired.
    if (ht_hits() > ht_before) {
      for (const auto& id : w.evidence) AddEvidence(a.evidence, id);
    }
    for (const auto& [other, n] : w.links) {
      a.links.Max(other, n);
      a.link_windows.Add(other);
      a.link_total.Add(other, n);
    }
    a.w = Window();
  }

  // Moves `a` into the window and local day of `tx`, closing the ones it leaves.
  void Touch(AccountState& a, const Transaction& tx, int64_t local_day) {
    const int64_t idx = tx.time.utc_seconds / options.window_seconds;
    if (a.w.index != idx) {
      CloseWindow(a, tx.time.utc_seconds);
      a.w.index = idx;
    }
    if (a.w.day != local_day) {
      CloseDay(a);
      a.w.day = local_day;
    }
  }

  void PruneEdges(EdgeQueue& edges, int64_t now) {
    while (!edges.empty() && edges.front().ts < now - kGraphWindow) edges.pop_front();
  }

  // Searches for a temporal cycle closed by from -> to at time ts: a path to -> ... -> from whose
  // edges are in time order, within the graph window, of length at most 5.
  bool FindCycle(uint32_t start, uint32_t target, int64_t after, int depth,
                 std::vector<const Edge*>& path) {
    if (depth > 5) return false;
    for (const Edge& e : accounts[start].out_edges) {
      if (e.ts < after) continue;
      if (e.other == target) {
        // Two accounts paying each other back is a reciprocal payment, not a cycle: at least
        // three accounts must be on it.
        if (depth < 2) continue;
        path.push_back(&e);
        return true;
      }
      if (std::find_if(path.begin(), path.end(),
                       [&](const Edge* p) { return p->other == e.other; }) != path.end())
        continue;
      path.push_back(&e);
      if (FindCycle(e.other, target, e.ts, depth + 1, path)) return true;
      path.pop_back();
    }
    return false;
  }

  void Process(const Transaction& tx) {
    const uint32_t from = Intern(tx.from_account);  // before `to`: indices follow first sight
    const uint32_t to = Intern(tx.to_account);
    Process(tx, from, to);
  }
  // `from` and `to` are the interned accounts of `tx`.
  void Process(const Transaction& tx, uint32_t from, uint32_t to) {
    last_from = from;
    last_to = to;
    const int64_t local_day = tx.time.LocalSeconds() / 86400;
    const int hour = tx.time.LocalHour();
    const bool night = hour >= 22 || hour < 6;
    const MccGroup group = GroupOfMcc(tx.mcc);
    const int64_t amount = tx.amount.minor;
    const bool third_party = from != kNoAccount && to != kNoAccount && from != to;

    if (from != kNoAccount) {
      AccountState& a = accounts[from];
      Touch(a, tx, local_day);
      Window& w = a.w;
      ++w.total;
      if (night) ++w.night;
      bool relevant = night;
      if (tx.channel == Channel::kCard) {
        switch (group) {
          case MccGroup::kAdvertising:
          case MccGroup::kAdultDirect:
          case MccGroup::kEscortDating: {
            ++w.ad_payments;
            if (amount < 10'000) ++w.ad_amount_counts[amount];
            if (to != kNoAccount) {
              const AccountState& site = accounts[to];
              if (site.escort_ad_site) ++w.watch_ad_payments;
              if (!site.country.empty() && !a.country.empty() && site.country != a.country) {
                ++w.foreign_ad_payments;
              }
              w.ad_merchants.Add(to);
            }
            relevant = true;
            break;
          }
          case MccGroup::kLodging:
            w.lodging_minor += amount;
            if (std::find(w.lodging_cities.begin(), w.lodging_cities.end(), tx.city) ==
                    w.lodging_cities.end() &&
                w.lodging_cities.size() < kMaxDistinct)
              w.lodging_cities.push_back(tx.city);
            relevant = true;
            break;
          case MccGroup::kAirline:
          case MccGroup::kRail:
          case MccGroup::kBus:
            ++w.tickets;
            relevant = true;
            break;
          case MccGroup::kRideShare:
          case MccGroup::kCarRental:
            ++w.rides;
            break;
          case MccGroup::kFastFood:
            ++w.fast_food;
            break;
          case MccGroup::kDrugStore:
          case MccGroup::kCosmetics:
          case MccGroup::kClothing:
            ++w.drug_cosmetics;
            break;
          case MccGroup::kQuasiCash:
            ++w.crypto;
            relevant = true;
            break;
          case MccGroup::kTelecom:
            ++w.top_ups;
            break;
          case MccGroup::kPrepaidLoad:
            ++w.prepaid;
            relevant = true;
            break;
          default:
            break;
        }
      }
      if (tx.channel == Channel::kAch) ++w.ach_out;
      if (tx.channel == Channel::kCashWithdrawal) {
        if (amount >= 20'000 && amount % 10'000 == 0) ++w.round_cash_out;
        if (!tx.city.empty() &&
            std::find(w.cash_cities.begin(), w.cash_cities.end(), tx.city) == w.cash_cities.end() &&
            w.cash_cities.size() < kMaxDistinct)
          w.cash_cities.push_back(tx.city);
        w.day_withdrawn_minor += amount;
      }
      if (third_party && (tx.channel == Channel::kTransfer || tx.channel == Channel::kWire ||
                          tx.channel == Channel::kAch || tx.channel == Channel::kCashDeposit)) {
        if (tx.channel != Channel::kCashDeposit) {
          w.recipients.Add(to);
          w.day_out_minor += amount;
          w.day_max_single_out = std::max(w.day_max_single_out, amount);
        }
        w.links.Add(to);
      }
      if (to != kNoAccount) {
        const AccountState& recipient = accounts[to];
        if (recipient.unlicensed_recruiter) {
          ++w.recruiter_payments;
          relevant = true;
        }
        if (tx.channel == Channel::kWire && IsRemittanceCountry(recipient.country) &&
            recipient.country != a.country) {
          ++w.risky_wires;
          relevant = true;
        }
      }
      if (relevant) AddEvidence(w.evidence, tx.id);
    }

    if (to != kNoAccount) {
      AccountState& b = accounts[to];
      Touch(b, tx, local_day);
      Window& w = b.w;
      if (from != to) {
        ++w.total;
        if (night) ++w.night;
      }
      w.in_minor += amount;
      bool relevant = false;
      if (b.business && (tx.channel == Channel::kCard || tx.channel == Channel::kCashDeposit)) {
        ++w.receipts;
        const bool after_hours = hour < b.open_hour || hour >= b.close_hour;
        const auto g = static_cast<MccGroup>(b.mcc_group);
        if (tx.channel == Channel::kCard && after_hours &&
            (g == MccGroup::kMassage || g == MccGroup::kBeauty || g == MccGroup::kEscortDating)) {
          ++w.after_hours_receipts;
          relevant = true;
        }
        if (tx.channel == Channel::kCashDeposit) {
          ++w.cash_deposits;
          if (after_hours) {
            ++w.after_hours_cash;
            relevant = true;
          }
        }
      }
      if (tx.channel == Channel::kCashDeposit) {
        if (third_party && amount >= 20'000 && amount <= 80'000) {
          ++w.third_party_cash;
          relevant = true;
        }
        if (!tx.city.empty() && !b.home_city.empty() && tx.city != b.home_city)
          w.day_away_deposits += amount;
        if (!tx.city.empty() &&
            std::find(w.cash_cities.begin(), w.cash_cities.end(), tx.city) == w.cash_cities.end() &&
            w.cash_cities.size() < kMaxDistinct)
          w.cash_cities.push_back(tx.city);
      }
      if (third_party && tx.channel == Channel::kTransfer && amount >= 10'000 && amount <= 80'000) {
        w.senders.Add(from);
        relevant = true;
      }
      if (third_party && !b.business &&
          (tx.channel == Channel::kTransfer || tx.channel == Channel::kWire ||
           tx.channel == Channel::kAch)) {
        w.payers.Add(from);
      }
      if (third_party && tx.channel == Channel::kAch && !b.business) {
        w.day_ach_by_sender.Add(from);
        w.day_ach_minor += amount;
      }
      if (third_party) w.links.Add(from);
      if (relevant) AddEvidence(w.evidence, tx.id);
    }

    // The transfer graph: account-to-account transfers of 200 or more.
    const bool transfer = tx.channel == Channel::kTransfer || tx.channel == Channel::kWire ||
                          tx.channel == Channel::kAch;
    // Remittances through money-transfer services are judged by HT-37, not as laundering layers.
    if (third_party && transfer && amount >= kGraphMinAmount && tx.mcc != mcc::kMoneyTransfer) {
      Graph(tx, from, to, amount);
    }
  }

  // Distinct counterparties of `edges` since `since` whose amounts are within 15% of `amount`:
  // laundering moves structured, similar sums; rents and family remittances vary.
  static std::vector<uint32_t> SimilarCounterparties(const EdgeQueue& edges, int64_t since,
                                                     int64_t amount) {
    std::vector<uint32_t> others;
    for (const Edge& e : edges) {
      if (e.ts < since || e.amount * 100 < amount * 85 || e.amount * 100 > amount * 115) continue;
      if (std::find(others.begin(), others.end(), e.other) == others.end())
        others.push_back(e.other);
    }
    return others;
  }
  // The largest group of counterparties with similar amounts since `since`, whatever the amount.
  static std::vector<uint32_t> LargestSimilarGroup(const EdgeQueue& edges, int64_t since) {
    std::vector<uint32_t> best;
    for (const Edge& e : edges) {
      if (e.ts < since) continue;
      auto group = SimilarCounterparties(edges, since, e.amount);
      if (group.size() > best.size()) best = std::move(group);
    }
    return best;
  }
  void HitMembers(const std::vector<uint32_t>& members, std::string_view id, double value,
                  const std::string& detail, int64_t now) {
    // Businesses take part in typologies as payers of wages and invoices, not as layers.
    for (uint32_t m : members) {
      if (!accounts[m].business) Hit(accounts[m], id, value, detail, now);
    }
  }
  // Notes that `a` took part in a fan or cycle of kind k (ML-0k) centred on `hub`; `parties` are
  // the hub's counterparties (empty in a member's record). Repeated records are kept once.
  void RecordPattern(AccountState& a, int kind, uint32_t hub, std::vector<uint32_t> parties) {
    for (const PatternRecord& r : a.patterns) {
      if (r.kind == kind && r.hub == hub && r.parties == parties) return;
    }
    if (a.patterns.size() >= kMaxPatterns) {
      a.patterns_overflow = true;
      return;
    }
    a.patterns.push_back({kind, hub, std::move(parties)});
  }
  void RecordMembers(const std::vector<uint32_t>& members, int kind, uint32_t hub) {
    for (uint32_t m : members) {
      if (!accounts[m].business) RecordPattern(accounts[m], kind, hub, {});
    }
  }
  // Records that `hub` and `members` form one pattern instance (they share an alert).
  void Together(uint32_t hub, const std::vector<uint32_t>& members) {
    for (uint32_t m : members) {
      if (!accounts[m].business) JoinPattern(hub, m);
    }
  }

  void Graph(const Transaction& tx, uint32_t from, uint32_t to, int64_t amount) {
    const int64_t now = tx.time.utc_seconds;
    AccountState& a = accounts[from];
    AccountState& b = accounts[to];
    PruneEdges(a.out_edges, now);
    PruneEdges(a.in_edges, now);
    PruneEdges(b.in_edges, now);
    PruneEdges(b.out_edges, now);
    // Pass-through: money that came into `from` in the last two days leaves now.
    if (amount >= kPassThroughMin && !a.business) {
      int64_t recent_in = 0;
      for (const Edge& e : a.in_edges) {
        if (e.ts >= now - 2 * 86400) recent_in += e.amount;
      }
      if (recent_in > 0 && amount * 10 >= recent_in * 5) {
        ++a.w.pass_through;
        AddEvidence(a.w.evidence, tx.id);
      }
    }
    // Cycle closed by this edge.
    std::vector<const Edge*> path;
    if (FindCycle(to, from, now - kGraphWindow, 1, path)) {
      HitF(a, "ML-03", 1, now, "a cycle of {} transfers returns to {}", path.size() + 1, a.id);
      AddFlowEvidence(a, tx.id);
      for (const Edge* e : path) AddFlowEvidence(a, e->tx_id);
      std::vector<uint32_t> cycle = {to};  // after `from`, in path order, back to `from`
      uint32_t node = to;
      for (const Edge* e : path) {
        JoinPattern(from, node);
        HitF(accounts[node], "ML-03", 1, now, "member of a transfer cycle through {}", a.id);
        AddFlowEvidence(accounts[node], e->tx_id);
        RecordPattern(accounts[node], 3, from, {});
        node = e->other;
        cycle.push_back(node);
      }
      RecordPattern(a, 3, from, std::move(cycle));
    }
    a.out_edges.push_back({now, to, amount, tx.id});
    if (a.edge_log.size() < kEdgeLog) {
      a.edge_log.emplace_back(to, tx.id);
    } else {
      a.edge_log[a.edge_log_next] = {to, tx.id};
      a.edge_log_next = (a.edge_log_next + 1) % kEdgeLog;
    }
    b.in_edges.push_back({now, from, amount, tx.id});
    const int64_t week = now - 7 * 86400;
    const int64_t three_days = now - 3 * 86400;
    // Fan-in and fan-out of similar amounts within 7 days.
    if (!b.business) {
      // Payers already seen in an earlier window (tenants paying rent every month) recur; a
      // laundering fan-in is a burst of new relationships.
      auto senders = SimilarCounterparties(b.in_edges, week, amount);
      std::erase_if(senders, [&b](uint32_t s) { return b.links.Get(s) > 0; });
      if (static_cast<double>(senders.size()) >= Threshold("ML-01")) {
        const std::string detail =
            fmt::format("{} senders of similar amounts into {} in 7 days", senders.size(), b.id);
        Hit(b, "ML-01", static_cast<double>(senders.size()), detail, now);
        RecordPattern(b, 1, to, senders);
        // Senders become members only for substantial sums: many small payers into one account
        // (clients paying for services, HT-17) are the hub's pattern, not laundering mules.
        if (amount >= kPassThroughMin && b.w.senders.size() < kCollectionBreadth) {
          HitMembers(senders, "ML-01", static_cast<double>(senders.size()), detail, now);
          RecordMembers(senders, 1, to);
          Together(to, senders);
        }
      }
    }
    if (!a.business) {
      auto recipients = SimilarCounterparties(a.out_edges, week, amount);
      std::erase_if(recipients, [&a](uint32_t r) { return a.links.Get(r) > 0; });
      if (static_cast<double>(recipients.size()) >= Threshold("ML-02")) {
        const std::string detail = fmt::format("{} recipients of similar amounts from {} in 7 days",
                                               recipients.size(), a.id);
        Hit(a, "ML-02", static_cast<double>(recipients.size()), detail, now);
        RecordPattern(a, 2, from, recipients);
        if (amount >= kPassThroughMin) {
          HitMembers(recipients, "ML-02", static_cast<double>(recipients.size()), detail, now);
          RecordMembers(recipients, 2, from);
          Together(from, recipients);
        }
      }
      // Gather-scatter: `from` collected from several and now pays out to several (ML-05).
      const auto in = LargestSimilarGroup(a.in_edges, three_days);
      const auto out = SimilarCounterparties(a.out_edges, three_days, amount);
      if (static_cast<double>(std::min(in.size(), out.size())) >= Threshold("ML-05")) {
        const std::string detail =
            fmt::format("{} in and {} out through {} within 3 days", in.size(), out.size(), a.id);
        Hit(a, "ML-05", static_cast<double>(std::min(in.size(), out.size())), detail, now);
        if (amount >= kPassThroughMin && a.w.senders.size() < kCollectionBreadth) {
          HitMembers(in, "ML-05", static_cast<double>(in.size()), detail, now);
          HitMembers(out, "ML-05", static_cast<double>(out.size()), detail, now);
          Together(from, in);
          Together(from, out);
        }
      }
    }
    // Scatter-gather: several intermediaries fed by one source pay the same sink (ML-04).
    if (!b.business) {
      CounterMap by_source;  // source -> distinct intermediaries that paid into `to`
      std::vector<uint32_t> seen_intermediaries;
      for (const Edge& in_edge : b.in_edges) {
        if (std::find(seen_intermediaries.begin(), seen_intermediaries.end(), in_edge.other) !=
            seen_intermediaries.end()) {
          continue;
        }
        // Only legs of similar size to this one: the gather step of one scheme.
        if (in_edge.ts < three_days || in_edge.amount * 100 < amount * 85 ||
            in_edge.amount * 100 > amount * 115) {
          continue;
        }
        seen_intermediaries.push_back(in_edge.other);
        const AccountState& mid = accounts[in_edge.other];
        std::vector<uint32_t> sources;
        for (const Edge& e : mid.in_edges) {
          if (e.ts >= three_days && e.ts <= in_edge.ts && e.other != to &&
              !accounts[e.other].business &&
              std::find(sources.begin(), sources.end(), e.other) == sources.end()) {
            sources.push_back(e.other);
          }
        }
        for (uint32_t src : sources) by_source.Add(src);
      }
      for (const auto& [src, n] : by_source) {
        if (static_cast<double>(n) < Threshold("ML-04")) continue;
        std::vector<uint32_t> members = {src, to};
        for (const Edge& in_edge : b.in_edges) {
          if (in_edge.ts < three_days) continue;
          for (const Edge& e : accounts[in_edge.other].in_edges) {
            if (e.other == src) {
              members.push_back(in_edge.other);
              AddFlowEvidence(b, e.tx_id);
              break;
            }
          }
          AddFlowEvidence(b, in_edge.tx_id);
        }
        HitMembers(
            members, "ML-04", n,
            fmt::format("{} intermediaries from {} gathered into {}", n, accounts[src].id, b.id),
            now);
        Together(to, members);
        break;
      }
    }
  }

  // Phones and addresses (with their city) as 64-bit hashes, sorted with what they key: the
  // reference data's shared attributes without a map of strings. Equal hashes of different
  // strings (probability about n^2 / 2^64 for n keys) would merge two phones; accepted.
  using KeyedList = std::vector<std::pair<uint64_t, uint64_t>>;
  static uint64_t PhoneKey(const Party& p) { return IdIndex::Hash(p.phone); }
  static uint64_t AddressKey(const Party& p) {
    return IdIndex::Hash(p.address) * 0x9E3779B97F4A7C15ULL ^ IdIndex::Hash(p.city);
  }
  // The entries of sorted `list` with `key`.
  static std::span<const std::pair<uint64_t, uint64_t>> WithKey(const KeyedList& list,
                                                                uint64_t key) {
    const auto range =
        std::equal_range(list.begin(), list.end(), std::pair<uint64_t, uint64_t>{key, 0},
                         [](const auto& x, const auto& y) { return x.first < y.first; });
    return {range.first, range.second};
  }
  static void SortUnique(KeyedList& list) {
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
  }

  // The reference accounts that have a known holder, in the reference data's order.
  struct Holder {
    const Account* account;
    const Party* party;
  };
  std::vector<Holder> Holders() const {
    std::vector<Holder> out;
    out.reserve(ref.accounts.size());
    for (const Account& acc : ref.accounts) {
      auto p = party_of_account.find(acc.id);
      if (p != party_of_account.end()) out.push_back({&acc, p->second});
    }
    return out;
  }

  // Static KYC indicators: shared phones and addresses, custodians.
  void KycIndicators(const std::vector<Holder>& holders) {
    KeyedList names_by_phone, names_by_address;  // key -> hash of a distinct holder
    for (const Party& p : ref.parties) {
      if (p.kind != PartyKind::kPerson) continue;
      // One person's records (resolved entities) count once, whatever names they carry.
      const auto entity = ref.entity_of_party.find(p.id);
      const uint64_t who = entity == ref.entity_of_party.end()
                               ? IdIndex::Hash(p.name)
                               : IdIndex::Hash("entity:" + entity->second);
      if (!p.phone.empty()) names_by_phone.emplace_back(PhoneKey(p), who);
      if (!p.address.empty()) names_by_address.emplace_back(AddressKey(p), who);
    }
    SortUnique(names_by_phone);
    SortUnique(names_by_address);
    std::unordered_map<std::string, int> accounts_by_custodian;
    for (const Account& a : ref.accounts) {
      if (!a.custodian.empty()) accounts_by_custodian[a.custodian]++;
    }
    for (const Holder& h : holders) {
      const Party& party = *h.party;
      if (party.kind != PartyKind::kPerson) continue;
      const Account& acc = *h.account;
      size_t sharing = 0;
      if (!party.phone.empty())
        sharing = std::max(sharing, WithKey(names_by_phone, PhoneKey(party)).size() - 1);
      if (!party.address.empty())
        sharing = std::max(sharing, WithKey(names_by_address, AddressKey(party)).size() - 1);
      const double custodian = acc.custodian.empty() ? 0 : accounts_by_custodian[acc.custodian];
      if (static_cast<double>(sharing) < Threshold("HT-32") && custodian < Threshold("HT-33"))
        continue;
      AccountState& a = accounts[Intern(acc.id)];
      HitF(a, "HT-32", static_cast<double>(sharing), 0,
           "phone or address shared with {} other names", sharing);
      if (custodian > 0)
        HitF(a, "HT-33", custodian, 0, "custodian {} holds {} accounts", acc.custodian, custodian);
    }
  }

  // Adds to each group the accounts tied to its flagged members that show little on their own:
  // holders at the same address or phone (workers housed by their controller, bounded to small
  // groups), counterparties with repeated transfers that have an indicator of their own or ties
  // to two members (an owner paid weekly by a front business, workers paying their debt), and
  // watch-listed counterparties (an unlicensed recruiter).
  void AddAssociates(std::map<uint32_t, std::vector<uint32_t>>& groups, std::vector<bool>& flagged,
                     std::vector<double>& score, const std::vector<Holder>& holders) {
    constexpr size_t kMaxShared = 12;
    KeyedList by_address, by_phone;  // key -> account index, sorted
    std::vector<const Party*> holder(accounts.size(), nullptr);
    for (const Holder& h : holders) {
      const uint32_t idx = Intern(h.account->id);
      if (idx >= holder.size()) holder.resize(idx + 1, nullptr);
      holder[idx] = h.party;
      if (!h.party->address.empty()) by_address.emplace_back(AddressKey(*h.party), idx);
      if (!h.party->phone.empty()) by_phone.emplace_back(PhoneKey(*h.party), idx);
    }
    // Sorted by key, then by account index: each key's accounts in first-sight order.
    std::sort(by_address.begin(), by_address.end());
    std::sort(by_phone.begin(), by_phone.end());
    flagged.resize(accounts.size(), false);
    score.resize(accounts.size(), 0);
    std::vector<bool> taken = flagged;
    for (auto& [root_id, members] : groups) {
      double best = 0;
      for (uint32_t m : members) best = std::max(best, score[m]);
      std::vector<uint32_t> added;
      auto add = [&](uint32_t other) {
        if (other < taken.size() && !taken[other]) {
          taken[other] = true;
          added.push_back(other);
        }
      };
      for (uint32_t m : members) {
        if (m < holder.size() && holder[m] != nullptr) {
          const Party& h = *holder[m];
          for (const bool phone : {false, true}) {
            if ((phone ? h.phone : h.address).empty()) continue;
            const auto shared =
                phone ? WithKey(by_phone, PhoneKey(h)) : WithKey(by_address, AddressKey(h));
            if (shared.size() > kMaxShared) continue;
            // Two holders at one address is common; three or more (a house of workers) is not.
            if (!phone && shared.size() < 3) continue;
            for (const auto& [key, other_index] : shared) {
              const auto other = static_cast<uint32_t>(other_index);
              // The same phone and address is most likely the same holder at another bank:
              // that is a linkage question (tiphub resolve), not an associate.
              const Party* o = other < holder.size() ? holder[other] : nullptr;
              if (o != nullptr && o->phone == h.phone && o->address == h.address) continue;
              add(other);
            }
          }
        }
        for (const auto& [other, n] : accounts[m].links) {
          if (other >= accounts.size() || taken[other]) continue;
          const AccountState& o = accounts[other];
          if (o.unlicensed_recruiter || o.escort_ad_site) {
            add(other);
            continue;
          }
          if (n < 2) continue;
          int tied = 0;  // other members it also has repeated transfers with
          for (uint32_t m2 : members) tied += m2 != m && o.links.Get(m2) >= 2;
          // Indicators of someone who moves a network's money (not incidental spending).
          bool network_signal = false;
          for (const char* id :
               {"HT-16", "HT-17", "HT-18", "HT-20", "HT-30", "HT-34", "HT-35", "HT-37"}) {
            network_signal |= o.hits.count(id) > 0;
          }
          if (network_signal || tied >= 2) add(other);
        }
      }
      for (uint32_t other : added) {
        flagged[other] = true;
        score[other] = std::max(score[other], best / 2);
        members.push_back(other);
      }
      std::sort(members.begin(), members.end());
    }
  }

  // A relationship with a transfer in three or more windows and about one a window (at most 1.5
  // on average): rent, a standing order, a monthly remittance.
  bool StandingOrder(uint32_t x, uint32_t y) const {
    const AccountState& a = accounts[x];
    const int windows = a.link_windows.Get(y);
    return windows >= 3 && 2 * a.link_total.Get(y) <= 3 * windows;
  }
  // Whether one of `hub`'s fans or cycles of kind k holds without its standing orders: a fan keeps
  // its threshold of other counterparties, a cycle has fewer than half of its transfers standing.
  bool HubPatternHolds(uint32_t hub, int kind) {
    const AccountState& a = accounts[hub];
    if (a.patterns_overflow) return true;
    for (const PatternRecord& r : a.patterns) {
      if (r.kind != kind || r.hub != hub || r.parties.empty()) continue;
      if (kind == 3) {
        size_t standing = 0;
        uint32_t prev = hub;
        for (uint32_t p : r.parties) {
          standing += StandingOrder(prev, p);
          prev = p;
        }
        if (2 * standing < r.parties.size()) return true;
      } else {
        double fresh = 0;
        for (uint32_t p : r.parties) fresh += StandingOrder(hub, p) ? 0 : 1;
        if (fresh >= Threshold(kind == 1 ? "ML-01" : "ML-02")) return true;
      }
    }
    return false;
  }
  // Fans and cycles are found as they happen, before a relationship's history is known: at the
  // start of the data, tenants paying rent on the 1st look like a fan-in until the payments recur
  // month after month (later months no longer count them: see the `links` filter in Graph). At
  // the end of the scan each recorded pattern is judged again without its standing orders, and a
  // fan or cycle hit none of whose patterns holds is withdrawn. The same for batch and --follow.
  void DropStandingOrderPatterns() {
    static constexpr std::array<const char*, 4> kIds = {"", "ML-01", "ML-02", "ML-03"};
    for (size_t k = 0; k < accounts.size(); ++k) {
      AccountState& a = accounts[k];
      if (a.patterns.empty() || a.patterns_overflow) continue;
      const auto self = static_cast<uint32_t>(k);
      for (int kind = 1; kind <= 3; ++kind) {
        bool recorded = false, holds = false;
        for (const PatternRecord& r : a.patterns) {
          if (r.kind != kind) continue;
          recorded = true;
          if (!r.parties.empty()) {
            holds = holds || HubPatternHolds(self, kind);
          } else {
            holds = holds ||
                    (HubPatternHolds(r.hub, kind) && (kind == 3 || !StandingOrder(self, r.hub)));
          }
        }
        if (recorded && !holds) a.hits.erase(kIds[static_cast<size_t>(kind)]);
      }
    }
  }

  std::vector<Alert> Finish() {
    for (AccountState& a : accounts) CloseWindow(a, a.last_seen);
    DropStandingOrderPatterns();
    const std::vector<Holder> holders = Holders();
    KycIndicators(holders);
    // Score accounts: combinations, not single hits.
    std::vector<double> score(accounts.size(), 0);
    std::vector<bool> flagged(accounts.size(), false);
    for (size_t k = 0; k < accounts.size(); ++k) {
      const AccountState& a = accounts[k];
      if (a.hits.empty()) continue;
      int ht = 0;
      bool typology = false;
      double sum = 0;
      for (const auto& [id, hit] : a.hits) {
        sum += hit.weight;
        if (id.starts_with("HT-")) ++ht;
        if (id.starts_with("ML-") && id != "ML-08") typology = true;
      }
      score[k] = std::min(100.0, sum);
      flagged[k] = score[k] >= options.alert_score && (ht >= options.min_indicators || typology);
    }
    // Group flagged accounts connected by direct transfers into one network alert.
    // Start from the typology instances found while scanning, then join accounts with a repeated
    // relationship (three or more transfers: sweeps to a controller, wages into a collector).
    std::vector<uint32_t> parent(accounts.size());
    for (size_t k = 0; k < accounts.size(); ++k) parent[k] = PatternRoot(static_cast<uint32_t>(k));
    std::function<uint32_t(uint32_t)> root = [&](uint32_t x) {
      return parent[x] == x ? x : parent[x] = root(parent[x]);
    };
    for (size_t k = 0; k < accounts.size(); ++k) {
      if (!flagged[k]) continue;
      // A single payment does not make a network (buyers pay many victims).
      for (const auto& [other, n] : accounts[k].links) {
        if (other < flagged.size() && flagged[other] && n >= 3) {
          parent[root(static_cast<uint32_t>(k))] = root(other);
        }
      }
    }
    std::map<uint32_t, std::vector<uint32_t>> groups;
    for (size_t k = 0; k < accounts.size(); ++k) {
      if (flagged[k]) groups[root(static_cast<uint32_t>(k))].push_back(static_cast<uint32_t>(k));
    }
    AddAssociates(groups, flagged, score, holders);
    std::vector<Alert> alerts;
    for (auto& [r, members] : groups) {
      Alert alert;
      alert.kind = members.size() > 1 ? "network" : "account";
      std::map<std::string, int> family;
      std::vector<std::string> flows;  // flow evidence and transfers between members
      double best = 0;
      alert.first_seen = INT64_MAX;
      for (uint32_t m : members) {
        const AccountState& a = accounts[m];
        best = std::max(best, score[m]);
        for (const auto& [id, hit] : a.hits) {
          alert.hits.push_back(hit);
          if (id == "HT-34" || id == "HT-35" || id == "HT-36" || id == "HT-33")
            family["labour_payroll"] += 2;
          else if (id == "HT-11" || id == "HT-23" || id == "HT-24" || id == "HT-21")
            family["massage_front"] += 2;
          else if (id == "HT-37")
            family["debt_bondage_remit"] += 3;
          else if (id == "ML-01")
            family["fan_in"] += 3;
          else if (id == "ML-02")
            family["fan_out"] += 3;
          else if (id == "ML-03")
            family["cycle"] += 4;
          else if (id.starts_with("HT-"))
            family["sex_ads"] += 1;
        }
        for (const auto& id : a.evidence) {
          if (alert.evidence.size() < kMaxAlertEvidence) alert.evidence.push_back(id);
        }
        for (const auto& id : a.flow_evidence) {
          if (flows.size() < kMaxAlertEvidence) flows.push_back(id);
        }
        // Transfers between members of this alert.
        for (const auto& [other, tx_id] : a.edge_log) {
          if (!std::binary_search(members.begin(), members.end(), other)) continue;
          if (alert.evidence.size() < kMaxAlertEvidence) alert.evidence.push_back(tx_id);
          if (flows.size() < kMaxAlertEvidence) flows.push_back(tx_id);
        }
        if (a.first_seen != 0) alert.first_seen = std::min(alert.first_seen, a.first_seen);
        alert.last_seen = std::max(alert.last_seen, a.last_seen);
      }
      if (alert.first_seen == INT64_MAX) alert.first_seen = 0;
      alert.typology = family.empty()
                           ? "unknown"
                           : std::max_element(family.begin(), family.end(), [](auto& x, auto& y) {
                               return x.second < y.second;
                             })->first;
      // A laundering pattern's evidence is its transfers: the members' card payments, cash and
      // other window evidence of trafficking indicators stay with the accounts' own hits.
      auto unique = [](std::vector<std::string>& ids) {
        std::set<std::string> seen;
        std::vector<std::string> out;
        for (auto& id : ids) {
          if (seen.insert(id).second) out.push_back(std::move(id));
        }
        ids = std::move(out);
      };
      unique(flows);
      if (IsLaunderingPattern(alert.typology)) alert.evidence = flows;
      unique(alert.evidence);
      alert.flows = std::move(flows);
      // Roles from each account's pattern.
      for (uint32_t m : members) {
        const AccountState& a = accounts[m];
        auto has = [&](const char* id) { return a.hits.count(id) > 0; };
        // Strongest evidence first: businesses front; funnels and wage collectors are mules; who
        // pays for ads, travel and supplies or collects from several payers controls; who is paid
        // by many clients or loses wages is a victim; the rest of a laundering pattern are mules.
        auto any = [&](std::initializer_list<const char*> ids) {
          for (const char* id : ids) {
            if (has(id)) return true;
          }
          return false;
        };
        const bool typology = any({"ML-01", "ML-02", "ML-03", "ML-04", "ML-05", "ML-08"});
        std::string role;
        bool protect = false;
        if (a.business) {
          role = "front_business";
        } else if (any({"HT-30", "HT-34"})) {
          role = "mule";
        } else if (any({"HT-31", "HT-37", "HT-01", "HT-02", "HT-03", "HT-04"})) {
          role = "controller";  // collects from several, wires abroad, buys the ads
        } else if (any({"HT-16", "HT-17", "HT-35", "HT-33", "HT-36", "HT-32"}) || a.hits.empty()) {
          // Paid by clients or stripped of wages; victims' spending often mirrors a controller's.
          role = "victim";
          protect = true;
        } else if (any({"HT-05", "HT-06", "HT-07", "HT-08", "HT-10", "HT-12", "HT-20", "HT-25"}) &&
                   !typology) {
          role = "controller";
        } else if (typology) {
          role = "mule";
        } else {
          role = "controller";
        }
        alert.accounts.push_back({a.id, role, score[m], protect});
      }
      std::sort(alert.accounts.begin(), alert.accounts.end(),
                [](const AlertAccount& x, const AlertAccount& y) { return x.score > y.score; });
      // Network score: the best member, raised by corroborating members.
      alert.score = std::min(100.0, best + 5.0 * static_cast<double>(members.size() - 1));
      std::sort(alert.hits.begin(), alert.hits.end(),
                [](const IndicatorHit& x, const IndicatorHit& y) { return x.weight > y.weight; });
      std::set<std::string> ids;
      for (const auto& h : alert.hits) ids.insert(h.indicator_id);
      std::string id_list;
      for (const auto& id : ids) id_list += (id_list.empty() ? "" : ", ") + id;
      int victims = 0;
      for (const auto& acc : alert.accounts) victims += acc.protect;
      alert.summary = fmt::format(
          "{} of {} account(s), likely {}: {} indicator(s) fired ({}).{}",
          alert.kind == "network" ? "Network" : "Account", alert.accounts.size(), alert.typology,
          ids.size(), id_list,
          victims > 0
              ? fmt::format(" {} account(s) look like victims: protect and support, do not close.",
                            victims)
              : "");
      alerts.push_back(std::move(alert));
    }
    std::sort(alerts.begin(), alerts.end(),
              [](const Alert& x, const Alert& y) { return x.score > y.score; });
    return alerts;
  }
};

Engine::Engine(EngineOptions options, ReferenceData reference) : impl_(std::make_unique<Impl>()) {
  impl_->options = std::move(options);
  impl_->ResolveRules();
  impl_->ref = std::move(reference);
  std::unordered_map<std::string, const Party*> parties;
  for (const Party& p : impl_->ref.parties) {
    parties[p.id] = &p;
  }
  for (const Account& a : impl_->ref.accounts) {
    auto it = parties.find(a.party_id);
    if (it != parties.end()) impl_->party_of_account[a.id] = it->second;
  }
  for (const auto& [party, list] : impl_->ref.watchlist) impl_->watch[party].push_back(list);
  impl_->accounts.reserve(impl_->ref.accounts.size() + 1024);
}

Engine::~Engine() = default;

Status Engine::Process(const Transaction& tx) {
  if (impl_->last_ts != INT64_MIN &&
      tx.time.utc_seconds < impl_->last_ts - impl_->options.out_of_order_tolerance_seconds) {
    return Status::InvalidArgument(fmt::format(
        "transaction {} at {} is older than an earlier one ({}) by more than the tolerance of {}s: "
        "sort the input by time or raise out_of_order_tolerance_seconds in the rules file",
        tx.id, FormatUtc(tx.time.utc_seconds), FormatUtc(impl_->last_ts),
        impl_->options.out_of_order_tolerance_seconds));
  }
  impl_->last_ts = std::max(impl_->last_ts, tx.time.utc_seconds);
  impl_->Process(tx);
  ++processed_;
  return Status::Ok();
}

Status Engine::ProcessBatch(std::span<const Transaction> txs,
                            std::vector<std::pair<uint32_t, uint32_t>>* accounts) {
  Impl& im = *impl_;
  const size_t n = txs.size();
  if (accounts != nullptr) accounts->resize(n);
  // Lookups and per-account state are cache misses: the index slots of transaction i + kAhead
  // are requested while i is looked up, and its accounts' state while i is processed. Accounts
  // not seen yet are created only when their transaction is processed, so every account gets the
  // index it gets one at a time (alerts order their members by it).
  constexpr size_t kAhead = 8;
  constexpr uint32_t kLater = kNoAccount - 1;
  im.batch_hashes.resize(2 * n);
  for (size_t i = 0; i < n; ++i) {
    const Transaction& tx = txs[i];
    im.batch_hashes[2 * i] = tx.from_account.empty() ? 0 : IdIndex::Hash(tx.from_account);
    im.batch_hashes[2 * i + 1] = tx.to_account.empty() ? 0 : IdIndex::Hash(tx.to_account);
  }
  im.batch_accounts.resize(2 * n);
  for (size_t i = 0; i < n; ++i) {
    if (i + kAhead < n) {
      im.index.Prefetch(im.batch_hashes[2 * (i + kAhead)]);
      im.index.Prefetch(im.batch_hashes[2 * (i + kAhead) + 1]);
    }
    const Transaction& tx = txs[i];
    auto id_of = [&im](uint32_t k) { return std::string_view(im.ids[k]); };
    auto find = [&](const std::string& id, uint64_t hash) {
      if (id.empty()) return kNoAccount;
      const uint32_t k = im.index.Find(id, hash, id_of);
      return k == kNoAccount ? kLater : k;
    };
    im.batch_accounts[2 * i] = find(tx.from_account, im.batch_hashes[2 * i]);
    im.batch_accounts[2 * i + 1] = find(tx.to_account, im.batch_hashes[2 * i + 1]);
  }
  for (size_t i = 0; i < n; ++i) {
    if (i + kAhead < n) {
      for (size_t side = 0; side < 2; ++side) {
        const uint32_t k = im.batch_accounts[2 * (i + kAhead) + side];
        if (k >= kLater) continue;
        const char* state = reinterpret_cast<const char*>(&im.accounts[k]);
        for (size_t line = 0; line < 4; ++line) __builtin_prefetch(state + 64 * line);
      }
    }
    const Transaction& tx = txs[i];
    if (im.last_ts != INT64_MIN &&
        tx.time.utc_seconds < im.last_ts - im.options.out_of_order_tolerance_seconds) {
      return Process(tx);  // the same error as one at a time
    }
    im.last_ts = std::max(im.last_ts, tx.time.utc_seconds);
    uint32_t from = im.batch_accounts[2 * i];
    if (from == kLater) from = im.Intern(tx.from_account, im.batch_hashes[2 * i]);
    uint32_t to = im.batch_accounts[2 * i + 1];
    if (to == kLater) to = im.Intern(tx.to_account, im.batch_hashes[2 * i + 1]);
    im.Process(tx, from, to);
    if (accounts != nullptr) (*accounts)[i] = {from, to};
    ++processed_;
  }
  return Status::Ok();
}

std::vector<Alert> Engine::Finish() { return impl_->Finish(); }

AccountSignals Engine::Signals(const std::string& account) const {
  if (account.empty()) return {};
  auto id_of = [this](uint32_t k) { return std::string_view(impl_->ids[k]); };
  return SignalsAt(impl_->index.Find(account, IdIndex::Hash(account), id_of));
}

std::pair<uint32_t, uint32_t> Engine::LastAccounts() const {
  return {impl_->last_from, impl_->last_to};
}

AccountSignals Engine::SignalsAt(uint32_t handle) const {
  static_assert(kNoHandle == kNoAccount);
  AccountSignals out;
  if (handle == kNoAccount || handle >= impl_->accounts.size()) return out;
  for (const auto& [id, hit] : impl_->accounts[handle].hits) {
    out.weight += hit.weight;
    ++(id.starts_with("HT-") ? out.trafficking : out.typologies);
  }
  return out;
}

}  // namespace tiphub::detect
