#include "app/scan.h"

#include <array>
#include <chrono>
#include <filesystem>
#include <set>
#include <span>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "app/ingest.h"
#include "app/reference.h"
#include "common/batch_pipeline.h"
#include "detect/engine.h"
#include "ingest/csv_reader.h"
#include "ingest/ingester.h"
#include "learn/features.h"
#include "learn/model.h"
#include "sim/options.h"
#include "store/store.h"

namespace tiphub::app {

nlohmann::json ScanSummary::ToJson() const {
  return {{"transactions", transactions},
          {"alerts", alerts},
          {"network_alerts", network_alerts},
          {"accounts_flagged", accounts_flagged},
          {"protect_flags", protect_flags},
          {"model_alerts", model_alerts},
          {"by_typology", by_typology},
          {"silenced", silenced},
          {"seconds", seconds}};
}

nlohmann::json AlertToJson(const Alert& alert) { return store::AlertToJson(alert); }

namespace {

// One scan pass: the rules engine (the first pass), or (with a model and the first pass's
// verdict) the feature extractor and the model scoring every transaction in batches.
class Scanner {
 public:
  Scanner(const detect::EngineOptions& options, detect::ReferenceData reference,
          const learn::Model* model = nullptr,
          std::shared_ptr<const learn::RuleVerdict> verdict = nullptr)
      : model_(model) {
    if (model_ == nullptr) {
      engine_ = std::make_unique<detect::Engine>(options, std::move(reference));
      return;
    }
    learn::FeatureOptions fo;
    fo.engine = options;
    fo.rules = std::move(verdict);
    fo.window_seconds = model_->metadata.value("window_seconds", fo.window_seconds);
    extractor_ = std::make_unique<learn::FeatureExtractor>(fo, std::move(reference));
    rows_.reserve(kBatch * learn::FeatureCount());
  }

  // Rules pass: also gathers the graph totals a model pass reads (learn::GraphSummary).
  void GatherGraph() { graph_ = std::make_shared<learn::GraphSummary>(); }
  // After Finish: the totals GatherGraph asked for, or null.
  std::shared_ptr<const learn::GraphSummary> graph() const { return graph_; }

  Status Process(const Transaction& tx) {
    ++processed_;
    if (!model_) {
      if (graph_) graph_->Add(tx);
      return engine_->Process(tx);
    }
    const size_t columns = learn::FeatureCount();
    rows_.resize(rows_.size() + columns);
    RETURN_IF_ERROR(extractor_->Extract(tx, std::span(rows_).last(columns)));
    batch_.push_back({tx.id, tx.from_account, tx.to_account, tx.time.utc_seconds});
    if (batch_.size() == kBatch) return Score();
    return Status::Ok();
  }

  // As Process on each in turn.
  Status ProcessBatch(std::span<const Transaction> txs) {
    if (model_) {
      const size_t columns = learn::FeatureCount();
      while (!txs.empty()) {
        const auto part = txs.first(std::min(txs.size(), kBatch - batch_.size()));
        const size_t at = rows_.size();
        rows_.resize(at + part.size() * columns);
        RETURN_IF_ERROR(extractor_->ExtractBatch(part, std::span(rows_).subspan(at)));
        for (const Transaction& tx : part)
          batch_.push_back({tx.id, tx.from_account, tx.to_account, tx.time.utc_seconds});
        processed_ += static_cast<int64_t>(part.size());
        txs = txs.subspan(part.size());
        if (batch_.size() == kBatch) RETURN_IF_ERROR(Score());
      }
      return Status::Ok();
    }
    processed_ += static_cast<int64_t>(txs.size());
    if (graph_) {
      for (const Transaction& tx : txs) graph_->Add(tx);
    }
    return engine_->ProcessBatch(txs);
  }

  int64_t processed() const { return processed_; }

