// Detection throughput end to end: simulator files (CSV) streamed into the engine, alerts written
// to a fresh SQLite workspace. items_per_second is transactions per second. Worlds are generated
// once per size, outside the timed loop.
//   build/tiphub_bench --benchmark_filter=Scan
#include <benchmark/benchmark.h>

#include <map>
#include <memory>

#include "app/scan.h"
#include "common/temp_dir.h"
#include "sim/simulator.h"

namespace tiphub {
namespace {

const TempDir& World(int64_t accounts, int days) {
  static std::map<std::pair<int64_t, int>, std::unique_ptr<TempDir>> worlds;
  auto& dir = worlds[{accounts, days}];
  if (!dir) {
    dir = std::make_unique<TempDir>();
    sim::SimOptions o;
    o.seed = 17;
    o.accounts = accounts;
    o.days = days;
    (void)sim::GenerateWorld(o, dir->File("w"));
  }
  return *dir;
}

void BM_ScanFromCsv(benchmark::State& state) {
  const TempDir& world = World(state.range(0), static_cast<int>(state.range(1)));
  int64_t transactions = 0;
  for (auto _ : state) {
    TempDir work;
    app::ScanRequest request;
    request.store_path = work.File("ws.db");
    request.inputs = {world.File("w")};
    auto summary = app::Scan(request, nullptr);
    if (!summary.ok()) {
      state.SkipWithError(summary.status().ToString().c_str());
      return;
    }
    transactions += summary->transactions;
  }
  state.SetItemsProcessed(transactions);
}
BENCHMARK(BM_ScanFromCsv)
    ->Args({20'000, 30})  // about 0.6 M transactions
    ->Args({50'000, 60})  // about 3 M transactions
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()  // reading and detection run on two threads
    ->Iterations(1);

}  // namespace
}  // namespace tiphub
