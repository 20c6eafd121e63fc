#include "detect/engine.h"

#include <algorithm>

#include <fmt/format.h>

#include "detect/alert_builder.h"
#include "detect/graph_stage.h"
#include "detect/kyc_stage.h"
#include "detect/pattern_stage.h"
#include "detect/window_stage.h"
#include "model/time.h"

namespace tiphub::detect {

namespace {

constexpr uint32_t kNoAccount = AccountTable::kNone;

// The DataNeed bits the reference data alone settles.
uint32_t ReferenceFields(const AccountTable& table) {
  const ReferenceData& ref = table.reference();
  uint32_t present = 0;
  if (table.HasHolders()) present |= kNeedsKyc;
  if (!ref.watchlist.empty()) present |= kNeedsWatchlists;
  for (const Party& p : ref.parties) {
    if (!p.phone.empty() || !p.address.empty()) present |= kNeedsContacts;
    if (p.kind == PartyKind::kBusiness && (p.open_hour != 0 || p.close_hour != 24))
      present |= kNeedsBusinessHours;
  }
  for (const Account& a : ref.accounts) {
    if (!a.custodian.empty()) present |= kNeedsCustodians;
  }
  return present;
}

}  // namespace

struct Engine::Impl {
  Rules rules;
  AccountTable table;
  WindowStage window;
  GraphStage graph;
  PatternStage patterns;
  std::vector<uint64_t> batch_hashes;    // ProcessBatch scratch
  std::vector<uint32_t> batch_accounts;  // ProcessBatch scratch
  int64_t last_ts = INT64_MIN;
  uint32_t last_from = kNoAccount, last_to = kNoAccount;  // of the last transaction processed
  uint32_t reference_fields = 0;
  DataProfile profile;

  Impl(EngineOptions options, ReferenceData reference)
      : rules(options), table(rules, std::move(reference)) {
    reference_fields = ReferenceFields(table);
  }

  uint32_t Present() const {
    uint32_t present = reference_fields | profile.present;
    // Whole days (00:00 local) on nearly every row: the data has no time of day.
    if (profile.transactions > 0 && profile.with_time_of_day * 20 >= profile.transactions)
      present |= kNeedsTimeOfDay;
    return present;
  }
  static bool Silent(std::string_view id, uint32_t present) {
    const IndicatorInfo* info = FindIndicator(id);
    return info != nullptr && (info->needs & ~present) != 0;
  }

  void Observe(const Transaction& tx) {
    ++profile.transactions;
    if (tx.time.LocalSeconds() % 86400 != 0) ++profile.with_time_of_day;
    if (tx.mcc != 0) profile.present |= kNeedsMerchantCodes;
    if (!tx.city.empty()) profile.present |= kNeedsLocations;
    switch (tx.channel) {
      case Channel::kCashDeposit:
      case Channel::kCashWithdrawal:
        profile.present |= kNeedsCash;
        break;
      case Channel::kAch:
        profile.present |= kNeedsPayroll;
        break;
      case Channel::kWire:
        profile.present |= kNeedsWires;
        break;
      default:
        break;
    }
  }

  void Process(const Transaction& tx) {
    const uint32_t from = table.Intern(tx.from_account);  // before `to`: handles follow first sight
    const uint32_t to = table.Intern(tx.to_account);
    Process(tx, from, to);
  }
  // `from` and `to` are the interned accounts of `tx`.
  void Process(const Transaction& tx, uint32_t from, uint32_t to) {
    graph.Grow(table.size());
    patterns.Grow(table.size());
    last_from = from;
    last_to = to;
    Observe(tx);
    const TxContext c = MakeTxContext(tx, from, to);
    window.Process(table, tx, from, to, c);
    graph.Process(table, tx, from, to, c);
    patterns.Process(table, tx, from, to, c);
  }

  std::vector<Alert> Finish() {
    window.CloseAll(table);
    graph.DropStandingOrderPatterns(
        table, [this](uint32_t a, uint32_t b) { return patterns.Recurring(a, b); });
    // Indicators whose data is missing stay silent whatever they measured; silenced before the
    // pattern stage reads an account's published indicators, and again after the KYC stage.
    const uint32_t present = Present();
    const auto silence = [this, present] {
      for (AccountState& a : table) {
        std::erase_if(a.hits, [present](const auto& kv) { return Silent(kv.first, present); });
      }
    };
    silence();
    // Peer thresholds first: the pattern stage reads an account's published indicators.
    table.ApplyPeerThresholds();
    std::vector<Structure> structures = patterns.Finish(table);
    const std::vector<Holder> holders = Holders(table);
    KycIndicators(table, holders);
    graph.Grow(table.size());
    silence();
    return BuildAlerts(table, graph, holders, structures);
  }
};

Engine::Engine(EngineOptions options, ReferenceData reference)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(reference))) {}

