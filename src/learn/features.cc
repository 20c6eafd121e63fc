#include "learn/features.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <span>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "common/id_index.h"
#include "model/mcc.h"

namespace tiphub::learn {
namespace {

constexpr uint32_t kNone = IdIndex::kNone;
constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();
constexpr size_t kSimilarScan = 16;  // src_out_similar / dst_in_similar: the last 16 events
constexpr size_t kHubFan = 512;

constexpr std::array<std::string_view, 84> kNames = {
    "tx_log_amount",
    "tx_hour",
    "tx_weekday",
    "tx_channel",
    "tx_mcc_group",
    "tx_cash",
    "tx_round_amount",
    "tx_from_type",
    "tx_to_type",
    "tx_same_bank",
    "tx_cross_border",
    "pair_count",
    "pair_reverse_count",
    // Endpoint statistics over the window, of log amounts; fan = distinct counterparties.
    "src_in_count",
    "src_in_log_sum",
    "src_in_mean",
    "src_in_min",
    "src_in_max",
    "src_in_std",
    "src_in_skew",
    "src_in_fan",
    "src_out_count",
    "src_out_log_sum",
    "src_out_mean",
    "src_out_min",
    "src_out_max",
    "src_out_std",
    "src_out_skew",
    "src_out_fan",
    "dst_in_count",
    "dst_in_log_sum",
    "dst_in_mean",
    "dst_in_min",
    "dst_in_max",
    "dst_in_std",
    "dst_in_skew",
    "dst_in_fan",
    "dst_out_count",
    "dst_out_log_sum",
    "dst_out_mean",
    "dst_out_min",
    "dst_out_max",
    "dst_out_std",
    "dst_out_skew",
    "dst_out_fan",
    "src_log_since_last_out",
    "src_log_since_last_in",
    "dst_log_since_last_in",
    "dst_log_since_last_out",
    "amount_vs_src_out_mean",
    "amount_vs_dst_in_mean",
    "amount_vs_src_in_max",
    "src_out_similar",
    "dst_in_similar",
    "scatter_gather",
    "cycle_3",
    "cycle_4",
    "src_rule_weight",
    "src_rule_trafficking",
    "src_rule_typologies",
    "dst_rule_weight",
    "dst_rule_trafficking",
    "dst_rule_typologies",
    "tx_rule_flagged",
    // The first pass's graph totals over the whole data (GraphSummary).
    "pair_total",
    "pair_total_reverse",
    "pair_log_span",
    "pair_amount_std",
    "src_total_out_fan",
    "src_total_in_fan",
    "dst_total_in_fan",
    "dst_total_out_fan",
    "src_out_one_off_share",
    "dst_in_one_off_share",
    "src_log_active_span",
    "dst_log_active_span",
    // One-off relationships of each endpoint formed within 2 and 15 days of the transaction.
    "src_one_off_out_2d",
    "src_one_off_in_2d",
    "dst_one_off_in_2d",
    "dst_one_off_out_2d",
    "src_one_off_out_15d",
    "src_one_off_in_15d",
    "dst_one_off_in_15d",
    "dst_one_off_out_15d",
};

// log(1 + x) rounded to float, for x >= 0: 1 + x is exact enough in double for every x a feature
// takes, and glibc's double log is about twice as fast as log1pf.
inline float Log1p(double x) { return static_cast<float>(std::log(1.0 + x)); }

// Counts per counterparty index: linear probing with backward-shift deletion, so a key whose
// count drops to zero leaves no tombstone and `size()` is the number of distinct counterparties.
class CountMap {
 public:
  uint32_t Get(uint32_t key) const {
    if (slots_.empty()) return 0;
    for (size_t i = Home(key);; i = (i + 1) & mask_) {
      if (slots_[i].key == key) return slots_[i].count;
      if (slots_[i].key == kNone) return 0;
    }
  }
  void Inc(uint32_t key) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    for (size_t i = Home(key);; i = (i + 1) & mask_) {
      if (slots_[i].key == key) {
        ++slots_[i].count;
        return;
      }
      if (slots_[i].key == kNone) {
        slots_[i] = {key, 1};
        ++size_;
        return;
      }
    }
  }
  void Dec(uint32_t key) {
    if (slots_.empty()) return;
    for (size_t i = Home(key);; i = (i + 1) & mask_) {
      if (slots_[i].key == kNone) return;
      if (slots_[i].key == key) {
        if (--slots_[i].count == 0) Erase(i);
        return;
      }
    }
  }
  size_t size() const { return size_; }
  // Asks for the cache line where Get(key) starts looking.
  void Prefetch(uint32_t key) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[Home(key)]);
  }
  template <typename F>
  void ForEach(F&& f) const {
    for (const Slot& s : slots_) {
      if (s.key != kNone) f(s.key);
    }
  }

 private:
  struct Slot {
    uint32_t key = kNone;
    uint32_t count = 0;
  };
  size_t Home(uint32_t key) const {
    return static_cast<size_t>((uint64_t{key} * 0x9E3779B97F4A7C15ull) >> 32) & mask_;
  }
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<size_t>(8, old.size() * 2), Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.key == kNone) continue;
      size_t i = Home(s.key);
      while (slots_[i].key != kNone) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }
  void Erase(size_t hole) {
    for (size_t j = (hole + 1) & mask_; slots_[j].key != kNone; j = (j + 1) & mask_) {
      const size_t home = Home(slots_[j].key);
      // Slot j may move into the hole only if its home is not cyclically inside (hole, j].
      const bool stays = hole <= j ? (hole < home && home <= j) : (hole < home || home <= j);
      if (stays) continue;
      slots_[hole] = slots_[j];
      hole = j;
    }
    slots_[hole] = Slot{};
    --size_;
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

struct Event {
  int64_t ts;
  float log_amount;
  uint32_t counterparty;
};

// One direction (in or out) of one account over the sliding window. Events live in one vector
// used as a queue (live events are [head, size)), compacted when the dead prefix dominates, so an
// account costs a few small allocations, not a deque's fixed chunks. Min and max are cached and
// recomputed only after the event holding them expires.
struct Side {
  std::vector<Event> events;
  uint32_t head = 0;
  bool extremes_stale = false;
  float min = 0, max = 0;
  double n = 0, s1 = 0, s2 = 0, s3 = 0;
  CountMap counterparties;
  int64_t last_ts = INT64_MIN;
  int64_t front_ts = INT64_MAX;  // time of events[head]; INT64_MAX when empty

  size_t live() const { return events.size() - head; }
  // Asks for the events the next row reads: the oldest (expiry) and the newest (similar sums).
  void Prefetch() const {
    if (events.empty()) return;
    __builtin_prefetch(&events[head]);
    __builtin_prefetch(&events.back());
    if (events.size() >= 8) __builtin_prefetch(&events[events.size() - 8]);
  }

  void Expire(int64_t cutoff) {
    // The oldest live event's time is kept here so that a side with nothing to expire is
    // decided without touching its event buffer (one cache miss fewer per side).
    if (front_ts >= cutoff) return;
    while (head < events.size() && events[head].ts < cutoff) {
      const Event& e = events[head];
      const double x = e.log_amount;
      n -= 1;
      s1 -= x;
      s2 -= x * x;
      s3 -= x * x * x;
      if (e.counterparty != kNone) counterparties.Dec(e.counterparty);
      extremes_stale |= e.log_amount == min || e.log_amount == max;
      ++head;
    }
    if (head == events.size()) {
      events.clear();
      head = 0;
      n = s1 = s2 = s3 = 0;  // no drift from repeated subtraction
      extremes_stale = false;
    } else if (head >= 32 && head * 2 >= events.size()) {
      events.erase(events.begin(), events.begin() + head);
      head = 0;
    }
    front_ts = head < events.size() ? events[head].ts : INT64_MAX;
  }
  void Add(int64_t ts, float x, uint32_t counterparty) {
    if (live() == 0) {
      min = max = x;
      extremes_stale = false;
    } else if (!extremes_stale) {
      min = std::min(min, x);
      max = std::max(max, x);
    }
    if (live() == 0) front_ts = ts;
    events.push_back({ts, x, counterparty});
    n += 1;
    s1 += x;
    s2 += double{x} * x;
    s3 += double{x} * x * x;
    if (counterparty != kNone) counterparties.Inc(counterparty);
    last_ts = ts;
  }
  void Refresh() {
    if (!extremes_stale || live() == 0) return;
    min = max = events[head].log_amount;
    for (size_t i = head + 1; i < events.size(); ++i) {
      min = std::min(min, events[i].log_amount);
      max = std::max(max, events[i].log_amount);
    }
    extremes_stale = false;
  }
  float Max() {
    Refresh();
    return live() ? max : kNaN;
  }
  float Mean() const { return n > 0 ? static_cast<float>(s1 / n) : kNaN; }
  // Writes count, log sum, mean, min, max, std, skew, fan.
  float* Stats(float* out) {
    out[0] = static_cast<float>(n);
    out[1] = Log1p(std::max(0.0, s1));
    if (live() == 0) {
      std::fill(out + 2, out + 7, kNaN);
    } else {
      Refresh();
      const double mean = s1 / n;
      const double var = std::max(0.0, s2 / n - mean * mean);
      const double sd = std::sqrt(var);
      const double m3 = s3 / n - 3 * mean * s2 / n + 2 * mean * mean * mean;
      out[2] = static_cast<float>(mean);
      out[3] = min;
      out[4] = max;
      out[5] = static_cast<float>(sd);
      out[6] = sd > 1e-6 ? static_cast<float>(m3 / (sd * sd * sd)) : 0.0f;
    }
    out[7] = static_cast<float>(counterparties.size());
    return out + 8;
  }
  // Events among the last `scan` whose log amount is within `tolerance` of `x`.
  float Similar(float x, float tolerance, size_t scan) const {
    int similar = 0;
    const size_t from = live() > scan ? events.size() - scan : head;
    for (size_t i = from; i < events.size(); ++i)
      similar += std::fabs(events[i].log_amount - x) < tolerance;
    return static_cast<float>(similar);
  }
};

struct AccountInfo {
  Side in, out;
  uint8_t type = 4;      // tx_from_type / tx_to_type: 1 personal, 2 business, 3 prepaid, 4 no KYC
  uint16_t country = 0;  // the holder's ISO 3166 alpha-2 code packed in two bytes; 0 unknown
};

uint16_t PackCountry(std::string_view code) {
  if (code.size() != 2) return 0;
  return static_cast<uint16_t>(static_cast<uint8_t>(code[0]) << 8 | static_cast<uint8_t>(code[1]));
}

constexpr double kPow10[] = {1, 10, 100, 1000, 10000};

// The amount in major units (exponents beyond 4 count as 4).
double MajorUnits(const Money& amount) {
  return static_cast<double>(amount.minor) / kPow10[std::clamp(amount.currency.exponent(), 0, 4)];
}

float LogSince(int64_t now, int64_t then) {
  if (then == INT64_MIN) return kNaN;
  return Log1p(static_cast<double>(std::max<int64_t>(0, now - then)));
}

}  // namespace

