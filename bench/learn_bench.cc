// Feature extraction throughput (issue 6: at least 500,000 transactions per second): a simulated
// world is read into memory once, then each benchmark makes one pass over its transactions.
// Baseline in the same run: the detection engine alone, which the extractor runs alongside.
// items_per_second is transactions per second.
//   build/tiphub_bench --benchmark_filter='Features|EngineAlone'
// Training end to end (issue 20: 200,000 transactions in at most 10 s on 2 cores), on a bank
// export of the tuning regime T1 over 80 days (about 210,000 transfers, dates only):
//   build/tiphub_bench --benchmark_filter=Train
#include <benchmark/benchmark.h>

#include <vector>

#include "app/ingest.h"
#include "app/train.h"
#include "common/temp_dir.h"
#include "detect/engine.h"
#include "ingest/ingester.h"
#include "learn/features.h"
#include "sim/options.h"
#include "sim/simulator.h"

namespace tiphub {
namespace {

class Collect final : public ingest::RecordSink {
 public:
  Result<bool> AddTransaction(const Transaction& tx) override {
    txs.push_back(tx);
    return true;
  }
  Result<bool> AddParty(const Party& p) override {
    ref.parties.push_back(p);
    return true;
  }
  Result<bool> AddAccount(const Account& a) override {
    ref.accounts.push_back(a);
    return true;
  }
  Result<bool> AddLabel(const std::string&, bool, const std::string&, const std::string&) override {
    return true;
  }
  Result<bool> AddWatchlistEntry(const std::string& party, const std::string& list) override {
    ref.watchlist.emplace_back(party, list);
    return true;
  }
  Status Checkpoint() override { return Status::Ok(); }
  std::vector<Transaction> txs;
  detect::ReferenceData ref;
};

// 20,000 accounts over 30 days: about 0.6 M transactions.
const Collect& World() {
  static Collect* world = [] {
    auto* c = new Collect;
    TempDir dir;
    sim::SimOptions o;
    o.seed = 17;
    o.accounts = 20'000;
    o.days = 30;
    if (!sim::GenerateWorld(o, dir.File("w")).ok()) return c;
    ingest::IngestOptions options;
    options.rejects_path = dir.File("rejects.csv");
    (void)ingest::IngestInputs({dir.File("w")}, options, *c);
    return c;
  }();
  return *world;
}

void BM_Features(benchmark::State& state) {
  const Collect& world = World();
  if (world.txs.empty()) {
    state.SkipWithError("no world");
    return;
  }
  const size_t columns = learn::FeatureCount();
  constexpr size_t kBlock = 4096;  // batch: rows of 4,096 transactions at a time
  const bool batch = state.range(1) != 0;
  std::vector<float> rows(kBlock * columns);
  double checksum = 0;
  for (auto _ : state) {
    learn::FeatureOptions options;
    options.engine_signals = state.range(0) != 0;
    learn::FeatureExtractor fx(options, world.ref);
    const std::span<const Transaction> all(world.txs);
    for (size_t base = 0; base < all.size(); base += kBlock) {
      const auto block = all.subspan(base, std::min(kBlock, all.size() - base));
      bool ok = true;
      if (batch) {
        ok = fx.ExtractBatch(block, std::span(rows).first(block.size() * columns)).ok();
      } else {
        for (size_t i = 0; i < block.size() && ok; ++i)
          ok = fx.Extract(block[i], std::span(rows).subspan(i * columns, columns)).ok();
      }
      if (!ok) {
        state.SkipWithError("extract failed");
        return;
      }
      checksum += rows[0];
    }
  }
  benchmark::DoNotOptimize(checksum);
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(world.txs.size()));
  state.counters["transactions"] = static_cast<double>(world.txs.size());
}
// Wall time: with the engine, a worker thread runs it beside the extraction.
BENCHMARK(BM_Features)
    ->ArgsProduct({{0, 1}, {0, 1}})
    ->ArgNames({"engine", "batch"})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

void BM_EngineAlone(benchmark::State& state) {
  const Collect& world = World();
  for (auto _ : state) {
    detect::Engine engine({}, world.ref);
    for (const Transaction& tx : world.txs) {
      if (!engine.Process(tx).ok()) {
        state.SkipWithError("process failed");
        return;
      }
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(world.txs.size()));
}
BENCHMARK(BM_EngineAlone)->UseRealTime()->Unit(benchmark::kMillisecond);

void BM_TrainRegimeT1(benchmark::State& state) {
  TempDir dir;
  sim::SimOptions o;
  if (Status s = sim::ApplyScenarioFile("bench/regimes/tuning/t1-transfers-day.yaml", o); !s.ok()) {
    state.SkipWithError(("run from the repository root: " + s.ToString()).c_str());
    return;
  }
  o.seed = 11;
  o.days = 80;
  if (!sim::GenerateWorld(o, dir.File("w")).ok()) {
    state.SkipWithError("simulate failed");
    return;
  }
  app::IngestRequest ingest;
  ingest.store_path = dir.File("ws.db");
  ingest.inputs = {dir.File("w/export.csv")};
  ingest.mapping_file = dir.File("w/export_mapping.json");
  auto report = app::Ingest(ingest, nullptr);
  if (!report.ok()) {
    state.SkipWithError(report.status().ToString().c_str());
    return;
  }
  int64_t transactions = 0;
  for (auto _ : state) {
    app::TrainRequest request;
    request.store_path = ingest.store_path;
    request.model_path = dir.File("model.json");
    auto result = app::Train(request, nullptr);
    if (!result.ok()) {
      state.SkipWithError(result.status().ToString().c_str());
      return;
    }
    const auto& rows = (*result)["rows"];
    transactions += rows["train"].get<int64_t>() + rows["validation"].get<int64_t>() +
                    rows["test"].get<int64_t>();
    state.counters["test_f1"] = (*result)["test"]["f1"].get<double>();
  }
  state.SetItemsProcessed(transactions);
}
BENCHMARK(BM_TrainRegimeT1)->UseRealTime()->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
}  // namespace tiphub