  // The rules pass: its engine, which Silenced() and the verdict read after Finish.
  const detect::Engine& engine() const { return *engine_; }
  // The engine's indicators silenced by gaps in the data (rules pass, valid after Finish).
  std::vector<detect::SilencedIndicator> Silenced() const { return engine_->Silenced(); }

  // Rules pass: the alerts.
  Result<std::vector<Alert>> Finish() {
    if (!engine_) return Status::Internal("the model pass has no rules alerts of its own");
    if (graph_) graph_->Finish();
    return engine_->Finish();
  }
  // Model pass: scores what is left and applies the model to the rules pass's `alerts`.
  Status FinishModel(std::vector<Alert>& alerts) {
    RETURN_IF_ERROR(Score());
    return ApplyModel(alerts);
  }

 private:
  std::shared_ptr<learn::GraphSummary> graph_;  // rules pass with GatherGraph
  static constexpr size_t kBatch = 16384;
  static constexpr size_t kMaxHigh = 2'000'000;  // high-scoring transactions kept for alerts
  struct Pending {
    std::string id, from, to;
    int64_t ts;
  };
  struct Best {
    float score = -1;
    std::string tx;
    std::vector<float> row;
  };
  struct High {
    std::string id, from, to;
    int64_t ts;
    float score;
  };

  Status Score() {
    if (batch_.empty()) return Status::Ok();
    ASSIGN_OR_RETURN(std::vector<float> scores, model_->Predict(rows_));
    const size_t columns = learn::FeatureCount();
    for (size_t i = 0; i < batch_.size(); ++i) {
      const float p = scores[i];
      for (const std::string* acct : {&batch_[i].from, &batch_[i].to}) {
        if (acct->empty()) continue;
        Best& b = best_[*acct];
        if (p > b.score) {
          b.score = p;
          b.tx = batch_[i].id;
          b.row.assign(rows_.begin() + static_cast<ptrdiff_t>(i * columns),
                       rows_.begin() + static_cast<ptrdiff_t>((i + 1) * columns));
        }
      }
      if (p >= model_->threshold && high_.size() < kMaxHigh)
        high_.push_back({batch_[i].id, batch_[i].from, batch_[i].to, batch_[i].ts, p});
    }
    batch_.clear();
    rows_.clear();
    return Status::Ok();
  }

  Status Explain(Alert& alert) {
    const Best* top = nullptr;
    for (const auto& acc : alert.accounts) {
      auto it = best_.find(acc.account);
      if (it != best_.end() && (top == nullptr || it->second.score > top->score)) top = &it->second;
    }
    if (top == nullptr) return Status::Ok();
    alert.model_score = top->score;
    alert.model_transaction = top->tx;
    ASSIGN_OR_RETURN(std::vector<learn::Contribution> parts, model_->Explain(top->row, 5));
    alert.model_explanation.clear();
    for (const auto& c : parts)
      alert.model_explanation.push_back({c.feature, c.value, c.contribution});
    return Status::Ok();
  }