std::span<const std::string_view> FeatureNames() { return kNames; }

struct GraphSummary::Impl {
  struct Node {
    std::string id;
    GraphSummary::AccountTotals totals;
    std::vector<int64_t> one_off_out, one_off_in;  // their transfers' times, sorted by Finish
  };
  IdIndex index;
  std::vector<Node> nodes;
  std::unordered_map<uint64_t, PairTotals> pairs;  // key: from << 32 | to

  uint32_t Find(std::string_view id) const {
    if (id.empty()) return kNone;
    return index.Find(id, IdIndex::Hash(id),
                      [this](uint32_t k) { return std::string_view(nodes[k].id); });
  }
  uint32_t Intern(const std::string& id, int64_t ts) {
    if (id.empty()) return kNone;
    auto id_of = [this](uint32_t k) { return std::string_view(nodes[k].id); };
    const uint64_t hash = IdIndex::Hash(id);
    uint32_t k = index.Find(id, hash, id_of);
    if (k == kNone) {
      k = static_cast<uint32_t>(nodes.size());
      nodes.push_back({id, {ts, ts, 0, 0, 0, 0}, {}, {}});
      index.Insert(hash, k, id_of);
    }
    AccountTotals& t = nodes[k].totals;
    t.first = std::min(t.first, ts);
    t.last = std::max(t.last, ts);
    return k;
  }
};

