#include "detect/pattern_stage.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "detect/accounts.h"
#include "detect/communities.h"
#include "detect/dense_flow.h"
#include "detect/window_stage.h"

namespace tiphub::detect {

namespace {

constexpr uint32_t kNone = AccountTable::kNone;
constexpr double kDay = 86400.0;
constexpr size_t kMaxSide = 128;            // new transfers kept per account and direction
constexpr size_t kMaxBursts = 4;            // fan candidates per account and direction
constexpr size_t kMaxMembers = 64;          // counterparties kept per fan candidate
constexpr size_t kMaxStructures = 200'000;  // cycle, layered and shared candidates
constexpr size_t kScan = 32;                // newest entries read by the layered and shared checks
constexpr int kMaxCycle = 50;               // accounts on a cycle
// Cycle windows close every kCycleStep; a window of kCycleDays[i] days is searched every
// kCycleEvery[i] steps, so a cycle whose transfers span up to two thirds of a window lies wholly
// within one of them (10, 20 and 40 days), longer ones up to the pattern window when aligned.
constexpr int64_t kCycleStep = 5 * 86400;
constexpr std::array<int, 3> kCycleDays = {15, 30, 60};
constexpr std::array<int64_t, 3> kCycleEvery = {1, 2, 4};
constexpr double kMaxSurprise = 30;             // PoissonSurprise's cap
constexpr double kProvisional = 2.5;            // fans kept as candidates from this surprise on
constexpr int64_t kRecurringSpan = 10 * 86400;  // transfers ten days apart or more recur
constexpr uint32_t kRecurringCount = 5;         // and so does one of five or more transfers
constexpr double kBusyRate = 0.15;              // new relationships a day that make a busy hub
constexpr double kBusyFactor = 10;              // ... when also this many times the peers' rate
// Cycles of one-off relationships form by chance too; a cycle must be this unlikely (-log10) given
// how many such relationships the data holds, its length and its time order.
constexpr double kCycleSurprise = 4;
// And so must parallel paths and shared counterparties, given the rates of the accounts.
constexpr double kPathSurprise = 4;
// Dense flow blocks are searched in the cycle windows of this many days, and hold this many
// accounts at least (and kMaxCycle at most).
constexpr int kDenseFlowDays = 30;
constexpr size_t kDenseMinAccounts = 4;
// Candidates closed this long ago have shown whether their relationships recur (a monthly
// payment's second transfer) and are pruned.
constexpr int64_t kSettled = 40 * 86400;

int64_t DayOf(int64_t ts) { return ts >= 0 ? ts / 86400 : (ts - 86399) / 86400; }

double Days(int64_t from, int64_t to) { return static_cast<double>(to - from) / kDay + 1; }

// The pairs of accounts that dealt within the novelty horizon, with their first and last transfer
// and how many: open addressing on the ordered pair, rebuilt without stale pairs as time passes.
class PairTable {
 public:
  struct Entry {
    uint64_t key = 0;  // 0: empty
    int64_t first = 0;
    int64_t last = 0;
    uint32_t count = 0;
  };
  static uint64_t Key(uint32_t a, uint32_t b) {
    if (a > b) std::swap(a, b);
    return (static_cast<uint64_t>(a) << 32 | b) + 1;
  }
  // The entry of the pair, created (count 0) when missing.
  Entry& Get(uint32_t a, uint32_t b) {
    if ((size_ + 1) * 2 > slots_.size())
      Rehash(std::max<size_t>(1024, slots_.size() * 2), INT64_MIN);
    const uint64_t key = Key(a, b);
    for (size_t i = Home(key);; i = (i + 1) & mask_) {
      Entry& e = slots_[i];
      if (e.key == key) return e;
      if (e.key == 0) {
        e.key = key;
        ++size_;
        return e;
      }
    }
  }
  const Entry* Find(uint32_t a, uint32_t b) const {
    if (slots_.empty()) return nullptr;
    const uint64_t key = Key(a, b);
    for (size_t i = Home(key);; i = (i + 1) & mask_) {
      const Entry& e = slots_[i];
      if (e.key == key) return &e;
      if (e.key == 0) return nullptr;
    }
  }
  // Drops the pairs whose last transfer is before `cutoff`.
  void Forget(int64_t cutoff) { Rehash(slots_.size(), cutoff); }
  template <typename F>
  void ForEach(F&& f) const {
    for (const Entry& e : slots_) {
      if (e.key != 0) f(e);
    }
  }
  size_t size() const { return size_; }