  // Scores the rules' alerts. Groups of accounts joined by transactions at or above the model's
  // threshold add those transactions to the evidence of a rules alert sharing an account, or else
  // become a "model" alert of their own.
  Status ApplyModel(std::vector<Alert>& alerts) {
    std::unordered_map<std::string, size_t> covered;  // account -> its first rules alert
    for (size_t i = 0; i < alerts.size(); ++i) {
      RETURN_IF_ERROR(Explain(alerts[i]));
      for (const auto& acc : alerts[i].accounts) covered.emplace(acc.account, i);
    }
    std::unordered_map<std::string, uint32_t> index;
    std::vector<uint32_t> parent;
    auto intern = [&](const std::string& id) {
      auto [it, inserted] = index.try_emplace(id, static_cast<uint32_t>(parent.size()));
      if (inserted) parent.push_back(it->second);
      return it->second;
    };
    auto root = [&](uint32_t x) {
      while (parent[x] != x) x = parent[x] = parent[parent[x]];
      return x;
    };
    for (const High& h : high_) {
      const bool from = !h.from.empty(), to = !h.to.empty();
      if (from && to) {
        const uint32_t a = root(intern(h.from)), b = root(intern(h.to));
        if (a != b) parent[std::max(a, b)] = std::min(a, b);
      } else if (from || to) {
        intern(from ? h.from : h.to);
      }
    }
    std::map<uint32_t, std::vector<std::string>> groups;
    for (const auto& [id, k] : index) groups[root(k)].push_back(id);
    std::map<uint32_t, std::vector<const High*>> evidence;
    for (const High& h : high_) {
      const std::string& any = h.from.empty() ? h.to : h.from;
      if (!any.empty()) evidence[root(index.at(any))].push_back(&h);
    }
    const double threshold = model_->threshold;
    for (auto& [group, members] : groups) {
      auto& tx = evidence[group];
      std::sort(tx.begin(), tx.end(),
                [](const High* a, const High* b) { return a->score > b->score; });
      // A group touching a rules alert adds its transactions to that alert's evidence.
      Alert* overlapping = nullptr;
      for (const std::string& m : members) {
        auto it = covered.find(m);
        if (it != covered.end()) {
          overlapping = &alerts[it->second];
          break;
        }
      }
      if (overlapping != nullptr) {
        std::unordered_set<std::string> have(overlapping->evidence.begin(),
                                             overlapping->evidence.end());
        size_t added = 0;
        for (const High* h : tx) {
          if (added == kMaxModelEvidence) break;
          if (have.insert(h->id).second) {
            overlapping->evidence.push_back(h->id);
            ++added;
          }
        }
        continue;
      }
      std::sort(members.begin(), members.end());
      Alert alert;
      alert.kind = members.size() > 1 ? "network" : "account";
      alert.typology = "model";
      alert.first_seen = INT64_MAX;
      alert.last_seen = INT64_MIN;
      for (const High* h : tx) {
        alert.first_seen = std::min(alert.first_seen, h->ts);
        alert.last_seen = std::max(alert.last_seen, h->ts);
      }
      for (size_t i = 0; i < tx.size() && i < kMaxModelEvidence; ++i)
        alert.evidence.push_back(tx[i]->id);
      for (const std::string& m : members) {
        const float s = best_.count(m) ? best_[m].score : 0;
        alert.accounts.push_back({m, "unknown", 100.0 * s, false});
      }
      RETURN_IF_ERROR(Explain(alert));
      alert.score = 100.0 * alert.model_score;
      std::string reasons;
      for (const auto& c : alert.model_explanation) {
        if (c.contribution <= 0) continue;
        if (!reasons.empty()) reasons += ", ";
        reasons += c.feature;
      }
      alert.summary = fmt::format(
          "The learned model scored {} transaction{} among {} account{} at or above its threshold "
          "{:.2f} (highest {:.2f}); no rule fired on these accounts. Largest contributions: {}.",
          tx.size(), tx.size() == 1 ? "" : "s", members.size(), members.size() == 1 ? "" : "s",
          threshold, alert.model_score, reasons.empty() ? "none" : reasons);
      alerts.push_back(std::move(alert));
    }
    std::stable_sort(alerts.begin(), alerts.end(),
                     [](const Alert& x, const Alert& y) { return x.score > y.score; });
    return Status::Ok();
  }

  static constexpr size_t kMaxModelEvidence = 200;
  const learn::Model* model_;
  std::unique_ptr<detect::Engine> engine_;
  std::unique_ptr<learn::FeatureExtractor> extractor_;
  std::vector<float> rows_;
  std::vector<Pending> batch_;
  std::unordered_map<std::string, Best> best_;
  std::vector<High> high_;
  int64_t processed_ = 0;
};

// Runs a Scanner on a worker thread: the reading thread (CSV parsing or SQLite) hands it batches
// of transactions, so reading and detection use both cores. The first error of the scanner stops
// the pipeline and is returned by the next Process or by Finish.
class PipelinedScanner {
 public:
  explicit PipelinedScanner(std::unique_ptr<Scanner> scanner)
      : scanner_(std::move(scanner)), pipe_(kDepth, [this](Batch& batch) {
          return scanner_->ProcessBatch(std::span(batch.txs.data(), batch.n));
        }) {}