GraphSummary::GraphSummary() : impl_(std::make_unique<Impl>()) {}
GraphSummary::~GraphSummary() = default;
GraphSummary::GraphSummary(GraphSummary&&) noexcept = default;
GraphSummary& GraphSummary::operator=(GraphSummary&&) noexcept = default;

void GraphSummary::Add(const Transaction& tx) {
  const int64_t ts = tx.time.utc_seconds;
  const uint32_t from = impl_->Intern(tx.from_account, ts);
  const uint32_t to = impl_->Intern(tx.to_account, ts);
  if (from == kNone || to == kNone) return;
  const double x = std::log(1.0 + std::max(0.0, MajorUnits(tx.amount)));
  PairTotals& p = impl_->pairs[uint64_t{from} << 32 | to];
  if (p.count++ == 0) p.first = p.last = ts;
  p.first = std::min(p.first, ts);
  p.last = std::max(p.last, ts);
  p.log_sum += x;
  p.log_sq_sum += x * x;
}

void GraphSummary::Finish() {
  for (const auto& [key, p] : impl_->pairs) {
    AccountTotals& from = impl_->nodes[key >> 32].totals;
    AccountTotals& to = impl_->nodes[key & 0xFFFFFFFFu].totals;
    ++from.out_fan;
    ++to.in_fan;
    from.out_one_off += p.count == 1;
    to.in_one_off += p.count == 1;
    if (p.count == 1) {
      impl_->nodes[key >> 32].one_off_out.push_back(p.first);
      impl_->nodes[key & 0xFFFFFFFFu].one_off_in.push_back(p.first);
    }
  }
  for (Impl::Node& n : impl_->nodes) {
    std::sort(n.one_off_out.begin(), n.one_off_out.end());
    std::sort(n.one_off_in.begin(), n.one_off_in.end());
  }
}