 private:
  size_t Home(uint64_t key) const { return (key * 0x9E3779B97F4A7C15ull >> 20) & mask_; }
  void Rehash(size_t capacity, int64_t cutoff) {
    std::vector<Entry> old = std::move(slots_);
    size_t live = 0;
    for (const Entry& e : old) live += e.key != 0 && e.last >= cutoff;
    while (capacity < 1024 || (live + 1) * 2 > capacity)
      capacity = std::max<size_t>(1024, capacity * 2);
    slots_.assign(capacity, Entry{});
    mask_ = capacity - 1;
    size_ = 0;
    for (const Entry& e : old) {
      if (e.key == 0 || e.last < cutoff) continue;
      size_t i = Home(e.key);
      while (slots_[i].key != 0) i = (i + 1) & mask_;
      slots_[i] = e;
      ++size_;
    }
  }
  std::vector<Entry> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

struct NewEdge {
  int64_t ts;
  uint32_t other;
  std::string tx;
};

// The new transfers of one direction of an account within the window, oldest first.
struct Side {
  std::vector<NewEdge> edges;
  size_t head = 0;
  uint32_t total = 0;  // new transfers in this direction over the whole scan
  size_t live() const { return edges.size() - head; }
  void Expire(int64_t cutoff) {
    while (head < edges.size() && edges[head].ts < cutoff) ++head;
    if (head == edges.size()) {
      edges.clear();
      head = 0;
    } else if (head >= 32 && 2 * head >= edges.size()) {
      edges.erase(edges.begin(), edges.begin() + static_cast<std::ptrdiff_t>(head));
      head = 0;
    }
  }
  void Add(NewEdge e) {
    edges.push_back(std::move(e));
    if (live() > kMaxSide) ++head;
    ++total;
  }
  // The newest `n` live entries.
  std::pair<size_t, size_t> Newest(size_t n) const {
    return {edges.size() - std::min(n, live()), edges.size()};
  }
  bool Has(uint32_t other, int64_t not_after) const {
    for (size_t i = head; i < edges.size(); ++i) {
      if (edges[i].other == other && edges[i].ts <= not_after) return true;
    }
    return false;
  }
};

// A fan found as it happened: the window's new counterparties and their transfers.
struct Burst {
  int64_t first = 0, last = 0;
  double provisional = 0;
  std::vector<std::pair<uint32_t, std::string>> members;
};

struct PatternAccount {
  Side in, out;
  int64_t first = 0, last = 0;   // of the account's transfers
  std::vector<Burst> bursts[2];  // [0] fan-in, [1] fan-out
};

}  // namespace

double PoissonSurprise(int n, double lambda) {
  if (n <= 0) return 0;
  if (lambda <= 1e-9) return kMaxSurprise;
  if (static_cast<double>(n) <= lambda) return 0;
  // P(X >= n) = P(X = n) * (1 + lambda/(n+1) + lambda^2/((n+1)(n+2)) + ...).
  double sum = 1, term = 1;
  for (int k = n + 1; k < n + 400; ++k) {
    term *= lambda / k;
    sum += term;
    if (term < 1e-12 * sum) break;
  }
  // log(n!) from a table for the counts the stage meets (kMaxSide per window), lgamma beyond.
  static const std::array<double, 1024> kLogFactorial = [] {
    std::array<double, 1024> t{};
    for (size_t k = 1; k < t.size(); ++k) t[k] = t[k - 1] + std::log(static_cast<double>(k));
    return t;
  }();
  const double log_factorial = static_cast<size_t>(n) < kLogFactorial.size()
                                   ? kLogFactorial[static_cast<size_t>(n)]
                                   : std::lgamma(n + 1.0);
  const double log_p = -lambda + n * std::log(lambda) - log_factorial + std::log(sum);
  if (log_p >= 0) return 0;
  return std::min(kMaxSurprise, -log_p / std::log(10.0));
}

// The mean at or above which a Poisson count of `n` has a surprise below kProvisional: windows
// whose expected count is that high cannot become fan candidates and are not evaluated.
double ProvisionalMean(int n) {
  static const std::array<double, kMaxSide + 2> kMean = [] {
    std::array<double, kMaxSide + 2> t{};
    for (size_t k = 1; k < t.size(); ++k) {
      double lo = 0, hi = static_cast<double>(k);  // the surprise is 0 from a mean of n on
      for (int step = 0; step < 60; ++step) {
        const double mid = (lo + hi) / 2;
        (PoissonSurprise(static_cast<int>(k), mid) >= kProvisional ? lo : hi) = mid;
      }
      t[k] = hi;
    }
    return t;
  }();
  return static_cast<size_t>(n) < kMean.size() ? kMean[static_cast<size_t>(n)]
                                               : static_cast<double>(n);
}

struct PatternStage::Impl {
  std::vector<PatternAccount> accounts;
  PairTable pairs;
  int64_t next_forget = INT64_MIN;
  int64_t scan_first = INT64_MIN, scan_last = INT64_MIN;
  uint64_t new_edges = 0;
  uint32_t active_accounts = 0;
  // Cycle, layered and shared candidates, and the keys that dedupe them.
  std::vector<Structure> candidates;
  std::unordered_map<uint64_t, size_t> layered_of, shared_of;
  std::unordered_set<uint64_t> cycles_seen, dense_seen;
  double dense_min = 1.1;          // ML-15's threshold: relationships per account
  std::vector<int64_t> pruned_at;  // per candidate: its last_ts when last pruned, or kDropped
  size_t dropped = 0;              // candidates dropped and not yet compacted away
  static constexpr int64_t kDropped = INT64_MAX;
  // Cycle windows: the next to close, how many closed, and scratch (an account's node in the
  // window's graph, indexed by account).
  int64_t next_cycle = INT64_MIN;
  int64_t cycle_checks = 0;
  std::vector<uint32_t> node_of;
  std::vector<uint32_t> nodes;
  std::vector<std::pair<uint32_t, uint32_t>> arcs;
  std::vector<const NewEdge*> arc_edges;

  // New relationships per account-day, in one direction, over the accounts seen so far.
  double PopulationRate(int64_t now) const {
    if (active_accounts == 0 || scan_first == INT64_MIN) return 0;
    return static_cast<double>(new_edges) /
           (static_cast<double>(active_accounts) * std::max(30.0, Days(scan_first, now)));
  }

  // An account's own rate of new relationships in one direction, the window's left out.
  static double OwnRate(const PatternAccount& a, const Side& side, int members, double window_days,
                        int64_t now) {
    const double span = Days(a.first, now);
    const double outside = std::max(30.0, span - window_days);
    return std::max(0.0, static_cast<double>(side.total) - members) / outside;
  }