  // Queues a copy of `tx`, or `tx` itself when it is Slot().
  Status Process(const Transaction& tx) {
    Transaction* slot = Slot();
    if (&tx != slot) *slot = tx;
    if (++pipe_.Filling().n == kBatch) return pipe_.Hand();
    return Status::Ok();
  }
  // The place of the next transaction in the batch being filled: valid until the next Process.
  Transaction* Slot() {
    Batch& b = pipe_.Filling();
    if (b.txs.size() < kBatch) b.txs.resize(kBatch);
    return &b.txs[b.n];
  }

  Result<std::vector<Alert>> Finish() {
    RETURN_IF_ERROR(Close());
    return scanner_->Finish();
  }
  Status FinishModel(std::vector<Alert>& alerts) {
    RETURN_IF_ERROR(Close());
    return scanner_->FinishModel(alerts);
  }
  const Scanner& scanner() const { return *scanner_; }

  int64_t processed() const { return scanner_->processed(); }
  std::vector<detect::SilencedIndicator> Silenced() const { return scanner_->Silenced(); }

 private:
  Status Close() {
    if (pipe_.Filling().n > 0) RETURN_IF_ERROR(pipe_.Hand());
    RETURN_IF_ERROR(pipe_.Drain());
    pipe_.Close();
    return Status::Ok();
  }

  static constexpr size_t kBatch = 8192;
  static constexpr size_t kDepth = 4;  // batches queued ahead of the worker
  struct Batch {
    std::vector<Transaction> txs;  // the first n are live; slots keep their strings' capacity
    size_t n = 0;
    void Reset() { n = 0; }
  };

  std::unique_ptr<Scanner> scanner_;
  BatchPipeline<Batch> pipe_;  // after scanner_: its worker uses it
};

// Streams ingested records straight into a scanner: reference data (parties, accounts, watch
// lists) is collected first, and the scan starts at the first transaction. Nothing but the
// alerts is stored.
class EngineSink final : public ingest::RecordSink {
 public:
  // The rules pass without `model`; the model pass with it and the rules pass's verdict.
  // `gather_graph`: the rules pass also gathers the graph totals for a model pass.
  EngineSink(const detect::EngineOptions& options, const learn::Model* model = nullptr,
             std::shared_ptr<const learn::RuleVerdict> verdict = nullptr, bool gather_graph = false)
      : options_(options),
        model_(model),
        verdict_(std::move(verdict)),
        gather_graph_(gather_graph) {}

  Result<bool> AddTransaction(const Transaction& tx) override {
    if (!scanner_) {
      auto scanner = std::make_unique<Scanner>(options_, std::move(reference_), model_, verdict_);
      if (gather_graph_) scanner->GatherGraph();
      scanner_ = std::make_unique<PipelinedScanner>(std::move(scanner));
    }
    RETURN_IF_ERROR(scanner_->Process(tx));
    return true;
  }
  // Transactions are parsed straight into the pipeline's batch once the scan has started.
  Transaction* TransactionSlot() override { return scanner_ ? scanner_->Slot() : nullptr; }
  Result<bool> AddParty(const Party& party) override {
    reference_.parties.push_back(party);
    return true;
  }
  Result<bool> AddAccount(const Account& account) override {
    reference_.accounts.push_back(account);
    return true;
  }
  Result<bool> AddLabel(const std::string&, bool, const std::string&, const std::string&) override {
    return true;  // labels are for evaluation and training, not detection
  }
  Result<bool> AddWatchlistEntry(const std::string& party_id, const std::string& list) override {
    reference_.watchlist.emplace_back(party_id, list);
    return true;
  }
  Status Checkpoint() override { return Status::Ok(); }

