#include "detect/accounts.h"

#include <algorithm>
#include <cmath>

#include "model/mcc.h"

namespace tiphub::detect {

void AddEvidence(std::vector<std::string>& ev, const std::string& id) {
  if (ev.size() < kMaxEvidence && (ev.empty() || ev.back() != id)) ev.push_back(id);
}

void AddFlowEvidence(AccountState& a, const std::string& id) {
  AddEvidence(a.evidence, id);
  AddEvidence(a.flow_evidence, id);
}

AccountTable::AccountTable(const Rules& rules, ReferenceData reference)
    : rules_(rules), ref_(std::move(reference)) {
  std::unordered_map<std::string, const Party*> parties;
  for (const Party& p : ref_.parties) parties[p.id] = &p;
  for (const Account& a : ref_.accounts) {
    auto it = parties.find(a.party_id);
    if (it != parties.end()) party_of_account_[a.id] = it->second;
  }
  for (const auto& [party, list] : ref_.watchlist) watch_[party].push_back(list);
  states_.reserve(ref_.accounts.size() + 1024);
}

uint32_t AccountTable::Intern(const std::string& id, uint64_t hash) {
  // Ids are compared in their own compact array, not in the large per-account state.
  auto id_of = [this](uint32_t k) { return std::string_view(ids_[k]); };
  if (const uint32_t found = index_.Find(id, hash, id_of); found != kNone) return found;
  const auto next = static_cast<uint32_t>(states_.size());
  {
    AccountState s;
    s.id = id;
    if (const Party* party = HolderOf(id)) {
      s.home_city = party->city;
      s.country = party->country;
      s.business = party->kind == PartyKind::kBusiness;
      s.open_hour = party->open_hour;
      s.close_hour = party->close_hour;
      s.mcc_group = static_cast<int>(GroupOfMcc(party->mcc));
      s.escort_ad_site = Listed(party->id, "escort_ad_site");
      s.unlicensed_recruiter = Listed(party->id, "unlicensed_recruitment_agency");
    }
    states_.push_back(std::move(s));
    ids_.push_back(id);
  }
  index_.Insert(hash, next, id_of);
  return next;
}

bool AccountTable::Listed(const std::string& party, std::string_view list) const {
  auto it = watch_.find(party);
  if (it == watch_.end()) return false;
  return std::find(it->second.begin(), it->second.end(), list) != it->second.end();
}

void AccountTable::Hit(AccountState& a, std::string_view id, double value, std::string_view detail,
                       int64_t ts) {
  const double threshold = rules_.Threshold(id);
  if (value < threshold) return;
  auto& hit = a.hits[std::string(id)];
  if (hit.indicator_id.empty() || value > hit.value) {
    const IndicatorInfo* info = FindIndicator(id);
    hit = {std::string(id),  a.id, value, threshold, std::string(detail), std::string(info->source),
           rules_.Weight(id)};
  }
  if (a.first_seen == 0) a.first_seen = ts;
  a.last_seen = std::max(a.last_seen, ts);
}

void AccountTable::Observe(std::string_view id, double value) {
  const IndicatorInfo* info = FindIndicator(id);
  if (info == nullptr || info->basis != ThresholdBasis::kPeer) return;
  auto it = peer_values_.find(id);
  if (it == peer_values_.end())
    it = peer_values_.emplace(std::string(id), std::vector<uint32_t>(kPeerBuckets, 0)).first;
  const auto bucket = static_cast<size_t>(std::clamp(value, 0.0, double{kPeerBuckets - 1}));
  ++it->second[bucket];
}

void AccountTable::ApplyPeerThresholds() {
  for (const auto& [id, counts] : peer_values_) {
    const IndicatorInfo* info = FindIndicator(id);
    uint64_t observed = 0;
    for (uint32_t c : counts) observed += c;
    if (observed == 0) continue;
    // Account-windows without the activity count as zeros; too few peers say nothing.
    const uint64_t total = std::max(observed, peer_windows_);
    if (total < kMinPeers) continue;
    const uint64_t zeros = total - observed;
    // The smallest whole value at or above the percentile of the peers' values.
    const auto rank = static_cast<uint64_t>(
        std::ceil(info->peer_percentile / 100.0 * static_cast<double>(total)));
    uint64_t seen = zeros;
    double percentile = 0;
    for (size_t v = 0; v < counts.size() && seen < rank; ++v) {
      seen += counts[v];
      if (seen >= rank) {
        percentile = static_cast<double>(v) + 1;  // strictly above the percentile's value
        break;
      }
    }
    const double threshold = std::max(rules_.Threshold(id), percentile);
    peer_threshold_[id] = threshold;
    if (threshold <= rules_.Threshold(id)) continue;
    for (AccountState& a : states_) {
      auto hit = a.hits.find(id);
      if (hit == a.hits.end()) continue;
      if (hit->second.value < threshold) {
        a.hits.erase(hit);
      } else {
        hit->second.threshold = threshold;
      }
    }
  }
}

double AccountTable::EffectiveThreshold(std::string_view id) const {
  auto it = peer_threshold_.find(id);
  return it != peer_threshold_.end() ? it->second : rules_.Threshold(id);
}

}  // namespace tiphub::detect
