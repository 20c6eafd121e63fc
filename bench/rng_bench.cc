// Micro-benchmarks of the simulator's random-number primitives.
#include <benchmark/benchmark.h>

#include "common/rng.h"

namespace tiphub {
namespace {

void BM_RngNext(benchmark::State& state) {
  Rng rng(1);
  for (auto _ : state) benchmark::DoNotOptimize(rng.Next());
}
BENCHMARK(BM_RngNext);

void BM_RngNormal(benchmark::State& state) {
  Rng rng(1);
  for (auto _ : state) benchmark::DoNotOptimize(rng.Normal(0, 1));
}
BENCHMARK(BM_RngNormal);

}  // namespace
}  // namespace tiphub
