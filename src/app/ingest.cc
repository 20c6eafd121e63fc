#include "app/ingest.h"
#include "app/tips.h"

#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "common/batch_pipeline.h"
#include "common/clock.h"
#include "common/file.h"
#include "common/strings.h"
#include "report/goaml_reader.h"
#include "report/profile.h"
#include "report/xml.h"
#include "store/store.h"

namespace tiphub::app {

namespace {

// Settings key of the workspace's synthetic id scheme (written by the store's schema migration 5).
constexpr const char* kSyntheticIdsKey = "synthetic_ids";

// Bridges the ingester to the store. Transactions (and their labels) are written by a writer
// thread, a batch behind the parsing thread, so parsing and SQLite use both cores; the store's
// multi-row inserts tell duplicates late (TakeLateDuplicates). Everything else waits for the
// writer to finish what it has and then goes straight to the store. Checkpoints commit on the
// writer, in order; TakeLateDuplicates (at the end of each file) waits until all is committed.
// Threads: the ingester's thread calls the sink; the store is used by one thread at a time (the
// writer while it has work, the caller once the writer is idle).
class StoreSink final : public ingest::RecordSink {
 public:
  explicit StoreSink(store::Store& store)
      : store_(store), pipe_(kDepth, [this](Batch& batch) { return Write(batch); }) {}
  ~StoreSink() override { (void)Drain(); }

  Transaction* TransactionSlot() override { return &Slot(); }
  Result<bool> AddTransaction(const Transaction& tx) override {
    Transaction& slot = Slot();
    if (&tx != &slot) slot = tx;
    if (++pipe_.Filling().n == kBatch) RETURN_IF_ERROR(Hand());
    // Read-only from here on, even once queued; a batch is refilled only after a later Hand().
    last_added_ = &slot;
    return true;  // a duplicate is found when written: TakeLateDuplicates
  }
  // The label of the transaction just added (a label column) travels with it; the ingester counts
  // the transaction, not its label, so the label's own duplicate status is not reported (true).
  // Any other label (a labels file) is written at once and its status returned.
  Result<bool> AddLabel(const std::string& transaction_id, bool illicit,
                        const std::string& scenario, const std::string& scheme_type) override {
    if (last_added_ != nullptr && last_added_->id == transaction_id) {
      Batch& b = pipe_.Filling();
      if (b.labels.size() == b.n_labels) b.labels.emplace_back();
      store::TransactionLabel& slot = b.labels[b.n_labels++];  // keeps its strings' capacity
      slot.transaction_id.assign(transaction_id);
      slot.illicit = illicit;
      slot.scenario.assign(scenario);
      slot.scheme_type.assign(scheme_type);
      return true;
    }
    RETURN_IF_ERROR(Drain());
    RETURN_IF_ERROR(store_.Begin());
    return store_.InsertLabel({transaction_id, illicit, scenario, scheme_type});
  }
  Result<bool> AddParty(const Party& party) override {
    RETURN_IF_ERROR(Drain());
    RETURN_IF_ERROR(store_.Begin());
    return store_.InsertParty(party);
  }
  Result<bool> AddAccount(const Account& account) override {
    RETURN_IF_ERROR(Drain());
    RETURN_IF_ERROR(store_.Begin());
    return store_.InsertAccount(account);
  }
  Result<bool> AddWatchlistEntry(const std::string& party_id, const std::string& list) override {
    RETURN_IF_ERROR(Drain());
    RETURN_IF_ERROR(store_.Begin());
    return store_.InsertWatchlistEntry(party_id, list);
  }
  Status Checkpoint() override {
    pipe_.Filling().commit = true;
    return Hand();
  }
  Result<int64_t> TakeLateDuplicates() override {
    RETURN_IF_ERROR(Drain());
    return std::exchange(late_duplicates_, 0);  // the writer is idle
  }

 private:
  static constexpr size_t kBatch = 2048;
  static constexpr size_t kDepth = 4;  // batches queued ahead of the writer
  struct Batch {
    std::vector<Transaction> txs;  // the first n are live; slots keep their strings' capacity
    size_t n = 0;
    std::vector<store::TransactionLabel> labels;  // the first n_labels are live, as txs
    size_t n_labels = 0;
    bool commit = false;  // commit after writing
    void Reset() {
      n = 0;
      n_labels = 0;
      commit = false;
    }
  };

  Transaction& Slot() {
    Batch& b = pipe_.Filling();
    if (b.txs.size() < kBatch) b.txs.resize(kBatch);
    return b.txs[b.n];
  }
  // Queues the batch being filled, unless it holds nothing to do.
  Status Hand() {
    const Batch& b = pipe_.Filling();
    if (b.n == 0 && b.n_labels == 0 && !b.commit) return Status::Ok();
    last_added_ = nullptr;
    return pipe_.Hand();
  }
  // Hands what is being filled and waits until the writer has written everything.
  Status Drain() {
    RETURN_IF_ERROR(Hand());
    return pipe_.Drain();
  }
  // On the writer thread.
  Status Write(const Batch& batch) {
    if (batch.n > 0 || batch.n_labels > 0) RETURN_IF_ERROR(store_.Begin());
    ASSIGN_OR_RETURN(const int64_t inserted,
                     store_.InsertTransactions(std::span(batch.txs).first(batch.n)));
    late_duplicates_ += static_cast<int64_t>(batch.n) - inserted;
    RETURN_IF_ERROR(store_.InsertLabels(std::span(batch.labels).first(batch.n_labels)).status());
    if (batch.commit) RETURN_IF_ERROR(store_.Commit());
    return Status::Ok();
  }

