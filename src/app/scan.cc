#include "app/scan.h"

#include <array>
#include <chrono>
#include <filesystem>
#include <set>

#include <fmt/format.h>

#include "app/ingest.h"
#include "detect/engine.h"
#include "ingest/csv_reader.h"
#include "ingest/ingester.h"
#include "sim/options.h"
#include "store/store.h"

namespace tiphub::app {

nlohmann::json ScanSummary::ToJson() const {
  return {{"transactions", transactions},
          {"alerts", alerts},
          {"network_alerts", network_alerts},
          {"accounts_flagged", accounts_flagged},
          {"protect_flags", protect_flags},
          {"by_typology", by_typology},
          {"seconds", seconds}};
}

nlohmann::json AlertToJson(const Alert& alert) { return store::AlertToJson(alert); }

namespace {

// Streams ingested records straight into the engine: reference data (parties, accounts, watch
// lists) is collected first, and the engine starts at the first transaction. Nothing but the
// alerts is stored.
class EngineSink final : public ingest::RecordSink {
 public:
  explicit EngineSink(const detect::EngineOptions& options) : options_(options) {}

  Result<bool> AddTransaction(const Transaction& tx) override {
    if (!engine_) engine_ = std::make_unique<detect::Engine>(options_, std::move(reference_));
    RETURN_IF_ERROR(engine_->Process(tx));
    return true;
  }
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

  detect::Engine* engine() { return engine_.get(); }