  void UpdateBurst(PatternAccount& a, int dir, int64_t now, int64_t window) {
    Side& side = dir == 0 ? a.in : a.out;
    side.Expire(now - window);
    const size_t n = side.live();
    if (n < 3) return;
    const double pop = PopulationRate(now);
    double best = 0;
    size_t best_start = side.head;
    for (size_t i = side.head; i + 2 < side.edges.size(); ++i) {
      // Windows starting at the same moment: the earliest holds the most and wins.
      if (i > side.head && side.edges[i].ts == side.edges[i - 1].ts) continue;
      const int count = static_cast<int>(side.edges.size() - i);
      const double days = Days(side.edges[i].ts, now);
      const double rate = std::max(OwnRate(a, side, count, days, now), pop);
      if (rate * days >= ProvisionalMean(count)) continue;
      const double s = PoissonSurprise(count, rate * days);
      if (s > best) {
        best = s;
        best_start = i;
        if (best >= kMaxSurprise) break;  // no later window can beat the cap
      }
    }
    if (best < kProvisional) return;
    Burst b;
    b.first = side.edges[best_start].ts;
    b.last = now;
    b.provisional = best;
    for (size_t i = best_start; i < side.edges.size() && b.members.size() < kMaxMembers; ++i)
      b.members.emplace_back(side.edges[i].other, side.edges[i].tx);
    std::vector<Burst>& list = a.bursts[dir];
    if (!list.empty() && list.back().last >= b.first) {
      // The same burst growing (or a better window of it).
      if (b.provisional >= list.back().provisional) list.back() = std::move(b);
      return;
    }
    if (list.size() < kMaxBursts) {
      list.push_back(std::move(b));
      return;
    }
    auto weakest = std::min_element(list.begin(), list.end(), [](const Burst& x, const Burst& y) {
      return x.provisional < y.provisional;
    });
    if (weakest->provisional < b.provisional) *weakest = std::move(b);
  }

  // The window graph of the `days` before `end`: accounts joined by new relationships that are
  // so far one-offs, busy hubs left out. Its strongly connected groups are cycle candidates:
  // chance relationships are sparse enough within weeks that such groups of three or more are
  // rare (judged at the end), and a laundering cycle in any time order is one. In the 30-day
  // windows its dense blocks are the unsupervised layer's candidates.
  void SearchWindow(int64_t end, int days, int64_t window) {
    const int64_t since = end - std::min<int64_t>(int64_t{days} * 86400, window);
    const double pop = PopulationRate(end);
    nodes.clear();
    arcs.clear();
    arc_edges.clear();
    auto node = [&](uint32_t k) {
      if (node_of[k] == kNone) {
        node_of[k] = static_cast<uint32_t>(nodes.size());
        nodes.push_back(k);
      }
      return node_of[k];
    };
    for (uint32_t k = 0; k < accounts.size(); ++k) {
      const PatternAccount& a = accounts[k];
      if (a.out.live() == 0 || a.last < since || a.out.edges.back().ts < since) continue;
      if (Busy(k, 1, pop)) continue;
      for (size_t i = a.out.head; i < a.out.edges.size(); ++i) {
        const NewEdge& e = a.out.edges[i];
        if (e.ts < since || e.ts >= end || e.other == k) continue;
        if (Recurring(k, e.other) || Busy(e.other, 0, pop)) continue;
        arcs.emplace_back(node(k), node(e.other));
        arc_edges.push_back(&e);
      }
    }
    if (arcs.size() >= 3) {
      std::vector<uint32_t> in(nodes.size(), 0), out(nodes.size(), 0);
      for (const auto& [a, b] : arcs) {
        ++out[a];
        ++in[b];
      }
      double through = 0;
      for (size_t i = 0; i < nodes.size(); ++i) through += static_cast<double>(in[i]) * out[i];
      auto scc = StrongComponents(static_cast<uint32_t>(nodes.size()), arcs);
      if (scc.ok()) AddCycles(*scc, through / static_cast<double>(arcs.size()));
      if (days == kDenseFlowDays) AddDenseFlows();
    }
    for (uint32_t k : nodes) node_of[k] = kNone;
  }

  void AddCycles(const std::vector<uint32_t>& component, double branching) {
    std::vector<uint32_t> size(nodes.size(), 0);
    for (uint32_t c : component) ++size[c];
    std::unordered_map<uint32_t, size_t> structure_of;  // component -> index in `found`
    std::vector<Structure> found;
    for (size_t i = 0; i < arcs.size(); ++i) {
      const uint32_t c = component[arcs[i].first];
      if (c != component[arcs[i].second] || size[c] < 3 || size[c] > kMaxCycle) continue;
      auto [it, inserted] = structure_of.try_emplace(c, found.size());
      if (inserted) found.emplace_back();
      const NewEdge& e = *arc_edges[i];
      found[it->second].flows.push_back({nodes[arcs[i].first], nodes[arcs[i].second], e.tx, e.ts});
    }
    for (Structure& s : found) {
      SetSpan(s);
      for (const auto& f : s.flows) AddUnique(s.accounts, f.from);
      if (!cycles_seen.insert(SetKey(s.accounts)).second) continue;
      s.kind = StructureKind::kCycle;
      s.indicator = "ML-12";
      s.count = static_cast<int>(s.accounts.size());
      s.branching = branching;
      if (live_candidates() < kMaxStructures) candidates.push_back(std::move(s));
    }
  }

