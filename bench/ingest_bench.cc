// Ingestion throughput on a simulator transactions file (about 1 million rows, generated once).
// items_per_second is rows per second.
//   BM_CsvRead           the CSV reader alone (fields split and unquoted), one core
//   BM_ParseTransactions reader + validation + conversion to Transaction, one core, no storage
//   BM_IngestSqlite      the whole `tiphub ingest` path into a fresh SQLite workspace
//   BM_IngestSqliteIbm   the same rows in the IBM AML format: no ids (named by time and content),
//                        a label per row
#include <benchmark/benchmark.h>

#include <filesystem>

#include "app/ingest.h"
#include "common/temp_dir.h"
#include "ingest/csv_reader.h"
#include "ingest/ingester.h"
#include "sim/simulator.h"

namespace tiphub {
namespace {

const TempDir& World() {
  static TempDir* dir = [] {
    auto* d = new TempDir();
    sim::SimOptions o;
    o.seed = 11;
    o.accounts = 30'000;
    o.days = 30;
    o.ibm_format = true;
    (void)sim::GenerateWorld(o, d->File("w"));
    return d;
  }();
  return *dir;
}

void BM_CsvRead(benchmark::State& state) {
  const std::string path = World().File("w/transactions.csv");
  int64_t rows = 0;
  for (auto _ : state) {
    ingest::CsvReader reader;
    if (!reader.Open(path).ok()) state.SkipWithError("open failed");
    ingest::CsvRecord rec;
    while (*reader.Next(rec)) ++rows;
  }
  state.SetItemsProcessed(rows);
}
BENCHMARK(BM_CsvRead)->Unit(benchmark::kMillisecond);

class CountingSink : public ingest::RecordSink {
 public:
  Result<bool> AddTransaction(const Transaction& tx) override {
    bytes += tx.id.size();
    return true;
  }
  Result<bool> AddParty(const Party&) override { return true; }
  Result<bool> AddAccount(const Account&) override { return true; }
  Result<bool> AddLabel(const std::string&, bool, const std::string&, const std::string&) override {
    return true;
  }
  Result<bool> AddWatchlistEntry(const std::string&, const std::string&) override { return true; }
  Status Checkpoint() override { return Status::Ok(); }
  size_t bytes = 0;
};

void BM_ParseTransactions(benchmark::State& state) {
  const std::string path = World().File("w/transactions.csv");
  int64_t rows = 0;
  for (auto _ : state) {
    CountingSink sink;
    auto report = ingest::IngestInputs({path}, {}, sink);
    if (!report.ok()) {
      state.SkipWithError(report.status().ToString().c_str());
      break;
    }
    rows += report->total.accepted;
    benchmark::DoNotOptimize(sink.bytes);
  }
  state.SetItemsProcessed(rows);
}
BENCHMARK(BM_ParseTransactions)->Unit(benchmark::kMillisecond);

// The whole `tiphub ingest` of `file` (in the world's folder) into a fresh workspace.
void IngestIntoNewWorkspace(benchmark::State& state, const char* file) {
  const std::string path = World().File(file);
  int64_t rows = 0;
  for (auto _ : state) {
    TempDir dir;
    app::IngestRequest request;
    request.store_path = dir.File("ws.db");
    request.inputs = {path};
    auto report = app::Ingest(request, nullptr);
    if (!report.ok()) {
      state.SkipWithError(report.status().ToString().c_str());
      break;
    }
    rows += report->total.accepted;
  }
  state.SetItemsProcessed(rows);
}

void BM_IngestSqlite(benchmark::State& state) {
  IngestIntoNewWorkspace(state, "w/transactions.csv");
}
BENCHMARK(BM_IngestSqlite)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

void BM_IngestSqliteIbm(benchmark::State& state) {
  IngestIntoNewWorkspace(state, "w/transactions_ibm.csv");
}
BENCHMARK(BM_IngestSqliteIbm)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

}  // namespace
}  // namespace tiphub
