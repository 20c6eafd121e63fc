#include "detect/graph_stage.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "detect/accounts.h"
#include "model/mcc.h"

namespace tiphub::detect {

namespace {

constexpr int64_t kGraphWindow = 10 * 86400;
constexpr int64_t kGraphMinAmount = 20'000;  // 200.00: smaller transfers stay out of the graph
constexpr int64_t kPassThroughMin = 50'000;  // 500.00
constexpr size_t kEdgeLog = 24;
constexpr size_t kMaxPatterns = 6;
// A fan of more similar counterparties in a week than this is a busy hub's custom (a processor,
// a seller), not a laundering instance (3-50 members): the hub keeps its hit, its counterparties
// are not marked as members (which, re-marked on every transfer, would cost the square of it).
constexpr size_t kMaxFanMembers = 64;
// An account paid by this many distinct small third parties in its window is collecting payments
// for services (HT-17): its payers are clients, not members of a laundering pattern.
constexpr size_t kCollectionBreadth = 12;

void PruneEdges(EdgeQueue& edges, int64_t now) {
  while (!edges.empty() && edges.front().ts < now - kGraphWindow) edges.pop_front();
}

// Distinct counterparties of `edges` since `since` whose amounts are within 15% of `amount`:
// laundering moves structured, similar sums; rents and family remittances vary.
std::vector<uint32_t> SimilarCounterparties(const EdgeQueue& edges, int64_t since, int64_t amount) {
  std::vector<uint32_t> others;
  for (const Edge& e : edges) {
    if (e.ts < since || e.amount * 100 < amount * 85 || e.amount * 100 > amount * 115) continue;
    if (std::find(others.begin(), others.end(), e.other) == others.end()) others.push_back(e.other);
  }
  return others;
}

// The largest group of counterparties with similar amounts since `since`, whatever the amount.
std::vector<uint32_t> LargestSimilarGroup(const EdgeQueue& edges, int64_t since) {
  std::vector<uint32_t> best;
  for (const Edge& e : edges) {
    if (e.ts < since) continue;
    auto group = SimilarCounterparties(edges, since, e.amount);
    if (group.size() > best.size()) best = std::move(group);
  }
  return best;
}

}  // namespace

void GraphStage::Grow(size_t accounts) {
  while (pattern_parent_.size() < accounts)
    pattern_parent_.push_back(static_cast<uint32_t>(pattern_parent_.size()));
}

uint32_t GraphStage::PatternRoot(uint32_t x) {
  while (pattern_parent_[x] != x) {
    pattern_parent_[x] = pattern_parent_[pattern_parent_[x]];
    x = pattern_parent_[x];
  }
  return x;
}

void GraphStage::JoinPattern(uint32_t a, uint32_t b) {
  const uint32_t ra = PatternRoot(a), rb = PatternRoot(b);
  if (ra != rb) pattern_parent_[std::max(ra, rb)] = std::min(ra, rb);
}

void GraphStage::Process(AccountTable& t, const Transaction& tx, uint32_t from, uint32_t to,
                         const TxContext& c) {
  const bool transfer = tx.channel == Channel::kTransfer || tx.channel == Channel::kWire ||
                        tx.channel == Channel::kAch;
  // Remittances through money-transfer services are judged by HT-37, not as laundering layers.
  if (c.third_party && transfer && c.amount >= kGraphMinAmount && tx.mcc != mcc::kMoneyTransfer) {
    Graph(t, tx, from, to, c.amount);
  }
}

// Searches for a temporal cycle closed by from -> to at time ts: a path to -> ... -> from whose
// edges are in time order, within the graph window, of length at most 5.
bool GraphStage::FindCycle(AccountTable& t, uint32_t start, uint32_t target, int64_t after,
                           int depth, std::vector<const Edge*>& path) {
  if (depth > 5) return false;
  for (const Edge& e : t[start].g.out_edges) {
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
    if (FindCycle(t, e.other, target, e.ts, depth + 1, path)) return true;
    path.pop_back();
  }
  return false;
}

void GraphStage::HitMembers(AccountTable& t, const std::vector<uint32_t>& members,
                            std::string_view id, double value, const std::string& detail,
                            int64_t now) {
  // Businesses take part in typologies as payers of wages and invoices, not as layers. A member
  // already marked by this indicator is marked again only when the pattern has grown by a
  // quarter: a busy hub's growing fan would otherwise re-mark every member on every transfer.
  for (uint32_t m : members) {
    AccountState& a = t[m];
    if (a.business) continue;
    if (auto it = a.hits.find(std::string(id));
        it != a.hits.end() && value < 1.25 * it->second.value) {
      a.last_seen = std::max(a.last_seen, now);
      continue;
    }
    t.Hit(a, id, value, detail, now);
  }
}

// Notes that `a` took part in a fan or cycle of kind k (ML-0k) centred on `hub`; `parties` are
// the hub's counterparties (empty in a member's record). Repeated records are kept once.
void GraphStage::RecordPattern(AccountState& a, int kind, uint32_t hub,
                               std::vector<uint32_t> parties) {
  for (const PatternRecord& r : a.g.patterns) {
    if (r.kind == kind && r.hub == hub && r.parties == parties) return;
  }
  if (a.g.patterns.size() >= kMaxPatterns) {
    a.g.patterns_overflow = true;
    return;
  }
  a.g.patterns.push_back({kind, hub, std::move(parties)});
}

void GraphStage::RecordMembers(AccountTable& t, const std::vector<uint32_t>& members, int kind,
                               uint32_t hub) {
  for (uint32_t m : members) {
    if (!t[m].business) RecordPattern(t[m], kind, hub, {});
  }
}

// Records that `hub` and `members` form one pattern instance (they share an alert).
void GraphStage::Together(AccountTable& t, uint32_t hub, const std::vector<uint32_t>& members) {
  for (uint32_t m : members) {
    if (!t[m].business) JoinPattern(hub, m);
  }
}

void GraphStage::Graph(AccountTable& t, const Transaction& tx, uint32_t from, uint32_t to,
                       int64_t amount) {
  const int64_t now = tx.time.utc_seconds;
  AccountState& a = t[from];
  AccountState& b = t[to];
  PruneEdges(a.g.out_edges, now);
  PruneEdges(a.g.in_edges, now);
  PruneEdges(b.g.in_edges, now);
  PruneEdges(b.g.out_edges, now);
  // Pass-through: money that came into `from` in the last two days leaves now.
  if (amount >= kPassThroughMin && !a.business) {
    int64_t recent_in = 0;
    for (const Edge& e : a.g.in_edges) {
      if (e.ts >= now - 2 * 86400) recent_in += e.amount;
    }
    if (recent_in > 0 && amount * 10 >= recent_in * 5) {
      ++a.w.pass_through;
      AddEvidence(a.w.evidence, tx.id);
    }
  }
  // Cycle closed by this edge.
  std::vector<const Edge*> path;
  if (FindCycle(t, to, from, now - kGraphWindow, 1, path)) {
    t.HitF(a, "ML-03", 1, now, "a cycle of {} transfers returns to {}", path.size() + 1, a.id);
    AddFlowEvidence(a, tx.id);
    for (const Edge* e : path) AddFlowEvidence(a, e->tx_id);
    std::vector<uint32_t> cycle = {to};  // after `from`, in path order, back to `from`
    uint32_t node = to;
    for (const Edge* e : path) {
      JoinPattern(from, node);
      t.HitF(t[node], "ML-03", 1, now, "member of a transfer cycle through {}", a.id);
      AddFlowEvidence(t[node], e->tx_id);
      RecordPattern(t[node], 3, from, {});
      node = e->other;
      cycle.push_back(node);
    }
    RecordPattern(a, 3, from, std::move(cycle));
  }
  a.g.out_edges.push_back({now, to, amount, tx.id});
  if (a.g.edge_log.size() < kEdgeLog) {
    a.g.edge_log.emplace_back(to, tx.id);
  } else {
    a.g.edge_log[a.g.edge_log_next] = {to, tx.id};
    a.g.edge_log_next = (a.g.edge_log_next + 1) % kEdgeLog;
  }
  b.g.in_edges.push_back({now, from, amount, tx.id});
  const int64_t week = now - 7 * 86400;
  const int64_t three_days = now - 3 * 86400;
  const Rules& rules = t.rules();
  // Fan-in and fan-out of similar amounts within 7 days.
  if (!b.business) {
    // Payers already seen in an earlier window (tenants paying rent every month) recur; a
    // laundering fan-in is a burst of new relationships.
    auto senders = SimilarCounterparties(b.g.in_edges, week, amount);
    std::erase_if(senders, [&b](uint32_t s) { return b.links.Get(s) > 0; });
    if (static_cast<double>(senders.size()) >= rules.Threshold("ML-01")) {
      const std::string detail =
          fmt::format("{} senders of similar amounts into {} in 7 days", senders.size(), b.id);
      t.Hit(b, "ML-01", static_cast<double>(senders.size()), detail, now);
      RecordPattern(b, 1, to, senders);
      // Senders become members only for substantial sums: many small payers into one account
      // (clients paying for services, HT-17) are the hub's pattern, not laundering mules.
      if (amount >= kPassThroughMin && b.w.senders.size() < kCollectionBreadth &&
          senders.size() <= kMaxFanMembers) {
        HitMembers(t, senders, "ML-01", static_cast<double>(senders.size()), detail, now);
        RecordMembers(t, senders, 1, to);
        Together(t, to, senders);
      }
    }
  }
  if (!a.business) {
    auto recipients = SimilarCounterparties(a.g.out_edges, week, amount);
    std::erase_if(recipients, [&a](uint32_t r) { return a.links.Get(r) > 0; });
    if (static_cast<double>(recipients.size()) >= rules.Threshold("ML-02")) {
      const std::string detail = fmt::format("{} recipients of similar amounts from {} in 7 days",
                                             recipients.size(), a.id);
      t.Hit(a, "ML-02", static_cast<double>(recipients.size()), detail, now);
      RecordPattern(a, 2, from, recipients);
      if (amount >= kPassThroughMin && recipients.size() <= kMaxFanMembers) {
        HitMembers(t, recipients, "ML-02", static_cast<double>(recipients.size()), detail, now);
        RecordMembers(t, recipients, 2, from);
        Together(t, from, recipients);
      }
    }
    // Gather-scatter: `from` collected from several and now pays out to several (ML-05).
    const auto in = LargestSimilarGroup(a.g.in_edges, three_days);
    const auto out = SimilarCounterparties(a.g.out_edges, three_days, amount);
    if (static_cast<double>(std::min(in.size(), out.size())) >= rules.Threshold("ML-05")) {
      const std::string detail =
          fmt::format("{} in and {} out through {} within 3 days", in.size(), out.size(), a.id);
      t.Hit(a, "ML-05", static_cast<double>(std::min(in.size(), out.size())), detail, now);
      std::vector<uint32_t> parties = in;
      parties.insert(parties.end(), out.begin(), out.end());
      RecordPattern(a, 5, from, parties);
      if (amount >= kPassThroughMin && a.w.senders.size() < kCollectionBreadth) {
        HitMembers(t, in, "ML-05", static_cast<double>(in.size()), detail, now);
        HitMembers(t, out, "ML-05", static_cast<double>(out.size()), detail, now);
        RecordMembers(t, parties, 5, from);
        Together(t, from, in);
        Together(t, from, out);
      }
    }
  }
  // Scatter-gather: several intermediaries fed by one source pay the same sink (ML-04).
  if (!b.business) {
    CounterMap by_source;  // source -> distinct intermediaries that paid into `to`
    std::vector<uint32_t> seen_intermediaries;
    for (const Edge& in_edge : b.g.in_edges) {
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
      const AccountState& mid = t[in_edge.other];
      std::vector<uint32_t> sources;
      for (const Edge& e : mid.g.in_edges) {
        if (e.ts >= three_days && e.ts <= in_edge.ts && e.other != to && !t[e.other].business &&
            std::find(sources.begin(), sources.end(), e.other) == sources.end()) {
          sources.push_back(e.other);
        }
      }
      for (uint32_t src : sources) by_source.Add(src);
    }
    for (const auto& [src, n] : by_source) {
      if (static_cast<double>(n) < rules.Threshold("ML-04")) continue;
      std::vector<uint32_t> members = {src, to};
      for (const Edge& in_edge : b.g.in_edges) {
        if (in_edge.ts < three_days) continue;
        for (const Edge& e : t[in_edge.other].g.in_edges) {
          if (e.other == src) {
            members.push_back(in_edge.other);
            AddFlowEvidence(b, e.tx_id);
            break;
          }
        }
        AddFlowEvidence(b, in_edge.tx_id);
      }
      HitMembers(t, members, "ML-04", n,
                 fmt::format("{} intermediaries from {} gathered into {}", n, t[src].id, b.id),
                 now);
      std::vector<uint32_t> parties(members.begin() + 2, members.end());
      RecordPattern(b, 4, to, parties);
      std::vector<uint32_t> others = members;
      std::erase(others, to);
      RecordMembers(t, others, 4, to);
      Together(t, to, members);
      break;
    }
  }
}

// A relationship with a transfer in three or more windows and about one a window (at most 1.5
// on average): rent, a standing order, a monthly remittance.
bool GraphStage::StandingOrder(const AccountTable& t, uint32_t x, uint32_t y) const {
  if (recurring_ != nullptr && (*recurring_)(x, y)) return true;
  const AccountState& a = t[x];
  const int windows = a.link_windows.Get(y);
  return windows >= 3 && 2 * a.link_total.Get(y) <= 3 * windows;
}

// Whether one of `hub`'s fans or cycles of kind k holds without its standing orders: a fan keeps
// its threshold of other counterparties, a cycle has fewer than half of its transfers standing.
bool GraphStage::HubPatternHolds(const AccountTable& t, uint32_t hub, int kind) const {
  const AccountState& a = t[hub];
  // An account with more patterns than it keeps is judged on those it kept (its first).
  for (const PatternRecord& r : a.g.patterns) {
    if (r.kind != kind || r.hub != hub || r.parties.empty()) continue;
    if (kind == 3) {
      size_t standing = 0;
      uint32_t prev = hub;
      for (uint32_t p : r.parties) {
        standing += StandingOrder(t, prev, p);
        prev = p;
      }
      if (2 * standing < r.parties.size()) return true;
    } else {
      static constexpr std::array<const char*, 6> kIds = {"",      "ML-01", "ML-02",
                                                          "ML-03", "ML-04", "ML-05"};
      double fresh = 0;
      for (uint32_t p : r.parties) fresh += StandingOrder(t, hub, p) ? 0 : 1;
      if (fresh >= t.rules().Threshold(kIds[static_cast<size_t>(kind)])) return true;
    }
  }
  return false;
}

// Fans and cycles are found as they happen, before a relationship's history is known: at the
// start of the data, tenants paying rent on the 1st look like a fan-in until the payments recur
// month after month (later months no longer count them: see the `links` filter in Graph). At
// the end of the scan each recorded pattern is judged again without its standing orders, and a
// fan or cycle hit none of whose patterns holds is withdrawn. The same for batch and --follow.
void GraphStage::DropStandingOrderPatterns(
    AccountTable& t, const std::function<bool(uint32_t, uint32_t)>& recurring) {
  static constexpr std::array<const char*, 6> kIds = {"",      "ML-01", "ML-02",
                                                      "ML-03", "ML-04", "ML-05"};
  recurring_ = &recurring;
  for (size_t k = 0; k < t.size(); ++k) {
    AccountState& a = t[static_cast<uint32_t>(k)];
    if (a.g.patterns.empty()) continue;
    const auto self = static_cast<uint32_t>(k);
    for (int kind = 1; kind <= 5; ++kind) {
      bool recorded = false, holds = false;
      for (const PatternRecord& r : a.g.patterns) {
        if (r.kind != kind) continue;
        recorded = true;
        if (!r.parties.empty()) {
          holds = holds || HubPatternHolds(t, self, kind);
        } else {
          holds = holds || (HubPatternHolds(t, r.hub, kind) &&
                            (kind == 3 || !StandingOrder(t, self, r.hub)));
        }
      }
      if (recorded && !holds) a.hits.erase(kIds[static_cast<size_t>(kind)]);
    }
  }
  recurring_ = nullptr;
}

}  // namespace tiphub::detect