  // Dense flow blocks of the window's graph (the unsupervised layer).
  void AddDenseFlows() {
    const auto blocks = DenseBlocks(static_cast<uint32_t>(nodes.size()), arcs, dense_min,
                                    kDenseMinAccounts, kMaxCycle);
    if (blocks.empty()) return;
    std::vector<uint32_t> block_of(nodes.size(), kNone);
    for (uint32_t b = 0; b < blocks.size(); ++b) {
      for (uint32_t v : blocks[b].nodes) block_of[v] = b;
    }
    std::vector<Structure> found(blocks.size());
    for (size_t i = 0; i < arcs.size(); ++i) {
      const uint32_t b = block_of[arcs[i].first];
      if (b == kNone || b != block_of[arcs[i].second]) continue;
      const NewEdge& e = *arc_edges[i];
      found[b].flows.push_back({nodes[arcs[i].first], nodes[arcs[i].second], e.tx, e.ts});
    }
    // The window's own density: its relationships over the accounts that have any.
    const double population = static_cast<double>(arcs.size()) / static_cast<double>(nodes.size());
    for (size_t b = 0; b < blocks.size(); ++b) {
      Structure& s = found[b];
      for (uint32_t v : blocks[b].nodes) s.accounts.push_back(nodes[v]);
      if (!dense_seen.insert(SetKey(s.accounts)).second) continue;
      s.kind = StructureKind::kDenseFlow;
      s.indicator = "ML-15";
      s.density = blocks[b].density;
      s.population_density = population;
      s.count = static_cast<int>(s.accounts.size());
      SetSpan(s);
      if (live_candidates() < kMaxStructures) candidates.push_back(std::move(s));
    }
  }

  // A key of a set of accounts, whatever their order (FNV-1a over the sorted handles): the same
  // cycle or block found again in a later window is not a new candidate.
  static uint64_t SetKey(std::vector<uint32_t> accounts) {
    std::sort(accounts.begin(), accounts.end());
    uint64_t key = 1469598103934665603ull;
    for (uint32_t k : accounts) key = (key ^ k) * 1099511628211ull;
    return key;
  }

  // Keeps of a dense flow the densest block of what is left of its flows; false when none is.
  static bool KeepDensest(Structure& s, double min_density) {
    const LocalGraph g(s);
    const auto blocks = DenseBlocks(static_cast<uint32_t>(g.members.size()), g.arcs, min_density,
                                    kDenseMinAccounts, kMaxCycle);
    if (blocks.empty()) return false;
    std::vector<char> keep(g.members.size(), 0);
    for (uint32_t v : blocks[0].nodes) keep[v] = 1;
    KeepWithin(s, g, keep);
    s.density = blocks[0].density;
    return true;
  }

  // A structure's flows as a graph of its own: the accounts on them, their positions, and the
  // arcs between positions.
  struct LocalGraph {
    std::vector<uint32_t> members;
    std::unordered_map<uint32_t, uint32_t> index;
    std::vector<std::pair<uint32_t, uint32_t>> arcs;
    explicit LocalGraph(const Structure& s) {
      for (const auto& f : s.flows) {
        AddUnique(members, f.from);
        AddUnique(members, f.to);
      }
      for (uint32_t i = 0; i < members.size(); ++i) index[members[i]] = i;
      for (const auto& f : s.flows) arcs.emplace_back(index[f.from], index[f.to]);
    }
  };

  // Keeps the flows between the members `keep` marks; the accounts, count, span and closer
  // (the sender of the latest flow) follow from them.
  static void KeepWithin(Structure& s, const LocalGraph& g, const std::vector<char>& keep) {
    std::erase_if(s.flows, [&](const Structure::Flow& f) {
      return !keep[g.index.at(f.from)] || !keep[g.index.at(f.to)];
    });
    s.accounts.clear();
    for (const auto& f : s.flows) {
      AddUnique(s.accounts, f.from);
      AddUnique(s.accounts, f.to);
    }
    s.count = static_cast<int>(s.accounts.size());
    SetSpan(s);
  }

  // The first and last moment of a structure's flows, and its closer.
  static void SetSpan(Structure& s) {
    s.first_ts = INT64_MAX;
    s.last_ts = INT64_MIN;
    for (const auto& f : s.flows) {
      s.first_ts = std::min(s.first_ts, f.ts);
      if (f.ts >= s.last_ts) {
        s.last_ts = f.ts;
        s.hub = f.from;
      }
    }
  }

  // Closes the cycle windows due by `now` (all of them, up to the scan's last transfer, at the
  // end). After a long gap the windows in between hold nothing new and are skipped.
  void CloseCycleWindows(const Rules& rules, int64_t now, int64_t window, bool finish) {
    dense_min = rules.Threshold("ML-15");
    if (next_cycle == INT64_MIN) next_cycle = scan_first + kCycleStep;
    while (now >= next_cycle) {
      for (size_t w = 0; w < kCycleDays.size(); ++w) {
        if (cycle_checks % kCycleEvery[w] == 0) SearchWindow(next_cycle, kCycleDays[w], window);
      }
      ++cycle_checks;
      PruneSettled(rules, next_cycle);
      next_cycle += kCycleStep;
      const int64_t idle = (now - next_cycle) / kCycleStep - window / kCycleStep;
      if (idle > 0) {
        next_cycle += idle * kCycleStep;
        cycle_checks += idle;
      }
    }
    if (finish) {
      for (int days : kCycleDays) SearchWindow(now + 1, days, window);
    }
  }

  // Keeps of a cycle the largest strongly connected group of what is left of its flows (at least
  // three accounts, at most kMaxCycle); false when none is left.
  static bool KeepStrongest(Structure& s) {
    if (s.flows.empty()) return false;
    const LocalGraph g(s);
    auto scc = StrongComponents(static_cast<uint32_t>(g.members.size()), g.arcs);
    if (!scc.ok()) return false;
    std::vector<uint32_t> size(g.members.size(), 0);
    for (uint32_t c : *scc) ++size[c];
    const auto best =
        static_cast<uint32_t>(std::max_element(size.begin(), size.end()) - size.begin());
    if (size[best] < 3 || size[best] > kMaxCycle) return false;
    std::vector<char> keep(g.members.size(), 0);
    for (uint32_t v = 0; v < g.members.size(); ++v) keep[v] = (*scc)[v] == best;
    KeepWithin(s, g, keep);
    return true;
  }

