#include "learn/features.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace tiphub::learn {
namespace {

const int64_t kStart = 1'767'225'600;  // 2026-01-01T00:00:00Z

Transaction Tx(const std::string& id, int64_t ts, const std::string& from, const std::string& to,
               int64_t minor, Channel channel = Channel::kTransfer) {
  Transaction tx;
  tx.id = id;
  tx.time = {ts, 0};
  tx.from_account = from;
  tx.to_account = to;
  tx.amount = {minor, *Currency::Parse("USD")};
  tx.channel = channel;
  return tx;
}

size_t Col(std::string_view name) {
  const auto names = FeatureNames();
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return i;
  }
  ADD_FAILURE() << "no feature " << name;
  return 0;
}

class Features {
 public:
  explicit Features(bool engine = false) : fx_(Options(engine), {}) {}
  std::vector<float> Add(const Transaction& tx) {
    std::vector<float> row(FeatureCount());
    EXPECT_TRUE(fx_.Extract(tx, row).ok());
    return row;
  }
  FeatureExtractor& fx() { return fx_; }

 private:
  static FeatureOptions Options(bool engine) {
    FeatureOptions o;
    o.engine_signals = engine;
    return o;
  }
  FeatureExtractor fx_;
};

TEST(FeaturesTest, NamesAreUniqueAndNeverAccountIds) {
  std::map<std::string_view, int> seen;
  for (auto n : FeatureNames()) {
    EXPECT_EQ(++seen[n], 1) << n;
    EXPECT_EQ(n.find("account_id"), std::string_view::npos);
  }
  EXPECT_EQ(FeatureCount(), 84u);
}

