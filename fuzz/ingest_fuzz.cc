// libFuzzer target: the whole ingestion path (format detection, CSV and JSON Lines parsing,
// validation, rejects) on arbitrary file contents. Counts must always reconcile.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "ingest/ingester.h"

namespace {

class NullSink : public tiphub::ingest::RecordSink {
 public:
  tiphub::Result<bool> AddTransaction(const tiphub::Transaction&) override { return true; }
  tiphub::Result<bool> AddParty(const tiphub::Party&) override { return true; }
  tiphub::Result<bool> AddAccount(const tiphub::Account&) override { return true; }
  tiphub::Result<bool> AddLabel(const std::string&, bool, const std::string&,
                                const std::string&) override {
    return true;
  }
  tiphub::Result<bool> AddWatchlistEntry(const std::string&, const std::string&) override {
    return true;
  }
  tiphub::Status Checkpoint() override { return tiphub::Status::Ok(); }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  // The first byte chooses the file kind: CSV or JSON Lines.
  const std::string path = std::string("/tmp/tiphub-fuzz-") + std::to_string(getpid()) +
                           (data[0] & 1 ? ".jsonl" : ".csv");
  FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return 0;
  std::fwrite(data + 1, 1, size - 1, f);
  std::fclose(f);
  NullSink sink;
  tiphub::ingest::IngestOptions options;
  auto report = tiphub::ingest::IngestInputs({path}, options, sink);
  if (report.ok()) {
    const auto& t = report->total;
    if (t.read != t.accepted + t.rejected + t.duplicates) __builtin_trap();
  }
  std::remove(path.c_str());
  return 0;
}