  // Whether the cycle is simple (each account pays on once) and its transfers follow one
  // another round in time from the earliest (transfers of the same day in either order).
  static bool InTimeOrder(const Structure& s) {
    if (s.flows.size() != s.accounts.size() || s.flows.empty()) return false;
    std::unordered_map<uint32_t, size_t> out_of;
    for (size_t i = 0; i < s.flows.size(); ++i) {
      if (!out_of.emplace(s.flows[i].from, i).second) return false;
    }
    size_t at = static_cast<size_t>(
        std::min_element(s.flows.begin(), s.flows.end(),
                         [](const auto& x, const auto& y) { return x.ts < y.ts; }) -
        s.flows.begin());
    for (size_t step = 1; step < s.flows.size(); ++step) {
      const auto next = out_of.find(s.flows[at].to);
      if (next == out_of.end() || DayOf(s.flows[next->second].ts) < DayOf(s.flows[at].ts))
        return false;
      at = next->second;
    }
    return true;
  }

  static void AddUnique(std::vector<uint32_t>& v, uint32_t x) {
    if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
  }
  static void AddFlow(Structure& s, uint32_t from, uint32_t to, const std::string& tx) {
    for (const auto& f : s.flows) {
      if (f.tx == tx) return;
    }
    s.flows.push_back({from, to, tx});
  }

  // Layers: the new transfer mid -> sink completes a second (or further) path of new transfers
  // source -> intermediary -> sink.
  void FindLayers(uint32_t mid, uint32_t sink, const std::string& tx, int64_t now) {
    const Side& mid_in = accounts[mid].in;
    const Side& sink_in = accounts[sink].in;
    if (mid_in.live() == 0 || sink_in.live() < 2) return;
    const auto [m0, m1] = mid_in.Newest(kScan);
    const auto [s0, s1] = sink_in.Newest(kScan);
    for (size_t i = m0; i < m1; ++i) {
      const NewEdge& src_edge = mid_in.edges[i];
      const uint32_t src = src_edge.other;
      if (src == sink) continue;
      std::vector<std::pair<const NewEdge*, const NewEdge*>> paths;  // (src->m, m->sink)
      for (size_t j = s0; j < s1; ++j) {
        const NewEdge& leg = sink_in.edges[j];
        const uint32_t other = leg.other;
        if (other == mid || other == src) continue;
        const Side& other_in = accounts[other].in;
        for (size_t k = other_in.head; k < other_in.edges.size(); ++k) {
          if (other_in.edges[k].other == src && other_in.edges[k].ts <= leg.ts) {
            paths.emplace_back(&other_in.edges[k], &leg);
            break;
          }
        }
      }
      if (paths.empty()) continue;
      const uint64_t key = LayeredKey(src, sink);
      auto [it, inserted] = layered_of.try_emplace(key, candidates.size());
      if (inserted) {
        if (live_candidates() >= kMaxStructures) {
          layered_of.erase(it);
          return;
        }
        Structure s;
        s.kind = StructureKind::kLayered;
        s.indicator = "ML-13";
        s.hub = src;
        s.accounts = {src, sink};
        s.first_ts = src_edge.ts;
        candidates.push_back(std::move(s));
      }
      Structure& s = candidates[it->second];
      AddUnique(s.accounts, mid);
      AddFlow(s, src, mid, src_edge.tx);
      AddFlow(s, mid, sink, tx);
      for (const auto& [first, second] : paths) {
        AddUnique(s.accounts, second->other);
        AddFlow(s, src, second->other, first->tx);
        AddFlow(s, second->other, sink, second->tx);
        s.first_ts = std::min(s.first_ts, first->ts);
      }
      s.last_ts = std::max(s.last_ts, now);
      s.count = static_cast<int>(s.accounts.size()) - 2;
    }
  }

  // Shared: the new transfer payer -> recipient gives the payer a second (or further) new
  // recipient in common with another payer of the same recipient.
  void FindShared(uint32_t payer, uint32_t recipient, const std::string& tx, int64_t now) {
    const Side& rec_in = accounts[recipient].in;
    const Side& payer_out = accounts[payer].out;
    if (rec_in.live() < 2 || payer_out.live() < 2) return;
    const auto [r0, r1] = rec_in.Newest(kScan);
    const auto [p0, p1] = payer_out.Newest(kScan);
    for (size_t i = r0; i < r1; ++i) {
      const uint32_t other = rec_in.edges[i].other;
      if (other == payer) continue;
      const Side& other_out = accounts[other].out;
      std::vector<std::pair<const NewEdge*, const NewEdge*>> common;  // (payer's, other's)
      for (size_t j = p0; j < p1; ++j) {
        const NewEdge& mine = payer_out.edges[j];
        if (mine.other == other) continue;
        for (size_t k = other_out.head; k < other_out.edges.size(); ++k) {
          if (other_out.edges[k].other == mine.other) {
            common.emplace_back(&mine, &other_out.edges[k]);
            break;
          }
        }
      }
      if (common.size() < 2) continue;
      const uint64_t key = PairTable::Key(payer, other);
      auto [it, inserted] = shared_of.try_emplace(key, candidates.size());
      if (inserted) {
        if (live_candidates() >= kMaxStructures) {
          shared_of.erase(it);
          return;
        }
        Structure s;
        s.kind = StructureKind::kShared;
        s.indicator = "ML-14";
        s.hub = payer;
        s.accounts = {payer, other};
        s.first_ts = now;
        candidates.push_back(std::move(s));
      }
      Structure& s = candidates[it->second];
      for (const auto& [mine, theirs] : common) {
        AddUnique(s.accounts, mine->other);
        AddFlow(s, payer, mine->other, mine->tx);
        AddFlow(s, other, theirs->other, theirs->tx);
        s.first_ts = std::min({s.first_ts, mine->ts, theirs->ts});
      }
      s.last_ts = std::max(s.last_ts, now);
      s.count = static_cast<int>(s.accounts.size()) - 2;
      (void)tx;
    }
  }