uint32_t GraphSummary::Find(std::string_view id) const { return impl_->Find(id); }

GraphSummary::PairTotals GraphSummary::Pair(uint32_t from, uint32_t to) const {
  if (from == kNone || to == kNone) return {};
  const auto it = impl_->pairs.find(uint64_t{from} << 32 | to);
  return it == impl_->pairs.end() ? PairTotals{} : it->second;
}

const GraphSummary::AccountTotals& GraphSummary::Account(uint32_t k) const {
  return impl_->nodes[k].totals;
}

std::pair<uint32_t, uint32_t> GraphSummary::OneOffsNear(uint32_t k, int64_t ts,
                                                        int64_t radius) const {
  if (k == kNone) return {0, 0};
  auto within = [&](const std::vector<int64_t>& times) {
    return static_cast<uint32_t>(std::upper_bound(times.begin(), times.end(), ts + radius) -
                                 std::lower_bound(times.begin(), times.end(), ts - radius));
  };
  return {within(impl_->nodes[k].one_off_out), within(impl_->nodes[k].one_off_in)};
}

std::shared_ptr<const RuleVerdict> MakeRuleVerdict(const detect::Engine& engine,
                                                   const std::vector<Alert>& alerts,
                                                   std::shared_ptr<const GraphSummary> graph) {
  auto verdict = std::make_shared<RuleVerdict>();
  verdict->graph = std::move(graph);
  verdict->signals = [&engine](std::string_view account) {
    return engine.Signals(std::string(account));
  };
  for (const Alert& a : alerts) {
    if (a.typology == "model") continue;
    verdict->flagged.insert(a.evidence.begin(), a.evidence.end());
    verdict->flagged.insert(a.flows.begin(), a.flows.end());
  }
  return verdict;
}

struct FeatureExtractor::Impl {
  FeatureOptions options;
  std::unique_ptr<detect::Engine> engine;
  // The engine runs a block behind on a worker thread (see FeatureExtractor): `pending` holds the
  // current block's transactions (and their account indices); `running` the block the worker is
  // processing; `delta` the signals it read after processing it; `signals` the snapshot the
  // features read, indexed like `accounts`.
  // The extractor's account indices of a block's transactions.
  using Sides = std::pair<uint32_t, uint32_t>;
  // Both hold kSignalBlock slots reused from block to block (copy-assignment keeps the strings'
  // capacity); the first pending_n / running_n are live.
  std::vector<Transaction> pending, running;
  std::vector<Sides> pending_sides, running_sides;
  std::vector<Sides> engine_sides;  // the engine's handles of `running`, set by the worker
  size_t pending_n = 0, running_n = 0;
  std::vector<std::pair<uint32_t, detect::AccountSignals>> delta;
  std::vector<detect::AccountSignals> signals;
  std::thread worker;
  Status worker_status;