Engine::~Engine() = default;

Status Engine::Process(const Transaction& tx) {
  if (impl_->last_ts != INT64_MIN &&
      tx.time.utc_seconds <
          impl_->last_ts - impl_->rules.options().out_of_order_tolerance_seconds) {
    return Status::InvalidArgument(fmt::format(
        "transaction {} at {} is older than an earlier one ({}) by more than the tolerance of {}s: "
        "sort the input by time or raise out_of_order_tolerance_seconds in the rules file",
        tx.id, FormatUtc(tx.time.utc_seconds), FormatUtc(impl_->last_ts),
        impl_->rules.options().out_of_order_tolerance_seconds));
  }
  impl_->last_ts = std::max(impl_->last_ts, tx.time.utc_seconds);
  impl_->Process(tx);
  ++processed_;
  return Status::Ok();
}

Status Engine::ProcessBatch(std::span<const Transaction> txs,
                            std::vector<std::pair<uint32_t, uint32_t>>* accounts) {
  Impl& im = *impl_;
  AccountTable& table = im.table;
  const size_t n = txs.size();
  if (accounts != nullptr) accounts->resize(n);
  // Lookups and per-account state are cache misses: the index slots of transaction i + kAhead
  // are requested while i is looked up, and its accounts' state while i is processed. Accounts
  // not seen yet are created only when their transaction is processed, so every account gets the
  // handle it gets one at a time (alerts order their members by it).
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
      table.Prefetch(im.batch_hashes[2 * (i + kAhead)]);
      table.Prefetch(im.batch_hashes[2 * (i + kAhead) + 1]);
    }
    const Transaction& tx = txs[i];
    auto find = [&](const std::string& id, uint64_t hash) {
      if (id.empty()) return kNoAccount;
      const uint32_t k = table.Find(id, hash);
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
        const char* state = reinterpret_cast<const char*>(&table[k]);
        for (size_t line = 0; line < 4; ++line) __builtin_prefetch(state + 64 * line);
      }
    }
    const Transaction& tx = txs[i];
    if (im.last_ts != INT64_MIN &&
        tx.time.utc_seconds < im.last_ts - im.rules.options().out_of_order_tolerance_seconds) {
      return Process(tx);  // the same error as one at a time
    }
    im.last_ts = std::max(im.last_ts, tx.time.utc_seconds);
    uint32_t from = im.batch_accounts[2 * i];
    if (from == kLater) from = table.Intern(tx.from_account, im.batch_hashes[2 * i]);
    uint32_t to = im.batch_accounts[2 * i + 1];
    if (to == kLater) to = table.Intern(tx.to_account, im.batch_hashes[2 * i + 1]);
    im.Process(tx, from, to);
    if (accounts != nullptr) (*accounts)[i] = {from, to};
    ++processed_;
  }
  return Status::Ok();
}

std::vector<Alert> Engine::Finish() { return impl_->Finish(); }

AccountSignals Engine::Signals(const std::string& account) const {
  if (account.empty()) return {};
  return SignalsAt(impl_->table.Find(account, IdIndex::Hash(account)));
}

std::pair<uint32_t, uint32_t> Engine::LastAccounts() const {
  return {impl_->last_from, impl_->last_to};
}

AccountSignals Engine::SignalsAt(uint32_t handle) const {
  static_assert(kNoHandle == kNoAccount);
  AccountSignals out;
  if (handle == kNoAccount || handle >= impl_->table.size()) return out;
  const uint32_t present = impl_->Present();
  for (const auto& [id, hit] : impl_->table[handle].hits) {
    if (Impl::Silent(id, present)) continue;
    out.weight += hit.weight;
    ++(id.starts_with("HT-") ? out.trafficking : out.typologies);
  }
  return out;
}

DataProfile Engine::Profile() const {
  DataProfile p = impl_->profile;
  p.present = impl_->Present();
  return p;
}

std::vector<SilencedIndicator> Engine::Silenced() const {
  const uint32_t present = impl_->Present();
  std::vector<SilencedIndicator> out;
  for (const IndicatorInfo& info : Catalog()) {
    const uint32_t missing = info.needs & ~present;
    if (missing != 0) out.push_back({std::string(info.id), missing});
  }
  return out;
}

std::string DescribeSilenced(const std::vector<SilencedIndicator>& silenced) {
  std::string out;
  for (int k = 0; k < kDataNeedCount; ++k) {
    const auto need = static_cast<DataNeed>(1u << k);
    std::string ids;
    for (const SilencedIndicator& s : silenced) {
      if (s.missing & need) ids += (ids.empty() ? "" : ", ") + s.id;
    }
    if (ids.empty()) continue;
    if (!out.empty()) out += "; ";
    out += fmt::format("no {}: {} off", DataNeedName(need), ids);
  }
  return out;
}

}  // namespace tiphub::detect
