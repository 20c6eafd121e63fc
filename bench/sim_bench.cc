// Simulator throughput: whole worlds written to a temporary folder. items_per_second is
// transactions per second. The 1-day world measures the fixed cost of building the population;
// the 40-day world shows the steady-state rate of generating and writing transactions.
//
//   build/tiphub_bench --benchmark_filter=Simulate
#include <benchmark/benchmark.h>

#include "common/temp_dir.h"
#include "sim/simulator.h"

namespace tiphub {
namespace {

void BM_SimulateWorld(benchmark::State& state) {
  sim::SimOptions options;
  options.seed = 3;
  options.accounts = state.range(0);
  options.days = static_cast<int>(state.range(1));
  options.threads = static_cast<int>(state.range(2));
  int64_t transactions = 0;
  for (auto _ : state) {
    TempDir dir;
    auto summary = sim::GenerateWorld(options, dir.File("w"));
    if (!summary.ok()) {
      state.SkipWithError(summary.status().ToString().c_str());
      return;
    }
    transactions += summary->transactions;
  }
  state.SetItemsProcessed(transactions);
  state.counters["transactions"] =
      static_cast<double>(transactions) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_SimulateWorld)
    ->Args({50'000, 1, 2})
    ->Args({50'000, 40, 1})
    ->Args({50'000, 40, 2})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace
}  // namespace tiphub