 private:
  detect::EngineOptions options_;
  detect::ReferenceData reference_;
  std::unique_ptr<detect::Engine> engine_;
};

ScanSummary Summarise(const std::vector<Alert>& alerts, int64_t transactions) {
  ScanSummary summary;
  summary.transactions = transactions;
  summary.alerts = static_cast<int64_t>(alerts.size());
  for (const Alert& a : alerts) {
    summary.network_alerts += a.kind == "network";
    summary.accounts_flagged += static_cast<int64_t>(a.accounts.size());
    for (const auto& acc : a.accounts) summary.protect_flags += acc.protect;
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
  std::vector<Alert> alerts;
  int64_t processed = 0;
  if (request.follow && request.inputs.empty()) {
    return Status::InvalidArgument(
        "--follow needs an input to follow: a CSV file, a simulator folder or -");
  }
  if (!request.inputs.empty()) {
    // Straight from the inputs: one streaming pass, the workspace receives only the alerts.
    EngineSink sink(options);
    ingest::IngestOptions ingest_options;
    ingest_options.rejects_path = request.store_path + ".rejects.csv";
    ingest_options.progress = progress;
    ingest_options.follow = {request.follow, request.idle_exit_seconds, request.stop};
    RETURN_IF_ERROR(ingest::IngestInputs(request.inputs, ingest_options, sink));
    if (sink.engine() == nullptr) {
      return Status::InvalidArgument(
          "the inputs hold no transactions to scan (rejected rows are listed in " +
          ingest_options.rejects_path + ")");
    }
    alerts = sink.engine()->Finish();
    processed = sink.engine()->processed();
  } else {
    ASSIGN_OR_RETURN(std::unique_ptr<store::Store> store,
                     store::OpenSqliteStore(request.store_path));
    ASSIGN_OR_RETURN(store::StoreCounts counts, store->Counts());
    if (counts.transactions == 0) {
      return Status::FailedPrecondition(
          fmt::format("workspace '{}' holds no transactions: run 'tiphub ingest' first, or give "
                      "the files to scan",
                      request.store_path));
    }
    detect::ReferenceData ref;
    RETURN_IF_ERROR(store->ForEachParty([&](const Party& p) {
      ref.parties.push_back(p);
      return Status::Ok();
    }));
    RETURN_IF_ERROR(store->ForEachAccount([&](const Account& a) {
      ref.accounts.push_back(a);
      return Status::Ok();
    }));
    ASSIGN_OR_RETURN(ref.watchlist, store->Watchlist());
    ASSIGN_OR_RETURN(auto entities, store->Entities());
    for (auto& [party, entity] : entities) ref.entity_of_party.emplace(party, entity);
    detect::Engine engine(options, std::move(ref));
    int64_t n = 0;
    RETURN_IF_ERROR(store->ForEachTransaction([&](const Transaction& tx) {
      RETURN_IF_ERROR(engine.Process(tx));
      if (progress && ++n % 100'000 == 0) progress(n, counts.transactions);
      return Status::Ok();
    }));
    alerts = engine.Finish();
    processed = engine.processed();
  }
  ASSIGN_OR_RETURN(std::unique_ptr<store::Store> store, store::OpenSqliteStore(request.store_path));
  RETURN_IF_ERROR(store->ReplaceAlerts(alerts));
  ScanSummary summary = Summarise(alerts, processed);
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

namespace {

bool IsLaunderingType(const std::string& type) {
  for (auto t : sim::kLaunderingTypologies) {
    if (t == type) return true;
  }
  return false;
}

Result<std::vector<std::map<std::string, std::string>>> ReadLabels(const std::string& path) {
  if (!std::filesystem::exists(path)) {
    return Status::InvalidArgument(
        fmt::format("cannot open '{}': give the simulator world's folder with --labels", path));
  }
  return ingest::ReadCsvRows(path);
}

nlohmann::json Prf(int64_t tp, int64_t fp, int64_t fn) {
  const double p = tp + fp > 0 ? static_cast<double>(tp) / static_cast<double>(tp + fp) : 0;
  const double r = tp + fn > 0 ? static_cast<double>(tp) / static_cast<double>(tp + fn) : 0;
  const double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
  return {{"precision", p}, {"recall", r}, {"f1", f}, {"tp", tp}, {"fp", fp}, {"fn", fn}};
}

}  // namespace

Result<nlohmann::json> Evaluate(const std::string& store_path, const std::string& labels_dir,
                                int top_k) {
  ASSIGN_OR_RETURN(auto account_rows, ReadLabels(labels_dir + "/labels_accounts.csv"));
  ASSIGN_OR_RETURN(auto tx_rows, ReadLabels(labels_dir + "/labels_transactions.csv"));
  ASSIGN_OR_RETURN(std::vector<Alert> alerts, ListAlerts(store_path, 1'000'000'000, 0, ""));
  std::map<std::string, std::string> role_of, predicted_role;
  std::set<std::string> flagged, flagged_tx;
  for (const Alert& a : alerts) {
    for (const auto& acc : a.accounts) {
      flagged.insert(acc.account);
      predicted_role[acc.account] = acc.role;
    }
    flagged_tx.insert(a.evidence.begin(), a.evidence.end());
  }
  int64_t tp = 0, fp = 0, fn = 0, hn_total = 0, hn_flagged = 0, role_ok = 0;
  std::array<int64_t, 2> traffic{}, launder{};               // found, missed per family
  std::map<std::string, std::array<int64_t, 2>> per_scheme;  // type -> {members, found}
  std::set<std::string> illicit_accounts;
  for (const auto& row : account_rows) {
    const std::string& acct = row.at("account");
    const bool illicit = row.at("illicit") == "1";
    const bool hit = flagged.count(acct) > 0;
    if (illicit) {
      illicit_accounts.insert(acct);
      auto& s = per_scheme[row.at("scheme_type")];
      ++s[0];
      auto& family = IsLaunderingType(row.at("scheme_type")) ? launder : traffic;
      ++(hit ? family[0] : family[1]);
      if (hit) {
        ++s[1];
        ++tp;
        std::string truth = row.at("role");
        if (truth == "recruiter") truth = "front_business";
        if (truth == "source") truth = "controller";
        if (predicted_role[acct] == truth) ++role_ok;
      } else {
        ++fn;
      }
    } else if (hit) {
      ++fp;
    }
    if (row.at("hard_negative") == "1") {
      ++hn_total;
      hn_flagged += hit;
    }
  }
  int64_t ttp = 0, tfp = 0, tfn = 0;
  std::set<std::string> illicit_tx;
  std::set<std::string> laundering_tx, trafficking_tx;
  for (const auto& row : tx_rows) {
    if (row.at("illicit") != "1") continue;
    illicit_tx.insert(row.at("transaction"));
    (IsLaunderingType(row.at("scheme_type")) ? laundering_tx : trafficking_tx)
        .insert(row.at("transaction"));
  }
  // Per family: the other family's illicit transactions count neither for nor against it.
  auto family_tx = [&](const std::set<std::string>& truth, const std::set<std::string>& other) {
    int64_t tp = 0, fp = 0;
    for (const auto& id : flagged_tx) {
      if (truth.count(id)) {
        ++tp;
      } else if (!other.count(id)) {
        ++fp;
      }
    }
    return Prf(tp, fp, static_cast<int64_t>(truth.size()) - tp);
  };
  for (const auto& id : illicit_tx) {
    if (flagged_tx.count(id)) {
      ++ttp;
    } else {
      ++tfn;
    }
  }
  for (const auto& id : flagged_tx) tfp += illicit_tx.count(id) == 0;
  nlohmann::json per = nlohmann::json::object();
  for (const auto& [type, s] : per_scheme) {
    per[type] = {{"accounts", s[0]},
                 {"found", s[1]},
                 {"recall", s[0] ? static_cast<double>(s[1]) / static_cast<double>(s[0]) : 0}};
  }
  int64_t good_top = 0;
  const int64_t k = std::min<int64_t>(top_k, static_cast<int64_t>(alerts.size()));
  for (int64_t idx = 0; idx < k; ++idx) {
    bool any = false;
    for (const auto& acc : alerts[static_cast<size_t>(idx)].accounts)
      any |= illicit_accounts.count(acc.account) > 0;
    good_top += any;
  }
  return nlohmann::json{
      {"account", Prf(tp, fp, fn)},
      {"account_trafficking", Prf(traffic[0], fp, traffic[1])},
      {"account_laundering", Prf(launder[0], fp, launder[1])},
      {"transaction_laundering", family_tx(laundering_tx, trafficking_tx)},
      {"transaction_trafficking", family_tx(trafficking_tx, laundering_tx)},
      {"transaction", Prf(ttp, tfp, tfn)},
      {"per_scheme", per},
      {"hard_negative_fpr",
       hn_total ? static_cast<double>(hn_flagged) / static_cast<double>(hn_total) : 0},
      {"hard_negative_accounts", hn_total},
      {"precision_at_k",
       {{"k", k}, {"precision", k ? static_cast<double>(good_top) / static_cast<double>(k) : 0}}},
      {"role_accuracy", tp ? static_cast<double>(role_ok) / static_cast<double>(tp) : 0},
      {"alerts", alerts.size()}};
}

}  // namespace tiphub::app
