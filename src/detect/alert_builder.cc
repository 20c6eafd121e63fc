#include "detect/alert_builder.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "detect/accounts.h"
#include "detect/catalog.h"
#include "detect/communities.h"
#include "detect/graph_stage.h"

namespace tiphub::detect {

namespace {

constexpr size_t kMaxAlertEvidence = 2000;

const IndicatorInfo& Info(const std::string& id) {
  // Every hit comes from the catalog (the rules file rejects unknown ids).
  return *FindIndicator(id);
}

bool IsGraph(const IndicatorInfo& info) {
  return info.kind == IndicatorKind::kPattern || info.kind == IndicatorKind::kSignal;
}

// The role rules with their indicator lists split once.
struct ParsedRule {
  const RoleRule* rule;
  std::vector<std::string_view> ids;
};
const std::vector<ParsedRule>& ParsedRoleRules() {
  static const std::vector<ParsedRule> rules = [] {
    std::vector<ParsedRule> out;
    for (const RoleRule& r : RoleRules()) out.push_back({&r, SplitIds(r.indicators)});
    return out;
  }();
  return rules;
}

// Adds to each group the accounts tied to its flagged members that show little on their own:
// holders at the same address or phone (workers housed by their controller, bounded to small
// groups), counterparties with repeated transfers that have an indicator of their own or ties
// to two members (an owner paid weekly by a front business, workers paying their debt), and
// watch-listed counterparties (an unlicensed recruiter).
// A group of accounts that becomes one alert; `part` of `parts` when a larger group was split.
struct Group {
  std::vector<uint32_t> members;  // sorted
  int part = 1, parts = 1;
  size_t whole = 0;  // accounts of the group before it was split
};

// Parts of at most `cap` accounts of `members` (sorted), cut along the communities of `edges`
// (account handles); consecutive slices if the community search fails.
std::vector<std::vector<uint32_t>> CapGroup(const std::vector<uint32_t>& members,
                                            const std::vector<std::pair<uint32_t, uint32_t>>& edges,
                                            size_t cap) {
  std::unordered_map<uint32_t, uint32_t> index;
  for (uint32_t i = 0; i < members.size(); ++i) index[members[i]] = i;
  std::vector<WeightedEdge> local;
  for (const auto& [a, b] : edges) {
    auto x = index.find(a), y = index.find(b);
    if (x != index.end() && y != index.end() && x->second != y->second)
      local.push_back({x->second, y->second, 1.0});
  }
  std::vector<std::vector<uint32_t>> out;
  auto parts = SplitIntoParts(static_cast<uint32_t>(members.size()), local, cap);
  if (!parts.ok()) {
    for (size_t start = 0; start < members.size(); start += cap) {
      out.emplace_back(
          members.begin() + static_cast<std::ptrdiff_t>(start),
          members.begin() + static_cast<std::ptrdiff_t>(std::min(members.size(), start + cap)));
    }
    return out;
  }
  for (const auto& part : *parts) {
    std::vector<uint32_t> accounts;
    for (uint32_t i : part) accounts.push_back(members[i]);
    std::sort(accounts.begin(), accounts.end());
    out.push_back(std::move(accounts));
  }
  return out;
}

void AddAssociates(AccountTable& t, std::map<uint32_t, std::vector<uint32_t>>& groups,
                   std::vector<bool>& flagged, std::vector<double>& score,
                   const std::vector<Holder>& holders) {
  constexpr size_t kMaxShared = 12;
  KeyedList by_address, by_phone;  // key -> account index, sorted
  std::vector<const Party*> holder(t.size(), nullptr);
  for (const Holder& h : holders) {
    const uint32_t idx = t.Intern(h.account->id);
    if (idx >= holder.size()) holder.resize(idx + 1, nullptr);
    holder[idx] = h.party;
    if (!h.party->address.empty()) by_address.emplace_back(AddressKey(*h.party), idx);
    if (!h.party->phone.empty()) by_phone.emplace_back(PhoneKey(*h.party), idx);
  }
  // Sorted by key, then by account index: each key's accounts in first-sight order.
  std::sort(by_address.begin(), by_address.end());
  std::sort(by_phone.begin(), by_phone.end());
  flagged.resize(t.size(), false);
  score.resize(t.size(), 0);
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
      for (const auto& [other, n] : t[m].links) {
        if (other >= t.size() || taken[other]) continue;
        const AccountState& o = t[other];
        if (o.unlicensed_recruiter || o.escort_ad_site) {
          add(other);
          continue;
        }
        if (n < 2) continue;
        int tied = 0;  // other members it also has repeated transfers with
        for (uint32_t m2 : members) tied += m2 != m && o.links.Get(m2) >= 2;
        // Indicators of someone who moves a network's money (not incidental spending).
        bool network_signal = false;
        for (const auto& [id, hit] : o.hits) network_signal |= Info(id).network_signal;
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

// One alert per block of the unsupervised layer, explained by its flows: who only pays within
// the block (sources), who receives and pays on (middles: mules) and who only receives
// (destinations), and how much denser it is than the window it was found in.
Alert DenseFlowAlert(const AccountTable& t, const Structure& s) {
  Alert alert;
  alert.kind = "network";
  alert.typology = "dense_flow";
  std::unordered_map<uint32_t, std::pair<int, int>> degree;  // account -> (in, out)
  std::set<std::pair<uint32_t, uint32_t>> relationships;
  for (const auto& f : s.flows) {
    ++degree[f.to].first;
    ++degree[f.from].second;
    relationships.insert(std::minmax(f.from, f.to));
    alert.flows.push_back(f.tx);
  }
  std::sort(alert.flows.begin(), alert.flows.end());
  alert.flows.erase(std::unique(alert.flows.begin(), alert.flows.end()), alert.flows.end());
  alert.evidence = alert.flows;
  const IndicatorInfo& info = Info(s.indicator);
  const double threshold = t.rules().Threshold(s.indicator);
  alert.score = std::min(100.0, 40.0 * s.density / std::max(0.1, threshold));
  alert.first_seen = s.first_ts;
  alert.last_seen = s.last_ts;
  int sources = 0, middles = 0, sinks = 0;
  for (uint32_t a : s.accounts) {
    const auto [in, out] = degree[a];
    const char* place = in > 0 && out > 0 ? "a middle account"
                        : out > 0         ? "a source"
                                          : "a destination";
    sources += in == 0;
    middles += in > 0 && out > 0;
    sinks += out == 0;
    alert.accounts.push_back({t[a].id, in > 0 && out > 0 ? "mule" : "unknown", alert.score, false});
    alert.hits.push_back(
        {std::string(s.indicator), t[a].id, s.density, threshold,
         fmt::format("{} of a block of {} accounts tied by {} one-off relationships ({:.2f} per "
                     "account; {:.2f} in its 30-day window): receives {}, pays {} within it",
                     place, s.accounts.size(), relationships.size(), s.density,
                     s.population_density, in, out),
         std::string(info.source), t.rules().Weight(s.indicator)});
  }
  const double days = static_cast<double>(s.last_ts - s.first_ts) / 86400.0 + 1;
  alert.summary = fmt::format(
      "Dense flow block of {} accounts, found without labels (unsupervised, ML-15): {} one-off "
      "relationships within {:.0f} days, {:.2f} per account where the accounts of its window have "
      "{:.2f} ({:.1f} times denser); {} source(s) pay {} middle account(s) who pay {} "
      "destination(s). Chance relationships form chains and single cycles; a block this dense "
      "rarely forms by chance.",
      s.accounts.size(), relationships.size(), days, s.density, s.population_density,
      s.density / std::max(1e-9, s.population_density), sources, middles, sinks);
  return alert;
}

}  // namespace

RoleVerdict RoleOf(const AccountState& a) {
  bool graph = false;
  for (const auto& [id, hit] : a.hits) graph |= IsGraph(Info(id));
  auto any = [&](const std::vector<std::string_view>& ids) {
    for (std::string_view id : ids) {
      if (a.hits.count(std::string(id))) return true;
    }
    return false;
  };
  for (const ParsedRule& p : ParsedRoleRules()) {
    bool applies = false;
    switch (p.rule->when) {
      case RoleWhen::kBusiness:
        applies = a.business;
        break;
      case RoleWhen::kAnyOf:
        applies = any(p.ids);
        break;
      case RoleWhen::kAnyOfOrNoHits:
        applies = any(p.ids) || a.hits.empty();
        break;
      case RoleWhen::kAnyOfWithoutGraph:
        applies = any(p.ids) && !graph;
        break;
      case RoleWhen::kGraph:
        applies = graph;
        break;
      case RoleWhen::kAlways:
        applies = true;
        break;
    }
    if (applies) return {p.rule->role, p.rule->protect};
  }
  return {"controller", false};
}

std::vector<Alert> BuildAlerts(AccountTable& t, GraphStage& graph,
                               const std::vector<Holder>& holders,
                               const std::vector<Structure>& structures) {
  const EngineOptions& options = t.rules().options();
  // Score accounts: combinations, not single hits.
  std::vector<double> score(t.size(), 0);
  std::vector<bool> flagged(t.size(), false);
  for (size_t k = 0; k < t.size(); ++k) {
    const AccountState& a = t[static_cast<uint32_t>(k)];
    if (a.hits.empty()) continue;
    int published = 0;
    bool pattern = false;
    double sum = 0;
    for (const auto& [id, hit] : a.hits) {
      sum += hit.weight;
      const IndicatorKind kind = Info(id).kind;
      published += kind == IndicatorKind::kPublished;
      pattern |= kind == IndicatorKind::kPattern;
    }
    score[k] = std::min(100.0, sum);
    flagged[k] =
        score[k] >= options.alert_score && (published >= options.min_indicators || pattern);
  }
  // Group flagged accounts connected by direct transfers into one network alert.
  // Start from the typology instances found while scanning, then join accounts with a repeated
  // relationship (three or more transfers: sweeps to a controller, wages into a collector).
  std::vector<uint32_t> parent(t.size());
  for (size_t k = 0; k < t.size(); ++k) parent[k] = graph.PatternRoot(static_cast<uint32_t>(k));
  std::function<uint32_t(uint32_t)> root = [&](uint32_t x) {
    return parent[x] == x ? x : parent[x] = root(parent[x]);
  };
  for (size_t k = 0; k < t.size(); ++k) {
    if (!flagged[k]) continue;
    // A single payment does not make a network (buyers pay many victims).
    for (const auto& [other, n] : t[static_cast<uint32_t>(k)].links) {
      if (other < flagged.size() && flagged[other] && n >= 3) {
        parent[root(static_cast<uint32_t>(k))] = root(other);
      }
    }
  }
  // Accounts of pattern instances of new relationships are grouped by the communities of their
  // flows; the others as before, by pattern roots and repeated relationships.
  std::vector<bool> in_structure(t.size(), false);
  std::vector<std::pair<uint32_t, uint32_t>> flows;  // account pairs of the instances' transfers
  for (const Structure& s : structures) {
    if (s.kind == StructureKind::kDenseFlow) continue;  // the unsupervised layer's own alerts
    // An instance that flags one account (a victim's hub without its buyers) groups nothing: the
    // account joins its repeated relationships instead (the controller it pays).
    const auto flagged_members =
        std::count_if(s.accounts.begin(), s.accounts.end(),
                      [&](uint32_t a) { return a < flagged.size() && flagged[a]; });
    for (uint32_t a : s.accounts) {
      if (flagged_members > 1 && a < flagged.size() && flagged[a]) in_structure[a] = true;
    }
    for (const auto& f : s.flows) flows.emplace_back(f.from, f.to);
  }
  std::map<uint32_t, std::vector<uint32_t>> old_groups;
  for (size_t k = 0; k < t.size(); ++k) {
    if (flagged[k] && !in_structure[k])
      old_groups[root(static_cast<uint32_t>(k))].push_back(static_cast<uint32_t>(k));
  }
  AddAssociates(t, old_groups, flagged, score, holders);
  const size_t cap = std::max<size_t>(2, options.max_alert_accounts);
  std::unordered_map<uint32_t, std::vector<uint32_t>> flow_ties;
  for (const auto& [a, b] : flows) {
    flow_ties[a].push_back(b);
    flow_ties[b].push_back(a);
  }
  // The ties of a group's members: their pattern transfers and their repeated relationships.
  auto ties_of = [&](const std::vector<uint32_t>& members) {
    std::vector<std::pair<uint32_t, uint32_t>> ties;
    for (uint32_t m : members) {
      if (auto it = flow_ties.find(m); it != flow_ties.end()) {
        for (uint32_t o : it->second) ties.emplace_back(m, o);
      }
      for (const auto& [other, n] : t[m].links) ties.emplace_back(m, other);
    }
    return ties;
  };
  std::vector<Group> groups;
  auto add_group = [&](std::vector<uint32_t> members) {
    if (members.size() <= cap) {
      groups.push_back({std::move(members), 1, 1, 0});
      return;
    }
    const size_t whole = members.size();
    auto parts = CapGroup(members, ties_of(members), cap);
    for (size_t i = 0; i < parts.size(); ++i)
      groups.push_back(
          {std::move(parts[i]), static_cast<int>(i + 1), static_cast<int>(parts.size()), whole});
  };
  for (auto& [r, members] : old_groups) add_group(std::move(members));
  {
    std::vector<uint32_t> pattern_accounts;
    for (size_t k = 0; k < in_structure.size(); ++k) {
      if (in_structure[k]) pattern_accounts.push_back(static_cast<uint32_t>(k));
    }
    // One community search over all instances: each community is a group (capped above).
    for (auto& part : CapGroup(pattern_accounts, flows, pattern_accounts.size() + 1))
      add_group(std::move(part));
  }
  std::vector<Alert> alerts;
  for (Group& group : groups) {
    std::vector<uint32_t>& members = group.members;
    Alert alert;
    alert.kind = members.size() > 1 ? "network" : "account";
    std::map<std::string, int> family;
    std::vector<std::string> flows;  // flow evidence and transfers between members
    double best = 0;
    alert.first_seen = INT64_MAX;
    for (uint32_t m : members) {
      const AccountState& a = t[m];
      best = std::max(best, score[m]);
      for (const auto& [id, hit] : a.hits) {
        alert.hits.push_back(hit);
        const IndicatorInfo& info = Info(id);
        if (!info.family.empty()) family[std::string(info.family)] += info.family_weight;
      }
      for (const auto& id : a.evidence) {
        if (alert.evidence.size() < kMaxAlertEvidence) alert.evidence.push_back(id);
      }
      for (const auto& id : a.flow_evidence) {
        if (flows.size() < kMaxAlertEvidence) flows.push_back(id);
      }
      // Transfers between members of this alert.
      for (const auto& [other, tx_id] : a.g.edge_log) {
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
    const FamilyInfo* fam = FindFamily(alert.typology);
    if (fam != nullptr && fam->laundering) alert.evidence = flows;
    unique(alert.evidence);
    alert.flows = std::move(flows);
    for (uint32_t m : members) {
      const RoleVerdict role = RoleOf(t[m]);
      alert.accounts.push_back({t[m].id, std::string(role.role), score[m], role.protect});
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
        "{} of {} account(s), likely {}: {} indicator(s) fired ({}).{}{}",
        alert.kind == "network" ? "Network" : "Account", alert.accounts.size(), alert.typology,
        ids.size(), id_list,
        victims > 0
            ? fmt::format(" {} account(s) look like victims: protect and support, do not close.",
                          victims)
            : "",
        group.parts > 1 ? fmt::format(" Part {} of {} of a network of {} accounts, split along its "
                                      "communities at the {}-account cap of one alert.",
                                      group.part, group.parts, group.whole, cap)
                        : "");
    alerts.push_back(std::move(alert));
  }
  for (const Structure& s : structures) {
    if (s.kind == StructureKind::kDenseFlow) alerts.push_back(DenseFlowAlert(t, s));
  }
  std::sort(alerts.begin(), alerts.end(),
            [](const Alert& x, const Alert& y) { return x.score > y.score; });
  return alerts;
}

}  // namespace tiphub::detect