  // Takes out of a candidate the relationships that recur and the busy hubs with their
  // transfers (a common recipient or an intermediary that makes new relationships all the time
  // ties nothing together; a cycle through one is no cycle). False when what is left cannot
  // hold: a cycle keeps its largest strongly connected group; layers and shared counterparties
  // keep the two accounts they are about.
  bool Prune(Structure& s, const Rules& rules, double pop) const {
    std::erase_if(s.flows, [&](const Structure::Flow& f) {
      if (Recurring(f.from, f.to)) return true;
      const bool inner_to = s.kind != StructureKind::kLayered || f.to != s.accounts[1];
      const bool inner_from = s.kind != StructureKind::kLayered || f.from != s.accounts[0];
      return (inner_to && Busy(f.to, 0, pop)) || (inner_from && Busy(f.from, 1, pop));
    });
    if (s.kind == StructureKind::kCycle) {
      return KeepStrongest(s) && static_cast<double>(s.count) >= rules.Threshold("ML-12");
    }
    if (s.kind == StructureKind::kDenseFlow) return KeepDensest(s, rules.Threshold("ML-15"));
    std::vector<uint32_t> kept;
    for (uint32_t acct : s.accounts) {
      const bool on_flow = std::any_of(s.flows.begin(), s.flows.end(), [&](const auto& f) {
        return f.from == acct || f.to == acct;
      });
      if (on_flow) kept.push_back(acct);
    }
    if (kept.size() < 2 || kept[0] != s.accounts[0] || kept[1] != s.accounts[1]) return false;
    s.accounts = std::move(kept);
    s.count = static_cast<int>(s.accounts.size()) - 2;
    return static_cast<double>(s.count) >= rules.Threshold(s.indicator);
  }

  // Keeps the candidates within their memory bound: those that closed long enough ago for
  // their relationships to have shown whether they recur (kSettled) are pruned now, and the
  // ones that cannot hold are dropped (left empty, and the vector compacted once they are half
  // of it, so that the keys of the others move rarely).
  void PruneSettled(const Rules& rules, int64_t now) {
    const int64_t settled = now - kSettled;
    const double pop = PopulationRate(now);
    pruned_at.resize(candidates.size(), INT64_MIN);
    for (size_t i = 0; i < candidates.size(); ++i) {
      Structure& s = candidates[i];
      if (pruned_at[i] == kDropped || s.last_ts >= settled || pruned_at[i] == s.last_ts) continue;
      pruned_at[i] = s.last_ts;
      if (Prune(s, rules, pop)) continue;
      if (s.kind == StructureKind::kLayered) layered_of.erase(Key(s));
      if (s.kind == StructureKind::kShared) shared_of.erase(Key(s));
      pruned_at[i] = kDropped;
      s = Structure{};
      ++dropped;
    }
    if (2 * dropped < candidates.size()) return;
    size_t keep = 0;
    for (size_t i = 0; i < candidates.size(); ++i) {
      if (pruned_at[i] == kDropped) continue;
      if (keep != i) {
        candidates[keep] = std::move(candidates[i]);
        pruned_at[keep] = pruned_at[i];
      }
      ++keep;
    }
    candidates.resize(keep);
    pruned_at.resize(keep);
    dropped = 0;
    layered_of.clear();
    shared_of.clear();
    for (size_t i = 0; i < candidates.size(); ++i) {
      const Structure& s = candidates[i];
      if (s.kind == StructureKind::kLayered) layered_of[Key(s)] = i;
      if (s.kind == StructureKind::kShared) shared_of[Key(s)] = i;
    }
  }

  // The key of a layered or shared candidate in layered_of or shared_of.
  static uint64_t Key(const Structure& s) {
    return s.kind == StructureKind::kLayered ? LayeredKey(s.accounts[0], s.accounts[1])
                                             : PairTable::Key(s.accounts[0], s.accounts[1]);
  }

  // Candidates that count against kMaxStructures.
  size_t live_candidates() const { return candidates.size() - dropped; }

  static uint64_t LayeredKey(uint32_t src, uint32_t sink) {
    return PairTable::Key(src, sink) ^ (src < sink ? 0 : 1ull << 63);
  }

  // An account that makes new relationships all the time in one direction (a utility or payment
  // processor everyone pays, an online seller, an employer): its counterparties share it by chance,
  // so it ties no pattern together. Its rate over the whole scan is at least kBusyRate a day and
  // kBusyFactor times its peers'.
  bool Busy(uint32_t k, int dir, double pop) const {
    const PatternAccount& a = accounts[k];
    const Side& side = dir == 0 ? a.in : a.out;
    const double rate = static_cast<double>(side.total) / std::max(30.0, Days(a.first, scan_last));
    return rate >= kBusyRate && rate >= kBusyFactor * pop;
  }

  // An account's new relationships a day over the scan in one direction (0 in, 1 out).
  double Rate(uint32_t k, int dir) const {
    const PatternAccount& a = accounts[k];
    const Side& side = dir == 0 ? a.in : a.out;
    return static_cast<double>(side.total) / std::max(30.0, Days(a.first, scan_last));
  }