TEST(FeaturesTest, EndpointStatisticsSeeOnlyEarlierTransactions) {
  Features f;
  auto r1 = f.Add(Tx("1", kStart, "A", "B", 10'000));  // $100
  EXPECT_EQ(r1[Col("src_out_count")], 0);
  EXPECT_TRUE(std::isnan(r1[Col("src_out_mean")]));
  EXPECT_NEAR(r1[Col("tx_log_amount")], std::log1p(100.0), 1e-5);
  EXPECT_EQ(r1[Col("tx_round_amount")], 1);
  f.Add(Tx("2", kStart + 60, "A", "C", 30'000));
  auto r3 = f.Add(Tx("3", kStart + 120, "A", "B", 20'000));
  EXPECT_EQ(r3[Col("src_out_count")], 2);
  EXPECT_EQ(r3[Col("src_out_fan")], 2);
  EXPECT_NEAR(r3[Col("src_out_mean")], (std::log1p(100.0) + std::log1p(300.0)) / 2, 1e-5);
  EXPECT_NEAR(r3[Col("src_out_min")], std::log1p(100.0), 1e-5);
  EXPECT_NEAR(r3[Col("src_out_max")], std::log1p(300.0), 1e-5);
  EXPECT_EQ(r3[Col("pair_count")], 1);  // A -> B once before
  EXPECT_EQ(r3[Col("dst_in_count")], 1);
  EXPECT_NEAR(r3[Col("src_log_since_last_out")], std::log1p(60.0), 1e-5);
}

TEST(FeaturesTest, WindowForgetsOldTransactions) {
  Features f;
  f.Add(Tx("1", kStart, "A", "B", 10'000));
  f.Add(Tx("2", kStart + 86400, "A", "C", 10'000));
  auto late = f.Add(Tx("3", kStart + 7 * 86400 + 10, "A", "D", 10'000));
  EXPECT_EQ(late[Col("src_out_count")], 1);  // the first one left the 7-day window
  EXPECT_EQ(late[Col("src_out_fan")], 1);
  auto later = f.Add(Tx("4", kStart + 30 * 86400, "A", "B", 10'000));
  EXPECT_EQ(later[Col("src_out_count")], 0);
  EXPECT_EQ(later[Col("src_out_fan")], 0);
  EXPECT_EQ(later[Col("pair_count")], 0);
}

TEST(FeaturesTest, ClosingEdgesOfScatterGatherAndCycles) {
  Features f;
  // Scatter-gather: S pays M1..M3, which all pay H.
  for (int m = 1; m <= 3; ++m)
    f.Add(Tx("s" + std::to_string(m), kStart + m, "S", "M" + std::to_string(m), 100'000));
  f.Add(Tx("g1", kStart + 100, "M1", "H", 95'000));
  f.Add(Tx("g2", kStart + 101, "M2", "H", 95'000));
  auto direct = f.Add(Tx("x", kStart + 102, "S", "H", 10'000));
  EXPECT_EQ(direct[Col("scatter_gather")], 2);  // M1 and M2 sit between S and H
  auto g3 = f.Add(Tx("g3", kStart + 103, "M3", "H", 95'000));
  EXPECT_EQ(g3[Col("dst_in_similar")], 2);            // H got two sums within 10% of this one
  EXPECT_GE(g3[Col("amount_vs_src_in_max")], -0.1f);  // M3 passes on what it received

  // Cycles: P -> Q -> R, then R -> P closes a 3-cycle; U -> V -> W -> X, X -> U a 4-cycle.
  f.Add(Tx("c1", kStart + 200, "P", "Q", 50'000));
  f.Add(Tx("c2", kStart + 201, "Q", "R", 49'000));
  auto c3 = f.Add(Tx("c3", kStart + 202, "R", "P", 48'000));
  EXPECT_EQ(c3[Col("cycle_3")], 1);
  EXPECT_EQ(c3[Col("cycle_4")], 0);
  f.Add(Tx("d1", kStart + 300, "U", "V", 50'000));
  f.Add(Tx("d2", kStart + 301, "V", "W", 49'000));
  f.Add(Tx("d3", kStart + 302, "W", "X", 48'000));
  auto d4 = f.Add(Tx("d4", kStart + 303, "X", "U", 47'000));
  EXPECT_EQ(d4[Col("cycle_4")], 1);
  EXPECT_EQ(d4[Col("cycle_3")], 0);
  auto back = f.Add(Tx("d5", kStart + 304, "V", "U", 1'000));
  EXPECT_EQ(back[Col("pair_reverse_count")], 1);
}

TEST(FeaturesTest, CashHasNoCounterparty) {
  Features f;
  auto r = f.Add(Tx("1", kStart, "", "A", 50'000, Channel::kCashDeposit));
  EXPECT_EQ(r[Col("tx_cash")], 1);
  EXPECT_EQ(r[Col("tx_from_type")], 0);
  auto r2 = f.Add(Tx("2", kStart + 5, "", "A", 50'000, Channel::kCashDeposit));
  EXPECT_EQ(r2[Col("dst_in_count")], 1);
  EXPECT_EQ(r2[Col("dst_in_fan")], 0);
}

TEST(FeaturesTest, OutOfOrderIsAnErrorAndChangesNothing) {
  Features f;
  f.Add(Tx("1", kStart + 10 * 86400, "A", "B", 10'000));
  std::vector<float> row(FeatureCount());
  Status s = f.fx().Extract(Tx("0", kStart, "A", "B", 10'000), row);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("time order"), std::string::npos) << s.message();
  auto r = f.Add(Tx("2", kStart + 10 * 86400 + 1, "A", "B", 10'000));
  EXPECT_EQ(r[Col("src_out_count")], 1);
  std::vector<float> short_row(3);
  EXPECT_FALSE(f.fx().Extract(Tx("3", kStart + 10 * 86400 + 2, "A", "B", 1), short_row).ok());
}

TEST(FeaturesTest, EngineSignalsComeFromTheRulesEngine) {
  Features f(/*engine=*/true);
  auto r = f.Add(Tx("1", kStart, "A", "B", 10'000));
  EXPECT_EQ(r[Col("src_rule_weight")], 0);
  Features off;
  auto r2 = off.Add(Tx("1", kStart, "A", "B", 10'000));
  EXPECT_TRUE(std::isnan(r2[Col("src_rule_weight")]));
  EXPECT_FALSE(off.fx().FinishRules().ok());
  EXPECT_TRUE(f.fx().FinishRules().ok());
}

// ExtractBatch computes the rows one-at-a-time extraction computes, bit for bit, whatever the
// batch sizes (across its internal chunks and the engine's signal blocks), and stops at an
// out-of-order transaction.
TEST(FeaturesTest, BatchesGiveTheRowsOfOneAtATime) {
  std::mt19937 rng(7);
  std::vector<Transaction> txs;
  int64_t ts = kStart;
  for (int i = 0; i < 12'000; ++i) {
    ts += static_cast<int64_t>(rng() % 300);
    const int a = static_cast<int>(rng() % 150), b = static_cast<int>(rng() % 150);
    txs.push_back(Tx("T" + std::to_string(i), ts, "A" + std::to_string(a),
                     rng() % 10 == 0 ? "" : "A" + std::to_string(b),
                     static_cast<int64_t>(1'000 + rng() % 900'000),
                     rng() % 4 == 0 ? Channel::kCard : Channel::kTransfer));
  }
  const size_t columns = FeatureCount();
  Features one(/*engine=*/true), batched(/*engine=*/true);
  std::vector<float> expected(txs.size() * columns), got(txs.size() * columns);
  for (size_t i = 0; i < txs.size(); ++i) {
    ASSERT_TRUE(one.fx().Extract(txs[i], std::span(expected).subspan(i * columns, columns)).ok());
  }
  const std::span<const Transaction> all(txs);
  for (size_t at = 0, k = 0; at < all.size(); ++k) {
    const size_t n = std::min(all.size() - at, std::vector<size_t>{1, 7, 600, 3'000, 5'000}[k % 5]);
    ASSERT_TRUE(
        batched.fx()
            .ExtractBatch(all.subspan(at, n), std::span(got).subspan(at * columns, n * columns))
            .ok());
    at += n;
  }
  EXPECT_EQ(std::memcmp(expected.data(), got.data(), expected.size() * sizeof(float)), 0);
  // An out-of-order transaction inside a batch is the same error.
  std::vector<Transaction> late = {Tx("L1", ts + 10, "A1", "A2", 5'000),
                                   Tx("L0", kStart, "A1", "A2", 5'000)};
  std::vector<float> rows(2 * columns);
  const Status s = batched.fx().ExtractBatch(late, rows);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("time order"), std::string::npos) << s.message();
  EXPECT_FALSE(batched.fx().ExtractBatch(late, std::span(rows).first(columns)).ok());
}

TEST(FeaturesTest, GraphTotalsCoverTheWholeDataWhateverTheRowsPosition) {
  // A pays B three times over two days (a recurring relationship) and C once; D pays B once.
  const std::vector<Transaction> txs = {
      Tx("1", kStart, "A", "B", 10'000), Tx("2", kStart + 3600, "A", "C", 50'000),
      Tx("3", kStart + 86400, "A", "B", 10'000), Tx("4", kStart + 2 * 86400, "A", "B", 40'000),
      Tx("5", kStart + 2 * 86400, "D", "B", 7'000)};
  auto graph = std::make_shared<GraphSummary>();
  for (const auto& tx : txs) graph->Add(tx);
  graph->Finish();
  const uint32_t a = graph->Find("A"), b = graph->Find("B");
  EXPECT_EQ(graph->Pair(a, b).count, 3u);
  EXPECT_EQ(graph->Pair(b, a).count, 0u);
  EXPECT_EQ(graph->Account(a).out_fan, 2u);
  EXPECT_EQ(graph->Account(a).out_one_off, 1u);  // A -> C
  EXPECT_EQ(graph->Account(b).in_fan, 2u);
  EXPECT_EQ(graph->Account(b).in_one_off, 1u);  // D -> B
  EXPECT_EQ(graph->Find("nobody"), GraphSummary::kNone);
  // A's one-off A -> C at hour 1; B's one-off D -> B on day 2.
  EXPECT_EQ(graph->OneOffsNear(a, kStart, 3600), std::make_pair(1u, 0u));
  EXPECT_EQ(graph->OneOffsNear(a, kStart + 3 * 86400, 86400), std::make_pair(0u, 0u));
  EXPECT_EQ(graph->OneOffsNear(b, kStart, 2 * 86400), std::make_pair(0u, 1u));

  auto verdict = std::make_shared<RuleVerdict>();
  verdict->signals = [](std::string_view) { return detect::AccountSignals{}; };
  verdict->graph = graph;
  FeatureOptions o;
  o.rules = verdict;
  FeatureExtractor fx(o, {});
  std::vector<float> row(FeatureCount());
  ASSERT_TRUE(fx.Extract(txs[0], row).ok());
  // The first row already sees the pair's three transfers and their two-day span.
  EXPECT_EQ(row[Col("pair_total")], 3);
  EXPECT_EQ(row[Col("pair_total_reverse")], 0);
  EXPECT_NEAR(row[Col("pair_log_span")], std::log1p(2.0 * 86400), 1e-4);
  EXPECT_GT(row[Col("pair_amount_std")], 0.5);  // $100, $100, $400
  EXPECT_NEAR(row[Col("src_out_one_off_share")], 0.5, 1e-6);
  EXPECT_NEAR(row[Col("dst_in_one_off_share")], 0.5, 1e-6);
  EXPECT_NEAR(row[Col("src_total_out_fan")], std::log1p(2.0), 1e-5);
  ASSERT_TRUE(fx.Extract(txs[1], row).ok());
  EXPECT_EQ(row[Col("pair_total")], 1);
  EXPECT_TRUE(std::isnan(row[Col("pair_amount_std")]));  // one transfer: no spread

  // Without a summary the graph features are missing, not zero.
  Features plain;
  const auto r = plain.Add(txs[0]);
  EXPECT_TRUE(std::isnan(r[Col("pair_total")]));
  EXPECT_TRUE(std::isnan(r[Col("dst_log_active_span")]));
}

}  // namespace
}  // namespace tiphub::learn