  PipelinedScanner* scanner() { return scanner_.get(); }

 private:
  detect::EngineOptions options_;
  const learn::Model* model_;
  std::shared_ptr<const learn::RuleVerdict> verdict_;
  bool gather_graph_;
  detect::ReferenceData reference_;
  std::unique_ptr<PipelinedScanner> scanner_;
};

ScanSummary Summarise(const std::vector<Alert>& alerts, int64_t transactions,
                      const std::vector<detect::SilencedIndicator>& silenced) {
  ScanSummary summary;
  summary.transactions = transactions;
  for (const auto& s : silenced) {
    auto& missing = summary.silenced[s.id];
    for (int k = 0; k < detect::kDataNeedCount; ++k) {
      if (s.missing & (1u << k))
        missing.emplace_back(detect::DataNeedName(static_cast<detect::DataNeed>(1u << k)));
    }
  }
  summary.silenced_text = detect::DescribeSilenced(silenced);
  summary.alerts = static_cast<int64_t>(alerts.size());
  for (const Alert& a : alerts) {
    summary.network_alerts += a.kind == "network";
    summary.accounts_flagged += static_cast<int64_t>(a.accounts.size());
    for (const auto& acc : a.accounts) summary.protect_flags += acc.protect;
    summary.model_alerts += a.typology == "model";
    summary.by_typology[a.typology]++;
  }
  return summary;
}

}  // namespace

Result<ScanSummary> Scan(const ScanRequest& request, const ProgressSink& progress) {
  const auto started = std::chrono::steady_clock::now();
  detect::EngineOptions options;
  if (!request.rules_file.empty())
    RETURN_IF_ERROR(detect::ApplyRulesFile(request.rules_file, options));
  std::unique_ptr<learn::Model> model;
  if (!request.model_path.empty()) {
    ASSIGN_OR_RETURN(learn::Model loaded,
                     learn::Model::Load(request.model_path, learn::kFeatureSchema));
    model = std::make_unique<learn::Model>(std::move(loaded));
  }
  std::vector<Alert> alerts;
  int64_t processed = 0;
  std::vector<detect::SilencedIndicator> silenced;
  if (!request.mapping_file.empty() && request.inputs.empty()) {
    return Status::InvalidArgument(
        "--mapping applies to input files: give the CSV files to scan, or ingest them with "
        "'tiphub ingest --mapping' and scan the workspace");
  }
  if (request.follow && request.inputs.empty()) {
    return Status::InvalidArgument(
        "--follow needs an input to follow: a CSV file, a simulator folder or -");
  }
  // Read from (without inputs) and written to at the end (the alerts).
  ASSIGN_OR_RETURN(std::unique_ptr<store::Store> store, store::OpenSqliteStore(request.store_path));
  if (model) {
    // The model reads the rules' verdict over the whole data: the inputs are read twice.
    for (const std::string& input : request.inputs) {
      if (request.follow || input == "-") {
        return Status::InvalidArgument(
            "scan --model reads its input twice (the rules first, then the model): give files or "
            "the workspace, not --follow or standard input");
      }
    }
  }
  if (!request.inputs.empty()) {
    // Straight from the inputs: one streaming pass (two with a model), the workspace receives
    // only the alerts.
    ingest::IngestOptions ingest_options;
    ingest_options.rejects_path = request.store_path + ".rejects.csv";
    ingest_options.mapping_file = request.mapping_file;
    ASSIGN_OR_RETURN(ingest_options.synthetic_ids, WorkspaceSyntheticIds(*store));
    ingest_options.progress = progress;
    ingest_options.follow = {request.follow, request.idle_exit_seconds, request.stop};
    EngineSink sink(options, nullptr, nullptr, /*gather_graph=*/model != nullptr);
    RETURN_IF_ERROR(ingest::IngestInputs(request.inputs, ingest_options, sink));
    if (sink.scanner() == nullptr) {
      return Status::InvalidArgument(
          "the inputs hold no transactions to scan (rejected rows are listed in " +
          ingest_options.rejects_path + ")");
    }
    ASSIGN_OR_RETURN(alerts, sink.scanner()->Finish());
    processed = sink.scanner()->processed();
    silenced = sink.scanner()->Silenced();
    if (model) {
      EngineSink model_sink(options, model.get(),
                            learn::MakeRuleVerdict(sink.scanner()->scanner().engine(), alerts,
                                                   sink.scanner()->scanner().graph()));
      RETURN_IF_ERROR(ingest::IngestInputs(request.inputs, ingest_options, model_sink));
      if (model_sink.scanner() == nullptr) {
        return Status::FailedPrecondition(
            "the inputs changed between the rules pass and the model pass: scan them again");
      }
      RETURN_IF_ERROR(model_sink.scanner()->FinishModel(alerts));
      if (model_sink.scanner()->processed() != processed) {
        return Status::FailedPrecondition(fmt::format(
            "the inputs changed between the rules pass ({} transactions) and the model pass ({}): "
            "scan them again",
            processed, model_sink.scanner()->processed()));
      }
    }
  } else {
    ASSIGN_OR_RETURN(store::StoreCounts counts, store->Counts());
    if (counts.transactions == 0) {
      return Status::FailedPrecondition(
          fmt::format("workspace '{}' holds no transactions: run 'tiphub ingest' first, or give "
                      "the files to scan",
                      request.store_path));
    }
    ASSIGN_OR_RETURN(detect::ReferenceData ref, LoadReference(*store));
    const int64_t passes = model ? 2 : 1;
    auto run = [&](PipelinedScanner& scanner, int64_t pass) -> Status {
      int64_t n = 0;
      return store->ForEachTransaction([&](const Transaction& tx) {
        RETURN_IF_ERROR(scanner.Process(tx));
        if (progress && ++n % 100'000 == 0)
          progress(pass * counts.transactions + n, passes * counts.transactions);
        return Status::Ok();
      });
    };
    auto rules_scanner = std::make_unique<Scanner>(options, model ? ref : std::move(ref));
    if (model) rules_scanner->GatherGraph();
    PipelinedScanner scanner(std::move(rules_scanner));
    RETURN_IF_ERROR(run(scanner, 0));
    ASSIGN_OR_RETURN(alerts, scanner.Finish());
    processed = scanner.processed();
    silenced = scanner.Silenced();
    if (model) {
      PipelinedScanner model_scanner(std::make_unique<Scanner>(
          options, std::move(ref), model.get(),
          learn::MakeRuleVerdict(scanner.scanner().engine(), alerts, scanner.scanner().graph())));
      RETURN_IF_ERROR(run(model_scanner, 1));
      RETURN_IF_ERROR(model_scanner.FinishModel(alerts));
    }
  }
  RETURN_IF_ERROR(store->ReplaceAlerts(alerts));
  ScanSummary summary = Summarise(alerts, processed, silenced);
  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

Result<std::vector<Alert>> ListAlerts(const std::string& store_path, int64_t limit,
                                      double min_score, const std::string& typology) {
  ASSIGN_OR_RETURN(std::unique_ptr<store::Store> store, store::OpenSqliteStore(store_path));
  store::AlertQuery q;
  q.limit = limit;
  q.min_score = min_score;
  q.typology = typology;
  return store->ListAlerts(q);
}

Result<Alert> GetAlert(const std::string& store_path, int64_t id) {
  ASSIGN_OR_RETURN(std::unique_ptr<store::Store> store, store::OpenSqliteStore(store_path));
  return store->GetAlert(id);
}

}  // namespace tiphub::app