  bool Recurring(uint32_t a, uint32_t b) const {
    const PairTable::Entry* e = pairs.Find(a, b);
    return e != nullptr &&
           (e->count >= kRecurringCount || (e->count >= 2 && e->last - e->first >= kRecurringSpan));
  }
};

PatternStage::PatternStage() : impl_(std::make_unique<Impl>()) {}
PatternStage::~PatternStage() = default;

void PatternStage::Grow(size_t accounts) {
  Impl& im = *impl_;
  if (im.accounts.size() >= accounts) return;
  im.accounts.resize(accounts);
  im.node_of.resize(accounts, kNone);
}

size_t PatternStage::pairs() const { return impl_->pairs.size(); }

bool PatternStage::Recurring(uint32_t a, uint32_t b) const { return impl_->Recurring(a, b); }

void PatternStage::Process(AccountTable& table, const Transaction& tx, uint32_t from, uint32_t to,
                           const TxContext& c) {
  if (!c.third_party) return;
  if (tx.channel != Channel::kTransfer && tx.channel != Channel::kWire &&
      tx.channel != Channel::kAch)
    return;
  Impl& im = *impl_;
  const EngineOptions& options = table.rules().options();
  const int64_t now = tx.time.utc_seconds;
  const int64_t window = options.pattern_window_seconds;
  if (im.scan_first == INT64_MIN) im.scan_first = now;
  // Cycle windows close before this transfer expires anything of theirs.
  if (now > im.scan_last) im.CloseCycleWindows(table.rules(), now, window, false);
  im.scan_last = std::max(im.scan_last, now);
  if (now >= im.next_forget) {
    im.pairs.Forget(now - options.novelty_horizon_seconds);
    im.next_forget = now + 30 * 86400;
  }
  for (uint32_t k : {from, to}) {
    PatternAccount& a = im.accounts[k];
    if (a.first == 0) {
      a.first = now;
      ++im.active_accounts;
    }
    a.last = now;
  }
  PairTable::Entry& pair = im.pairs.Get(from, to);
  const bool is_new = pair.count == 0 || pair.last < now - options.novelty_horizon_seconds;
  if (is_new) {
    pair.first = now;
    pair.count = 0;
  }
  pair.last = now;
  ++pair.count;
  if (!is_new) return;
  ++im.new_edges;
  PatternAccount& a = im.accounts[from];
  PatternAccount& b = im.accounts[to];
  a.out.Expire(now - window);
  a.in.Expire(now - window);
  b.in.Expire(now - window);
  b.out.Expire(now - window);
  a.out.Add({now, to, tx.id});
  b.in.Add({now, from, tx.id});
  im.UpdateBurst(b, 0, now, window);
  im.UpdateBurst(a, 1, now, window);
  im.FindLayers(from, to, tx.id, now);
  im.FindShared(from, to, tx.id, now);
}

std::vector<Structure> PatternStage::Finish(AccountTable& table) {
  Impl& im = *impl_;
  const Rules& rules = table.rules();
  std::vector<Structure> out;
  if (im.scan_first == INT64_MIN) return out;
  im.CloseCycleWindows(rules, im.scan_last, rules.options().pattern_window_seconds, true);
  const double pop = im.PopulationRate(im.scan_last);
  // Fans: the counterparties whose relationship recurred are ordinary; the rest are judged
  // against the account's whole-scan rate of new relationships and its peers'.
  const double fan_threshold[2] = {rules.Threshold("ML-10"), rules.Threshold("ML-11")};
  for (uint32_t k = 0; k < im.accounts.size(); ++k) {
    PatternAccount& a = im.accounts[k];
    for (int dir = 0; dir < 2; ++dir) {
      const Side& side = dir == 0 ? a.in : a.out;
      for (const Burst& b : a.bursts[dir]) {
        Structure s;
        s.kind = dir == 0 ? StructureKind::kFanIn : StructureKind::kFanOut;
        s.indicator = dir == 0 ? "ML-10" : "ML-11";
        s.hub = k;
        s.accounts.push_back(k);
        for (const auto& [other, txid] : b.members) {
          if (other == k || im.Recurring(k, other)) continue;
          Impl::AddUnique(s.accounts, other);
          s.flows.push_back(dir == 0 ? Structure::Flow{other, k, txid}
                                     : Structure::Flow{k, other, txid});
        }
        s.count = static_cast<int>(s.accounts.size()) - 1;
        if (s.count < 3) continue;
        const double days = Days(b.first, b.last);
        const double rate = std::max(Impl::OwnRate(a, side, s.count, days, im.scan_last), pop);
        s.expected = rate * days;
        s.surprise = PoissonSurprise(s.count, s.expected);
        s.first_ts = b.first;
        s.last_ts = b.last;
        if (s.surprise >= fan_threshold[dir]) out.push_back(std::move(s));
      }
    }
  }
  // Paths through intermediaries and shared counterparties form by chance in proportion to the
  // rates of new relationships: per day, of the two accounts at the ends and, summed over the
  // accounts (busy hubs left out), of what passes through (in times out) or is shared (in
  // squared), against all of them (R).
  double through = 0, shared = 0, total_rate = 0;
  for (uint32_t k = 0; k < im.accounts.size(); ++k) {
    if (im.accounts[k].first == 0 || im.Busy(k, 0, pop) || im.Busy(k, 1, pop)) continue;
    const double in = im.Rate(k, 0), out = im.Rate(k, 1);
    through += in * out;
    shared += in * in;
    total_rate += out;
  }
  const double pairs = std::max(1.0, static_cast<double>(im.active_accounts)) *
                       std::max(1.0, static_cast<double>(im.active_accounts));
  std::vector<Structure> dense;
  im.pruned_at.resize(im.candidates.size(), INT64_MIN);
  for (size_t i = 0; i < im.candidates.size(); ++i) {
    Structure& s = im.candidates[i];
    if (im.pruned_at[i] == Impl::kDropped || !im.Prune(s, rules, pop)) continue;
    if (s.kind == StructureKind::kLayered || s.kind == StructureKind::kShared) {
      // Paths (shared counterparties) between the two accounts within the instance's span L
      // number about Poisson(L^2 r1 r2 S / R^2), r1 and r2 being the two accounts' rates out
      // (from the source) and in (into the sink), or both out (shared); S the sum above. The
      // instance holds when chance would rarely give as many to any pair of accounts in any
      // such span of the scan.
      const double span = Days(s.first_ts, s.last_ts);
      const bool layered = s.kind == StructureKind::kLayered;
      const double r1 = im.Rate(s.accounts[0], 1);
      const double r2 = im.Rate(s.accounts[1], layered ? 0 : 1);
      const double sum = layered ? through : shared;
      s.expected = total_rate > 0 ? span * span * r1 * r2 * sum / (total_rate * total_rate) : 0;
      const double windows = std::max(1.0, Days(im.scan_first, im.scan_last) / span);
      s.surprise = PoissonSurprise(s.count, s.expected) - std::log10(pairs * windows);
      if (s.surprise < kPathSurprise) continue;
    }
    if (s.kind == StructureKind::kCycle) {
      // A cycle holds when chance would rarely give as many: a window whose chance
      // relationships lead on `b` times from an account reached at random holds about b^k / k
      // cycles of k accounts, and the scan about as many windows as it is longer than the
      // cycle's span. A simple cycle whose transfers follow one another round in time is rarer
      // by (k - 1)!.
      const int k = s.count;
      const double span = Days(s.first_ts, s.last_ts);
      const double windows = std::max(1.0, Days(im.scan_first, im.scan_last) / span);
      s.expected = std::pow(s.branching, k) / k * windows;
      s.surprise = -std::log10(std::max(1e-30, s.expected)) +
                   (Impl::InTimeOrder(s) ? std::lgamma(k) / std::log(10.0) : 0);
      if (s.surprise < kCycleSurprise) continue;
    }
    if (s.kind == StructureKind::kDenseFlow) {
      dense.push_back(std::move(s));
      continue;
    }
    out.push_back(std::move(s));
  }
  // Dense flows found in overlapping windows: the densest of blocks sharing half their accounts.
  std::sort(dense.begin(), dense.end(), [](const Structure& x, const Structure& y) {
    return x.density != y.density ? x.density > y.density : x.accounts < y.accounts;
  });
  std::unordered_set<uint32_t> dense_taken;
  for (Structure& s : dense) {
    const auto shared = std::count_if(s.accounts.begin(), s.accounts.end(),
                                      [&](uint32_t a) { return dense_taken.count(a) > 0; });
    if (2 * static_cast<size_t>(shared) >= s.accounts.size()) continue;
    dense_taken.insert(s.accounts.begin(), s.accounts.end());
    out.push_back(std::move(s));
  }
  // Hits and evidence of the instances that hold (not of the unsupervised layer's blocks).
  for (const Structure& s : out) {
    if (s.kind == StructureKind::kDenseFlow) continue;
    const double days = Days(s.first_ts, s.last_ts);
    std::string detail;
    double value = s.count;
    switch (s.kind) {
      case StructureKind::kFanIn:
      case StructureKind::kFanOut:
        value = s.surprise;
        detail = fmt::format(
            "{} new {} {} within {:.0f} days where {:.1f} were expected from its own history and "
            "its peers (chance 1 in {:.0f})",
            s.count, s.kind == StructureKind::kFanIn ? "senders into" : "recipients from",
            table[s.hub].id, days, s.expected, std::pow(10.0, std::min(15.0, s.surprise)));
        break;
      case StructureKind::kCycle:
        detail = fmt::format(
            "{} accounts pay one another round in a cycle of {} new relationships (last closed by "
            "{}) within {:.0f} days (chance 1 in {:.0f})",
            s.count, s.flows.size(), table[s.hub].id, days,
            std::pow(10.0, std::min(15.0, s.surprise)));
        break;
      case StructureKind::kLayered:
        detail =
            fmt::format("{} intermediaries carry new transfers from {} to {} within {:.0f} days",
                        s.count, table[s.accounts[0]].id, table[s.accounts[1]].id, days);
        break;
      case StructureKind::kDenseFlow:
        break;
      case StructureKind::kShared:
        detail = fmt::format("{} and {} paid the same {} new recipients within {:.0f} days",
                             table[s.accounts[0]].id, table[s.accounts[1]].id, s.count, days);
        break;
    }
    // Many new payers into an account that shows the published signs of a victim or collector
    // beyond its transfers (night activity, cash from third parties, hotels, ads) are its
    // customers, as the advisories describe them: the account alerts, its payers do not. On
    // transfers alone nothing tells buyers from a fan-in's feeders, which then alert too.
    bool hub_only = false;
    if (s.kind == StructureKind::kFanIn) {
      int published = 0, beyond_transfers = 0;
      for (const auto& [id, hit] : table[s.hub].hits) {
        const IndicatorInfo* info = FindIndicator(id);
        if (info->kind != IndicatorKind::kPublished) continue;
        ++published;
        beyond_transfers += (info->needs & (kNeedsTimeOfDay | kNeedsMerchantCodes | kNeedsCash |
                                            kNeedsLocations)) != 0;
      }
      hub_only = published >= rules.options().min_indicators && beyond_transfers > 0;
    }
    for (uint32_t acct : s.accounts) {
      if (hub_only && acct != s.hub) continue;
      AccountState& st = table[acct];
      table.Hit(st, s.indicator, value, detail, s.last_ts);
      for (const auto& f : s.flows) {
        if (f.from == acct || f.to == acct) AddFlowEvidence(st, f.tx);
      }
    }
  }
  return out;
}

}  // namespace tiphub::detect