  // Worker: feeds `running` to the engine, then reads the signals of the accounts it touched.
  void RunBlock() {
    worker_status = Status::Ok();
    delta.clear();
    worker_status = engine->ProcessBatch(std::span(running.data(), running_n), &engine_sides);
    if (!worker_status.ok()) return;
    for (size_t i = 0; i < running_n; ++i) {
      const auto [from, to] = running_sides[i];
      if (from != kNone) delta.emplace_back(from, engine->SignalsAt(engine_sides[i].first));
      if (to != kNone) delta.emplace_back(to, engine->SignalsAt(engine_sides[i].second));
    }
  }
  // Makes the signals the worker read visible to the features; the block is done.
  Status Publish() {
    for (const auto& [k, sig] : delta) {
      if (k >= signals.size()) signals.resize(accounts.size());
      signals[k] = sig;
    }
    delta.clear();
    running_n = 0;
    return worker_status;
  }
  // Waits for the worker and publishes what it read.
  Status JoinWorker() {
    if (!worker.joinable()) return Status::Ok();
    worker.join();
    return Publish();
  }
  // At a block boundary: the previous block's signals are published and the engine starts on
  // this block while the features of the next are computed.
  Status EndBlock() {
    RETURN_IF_ERROR(JoinWorker());
    running.swap(pending);
    running_sides.swap(pending_sides);
    running_n = std::exchange(pending_n, 0);
    worker = std::thread([this] { RunBlock(); });
    return Status::Ok();
  }
  // Processes everything still pending, synchronously.
  Status Drain() {
    RETURN_IF_ERROR(JoinWorker());
    running.swap(pending);
    running_sides.swap(pending_sides);
    running_n = std::exchange(pending_n, 0);
    RunBlock();
    return Publish();
  }
  IdIndex index;  // account id -> position in ids and accounts
  std::vector<std::string> ids;
  std::vector<AccountInfo> accounts;
  std::vector<uint32_t> middle;                                       // scratch of the cycle search
  std::vector<Sides> batch_sides;                                     // scratch of ExtractBatch
  std::unordered_map<std::string, std::pair<uint8_t, uint16_t>> kyc;  // account -> type, country
  int64_t cutoff = INT64_MIN;
  int64_t last_ts = INT64_MIN;

  uint32_t Intern(const std::string& id) {
    if (id.empty()) return kNone;
    auto id_of = [this](uint32_t k) { return std::string_view(ids[k]); };
    const uint64_t hash = IdIndex::Hash(id);
    if (const uint32_t found = index.Find(id, hash, id_of); found != kNone) return found;
    const auto next = static_cast<uint32_t>(accounts.size());
    AccountInfo& info = accounts.emplace_back();
    ids.push_back(id);
    auto k = kyc.find(id);
    if (k != kyc.end()) {
      info.type = k->second.first;
      info.country = k->second.second;
    }
    index.Insert(hash, next, id_of);
    if (options.rules) {
      signals.resize(accounts.size());
      signals[next] = options.rules->signals(id);
    }
    return next;
  }

  // Batches look ahead: the account state of transaction i + kAhead is requested while i is
  // computed, and the lines that state points to (events, counterparty slots) at i + kAhead / 2.
  static constexpr size_t kAhead = 8;
  void PrefetchAccounts(Sides s) const {
    for (uint32_t k : {s.first, s.second}) {
      if (k == kNone) continue;
      const char* p = reinterpret_cast<const char*>(&accounts[k]);
      for (size_t off = 0; off < sizeof(AccountInfo); off += 64) __builtin_prefetch(p + off);
    }
  }
  void PrefetchState(Sides s) const {
    const auto [from, to] = s;
    if (from != kNone) {
      const AccountInfo& a = accounts[from];
      a.out.Prefetch();
      a.in.Prefetch();
      if (to != kNone) a.out.counterparties.Prefetch(to);
    }
    if (to != kNone) {
      const AccountInfo& b = accounts[to];
      b.in.Prefetch();
      b.out.Prefetch();
      if (from != kNone) b.out.counterparties.Prefetch(from);
    }
  }

  // The extractor's indices of `tx`'s accounts (kNone for no account; a transfer to itself has no
  // receiving side), interning new ones: sender first, as first seen.
  Sides InternSides(const Transaction& tx) {
    const uint32_t from = Intern(tx.from_account);
    return {from, tx.to_account == tx.from_account ? kNone : Intern(tx.to_account)};
  }

