#include "detect/pattern_stage.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "detect/accounts.h"
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
constexpr int kCycleBudget = 2048;          // transfers a cycle search may read
constexpr int kMaxCycle = 50;               // accounts on a cycle
constexpr double kMaxSurprise = 30;         // PoissonSurprise's cap
constexpr double kProvisional = 2.5;        // fans kept as candidates from this surprise on
constexpr int64_t kRecurringSpan = 10 * 86400;  // transfers ten days apart or more recur
constexpr uint32_t kRecurringCount = 5;         // and so does one of five or more transfers
constexpr double kBusyRate = 0.15;              // new relationships a day that make a busy hub
constexpr double kBusyFactor = 10;              // ... when also this many times the peers' rate
// Cycles of one-off relationships form by chance too; a cycle must be this unlikely (-log10) given
// how many such relationships the data holds, its length and its time order.
constexpr double kCycleSurprise = 4;

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
  std::unordered_set<uint64_t> cycles_seen;
  // Cycle search scratch, indexed by account: the search that last reached it from either end,
  // and how (the account before or after it, and the transfer).
  uint32_t search = 0;
  std::vector<uint32_t> fwd_stamp, bwd_stamp;
  std::vector<std::pair<uint32_t, const NewEdge*>> fwd_link, bwd_link;
  std::vector<uint32_t> frontier[3];

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

  // A cycle closed by the new transfer from -> to: a path of new transfers to -> ... -> from
  // within the window, in any time order. Breadth first from both ends (forward from `to` over
  // new transfers out, backward from `from` over new transfers in), the smaller frontier first,
  // until they meet: the shortest such path, found by visiting about the square root of what a
  // one-sided search would.
  void FindCycle(uint32_t from, uint32_t to, const std::string& tx, int64_t now, int64_t window) {
    if (accounts[from].in.live() == 0 || accounts[to].out.live() == 0) return;
    if (++search == 0) {  // stamps wrapped: clear them
      std::fill(fwd_stamp.begin(), fwd_stamp.end(), 0);
      std::fill(bwd_stamp.begin(), bwd_stamp.end(), 0);
      search = 1;
    }
    const int64_t since = now - window;
    std::vector<uint32_t>& fwd = frontier[0];
    std::vector<uint32_t>& bwd = frontier[1];
    fwd.assign(1, to);
    bwd.assign(1, from);
    fwd_stamp[to] = search;
    fwd_link[to] = {kNone, nullptr};
    bwd_stamp[from] = search;
    bwd_link[from] = {kNone, nullptr};
    int depth = 0, budget = kCycleBudget;
    uint32_t meet = kNone;
    while (meet == kNone && !fwd.empty() && !bwd.empty() && depth + 2 <= kMaxCycle && budget > 0) {
      const bool forward = fwd.size() <= bwd.size();
      std::vector<uint32_t>& grow = forward ? fwd : bwd;
      std::vector<uint32_t>& next = frontier[2];
      next.clear();
      for (uint32_t at : grow) {
        const Side& side = forward ? accounts[at].out : accounts[at].in;
        for (size_t i = side.head; i < side.edges.size() && meet == kNone; ++i) {
          const NewEdge& e = side.edges[i];
          --budget;
          if (e.ts < since) continue;
          // The closing pair itself (to paying from back) is no cycle of three.
          if (forward ? (at == to && e.other == from) : (at == from && e.other == to)) continue;
          if (forward) {
            if (fwd_stamp[e.other] == search) continue;
            fwd_stamp[e.other] = search;
            fwd_link[e.other] = {at, &e};
            if (bwd_stamp[e.other] == search) meet = e.other;
          } else {
            if (bwd_stamp[e.other] == search) continue;
            bwd_stamp[e.other] = search;
            bwd_link[e.other] = {at, &e};
            if (fwd_stamp[e.other] == search) meet = e.other;
          }
          next.push_back(e.other);
        }
        if (meet != kNone || budget <= 0) break;
      }
      grow.swap(next);
      ++depth;
    }
    if (meet == kNone) return;
    Structure s;
    s.kind = StructureKind::kCycle;
    s.indicator = "ML-12";
    s.hub = from;
    std::vector<Structure::Flow> path;  // to -> ... -> meet, then meet -> ... -> from
    for (uint32_t at = meet; at != to;) {
      const auto& [prev, edge] = fwd_link[at];
      path.push_back({prev, at, edge->tx, edge->ts});
      at = prev;
    }
    std::reverse(path.begin(), path.end());
    for (uint32_t at = meet; at != from;) {
      const auto& [next_at, edge] = bwd_link[at];
      path.push_back({at, next_at, edge->tx, edge->ts});
      at = next_at;
    }
    s.flows.push_back({from, to, tx, now});
    s.accounts.push_back(from);
    s.first_ts = now;
    for (const auto& f : path) {
      s.flows.push_back(f);
      s.accounts.push_back(f.from);
      s.first_ts = std::min(s.first_ts, f.ts);
    }
    if (s.accounts.size() < 3) return;  // a pair paying each other back is no cycle
    std::vector<uint32_t> key_nodes = s.accounts;
    std::sort(key_nodes.begin(), key_nodes.end());
    if (std::adjacent_find(key_nodes.begin(), key_nodes.end()) != key_nodes.end()) return;
    uint64_t key = 1469598103934665603ull;
    for (uint32_t k : key_nodes) key = (key ^ k) * 1099511628211ull;
    if (!cycles_seen.insert(key).second) return;
    s.last_ts = now;
    s.count = static_cast<int>(s.accounts.size());
    if (candidates.size() < kMaxStructures) candidates.push_back(std::move(s));
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
      const uint64_t key = PairTable::Key(src, sink) ^ (src < sink ? 0 : 1ull << 63);
      auto [it, inserted] = layered_of.try_emplace(key, candidates.size());
      if (inserted) {
        if (candidates.size() >= kMaxStructures) {
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
        if (candidates.size() >= kMaxStructures) {
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
  im.fwd_stamp.resize(accounts, 0);
  im.bwd_stamp.resize(accounts, 0);
  im.fwd_link.resize(accounts);
  im.bwd_link.resize(accounts);
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
  im.FindCycle(from, to, tx.id, now, window);
  im.FindLayers(from, to, tx.id, now);
  im.FindShared(from, to, tx.id, now);
}

std::vector<Structure> PatternStage::Finish(AccountTable& table) {
  Impl& im = *impl_;
  const Rules& rules = table.rules();
  std::vector<Structure> out;
  if (im.scan_first == INT64_MIN) return out;
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
  // One-off relationships (that never recurred) per account and day, for the chance of cycles.
  uint64_t one_offs = 0;
  im.pairs.ForEach([&](const PairTable::Entry& e) {
    one_offs +=
        !(e.count >= kRecurringCount || (e.count >= 2 && e.last - e.first >= kRecurringSpan));
  });
  const double one_off_rate =
      static_cast<double>(one_offs) /
      (std::max<double>(1, im.active_accounts) * std::max(1.0, Days(im.scan_first, im.scan_last)));
  for (Structure& s : im.candidates) {
    // Only new relationships that stayed one-offs count, and busy hubs tie nothing together:
    // a common recipient or an intermediary that makes new relationships all the time is left
    // out with its transfers (a cycle through one is no cycle).
    std::erase_if(s.flows, [&](const Structure::Flow& f) {
      if (im.Recurring(f.from, f.to)) return true;
      const bool inner_to = s.kind != StructureKind::kLayered || f.to != s.accounts[1];
      const bool inner_from = s.kind != StructureKind::kLayered || f.from != s.accounts[0];
      return (inner_to && im.Busy(f.to, 0, pop)) || (inner_from && im.Busy(f.from, 1, pop));
    });
    std::vector<uint32_t> kept;
    for (uint32_t acct : s.accounts) {
      const bool on_flow = std::any_of(s.flows.begin(), s.flows.end(), [&](const auto& f) {
        return f.from == acct || f.to == acct;
      });
      if (on_flow) kept.push_back(acct);
    }
    if (s.kind == StructureKind::kCycle) {
      // A cycle holds only whole, and only when chance cycles of one-off relationships of its
      // length within its span would be rare: about (c L)^k / k of them, c being the data's
      // one-off relationships per account and day; a cycle in time order is rarer still.
      if (kept.size() != s.accounts.size()) continue;
      if (static_cast<double>(s.count) < rules.Threshold("ML-12")) continue;
      const int k = s.count;
      const double span = Days(s.first_ts, s.last_ts);
      const double expected =
          std::pow(one_off_rate * span, k) / k * static_cast<double>(im.active_accounts) / k;
      bool ordered = true;
      for (size_t i = 2; i < s.flows.size(); ++i) ordered &= s.flows[i - 1].ts <= s.flows[i].ts;
      s.expected = expected;
      s.surprise =
          -std::log10(std::max(1e-30, expected)) + (ordered ? std::lgamma(k) / std::log(10.0) : 0);
      if (s.surprise < kCycleSurprise) continue;
    } else {
      // The two accounts the pattern is about stay first, if they still take part.
      if (std::find(kept.begin(), kept.end(), s.accounts[0]) == kept.end() ||
          std::find(kept.begin(), kept.end(), s.accounts[1]) == kept.end())
        continue;
      s.accounts = std::move(kept);
      s.count = static_cast<int>(s.accounts.size()) - 2;
      if (static_cast<double>(s.count) < rules.Threshold(s.indicator)) continue;
    }
    out.push_back(std::move(s));
  }
  // Hits and evidence of the instances that hold.
  for (const Structure& s : out) {
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
        detail = fmt::format("a cycle of {} new relationships through {} within {:.0f} days",
                             s.count, table[s.hub].id, days);
        break;
      case StructureKind::kLayered:
        detail =
            fmt::format("{} intermediaries carry new transfers from {} to {} within {:.0f} days",
                        s.count, table[s.accounts[0]].id, table[s.accounts[1]].id, days);
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