  store::Store& store_;
  const Transaction* last_added_ = nullptr;  // in the batch being filled or the last handed one
  int64_t late_duplicates_ = 0;              // the writer's; read when it is idle
  BatchPipeline<Batch> pipe_;                // last: its writer uses the members above
};

// Reads one goAML report file into ingestible records.
Result<ingest::DocumentRecords> ReadGoamlFile(const std::string& path,
                                              const report::FiuProfile& profile) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) return Status::InvalidArgument(fmt::format("cannot read '{}': {}", path, ec.message()));
  if (size > report::kMaxXmlBytes) {
    return Status::ResourceExhausted(fmt::format(
        "{} is {} bytes, more than the {} bytes tiphub reads from one goAML report; split it", path,
        size, report::kMaxXmlBytes));
  }
  ASSIGN_OR_RETURN(const std::string text, ReadWholeFile(path, "goAML report"));
  ASSIGN_OR_RETURN(report::GoamlRecords records, report::ReadGoaml(text, path, profile));
  ingest::DocumentRecords out;
  out.parties = std::move(records.parties);
  out.accounts = std::move(records.accounts);
  out.transactions = std::move(records.transactions);
  for (auto& r : records.rejected) {
    out.rejected.push_back({r.line, std::move(r.field), std::move(r.reason)});
  }
  return out;
}

// Tips and online ads that come with a simulator folder (tips.jsonl, ads.jsonl) go through tip
// intake, so they are graded and linked like any other; their counts join the report and their
// rejected lines the rejects file.
Status IngestSignals(const IngestRequest& request, ingest::IngestReport& report) {
  CaseContext ctx;
  ctx.store_path = request.store_path;
  ctx.actor = "ingest";
  for (const std::string& input : request.inputs) {
    std::error_code ec;
    if (!std::filesystem::is_directory(input, ec)) continue;
    for (const char* name : {"ads.jsonl", "tips.jsonl"}) {  // ads first: tips link to them
      const std::string path = (std::filesystem::path(input) / name).string();
      if (!std::filesystem::exists(path, ec)) continue;
      const bool ads = std::string_view(name) == "ads.jsonl";
      ASSIGN_OR_RETURN(TipImportResult r,
                       ads ? ImportAdsJsonl(ctx, path) : ImportTipsJsonl(ctx, path));
      ingest::FileCounts counts{path,       ads ? "ads" : "tips", r.read,
                                r.accepted, r.rejected,           r.duplicates};
      report.files.push_back(counts);
      report.total.read += r.read;
      report.total.accepted += r.accepted;
      report.total.rejected += r.rejected;
      report.total.duplicates += r.duplicates;
      if (r.rejects.empty()) continue;
      std::ofstream out(report.rejects_path, std::ios::app);
      if (out.tellp() == 0) out << "file,line,column,reason\n";
      for (const auto& x : r.rejects) {
        std::string line;
        AppendCsvField(line, path);
        line += fmt::format(",{},,", x.line);
        AppendCsvField(line, x.reason);
        out << line << "\n";
      }
      if (!out) return Status::IoError(fmt::format("cannot write '{}'", report.rejects_path));
    }
  }
  return Status::Ok();
}

}  // namespace

Result<ingest::SyntheticIds> WorkspaceSyntheticIds(store::Store& store) {
  ASSIGN_OR_RETURN(const std::string scheme, store.GetMeta(kSyntheticIdsKey));
  if (scheme == "hash") return ingest::SyntheticIds::kHash;
  if (scheme == "time-hash") return ingest::SyntheticIds::kTimeAndHash;
  return Status::FailedPrecondition(
      fmt::format("the workspace names id-less transactions by an unknown scheme '{}': it was "
                  "written by a newer tiphub; upgrade tiphub",
                  scheme));
}

Result<ingest::IngestReport> Ingest(const IngestRequest& request, const ProgressSink& progress) {
  ASSIGN_OR_RETURN(std::unique_ptr<store::Store> store, store::OpenSqliteStore(request.store_path));
  StoreSink sink(*store);
  ingest::IngestOptions options;
  ASSIGN_OR_RETURN(options.synthetic_ids, WorkspaceSyntheticIds(*store));
  options.mapping_file = request.mapping_file;
  options.rejects_path =
      request.rejects_path.empty() ? request.store_path + ".rejects.csv" : request.rejects_path;
  options.progress = progress;
  if (request.goaml) {
    ASSIGN_OR_RETURN(report::FiuProfile profile, report::LoadFiuProfile(request.goaml_profile));
    options.document_kind = "goaml";
    options.document_reader = [profile](const std::string& path) {
      return ReadGoamlFile(path, profile);
    };
  }
  ASSIGN_OR_RETURN(ingest::IngestReport report,
                   ingest::IngestInputs(request.inputs, options, sink));
  // New parties and accounts: tip linking rebuilds its identifier index at the next tip.
  RETURN_IF_ERROR(store->SetMeta(kIdentifiersStaleKey, "1"));
  RETURN_IF_ERROR(IngestSignals(request, report));
  for (const auto& file : report.files) {
    RETURN_IF_ERROR(
        store->RecordIngestRun({file.file, file.read, file.accepted, file.rejected, file.duplicates,
                                report.rejects_path, SystemClock::Default().NowSeconds()}));
  }
  return report;
}

}  // namespace tiphub::app