  Status CheckOrder(const Transaction& tx) const {
    const int64_t ts = tx.time.utc_seconds;
    if (last_ts != INT64_MIN && ts < last_ts - options.engine.out_of_order_tolerance_seconds) {
      return Status::InvalidArgument(fmt::format(
          "transaction {} at {} is older than an earlier one ({}) by more than the tolerance of "
          "{}s: features need transactions in time order",
          tx.id, FormatUtc(ts), FormatUtc(last_ts), options.engine.out_of_order_tolerance_seconds));
    }
    return Status::Ok();
  }

  // The row of `tx` (whose order was checked and accounts interned), then `tx` into the state.
  Status ExtractInterned(const Transaction& tx, Sides sides, std::span<float> row) {
    last_ts = std::max(last_ts, tx.time.utc_seconds);
    cutoff = std::max(cutoff, tx.time.utc_seconds - options.window_seconds);
    Write(tx, sides.first, sides.second, row);
    if (engine) {
      // The order check passed, so the engine will accept it.
      if (pending.size() < kSignalBlock) {
        pending.resize(kSignalBlock);
        pending_sides.resize(kSignalBlock);
      }
      pending[pending_n] = tx;
      pending_sides[pending_n++] = sides;
      if (pending_n == kSignalBlock) RETURN_IF_ERROR(EndBlock());
    }
    return Status::Ok();
  }

  AccountInfo* At(uint32_t k) {
    if (k == kNone) return nullptr;
    AccountInfo& a = accounts[k];
    a.in.Expire(cutoff);
    a.out.Expire(cutoff);
    return &a;
  }

  // |a ∩ b| over counterparty sets, iterating the smaller one; `budget` bounds the work. Hubs
  // (merchants, payroll payers) with more than kHubFan counterparties are not searched: their
  // random probes would cost more than the rest of the row, and their patterns mean little.
  static int Intersect(const CountMap& a, const CountMap& b, int& budget) {
    const CountMap& small = a.size() <= b.size() ? a : b;
    const CountMap& large = a.size() <= b.size() ? b : a;
    if (static_cast<int>(small.size()) > budget || large.size() > kHubFan) return 0;
    budget -= static_cast<int>(small.size());
    int n = 0;
    small.ForEach([&](uint32_t k) { n += large.Get(k) > 0; });
    return n;
  }

  // The GraphSummary features (NaN without one).
  float* WriteGraph(const Transaction& tx, float* o) const {
    const GraphSummary* g = options.rules ? options.rules->graph.get() : nullptr;
    if (g == nullptr) return std::fill_n(o, 20, kNaN);
    const uint32_t s = g->Find(tx.from_account), d = g->Find(tx.to_account);
    const GraphSummary::PairTotals pair = g->Pair(s, d);
    const GraphSummary::PairTotals reverse = g->Pair(d, s);
    *o++ = static_cast<float>(pair.count);
    *o++ = static_cast<float>(reverse.count);
    *o++ = pair.count ? Log1p(static_cast<double>(pair.last - pair.first)) : kNaN;
    if (pair.count >= 2) {
      const double n = pair.count, mean = pair.log_sum / n;
      *o++ = static_cast<float>(std::sqrt(std::max(0.0, pair.log_sq_sum / n - mean * mean)));
    } else {
      *o++ = kNaN;
    }
    auto share = [](uint32_t part, uint32_t whole) {
      return whole ? static_cast<float>(part) / static_cast<float>(whole) : kNaN;
    };
    static const GraphSummary::AccountTotals kUnknown;
    const GraphSummary::AccountTotals& src = s != GraphSummary::kNone ? g->Account(s) : kUnknown;
    const GraphSummary::AccountTotals& dst = d != GraphSummary::kNone ? g->Account(d) : kUnknown;
    const bool src_known = s != GraphSummary::kNone, dst_known = d != GraphSummary::kNone;
    *o++ = src_known ? Log1p(src.out_fan) : kNaN;
    *o++ = src_known ? Log1p(src.in_fan) : kNaN;
    *o++ = dst_known ? Log1p(dst.in_fan) : kNaN;
    *o++ = dst_known ? Log1p(dst.out_fan) : kNaN;
    *o++ = share(src.out_one_off, src.out_fan);
    *o++ = share(dst.in_one_off, dst.in_fan);
    *o++ = src_known ? Log1p(static_cast<double>(src.last - src.first)) : kNaN;
    *o++ = dst_known ? Log1p(static_cast<double>(dst.last - dst.first)) : kNaN;
    for (const int64_t radius : {int64_t{2} * 86400, int64_t{15} * 86400}) {
      const auto [src_out, src_in] = g->OneOffsNear(s, tx.time.utc_seconds, radius);
      const auto [dst_out, dst_in] = g->OneOffsNear(d, tx.time.utc_seconds, radius);
      *o++ = static_cast<float>(src_out);
      *o++ = static_cast<float>(src_in);
      *o++ = static_cast<float>(dst_in);
      *o++ = static_cast<float>(dst_out);
    }
    return o;
  }

  void Write(const Transaction& tx, uint32_t from, uint32_t to, std::span<float> row) {
    float* o = row.data();
    const int exponent = std::clamp(tx.amount.currency.exponent(), 0, 4);
    const double major = MajorUnits(tx.amount);
    const float x = Log1p(static_cast<double>(static_cast<float>(std::max(0.0, major))));
    AccountInfo* src = At(from);
    AccountInfo* dst = At(to);
    const int64_t ts = tx.time.utc_seconds;
    *o++ = x;
    *o++ = static_cast<float>(tx.time.LocalHour());
    *o++ = static_cast<float>(tx.time.LocalWeekday());
    *o++ = static_cast<float>(tx.channel);
    *o++ = static_cast<float>(GroupOfMcc(tx.mcc));
    *o++ = tx.channel == Channel::kCashDeposit || tx.channel == Channel::kCashWithdrawal;
    *o++ =
        tx.amount.minor > 0 && tx.amount.minor % static_cast<int64_t>(kPow10[exponent] * 100) == 0;
    *o++ = src ? src->type : 0;
    *o++ = dst ? dst->type : 0;
    *o++ = !tx.from_bank.empty() && tx.from_bank == tx.to_bank;
    {
      const uint16_t a = src ? src->country : 0;
      const uint16_t b = dst && dst->country ? dst->country : PackCountry(tx.country);
      *o++ = a && b && a != b;
    }
    *o++ = src && to != kNone ? static_cast<float>(src->out.counterparties.Get(to)) : 0.0f;
    *o++ = dst && from != kNone ? static_cast<float>(dst->out.counterparties.Get(from)) : 0.0f;
    Side none_in, none_out;  // cash: no account on that side
    Side& src_in = src ? src->in : none_in;
    Side& src_out = src ? src->out : none_out;
    Side& dst_in = dst ? dst->in : none_in;
    Side& dst_out = dst ? dst->out : none_out;
    o = src_in.Stats(o);
    o = src_out.Stats(o);
    o = dst_in.Stats(o);
    o = dst_out.Stats(o);
    *o++ = src ? LogSince(ts, src_out.last_ts) : kNaN;
    *o++ = src ? LogSince(ts, src_in.last_ts) : kNaN;
    *o++ = dst ? LogSince(ts, dst_in.last_ts) : kNaN;
    *o++ = dst ? LogSince(ts, dst_out.last_ts) : kNaN;
    *o++ = x - src_out.Mean();
    *o++ = x - dst_in.Mean();
    *o++ = x - src_in.Max();
    *o++ = src_out.Similar(x, 0.1f, kSimilarScan);
    *o++ = dst_in.Similar(x, 0.1f, kSimilarScan);
    // Patterns this transaction closes: src -> w -> dst already happened (scatter-gather), or dst
    // already reaches src in two or three hops (a temporal cycle of length 3 or 4).
    int scatter = 0, cycle3 = 0, cycle4 = 0;
    if (src && dst) {
      int budget = 512;
      scatter = Intersect(src_out.counterparties, dst_in.counterparties, budget);
      cycle3 = Intersect(dst_out.counterparties, src_in.counterparties, budget);
      if (dst_out.counterparties.size() <= 64 && src_in.counterparties.size() > 0) {
        int work = 4096;
        middle.clear();
        dst_out.counterparties.ForEach([&](uint32_t w) { middle.push_back(w); });
        // The middle accounts are scattered in memory: ask for all their sending sides first.
        for (uint32_t w : middle) {
          const char* side = reinterpret_cast<const char*>(&accounts[w].out);
          for (size_t off = 0; off < sizeof(Side); off += 64) __builtin_prefetch(side + off);
        }
        for (uint32_t w : middle) {
          if (w == from || w == to) continue;
          // Only the middle account's sending side is read: its receiving side expires when it is
          // next touched (expiry is idempotent in the cutoff, so the values are the same).
          Side& m_out = accounts[w].out;
          m_out.Expire(cutoff);
          if (m_out.counterparties.size() > 64) continue;
          cycle4 += Intersect(m_out.counterparties, src_in.counterparties, work);
        }
      }
    }
    *o++ = static_cast<float>(scatter);
    *o++ = static_cast<float>(cycle3);
    *o++ = static_cast<float>(cycle4);
    for (const std::string* id : {&tx.from_account, &tx.to_account}) {
      const uint32_t k = id == &tx.from_account ? from : to;
      if (engine || options.rules) {
        const detect::AccountSignals s =
            k != kNone && k < signals.size() ? signals[k] : detect::AccountSignals{};
        *o++ = static_cast<float>(s.weight);
        *o++ = static_cast<float>(s.trafficking);
        *o++ = static_cast<float>(s.typologies);
      } else {
        *o++ = kNaN;
        *o++ = kNaN;
        *o++ = kNaN;
      }
    }
    *o++ = options.rules ? static_cast<float>(options.rules->flagged.count(tx.id)) : kNaN;
    o = WriteGraph(tx, o);
    (void)o;
    if (src) src->out.Add(ts, x, to);
    if (dst) dst->in.Add(ts, x, from);
  }
};

FeatureExtractor::FeatureExtractor(FeatureOptions options, detect::ReferenceData reference)
    : impl_(std::make_unique<Impl>()) {
  std::unordered_map<std::string, const Party*> parties;
  for (const Party& p : reference.parties) parties.emplace(p.id, &p);
  for (const Account& a : reference.accounts) {
    auto p = parties.find(a.party_id);
    impl_->kyc[a.id] = {static_cast<uint8_t>(1 + static_cast<int>(a.type)),
                        p != parties.end() ? PackCountry(p->second->country) : uint16_t{0}};
  }
  impl_->accounts.reserve(reference.accounts.size() + 1024);
  if (options.engine_signals && !options.rules)
    impl_->engine = std::make_unique<detect::Engine>(options.engine, std::move(reference));
  impl_->options = std::move(options);
}

FeatureExtractor::~FeatureExtractor() {
  if (impl_->worker.joinable()) impl_->worker.join();
}

Result<std::vector<Alert>> FeatureExtractor::FinishRules() {
  if (!impl_->engine)
    return Status::FailedPrecondition("features were extracted without the engine");
  RETURN_IF_ERROR(impl_->Drain());
  return impl_->engine->Finish();
}

Status FeatureExtractor::Extract(const Transaction& tx, std::span<float> row) {
  if (row.size() != kNames.size()) {
    return Status::InvalidArgument(fmt::format("feature row has {} values, the schema {} has {}",
                                               row.size(), kFeatureSchema, kNames.size()));
  }
  RETURN_IF_ERROR(impl_->CheckOrder(tx));
  return impl_->ExtractInterned(tx, impl_->InternSides(tx), row);
}

Status FeatureExtractor::ExtractBatch(std::span<const Transaction> txs, std::span<float> rows) {
  const size_t columns = kNames.size();
  if (rows.size() != txs.size() * columns) {
    return Status::InvalidArgument(
        fmt::format("{} feature values for {} transactions: the schema {} has {} per row",
                    rows.size(), txs.size(), kFeatureSchema, columns));
  }
  constexpr size_t kChunk = 512;
  std::vector<Impl::Sides>& sides = impl_->batch_sides;
  for (size_t base = 0; base < txs.size(); base += kChunk) {
    const size_t n = std::min(kChunk, txs.size() - base);
    // Accounts are interned in transaction order, as one at a time would.
    sides.resize(n);
    for (size_t i = 0; i < n; ++i) sides[i] = impl_->InternSides(txs[base + i]);
    for (size_t i = 0; i < n; ++i) {
      if (i + Impl::kAhead < n) impl_->PrefetchAccounts(sides[i + Impl::kAhead]);
      if (i + Impl::kAhead / 2 < n) impl_->PrefetchState(sides[i + Impl::kAhead / 2]);
      RETURN_IF_ERROR(impl_->CheckOrder(txs[base + i]));
      RETURN_IF_ERROR(impl_->ExtractInterned(txs[base + i], sides[i],
                                             rows.subspan((base + i) * columns, columns)));
    }
  }
  return Status::Ok();
}

}  // namespace tiphub::learn
